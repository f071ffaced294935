import HCLReader

/// Any bytes as an HCL file (.tf, .tfvars).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHCL(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = try? HCLReader.parse(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
