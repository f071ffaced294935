import DocumentModel
import Testing
import YAMLReader

/// `\u` and `\U` escapes of surrogates in double-quoted scalars, which libyaml
/// refuses and the AWS CLI's loader reads. Each expected value is what
/// ruamel.yaml 0.18.16 (`YAML(typ='safe', pure=True)`) and PyYAML 6.0.3 both
/// load from the same text, with each lone surrogate as its `LoneSurrogate`
/// stand-in (a Swift string cannot hold a surrogate): U+D800 is U+10D800.
@Suite struct YAMLSurrogateEscapeTests {
    @Test func pairsAreTheirCharacterAndLoneSurrogatesReplacementCharacters() throws {
        let root = try yamlRoot(#"""
            pair: "a\ud83d\ude00b"
            long: "\U0000D83D\U0000DE00"
            lone: "x\ud800"
            reversed: "\ude00\ud83d"
            before: "\ud800\u0041"
            written: "\uFFFD\ud800 \ud83d"
            folded: "\ud83d\
              \ude00"
            """#)
        let values = ["pair", "long", "lone", "reversed", "before", "written", "folded"].map { root[member: $0]?.string }
        #expect(values == [
            "a😀b", "😀", "x\u{10D800}", "\u{10DE00}\u{10D83D}", "\u{10D800}A", "\u{FFFD}\u{10D800} \u{10D83D}", "😀",
        ])
        #expect(root[member: "pair"]?.scalar?.pyyamlReading == nil)
    }

    /// Outside a double-quoted scalar a backslash is text: the same bytes,
    /// which the reader patched too, are read back as written.
    @Test func otherScalarsKeepTheEscapeAsText() throws {
        let root = try yamlRoot(#"""
            trigger: "\ud800"
            plain: a\ud800 \uFFFD\uDC00
            single: 'b\ud83d\ude00'
            escaped: "\\ud800 \\\ud801"
            block: |
              c\U0000D800
            """#)
        let values = ["plain", "single", "escaped", "block"].map { root[member: $0]?.string }
        #expect(values == [#"a\ud800 \uFFFD\uDC00"#, #"b\ud83d\ude00"#, #"\ud800 \"# + "\u{10D801}", "c\\U0000D800"])
    }

    /// A comment between a scalar's properties and its text is no part of
    /// the text, whatever escapes or quotes it holds.
    @Test func aCommentAmongTheProperties() throws {
        let root = try yamlRoot(#"""
            a: !!str # "say" \ud800
              "x\ud83d\ude00"
            b: &b # \udc00
              plain\ud801
            c: "\ud800"
            d: | # \ud800
              l\ud802
            e: |
              # text \ud803

            """#)
        let values = ["a", "b", "c", "d", "e"].map { root[member: $0]?.string }
        #expect(values == ["x😀", #"plain\ud801"#, "\u{10D800}", "l\\ud802\n", "# text \\ud803\n"])
    }

    /// Keys, flow style, CRLF and non-ASCII text: every position is where it
    /// was written, before and after the escapes, in each document.
    @Test func positionsStayInEveryDocument() throws {
        let text = "é: 1\r\n---\r\n{\"\\ud83d\\ude00\": [\"ü\\udc00\", é]}\r\n---\r\nk: \"\\ud800\"\r\nn: [x]\r\n"
        let roots = yamlDocuments(text)
        #expect(roots.count == 3)
        let flow = try #require(roots.dropFirst().first)
        #expect(flow.entries?.map(\.name) == ["😀"])
        #expect(flow[member: "😀"]?.elements?.map(\.string) == ["ü\u{10DC00}", "é"])
        #expect(entryRanges(flow) == ["3:2-3:16 3:18-3:32"])
        #expect(elementRanges(flow[member: "😀"]) == ["3:19-3:28", "3:30-3:31"])
        let last = try #require(roots.last)
        #expect(last[member: "k"]?.string == "\u{10D800}")
        #expect(elementRanges(last[member: "n"]) == ["6:5-6:6"])
        #expect(try #require(roots.first)[member: "é"]?.scalar?.value == .integer(1))
    }

    /// The escapes are patched where libyaml stopped, and the reading goes on
    /// to the next error, which is reported where it is.
    @Test func aLaterErrorIsReportedAtItsPlace() {
        #expect(yamlError(Array("a: \"\\ud800\"\nb: [1\n".utf8))
            == "0 3:1: did not find expected ',' or ']' (while parsing a flow sequence that starts at 2:4)")
        #expect(yamlError(Array("a: \"\\ud800\\U00110000\"\n".utf8))
            == "0 1:13: found invalid Unicode character escape code (while parsing a quoted scalar that starts at 1:4)")
    }

    /// A flow colon that the AWS CLI reads as text, in the same document.
    @Test func withAFlowColon() throws {
        let root = try yamlRoot("Cidrs: [::1/128, \"\\ud83d\\ude00\"]\n")
        #expect(root[member: "Cidrs"]?.elements?.map(\.string) == ["::1/128", "😀"])
    }
}
