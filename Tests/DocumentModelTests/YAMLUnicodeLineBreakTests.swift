import DocumentModel
import Testing
import YAMLReader

/// NEL, LS and PS written raw in a plain scalar: the AWS CLI's loader
/// (ruamel.yaml 0.18.16, `YAML(typ='safe', pure=True)`) folds the scalar there
/// and reads on; libyaml and PyYAML start a new line and refuse the
/// document. Each expected value is what ruamel.yaml loads from the same text.
@Suite struct YAMLUnicodeLineBreakTests {
    /// Computed, not a stored global: LeakSanitizer does not see a global's
    /// reference to the reading's box (an enum payload with tag bits in the
    /// pointer) and reports it as leaked (as in `YAMLFlowColonTests`).
    static var pyyamlRefusesLS: PyYAMLReading {
        .unloadable("it reads U+2028 as a line break, which ends the line there")
    }

    @Test(arguments: [
        ("k: v\u{2028}w\n", "v\u{2028}w"),
        ("k: v\u{2029}w\n", "v\u{2029}w"),
        ("k: v\u{85}w\n", "v w"),
        ("k: v \u{2028}w\n", "v\u{2028}w"),
        ("k: v\u{2028}\u{2028}w\n", "v\u{2028}\u{2028}w"),
        ("k: v\u{85}\u{85}w\n", "v\nw"),
        ("k: v\u{2028}w\n  x\n", "v\u{2028}w x"),
        ("k: v\u{2028}w\n\n  x\n", "v\u{2028}w\nx"),
        ("k: \"a\"\nx: 1\nk2: v\u{2028}w\n", "v\u{2028}w"),
    ])
    func aPlainScalarReadsOnPastTheCharacter(text: String, value: String) throws {
        let root = try yamlRoot(text)
        let scalar = try #require(root.entries?.last?.value.scalar)
        #expect(scalar.value == .string(value))
        #expect(scalar.pyyamlReading != nil)
    }

    @Test func inNestedMappingsSequencesKeysAndBesideOtherForms() throws {
        let root = try yamlRoot("k\u{2028}: v\nn:\n  a: v\u{2028}w\nl:\n  - v\u{2029}w\nf: [v\u{2028}w]\nq: \"q\u{2028}r\"\n")
        #expect(root.entries?.map(\.name) == ["k", "n", "l", "f", "q"])
        #expect(root[member: "n"]?[member: "a"]?.scalar?.value == .string("v\u{2028}w"))
        #expect(root[member: "n"]?[member: "a"]?.scalar?.pyyamlReading == Self.pyyamlRefusesLS)
        #expect(root[member: "l"]?.elements?.first?.string == "v\u{2029}w")
        #expect(root[member: "f"]?.elements?.first?.string == "v\u{2028}w")
        #expect(root[member: "q"]?.string == "q\u{2028}r")
        #expect(elementRanges(root[member: "l"]) == ["5:5-5:8"])
    }

    /// An anchor or tag is no part of the text; a separator before the first
    /// word is none either (PyYAML refuses it all the same); one after the
    /// last is dropped by both loaders, so it changes no reading; a comment
    /// after one ends the scalar, as a line break would.
    @Test func propertiesEndsAndComments() throws {
        let root = try yamlRoot(
            "a: &x x\u{2028}y\nb: !!str x\u{2028}y\nc: *x\nd: \u{2028}xy\ne: [k]\nf: v\u{2028}\ng: a\u{2028}#c\nh: p\u{2029}q\n")
        #expect(["a", "b", "c", "d", "f", "g", "h"].map { root[member: $0]?.string }
            == ["x\u{2028}y", "x\u{2028}y", "x\u{2028}y", "xy", "v", "a", "p\u{2029}q"])
        #expect(["a", "d", "f", "g"].map { root[member: $0]?.scalar?.pyyamlReading == nil } == [false, false, true, true])
    }

    /// Where ruamel.yaml refuses the document too, the first read's error stands.
    @Test(arguments: [
        ("k: v # c\u{2028}w\n", "0 2:1: could not find expected ':' (while scanning a simple key that starts at 1:10)"),
        ("k: |\n  a\u{2028}b\nx: v\u{2028}w\n", "0 3:1: could not find expected ':' (while scanning a simple key that starts at 2:5)"),
        // A comment, then text; a document end marker after the separator
        // (libyaml ends the document there too, and refuses what follows).
        ("k: x\u{2028}#c\u{2028}y\n", "0 2:1: could not find expected ':' (while scanning a simple key that starts at 1:9)"),
        ("k: a\u{2028}... b\n", "1 1:10: did not find expected <document start>"),
    ])
    func whereBothRefuseTheErrorStays(text: String, error: String) {
        #expect(yamlError(Array(text.utf8)) == error)
    }
}
