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
        // Between a node's properties and its text, which libyaml's event
        // spans (before, the quoted scalar or flow collection took them).
        ("a: &n\t\"x\"\n", "0 1:6"),  // after an anchor
        ("a: !!map\t{b: 1}\n", "0 1:9"),  // after a tag
        ("a: &s\t[1]\n", "0 1:6"),
        ("a: |-\t\n  x\n", "0 1:6"),  // after a block scalar's header
        ("a: 1\n...\t\n", "0 2:4"),  // after a document's explicit end, past its event
        ("a: {b: !!str\t\"c\"}\n", "0 1:13"),  // after a tag, in a flow collection too
        ("a: [!!seq\t[1]]\n", "0 1:10"),
        ("a: [!!str\t, b]\n", "0 1:10"),  // after the tag of an empty node, whose event ends at the tag
        ("a: {b: !!null\t}\n", "0 1:14"),
    ])
    func refusedTabsAreSyntaxErrors(text: String, place: String) {
        #expect(yamlError(Array(text.utf8)) == "\(place): \(Self.refused)")
    }

    static let inFlowPlainScalar = "a tab inside a plain scalar in a flow collection ends the scalar for the "
        + "AWS CLI's YAML loader, which then refuses the text after it (expected ',' but got a scalar), and PyYAML "
        + "refuses the tab; quote the value, or use spaces"

    /// libyaml reads one plain scalar across the tab; the AWS CLI's loader
    /// ends it there and refuses the rest ("expected ',' or '}', but got
    /// '<scalar>'"). These passed, read as `a<TAB>b`.
    @Test(arguments: [
        ("{NextToken: a\tb}\n", "0 1:14"),
        ("[a\tb]\n", "0 1:3"),  // in a flow sequence
        ("{a\tb: v}\n", "0 1:3"),  // in a key
        ("{a: b \tc}\n", "0 1:7"),  // after a space
        ("{a: b\n\tc}\n", "0 2:1"),  // at the start of its next line
        ("{a: b\t\n c}\n", "0 1:6"),  // before its line break
        ("{a: !!str b\tc}\n", "0 1:12"),  // after its tag
    ])
    func aTabInsideAFlowPlainScalarIsRefused(text: String, place: String) {
        #expect(yamlError(Array(text.utf8)) == "\(place): \(Self.inFlowPlainScalar)")
    }

    /// A tab after the spaces that start a block scalar's first line is its
    /// text's first character to both loaders (`"\tabc"`); libyaml refuses it
    /// while it reads the indentation there, so wflint says why and what
    /// reads the same. With an indentation indicator libyaml reads it too.
    @Test(arguments: [
        ("NextToken: |-\n  \tabc\n", "0 2:3"),
        ("NextToken: >\n \tabc\n", "0 2:2"),
        ("x:\n  - |\n   \t\n   detected\n", "0 3:4"),  // YAML 1.2's example 8.2, nested
    ])
    func aTabAfterABlockScalarsIndentationSaysWhy(text: String, place: String) {
        #expect(yamlError(Array(text.utf8)) == "\(place): the AWS CLI's YAML loader reads this tab as the block "
            + "scalar's first character, but libyaml, and so wflint, cannot read a tab after the spaces that set its "
            + "indentation; give the header an indentation indicator (the text's indentation past its parent's, as "
            + "in |2-), or write the value double-quoted with \\t")
    }

    @Test func aBlockScalarWithAnIndentationIndicatorTakesTheTab() throws {
        #expect(try yamlRoot("NextToken: |2-\n  \tabc\n")[member: "NextToken"]?.scalar?.value == .string("\tabc"))
        #expect(try yamlRoot("x:\n  - |1\n   \t\n   detected\n")[member: "x"]?.elements?.first?.scalar?.value
            == .string("\t\ndetected\n"))
        // No space before it: both loaders refuse it too, in libyaml's words.
        #expect(yamlError(Array("NextToken: |\n\tabc\n".utf8)) == "0 2:1: found a tab character where an "
            + "indentation space is expected (while scanning a block scalar that starts at 1:12)")
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
        "a: &n \"x\ty\"\n",  // in a quoted scalar with an anchor
        "a: {b: &n\t\"c\"}\n",  // after an anchor in a flow collection
        "a: |- # c\td\n  x\ty\n",  // in a block scalar's header comment and text
        "a: {b: \tc\t}\n",  // before and after a plain scalar in a flow collection
        "a: [b, c\t# d\n]\n",  // before a comment in a flow collection
        "a: {b: &x\tc}\n",  // between an anchor and a flow plain scalar
    ])
    func acceptedTabsStayWhiteSpace(text: String) {
        #expect(yamlError(Array(text.utf8)) == nil)
    }

    /// A comment right after a block scalar's header, with no space before
    /// it, which libyaml reads and both loaders refuse.
    @Test(arguments: [("a: |#c\n  x\n", "0 1:5"), ("a: |-#c\n  x\n", "0 1:6"), ("a: >2+#c\n   x\n", "0 1:7")])
    func aCommentRightAfterABlockScalarHeaderIsASyntaxError(text: String, place: String) {
        #expect(yamlError(Array(text.utf8)) == "\(place): the AWS CLI's YAML loader and PyYAML cannot read a comment "
            + "right after a block scalar's header (expected chomping or indentation indicators, but found '#'); "
            + "put a space before the '#'")
    }
}
