import DocumentModel
import Testing
import YAMLReader

/// Anchor and alias names that the AWS CLI's loader (ruamel.yaml 0.18.16,
/// `YAML(typ='safe', pure=True)`) reads past where libyaml ends them: at
/// `:`, `?`, `%`, `@` or a backquote right after the name. Each verdict was
/// checked by loading the text with ruamel.yaml.
@Suite struct YAMLAnchorNameTests {
    static func aliasMessage(_ name: String, _ parting: String) -> String {
        "the AWS CLI's YAML loader reads this alias as '*\(name)' (in YAML 1.2 a name may hold '\(parting)'), "
            + "which names no anchor wflint can read; put a space before the '\(parting)'"
    }

    static func anchorMessage(_ name: String, _ parting: String, libyaml: String) -> String {
        "the AWS CLI's YAML loader reads this anchor as '&\(name)' (in YAML 1.2 a name may hold '\(parting)'), "
            + "where libyaml, and so wflint, ends it at '&\(libyaml)'; use only letters, digits, hyphens and underscores in the name"
    }

    /// The AWS CLI refuses these ("found undefined alias 'n:'"); libyaml and
    /// PyYAML read a pair keyed by the alias, which wflint passed.
    @Test(arguments: [
        ("a: &n k\nb:\n  *n: 2\n", "0 3:5", "n:", ":"),
        ("a: &n k\nb: {*n: 2}\n", "0 2:7", "n:", ":"),
        ("a: &n k\nb: [*n:x]\n", "0 2:7", "n:x", ":"),
        ("a: &n k\n---\nb: &m k\nc:\n  - *m?: 1\n", "1 5:7", "m?:", "?"),
    ])
    func anAliasWithAColonGluedOnIsRefused(text: String, place: String, name: String, parting: String) {
        #expect(yamlError(Array(text.utf8)) == "\(place): \(Self.aliasMessage(name, parting))")
    }

    /// The AWS CLI reads the anchor `x:y` on `team-a`; libyaml read the anchor
    /// `x` on the text `:y team-a`, which wflint checked as the value.
    @Test(arguments: [
        ("a: &x:y team-a\n", "0 1:6", "x:y", ":", "x"),
        ("a: !!str &x?y team-a\n", "0 1:12", "x?y", "?", "x"),
        ("a:\n  - &x:1\n    b: c\n", "0 2:7", "x:1", ":", "x"),
    ])
    func anAnchorNameLongerToTheAWSCLIIsRefused(
        text: String, place: String, name: String, parting: String, libyaml: String
    ) {
        #expect(yamlError(Array(text.utf8)) == "\(place): \(Self.anchorMessage(name, parting, libyaml: libyaml))")
    }

    /// libyaml stops with an error of its own at a character the AWS CLI
    /// reads into the name (after `%`, `@` or a backquote it finds no token;
    /// at `.`, `/` or a non-ASCII letter no alphanumeric character); the
    /// error says why instead. Checked with ruamel.yaml: each name is read whole.
    @Test(arguments: [
        ("a: &x%y b\n", "0 1:6", "anchor", "&x%y", "%"),
        ("a: &x@y b\n", "0 1:6", "anchor", "&x@y", "@"),
        ("a: &x`y b\n", "0 1:6", "anchor", "&x`y", "`"),
        ("CognitoConfig: &cognito.main {UserPool: a}\n", "0 1:24", "anchor", "&cognito.main", "."),
        ("a: [&a/b x]\n", "0 1:7", "anchor", "&a/b", "/"),
        ("a: &café b\n", "0 1:8", "anchor", "&café", "é"),
        ("a: &x b\nc: *x.y\n", "0 2:6", "alias", "*x.y", "."),
    ])
    func libyamlsOwnRefusalOfANameSaysWhy(text: String, place: String, what: String, name: String, parting: String) {
        let advice = what == "anchor" ? "in the name" : "in the name, and in its anchor's"
        #expect(yamlError(Array(text.utf8)) == "\(place): the AWS CLI's YAML loader reads this \(what) as '\(name)' "
            + "(in YAML 1.2 a name may hold '\(parting)'), which libyaml, and so wflint, cannot read; "
            + "use only letters, digits, hyphens and underscores \(advice)")
    }

    /// A character libyaml refuses elsewhere is no name's: its own message
    /// stands, also after a `*` or `&` inside a plain scalar.
    @Test func otherRefusalsKeepLibyamlsMessage() {
        #expect(yamlError(Array("b: &ref 1\na: x *ref: y\n".utf8))
            == "0 2:10: mapping values are not allowed in this context")
        #expect(yamlError(Array("a: b\n@c: d\n".utf8))
            == "0 2:1: found character that cannot start any token (while scanning for the next token)")
        #expect(yamlError(Array("a: &\n".utf8)).map { $0.hasPrefix("0 1:5: did not find expected alphabetic") } == true)
    }

    /// Where the name ends at a blank, a flow indicator or a line break, the
    /// loaders read the same names.
    @Test func namesThatEndWhereBothLoadersEndThemAreRead() throws {
        let root = try yamlRoot("a: &n k\nb:\n  *n : 2\nc: [*n, {d: *n}]\nd: &m\n  - 1\ne: !!seq &s [*m]\n")
        #expect(root[member: "b"]?[member: "k"]?.scalar?.value == .integer(2))
        #expect(root[member: "c"]?.elements?.first?.scalar?.value == .string("k"))
        #expect(root[member: "c"]?.elements?.last?[member: "d"]?.scalar?.value == .string("k"))
        #expect(root[member: "e"]?.elements?.first?.elements?.first?.scalar?.value == .integer(1))
    }
}
