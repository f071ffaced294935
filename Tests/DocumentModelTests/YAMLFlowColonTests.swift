import DocumentModel
import Testing
import YAMLReader

/// A flow sequence's entry that starts with `:` and a non-blank character
/// (`[::1/128]`) is a plain scalar to the AWS CLI's loader (ruamel.yaml
/// 0.18.16, YAML 1.2), and a value indicator to libyaml and PyYAML. Each
/// reading was checked by loading the text with ruamel.yaml's
/// `YAML(typ='safe', pure=True)`, and each refusal with PyYAML 6.
@Suite struct YAMLFlowColonTests {
    /// Computed, not a stored global: LeakSanitizer does not see the global's
    /// reference to the reading's box (an enum payload with tag bits in the
    /// pointer) and reports it as leaked.
    static var pyyamlRefuses: PyYAMLReading {
        .unloadable("it reads the ':' that starts a flow entry as a value indicator")
    }

    @Test func colonLedEntriesAreTextAtTheirPlace() throws {
        let cidrs = try yamlRoot("Cidrs: [::1/128, ::/0, 10.0.0.0/8]\n")[member: "Cidrs"]
        #expect(cidrs?.elements?.map(\.scalar?.value) == [.string("::1/128"), .string("::/0"), .string("10.0.0.0/8")])
        #expect(elementRanges(cidrs) == ["1:9-1:16", "1:18-1:22", "1:24-1:34"])
        #expect(cidrs?.elements?.map(\.scalar?.pyyamlReading) == [Self.pyyamlRefuses, Self.pyyamlRefuses, nil])
    }

    @Test func nestedInMappingsAndAcrossLines() throws {
        let root = try yamlRoot("a: {b: [[:x], ::1]}\nc: [ :y\n  :z ]\nd: [é:é, :é:é]\n")
        #expect(root[member: "a"]?[member: "b"]?.elements?.first?.elements?.map(\.scalar?.value) == [.string(":x")])
        #expect(root[member: "a"]?[member: "b"]?.elements?.last?.scalar?.value == .string("::1"))
        #expect(root[member: "c"]?.elements?.map(\.scalar?.value) == [.string(":y :z")])
        #expect(elementRanges(root[member: "c"]) == ["2:6-3:5"])
        #expect(root[member: "d"]?.elements?.map(\.scalar?.value) == [.string("é:é"), .string(":é:é")])
    }

    /// `[:, a]`, `[:]`: a colon before `,` or `]` is text too; `[:: ]` is a
    /// pair whose key is `:`, since a colon and a space is a value indicator.
    @Test func theShortestForms() throws {
        #expect(try yamlRoot("[:, a]\n").elements?.map(\.scalar?.value) == [.string(":"), .string("a")])
        #expect(try yamlRoot("[:]\n").elements?.map(\.scalar?.value) == [.string(":")])
        let pair = try yamlRoot("[:: ]\n").elements?.first
        #expect(pair?.entries?.map { "\($0.name ?? "-") \($0.value.scalar?.value == .null)" } == [": true"])
    }

    /// libyaml read these silently as pairs, where the AWS CLI reads text;
    /// PyYAML reads a pair or refuses, which WF009 reports.
    @Test func whatLibyamlReadAsAPairIsText() throws {
        let anchored = try yamlRoot("k: [&x :a, *x]\n")[member: "k"]?.elements
        #expect(anchored?.map(\.scalar?.value) == [.string(":a"), .string(":a")])
        #expect(anchored?.first?.scalar?.pyyamlReading
            == .misread("it takes the ':' after the anchor, tag or '?' for a value indicator"))
        #expect(try yamlRoot("k: [!!str :a]\n")[member: "k"]?.elements?.first?.scalar?.value == .string(":a"))
        let explicitKey = try yamlRoot("k: [? :a]\n")[member: "k"]?.elements?.first
        #expect(explicitKey?.entries?.map(\.name) == [":a"])
    }

    static let mappingValue = "a flow mapping's value that starts with ':' is read as text by the AWS CLI's "
        + "YAML loader in some layouts only, and refused by PyYAML; wflint refuses it (quote the value)"

    @Test(arguments: [
        // In a flow mapping ruamel.yaml reads such a value in some layouts
        // only (it depends on how far its scanner looked ahead): refused.
        ("{a: ::1}\n", "0 1:5: " + YAMLFlowColonTests.mappingValue),
        ("k: [{a: x, b: :y}]\n", "0 1:15: " + YAMLFlowColonTests.mappingValue),
        // An empty key, which ruamel.yaml reads as null: libyaml refuses it.
        ("{:a}\n", "0 1:2: did not find expected node content (while parsing a flow node)"),
        // Under %YAML 1.1 ruamel.yaml reads every colon of a flow collection
        // as a value indicator, as libyaml does.
        ("%YAML 1.1\n--- [::1]\n", "0 2:6: did not find expected node content (while parsing a flow node)"),
        // A colon before `,` `]` `}` inside a plain scalar: libyaml refuses
        // it, ruamel.yaml reads `a:`, PyYAML a pair.
        ("[a:]\n", "0 1:3: found unexpected ':' (while scanning a plain scalar that starts at 1:2)"),
        // The AWS CLI refuses it too, at the same place.
        ("[\"a\":b]\n", "0 1:5: did not find expected ',' or ']' (while parsing a flow sequence that starts at 1:1)"),
        // ruamel.yaml reads the anchor's name as `x:a`; libyaml's names stop at `:` (`AnchorNames`).
        ("[&x:a]\n",
         "0 1:4: the AWS CLI's YAML loader reads this anchor as '&x:a' (in YAML 1.2 a name may hold ':'), "
            + "where libyaml, and so wflint, ends it at '&x'; use only letters, digits, hyphens and underscores in the name"),
    ])
    func whatWflintRefuses(text: String, expected: String) {
        #expect(yamlError(Array(text.utf8)) == expected)
    }
}
