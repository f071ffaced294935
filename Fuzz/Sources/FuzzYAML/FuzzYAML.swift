import YAMLReader

/// Any bytes as a YAML stream: libyaml's events through wflint's tree builder.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = YAMLReader.parse(UnsafeBufferPointer(start: data, count: size))
    return 0
}
