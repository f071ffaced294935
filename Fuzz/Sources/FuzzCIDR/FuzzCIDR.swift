import WFLintKit

/// Any text as a CIDR. A parsed network must print (canonically) as text
/// that parses back to the same network, or the messages that quote it lie.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCIDR(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard case .success(let network) = IPNetwork.parse(text) else { return 0 }
    let reparsed = IPNetwork.parse(network.description)
    precondition(reparsed == .success(network), "\(text) prints as \(network), which parses as \(reparsed)")
    precondition(network.network.contains(network) && network.contains(network.network))
    return 0
}
