import WFLintKit

/// Any text as a `--rules` pack, as `wflint test-rules` takes it: loaded
/// (YAML, keys, functions, options, PCRE2 patterns, messages), then every
/// rule that loaded run on its own examples.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPack(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var ruleSet = RuleSet()
    guard (try? ruleSet.addPack(text: text, file: "fuzz.yaml")) != nil else { return 0 }
    let verifier = RuleExampleVerifier(ruleSet: ruleSet)
    for rule in ruleSet.rules { _ = verifier.verify(rule) }
    return 0
}
