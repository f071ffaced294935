import DocumentModel
import Testing
import YAMLReader

/// Directives other than `%YAML` and `%TAG`, which the AWS CLI's loader
/// (ruamel.yaml 0.18.16, pure) skips and libyaml refuses. Each reading and
/// each error (place and, where the words are ruamel.yaml's, the words) was
/// checked by loading the text with ruamel.yaml's `YAML(typ='safe', pure=True)`.
@Suite struct YAMLUnknownDirectiveTests {
    @Test func anUnknownDirectiveIsSkippedAndPositionsStay() throws {
        let root = try yamlRoot("%FOO bar baz # x\n---\nWorkforceName: x\nTags: [a]\n")
        #expect(entryRanges(root) == ["3:1-3:14 3:16-3:17", "4:1-4:5 4:7-4:10"])
        #expect(elementRanges(root[member: "Tags"]) == ["4:8-4:9"])
    }

    /// ruamel.yaml takes `:` and `.` in a name, where libyaml stops with
    /// "found unexpected non-alphabetical character"; names are case
    /// sensitive, so `%yaml 1.1` is unknown and leaves the YAML 1.2 rules.
    @Test func namesAreReadByTheAWSCLIsRule() throws {
        #expect(try yamlRoot("%FOO.B:x-_9 y\n--- a\n").scalar?.value == .string("a"))
        #expect(try yamlRoot("%yaml 1.1\n---\nk: yes\n")[member: "k"]?.scalar?.value == .string("yes"))
    }

    @Test func knownDirectivesAmongThemStillCount() throws {
        let root = try yamlRoot("%FOO\n# c\n\n%YAML 1.1\n%BAR 1\n---\nk: yes\n")
        #expect(root[member: "k"]?.scalar?.value == .bool(true))
        #expect(entryRanges(root) == ["7:1-7:2 7:4-7:7"])
    }

    /// A directive ends the document before it, as the end of the stream
    /// would, whether that one ended with `...` or not.
    @Test func aDirectiveEndsTheDocumentBeforeIt() throws {
        let roots = yamlDocuments("a: 1\n%FOO\n---\nb: 2\n...\n%BAR\n--- c\n")
        #expect(roots.map { entryRanges($0) } == [["1:1-1:2 1:4-1:5"], ["4:1-4:2 4:4-4:5"], []])
        #expect(roots.last?.scalar?.value == .string("c"))
    }

    /// Each prologue is read once more, not the whole stream again: a
    /// thousand of them keep every document and its index.
    @Test func manyPrologues() throws {
        let text = (0..<1000).map { "%FOO \($0)\n---\nk: \($0)\n" }.joined()
        let roots = yamlDocuments(text)
        #expect(roots.count == 1000)
        #expect(roots.last.map { entryRanges($0) } == ["3000:1-3000:2 3000:4-3000:7"])
        #expect(roots.last?[member: "k"]?.scalar?.value == .integer(999))
    }

    /// A `%` that is not where a token starts is text, as it is to ruamel.yaml.
    @Test func aPercentInsideAScalarIsText() throws {
        #expect(try yamlRoot("a: \"x\n%FOO y\"\n")[member: "a"]?.scalar?.value == .string("x %FOO y"))
        #expect(try yamlRoot("--- a\n%FOO\n").scalar?.value == .string("a %FOO"))
    }

    @Test(arguments: [
        // Directives must be followed by `---`.
        ("%FOO bar\nWorkforceName: x\n", "0 2:1: expected '---' after the directives, but found 'W'"),
        ("%FOO\n", "0 2:1: expected '---' after the directives, but found the end of the stream"),
        ("a: 1\n%FOO\n  c: 2\n---\n", "1 3:3: expected '---' after the directives, but found 'c'"),
        // Names ruamel.yaml refuses too, where it stops.
        ("%FOO\tbar\n---\n",
         "0 1:5: expected alphabetic or numeric character, but found '\\t' (while scanning a directive that starts at 1:1)"),
        ("%\n---\n",
         "0 1:2: expected alphabetic or numeric character, but found the end of the line "
            + "(while scanning a directive that starts at 1:1)"),
        ("%FOO\n%B\"\n---\n",
         "0 2:3: expected alphabetic or numeric character, but found '\"' (while scanning a directive that starts at 2:1)"),
        // Inside a flow collection a directive fails the document, at the directive.
        ("a: 1\n---\nb: [x,\n%FOO\n]\n", "1 4:1: did not find expected node content (while parsing a flow node)"),
        // ruamel.yaml skips only spaces on a line between directives.
        ("%FOO\n\t\n---\n",
         "0 2:1: a tab here cannot be read by the AWS CLI's YAML loader, nor by PyYAML "
            + "(found character '\\t' that cannot start any token); use spaces"),
        // ruamel.yaml reads a top-level block scalar's text from column 1, so
        // this line is its text; libyaml ends the scalar before it.
        ("--- |\n%FOO\n---\n",
         "0 2:1: the AWS CLI's YAML loader reads this line as text of the block scalar at 1:5 "
            + "(a top-level block scalar may start at column 1), which wflint cannot read; indent the text"),
    ])
    func whatTheAWSCLIRefusesToo(text: String, expected: String) {
        #expect(yamlError(Array(text.utf8)) == expected)
    }

    /// The comments of every part read are the file's comments, once each; a
    /// directive itself is none.
    @Test func commentsAroundUnknownDirectives() {
        let text = "# head\na: 1 # one\n# before\n%FOO x # after a directive\n# between\n%BAR\n--- # marker\nb: 2 # two\n"
        let stream = YAMLReader.parse(Array(text.utf8))
        #expect(stream.syntaxError == nil)
        #expect(stream.source.comments.map(stream.source.text) == [
            "# head", "# one", "# before", "# after a directive", "# between", "# marker", "# two",
        ])
    }

    /// An encoding error after a directive still keeps the documents before it.
    @Test func anEncodingErrorAfterADirectiveKeepsTheEarlierDocuments() {
        let stream = YAMLReader.parse(Array("%FOO\n---\na: 1\n---\nb: x".utf8) + [0xFF, 0x0A])
        #expect(stream.documents.map { entryRanges($0.root) } == [["3:1-3:2 3:4-3:5"]])
        #expect(stream.syntaxError.map { "\($0.documentIndex) \($0.position)" } == "1 5:5")
    }

    /// libyaml compares each %TAG directive with those before it in the
    /// prologue, so wflint reads at most 1,000 before one document and cuts
    /// the stream at the next: the documents before it are read, and so are
    /// 1,000 in each of two prologues.
    @Test func moreThanAThousandTagDirectivesBeforeOneDocumentCutTheStream() throws {
        let directives = { (first: Int, count: Int) in
            (first..<first + count).map { "%TAG !e\($0)! tag:example.com,2000:\n" }.joined()
        }
        let document = "---\na: 1\n"
        let two = YAMLReader.parse(Array((directives(0, 1_000) + document + directives(1_000, 1_000) + document).utf8))
        #expect(two.syntaxError == nil)
        #expect(two.documents.count == 2)
        let over = YAMLReader.parse(Array(("a: 0\n---\n" + directives(0, 1_001) + document).utf8))
        #expect(over.documents.map { $0.root[member: "a"]?.scalar?.value } == [.integer(0)])
        #expect(over.syntaxError.map { "\($0.documentIndex) \($0.position): \($0.message)" }
            == "1 1003:1: more than 1000 %TAG directives before one document; libyaml, which reads YAML for wflint, "
                + "compares each with those before it, so wflint reads no more")
        // A comment or a blank line among them keeps them one prologue.
        let commented = "# tags\n\n" + directives(0, 600) + "# more\n" + directives(600, 401) + document
        #expect(yamlError(Array(commented.utf8))?.hasPrefix("0 1004:1: more than 1000 %TAG directives") == true)
    }
}
