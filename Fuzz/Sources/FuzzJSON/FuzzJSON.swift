import JSONReader

/// Any bytes as a JSON text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = JSONReader.parse(UnsafeBufferPointer(start: data, count: size))
    return 0
}
