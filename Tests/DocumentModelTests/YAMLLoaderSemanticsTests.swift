import DocumentModel
import Testing
import YAMLReader

/// Merge keys, the `%YAML` directive and explicit tags, as the tree builder
/// applies them (the expectations come from ruamel.yaml 0.18.16 and PyYAML
/// 6.0.3 loading the same text; see docs/yaml.md).
@Suite struct YAMLMergeKeyTests {
    @Test func anInlineMappingIsMergedWithItsPositions() throws {
        let root = try yamlRoot("CognitoConfig: {<<: {UserPool: p, ClientId: c}}\n")
        let cognito = root[member: "CognitoConfig"]
        #expect(cognito?.entries?.map(\.name) == ["UserPool", "ClientId"])
        #expect(entryRanges(cognito) == ["1:22-1:30 1:32-1:33", "1:35-1:43 1:45-1:46"])
    }

    @Test func explicitMembersWinAndEarlierMappingsInAListWin() throws {
        let root = try yamlRoot("""
            a: &a {x: 1, y: 1}
            b: &b {x: 2, z: 2}
            c:
              <<: [*a, *b]
              y: 3
            """)
        let merged = root[member: "c"]
        let values = (merged?.entries ?? []).map { "\($0.name ?? "?")=\($0.value.scalarText ?? "?")" }
        #expect(values == ["x=1", "z=2", "y=3"])
        // A merged member is the node where it is written: x comes from line 1.
        #expect(merged?.entry("x")?.key.range.start == SourcePosition(line: 1, column: 8))
    }

    @Test func mergesNestAndAQuotedKeyIsOrdinary() throws {
        let root = try yamlRoot("d: {<<: {<<: {q: 1}, r: 2}}\ne: {\"<<\": {x: 1}}\nf: {!!merge <<: {x: 1}}\ng: {<<: []}\n")
        #expect(root[member: "d"]?.entries?.map(\.name) == ["q", "r"])
        #expect(root[member: "e"]?.entries?.map(\.name) == ["<<"])
        #expect(root[member: "f"]?.entries?.map(\.name) == ["x"])
        #expect(root[member: "g"]?.entries?.isEmpty == true)
    }

    /// Once a merge brings in a member, ruamel.yaml builds the mapping as a
    /// dictionary without its duplicate-key check: a key written twice, in
    /// the mapping or in a mapping merged in place, is its last value (as in
    /// PyYAML), kept where that one is written. Before, both stayed, and the
    /// checks reported a duplicate (WF002) and checked the value thrown away.
    /// An empty merge changes nothing: the duplicate stays for WF002 to report.
    @Test func aKeyTwiceInAMergingMappingIsItsLastValue() throws {
        let root = try yamlRoot("""
            a:
              <<: {x: 1}
              y: old
              y: new
            b: {<<: {x: 1, x: 2, z: 3}, z: 4}
            c: {<<: {}, y: 1, y: 2}
            """)
        let values = ["a", "b", "c"].map { name in
            (root[member: name]?.entries ?? []).map { "\($0.name ?? "?")=\($0.value.scalarText ?? "?")" }
        }
        #expect(values == [["x=1", "y=new"], ["x=2", "z=4"], ["y=1", "y=2"]])
        #expect(root[member: "a"]?.entry("y")?.key.range.start == SourcePosition(line: 4, column: 3))
    }

    /// ruamel.yaml refuses a second `<<` only once the first has merged a
    /// member: after an empty one (`<<: {}`, `<<: []`) it merges as the first.
    @Test func aSecondMergeKeyAfterAnEmptyMergeMerges() throws {
        let root = try yamlRoot("d: {<<: {}, <<: {x: 1}, y: 2}\ne: {<<: [], <<: [{x: 1}]}\n")
        #expect(root[member: "d"]?.entries?.map(\.name) == ["x", "y"])
        #expect(root[member: "e"]?.entries?.map(\.name) == ["x"])
    }

    /// The tree builder tells a merge key as it makes the scalar; an alias of
    /// an anchored `<<` is one too, as a key (merging) and as a value (refused below).
    @Test func anAliasOfAnAnchoredMergeKeyMerges() throws {
        let root = try yamlRoot("d: {&m <<: {x: 1}}\nf: {*m : {y: 1}, z: 2}\n")
        #expect(root[member: "d"]?.entries?.map(\.name) == ["x"])
        #expect(root[member: "f"]?.entries?.map(\.name) == ["y", "z"])
    }

    @Test(arguments: [
        ("d: {<<: 1}\n",
         "0 1:9: the AWS CLI and PyYAML cannot merge an integer: \"<<\" takes a mapping or a list of mappings"),
        ("d: {<<: [{x: 1}, 2]}\n",
         "0 1:18: the AWS CLI and PyYAML cannot merge an integer here: each item of a \"<<\" list must be a mapping"),
        ("d: {<<: null}\n", "0 1:9: the AWS CLI and PyYAML cannot merge a null: \"<<\" takes a mapping or a list of mappings"),
        ("d: {<<: {x: 1}, <<: {y: 2}}\n",
         "0 1:17: the AWS CLI refuses a second merge key \"<<\" in one mapping (the first is at 1:5); merge a list instead: <<: [*a, *b]"),
        ("d: {<<: {}, <<: {x: 1}, <<: {y: 2}}\n",
         "0 1:25: the AWS CLI refuses a second merge key \"<<\" in one mapping (the first is at 1:5); merge a list instead: <<: [*a, *b]"),
        ("a: <<\n",
         "0 1:4: the AWS CLI and PyYAML cannot load a plain << outside a mapping key (it is the merge key); quote it: \"<<\""),
        ("<<\n",
         "0 1:1: the AWS CLI and PyYAML cannot load a plain << outside a mapping key (it is the merge key); quote it: \"<<\""),
        ("d: {&m <<: {x: 1}}\ne: *m\n",
         "0 2:4: the AWS CLI and PyYAML cannot load a plain << outside a mapping key (it is the merge key); quote it: \"<<\""),
    ])
    func whatTheLoadersCannotMergeFailsTheDocument(text: String, expected: String) {
        #expect(yamlError(Array(text.utf8)) == expected)
    }
}

@Suite struct YAMLDirectiveTests {
    @Test func yaml11SwitchesThatDocumentToTheAWSCLIs11Rules() throws {
        let roots = yamlDocuments("%YAML 1.1\n---\na: [yes, y, 0o17, 017, 1:20]\n...\n---\na: [yes, y, 0o17, 017, 1:20]\n")
        let values = roots.map { ($0[member: "a"]?.elements ?? []).map { $0.scalar?.value } }
        #expect(values == [
            [.bool(true), .bool(true), .string("0o17"), .integer(15), .integer(80)],
            [.string("yes"), .string("y"), .integer(15), .integer(17), .string("1:20")],
        ])
    }

    @Test func pyyamlsReadingIsKeptWhereItDiffers() throws {
        let root = try yamlRoot("a: [yes, y, 017, abc, 2024-01-01, '017']\n")
        let readings = (root[member: "a"]?.elements ?? []).map { $0.scalar?.pyyamlReading }
        #expect(readings == [.value(.bool(true)), nil, .value(.integer(15)), nil, nil, nil])
    }

    @Test func anotherVersionIsRefused() {
        #expect(yamlError(Array("%YAML 1.3\n---\na: 1\n".utf8))?.hasPrefix("0 1:1: found incompatible YAML document") == true)
    }
}

@Suite struct YAMLTagTests {
    @Test(arguments: [
        ("a: !!int yes\n", "0 1:4: the AWS CLI and PyYAML cannot load the tag !!int here: \"yes\" is not an integer"),
        ("a: !!int 1:20\n",
         "0 1:4: the AWS CLI cannot load the tag !!int here: \"1:20\" is not an integer (PyYAML loads it)"),
        ("a:\n  - !Ref x\n",
         "0 2:5: the AWS CLI and PyYAML cannot load the tag !Ref here: neither loader has a constructor for a scalar with this tag"),
        ("a: !!str [1]\n", "0 1:4: the AWS CLI and PyYAML cannot load the tag !!str here: neither loader builds a sequence with it"),
        ("a: 2024-02-30\n", "0 1:4: the AWS CLI and PyYAML cannot load this plain scalar: not a valid date: day is out of range for month"),
        ("a: -_\n", "0 1:4: the AWS CLI cannot load this plain scalar: \"-_\" has the form of an integer but no digits (PyYAML loads it)"),
    ])
    func anUnloadableNodeFailsAtItsTag(text: String, expected: String) {
        #expect(yamlError(Array(text.utf8)) == expected)
    }

    @Test func standardTagsBuildTheirValue() throws {
        let root = try yamlRoot("a: [!!bool yes, !!float 1, !!null x, !!timestamp 2024-01-01T00:00:00Z, !!binary aGk=, ! '12']\n")
        #expect((root[member: "a"]?.elements ?? []).map { $0.scalar?.value } == [
            .bool(true), .float(1), .null, .timestamp(.init(isDate: false, epochSeconds: 1_704_067_200)), .binary, .integer(12),
        ])
    }

    /// YAML 1.1's value key: a plain `=` or a `!!value` scalar cannot be a
    /// value, but is a string as a mapping's key (both loaders'
    /// `flatten_mapping`): ruamel.yaml 0.18.16 and PyYAML 6.0.3 load
    /// `{=: x}` as `{'=': 'x'}`, under `%YAML 1.1` too.
    @Test func theValueKeyIsAStringAsAKey() throws {
        let root = try yamlRoot("a: {=: 1, ! \"=\": 2, !!value 12: 3, ? =\n : 4}\nb:\n  =: 5\nc: {&e =: 6, d: *e}\n")
        #expect(root[member: "a"]?.entries?.map { $0.key.scalar?.value } == [
            .string("="), .string("="), .string("12"), .string("="),
        ])
        #expect(root[member: "b"]?.entries?.first?.key.scalar?.value == .string("="))
        // An alias of the key is that string where a value belongs.
        #expect(root[member: "c"]?[member: "d"]?.scalar?.value == .string("="))
        let yaml11 = try yamlRoot("%YAML 1.1\n---\n{=: x}\n")
        #expect(yaml11.entries?.first?.key.scalar?.value == .string("="))
    }

    @Test(arguments: [
        ("a: =\n", "0 1:4: the AWS CLI and PyYAML cannot load this plain scalar: a plain = is YAML 1.1's value key, which neither loader can build"),
        ("a: [=]\n", "0 1:5: the AWS CLI and PyYAML cannot load this plain scalar: a plain = is YAML 1.1's value key, which neither loader can build"),
        ("a: {k: =}\n", "0 1:8: the AWS CLI and PyYAML cannot load this plain scalar: a plain = is YAML 1.1's value key, which neither loader can build"),
    ])
    func theValueKeyIsNoValue(text: String, expected: String) {
        #expect(yamlError(Array(text.utf8)) == expected)
    }

    @Test func yaml11CollectionTypesLoad() throws {
        let root = try yamlRoot("a: !!set {x, y}\nb: !!omap [x: 1, y: 2]\nc: !!pairs [x: 1]\n")
        #expect(root.entries?.map { $0.value.tag.map(YAMLResolver.shortName(ofTag:)) } == ["!!set", "!!omap", "!!pairs"])
        // The AWS CLI builds an ordered dict from an !!omap: a mapping of its pairs, where they are written.
        #expect(entryRanges(root[member: "b"]) == ["2:12-2:13 2:15-2:16", "2:18-2:19 2:21-2:22"])
        #expect(elementRanges(root[member: "c"]) == ["3:13-3:17"])
    }

    @Test(arguments: [
        ("a: !!omap [x: 1, y]\n", "0 1:18: the AWS CLI and PyYAML cannot load the tag !!omap here: each item must be a mapping of one key"),
        ("a: !!pairs [{x: 1, y: 2}]\n", "0 1:13: the AWS CLI and PyYAML cannot load the tag !!pairs here: each item must be a mapping of one key"),
        ("a: !!omap [x: 1, x: 2]\n", "0 1:18: the AWS CLI cannot load the tag !!omap here: the key \"x\" is repeated (PyYAML loads it)"),
        ("a: !!omap {x: 1}\n", "0 1:4: the AWS CLI and PyYAML cannot load the tag !!omap here: neither loader builds a mapping with it"),
    ])
    func orderedMapsAndPairsNeedOneKeyItems(text: String, expected: String) {
        #expect(yamlError(Array(text.utf8)) == expected)
    }

    /// Neither loader applies a merge key in an `!!omap` or `!!pairs` item
    /// ("could not determine a constructor for the tag
    /// 'tag:yaml.org,2002:merge'"); wflint merged it, and passed.
    @Test(arguments: ["omap", "pairs"])
    func aMergeKeyInAnOrderedMapsItemIsRefused(tag: String) {
        let message = "the AWS CLI and PyYAML cannot load the tag !!\(tag) here: an item's merge key (<<) is not applied, "
            + "and no loader builds the key <<; write the item's key itself"
        #expect(yamlError(Array("a: !!\(tag)\n  - <<: {x: 1}\n  - y: 2\n".utf8)) == "0 2:5: \(message)")
        #expect(yamlError(Array("b: &b {x: 1}\na: !!\(tag) [{<<: *b}]\n".utf8)) == "0 2:\(tag.count + 8): \(message)")
    }

    /// An alias of a mapping with a merge key is read merged: the loaders
    /// flatten a mapping where they first build it, here before the omap.
    @Test func anAliasOfAMergedMappingInAnOrderedMapIsReadMerged() throws {
        let root = try yamlRoot("b: &b {x: 1}\nm: &m {<<: *b}\na: !!omap [*m, y: 2]\n")
        #expect(root[member: "a"]?.entries?.map(\.name) == ["x", "y"])
    }
}
