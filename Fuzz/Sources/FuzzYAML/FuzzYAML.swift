import DocumentModel
import YAMLReader

/// Any bytes as a YAML stream: libyaml's events through wflint's tree builder.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = YAMLReader.parse(UnsafeBufferPointer(start: data, count: size))
    // This thread lives on: the tree's deferred children must not outlive the
    // input, or the last ones are still held at exit, where LeakSanitizer
    // cannot see a scalar's PyYAML reading through its tagged pointer and
    // reports its box as leaked (`Node.releaseDeferred`).
    Node.releaseDeferred()
    return 0
}
