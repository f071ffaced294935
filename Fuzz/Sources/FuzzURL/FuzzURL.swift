import WFLintKit

/// Any text as an https URL (the scheme the built-in rules check).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzURL(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if case .success(let url) = AbsoluteURL.parse(text, scheme: "https") { _ = url.host }
    return 0
}
