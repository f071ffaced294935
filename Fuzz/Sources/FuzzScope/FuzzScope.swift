import WFLintKit

/// Any text as an OAuth scope. Well-formed tokens joined by single spaces
/// must give back the text: nothing dropped, nothing invented.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScope(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard case .success(let tokens) = ScopeText.tokens(text) else { return 0 }
    precondition(tokens.joined(separator: " ") == text, "\(text) splits into \(tokens)")
    return 0
}
