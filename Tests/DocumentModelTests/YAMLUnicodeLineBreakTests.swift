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
    /// word is none either; one after the last is dropped by both loaders,
    /// so it changes no reading; a comment after one ends the scalar, as a
    /// line break would. PyYAML refuses the document at `a` (where libyaml
    /// stops): `d`, which it never reaches, carries no reading of its own,
    /// as a character between tokens tells only where PyYAML stops.
    @Test func propertiesEndsAndComments() throws {
        let root = try yamlRoot(
            "a: &x x\u{2028}y\nb: !!str x\u{2028}y\nc: *x\nd: \u{2028}xy\ne: [k]\nf: v\u{2028}\ng: a\u{2028}#c\nh: p\u{2029}q\n")
        #expect(["a", "b", "c", "d", "f", "g", "h"].map { root[member: $0]?.string }
            == ["x\u{2028}y", "x\u{2028}y", "x\u{2028}y", "xy", "v", "a", "p\u{2029}q"])
        #expect(["a", "d", "f", "g"].map { root[member: $0]?.scalar?.pyyamlReading == nil } == [false, true, true, true])
    }

    /// The pass that finds the lines tells whether the file holds one, so
    /// that a file without (nearly every one) is not read again for them.
    /// Other characters that start like them, or end like them, are no such.
    @Test(arguments: [
        ("a: 1\n", nil, false),
        ("a: caf\u{e9} \u{2019}s \u{b7}\u{a9}\u{a0}\n", nil, false),
        ("a: v\u{2028}w\n", nil, true),
        ("a: v\u{85}w", nil, true),
        ("a: 1\n" + String(repeating: "b: x\n", count: 200) + "c: \u{2029}\n", 64, true),
        ("a: 1\n" + String(repeating: "b: \u{e9}\n", count: 200), 64, false),
    ] as [(String, Int?, Bool)])
    func theLineTableTellsWhetherTheFileHoldsOne(text: String, spacing: Int?, holds: Bool) {
        let table = Array(text.utf8).withUnsafeBufferPointer { LineTable($0, spacing: spacing, countingCharacters: true) }
        #expect(table.containsUnicodeLineBreak == holds)
    }

    /// Between tokens, ruamel.yaml skips the character as it skips a line
    /// break, but its column goes on (its reader starts a new line at LF and
    /// CR only). Where libyaml refuses the text as written, so does PyYAML:
    /// the next value scalar carries that refusal, with where the character
    /// is. Each expected value is ruamel.yaml's; `pyyaml` is what PyYAML does.
    @Test(arguments: [
        ("k:\u{2028}v\n", "k", "v", "U+2028", 2..<5),
        ("k\u{2028}: v\n", "k", "v", "U+2028", 1..<4),
        // PyYAML stops at the last before the value.
        ("k:\u{2029}\u{2028}v\n", "k", "v", "U+2028", 5..<8),
        ("k: \u{85}v\n", "k", "v", "U+0085", 3..<5),
    ])
    func betweenTokensItIsASeparator(text: String, key: String, value: String, character: String, bytes: Range<Int>) throws {
        let root = try yamlRoot(text)
        let scalar = try #require(root[member: key]?.scalar)
        #expect(scalar.value == .string(value))
        #expect(scalar.pyyamlReading == .lineBreakBefore(character: character, bytes: ByteRange(start: bytes.lowerBound, end: bytes.upperBound)))
    }

    /// Where PyYAML loads the text, the character between tokens reads as
    /// ruamel.yaml reads it, and no reading is told (what PyYAML loads may
    /// differ: below, it reads `x` as a member of the root).
    @Test func whereLibyamlLoadsTheTextAsWrittenToo() throws {
        let root = try yamlRoot("a:\u{85} v\nb: 'q'\u{2028}\nc: [x,\u{2028} y]\nd: e\n\u{2029}\nw:\n  \u{2028}x: 1\n")
        #expect(root.entries?.map(\.name) == ["a", "b", "c", "d", "w"])
        #expect(["a", "b", "d"].map { root[member: $0]?.string } == ["v", "q", "e"])
        #expect(root[member: "c"]?.elements?.map(\.string) == ["x", "y"])
        #expect(root[member: "w"]?[member: "x"]?.scalar?.value == .integer(1))
        #expect(["a", "b", "d"].allSatisfy { root[member: $0]?.scalar?.pyyamlReading == nil })
    }

    /// A key does not carry a refusal: the next value does (WF009 is told of values).
    @Test func aRefusalBeforeAKeyGoesToTheNextValue() throws {
        let root = try yamlRoot("o\u{2028}:\n  c: v\n")
        #expect(root[member: "o"]?[member: "c"]?.scalar?.pyyamlReading
            == .lineBreakBefore(character: "U+2028", bytes: ByteRange(start: 1, end: 4)))
    }

    /// A plain scalar that holds one: PyYAML folds it alike where libyaml's
    /// scalar goes on past the character too (in a flow collection; a line
    /// below at more indentation), and reads otherwise where that scalar ends.
    @Test func aPlainScalarPyYAMLReadsAlikeOrOtherwise() throws {
        let root = try yamlRoot("f: [v\u{2028}w]\nl:\n- a\u{2028}  - b\nm:\n  - a\u{2028}  - b\n")
        #expect(root[member: "f"]?.elements?.first?.scalar?.pyyamlReading == nil)
        #expect(root[member: "l"]?.elements?.map(\.string) == ["a\u{2028}- b"])
        #expect(root[member: "l"]?.elements?.first?.scalar?.pyyamlReading == nil)
        #expect(root[member: "m"]?.elements?.map(\.string) == ["a\u{2028}- b"])
        #expect(root[member: "m"]?.elements?.first?.scalar?.pyyamlReading
            == .misread("it reads U+2028 as a line break, which ends the line there"))
    }

    /// libyaml is given spaces, a column each; a position counts the
    /// character as one column, as the source holds one character there.
    @Test func positionsCountTheCharacterAsOneColumn() throws {
        let root = try yamlRoot("k:\u{2028}v\nm: \u{e9}\u{2028}\u{2029}x: y\n".replacingOccurrences(of: "x: y", with: "xy"))
        #expect(entryRanges(root) == ["1:1-1:2 1:4-1:5", "2:1-2:2 2:4-2:9"])
        #expect(yamlError(Array("k: v\u{2028}\u{85}n: {a: b}\n".utf8)) == "0 1:8: mapping values are not allowed in this context")
    }

    /// Where ruamel.yaml reads on past the character on its line, as it
    /// does, and libyaml started a new line: a plain scalar goes on into a
    /// key, or a key starts at a column no mapping has. ruamel.yaml refuses
    /// each, at the same place.
    @Test(arguments: [
        ("k: v\u{2028}n: {a: b}\n", "0 1:7: mapping values are not allowed in this context"),
        ("k: v\n\u{2028}n: w\n", "0 2:3: mapping values are not allowed in this context"),
        ("\u{2028}k: v\nn: w\n", "1 2:1: did not find expected <document start>"),
        // On the line after a `---` (on the `---` line it stays as written).
        ("---\n\u{2028}k: v\nn: w\n", "1 3:1: did not find expected <document start>"),
    ])
    func whereTheAWSCLIRefusesWhatLibyamlReads(text: String, error: String) {
        #expect(yamlError(Array(text.utf8)) == error)
    }

    /// Where a space would not read as the AWS CLI reads the character, it
    /// stays as written and libyaml reads it, as before: after an anchor,
    /// an alias or a tag, whose name the AWS CLI reads on past it; in a
    /// directive; before a block entry or key that a token precedes on its
    /// line, where the AWS CLI counts it one column. Each is a document
    /// the AWS CLI refuses. (Found by a review that loaded each with both
    /// loaders; a first cut read some of them as a space.)
    @Test(arguments: [
        ("A: &n\u{2028} x\nWorkforceName: *n\n", "0 1:6: the AWS CLI's YAML loader reads this anchor as '&n\u{2028}' "
            + "(in YAML 1.2 a name may hold U+2028), where libyaml, and so wflint, ends it at '&n'; use only letters, "
            + "digits, hyphens and underscores in the name"),
        ("A: &n x\nWorkforceName: *n\u{2028}\n", "0 2:18: the AWS CLI's YAML loader reads this alias as '*n\u{2028}' "
            + "(in YAML 1.2 a name may hold U+2028), which names no anchor wflint can read; put a space before the U+2028"),
        ("WorkforceName: team-a\n&a\u{2028}Tags: []\n", "0 2:4: could not find expected ':' (while scanning a simple key that starts at 2:1)"),
        ("WorkforceName: team-a\n!!str\u{85}Tags: []\n", "0 2:7: could not find expected ':' (while scanning a simple key that starts at 2:1)"),
        ("%YAML\u{2028} 1.1\n---\nWorkforceName: a\n", "0 1:6: did not find expected version number (while scanning a %YAML directive that starts at 1:1)"),
        ("Tags:\n-\u{2028}Key: k\n    Value: v\n", "0 3:10: mapping values are not allowed in this context"),
    ])
    func whereASpaceWouldReadOtherwiseTheCharacterStays(text: String, error: String) {
        #expect(yamlError(Array(text.utf8)) == error)
    }

    /// A comment ends at the character to both loaders, also in a flow
    /// collection; after `---` the AWS CLI reads on as at a line break.
    @Test func inACommentAndAfterADocumentStart() throws {
        let flow = try yamlRoot("Cidrs: [10.0.0.0/8,   # office\u{2028}   192.168.1.0/24]\n")
        #expect(flow[member: "Cidrs"]?.elements?.map(\.string) == ["10.0.0.0/8", "192.168.1.0/24"])
        #expect(try yamlRoot("---\u{2028}WorkforceName: a\n")[member: "WorkforceName"]?.string == "a")
    }

    /// Where the AWS CLI reads on after the character as after a line break,
    /// and a space would make text libyaml refuses, it stays as written,
    /// which libyaml reads as the AWS CLI does here: a block scalar's header
    /// before its first line, a key after `key:` (a mapping in the mapping),
    /// a block sequence after `---`. Each loads, to both loaders. (Found by
    /// a second review.)
    @Test func whereTheAWSCLIReadsOnAsAfterALineBreak() throws {
        #expect(try yamlRoot("Value: >-\u{2028}    some text\n")[member: "Value"]?.string == "some text")
        #expect(try yamlRoot("Value: |\u{85}    some text\n")[member: "Value"]?.string == "some text\n")
        #expect(try yamlRoot("CognitoConfig:\u{2028} UserPool: p_1\n")[member: "CognitoConfig"]?[member: "UserPool"]?.string == "p_1")
        #expect(try yamlRoot("---\u{2028}- a\n").elements?.map(\.string) == ["a"])
    }

    /// A plain scalar over lines that holds several: PyYAML's refusal of
    /// any of them is told, not the first one's reading alone.
    @Test func aPlainScalarOverLinesThatHoldsSeveral() throws {
        let scalar = try #require(try yamlRoot("WorkforceName: a\u{2028}\n  b\u{2028}c\n")[member: "WorkforceName"]?.scalar)
        #expect(scalar.value == .string("a\u{2028}\nb\u{2028}c"))
        #expect(scalar.pyyamlReading == Self.pyyamlRefusesLS)
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
