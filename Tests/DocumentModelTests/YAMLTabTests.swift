import DocumentModel
import Testing
import YAMLReader

/// Tabs where the AWS CLI's loader (ruamel.yaml 0.18.16, pure) refuses them
/// are syntax errors, though libyaml reads them as white space; where it
/// takes them, they stay white space. Each verdict was checked by loading the
/// text with ruamel.yaml's `YAML(typ='safe', pure=True)`.
@Suite struct YAMLTabTests {
    static let refused = "a tab here cannot be read by the AWS CLI's YAML loader, nor by PyYAML "
        + "(found character '\\t' that cannot start any token); use spaces"

    @Test(arguments: [
        ("a: b\t\n", "0 1:5"),  // after a value
        ("a: b\t# c\n", "0 1:5"),  // before a comment
        ("a:\tb\n", "0 1:3"),  // after the colon
        ("a: x\ty\n", "0 1:5"),  // inside a plain scalar
        ("a: \"x\"\t\n", "0 1:7"),  // after a quoted scalar
        ("a: 1\n---\nb: x\t\n", "1 3:5"),  // in the second document only
    ])
    func refusedTabsAreSyntaxErrors(text: String, place: String) {
        #expect(yamlError(Array(text.utf8)) == "\(place): \(Self.refused)")
    }

    /// libyaml refuses some such tabs itself, with its own words.
    @Test func tabsLibyamlRefusesKeepItsMessage() {
        #expect(yamlError(Array("a:\n  -\tx\n".utf8))
            == "0 2:4: found character that cannot start any token (while scanning for the next token)")
        #expect(yamlError(Array("a:\n  b: 1\n\t\n  c: 2\n".utf8))
            == "0 3:1: found a tab character that violates indentation (while scanning a plain scalar that starts at 2:6)")
    }

    @Test(arguments: [
        "a: [x,\ty]\n",  // in a flow sequence
        "a: {x: 1,\ty: 2}\n",  // in a flow mapping
        "a: [x,\n\ty]\n",  // starting a flow continuation line
        "a: \"x\ty\"\n",  // in a double-quoted scalar
        "a: 'x\ty'\n",  // in a single-quoted scalar
        "a: |\n  x\ty\n",  // in a block scalar
        "a: b # c\td\n",  // in a comment
        "# x\ty\na: b\n",  // in a whole-line comment
    ])
    func acceptedTabsStayWhiteSpace(text: String) {
        #expect(yamlError(Array(text.utf8)) == nil)
    }
}
