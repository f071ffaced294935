import DocumentModel
import JSONReader
import Testing
import YAMLReader

@Suite struct ByteRangeTests {
    static let yamlSources = [
        "name: héllo\nlist:\n  - ü\n  - [a, 'b', \"c\"]\n",
        crlf("a: 1  # one\nb:\n  - x\n  - {y: 2, z: [3]}\n"),
        byteOrderMark + "— dash: ∑ sum\r\nkey: 'it''s'\r\n",
        "text: |-\n  line one\n  liné two\n\nfolded: >\n  a\n  b\nnext: 1\n",
        "base: &b {x: 1, y: [ü, 2]}\nuse: *b\ntagged: !!str 12\nanchored: &a\n  - 1\n",
        "%YAML 1.1\n---\nplain: multi\n  line ünïcode\n---\nsecond: doc\n...\n",
        "? [complex, key]\n: value\n? simple\n",
        "- - nested\n  - ☃\n- a: 1\n  b: 2\n-\n- last\n",
        "x: [é, ü, {ä: ö, ß: [☃, \"ü\"]}, 'ñ', &a ü, *a]\ny: ünï\nz: |\n  ☃ ü\n\n\nw: ä\n",
        "{\"json\": [1, 2.5, true, null], \"é\": {}}",
        "",
        "# only a comment\n",
    ]
    static let jsonSources = [
        "{\"a\": \"é\", \"b\": [1, 2]}",
        byteOrderMark + "{\r\n  \"name\": \"ünïcode\",\r\n  \"list\": [\r\n    true, null, -1.5e3\r\n  ]\r\n}\r\n",
        "[\n\t{\"k\": \"\\u00e9\\n\"},\r\"x\"\r]",
        "\"just a string\"",
    ]

    /// The byte range and the line and column range are one span.
    static func expectConsistent(_ parsed: ParsedSource, sourceLocation: SourceLocation = #_sourceLocation) {
        for document in parsed.stream.documents {
            for node in allNodes(document.root) {
                #expect(parsed.source.range(of: node.bytes) == node.range, sourceLocation: sourceLocation)
            }
        }
    }

    @Test(arguments: yamlSources) func everyYAMLNodesBytesAreItsRange(_ text: String) {
        Self.expectConsistent(ParsedSource(yaml: text))
    }

    @Test(arguments: jsonSources) func everyJSONNodesBytesAreItsRange(_ text: String) {
        Self.expectConsistent(ParsedSource(json: text))
    }

    @Test func yamlOffsetsCountTheByteOrderMarkAndEveryByteOfACharacter() throws {
        let parsed = ParsedSource(yaml: byteOrderMark + crlf("name: héllo\nlist:\n  - ü\n"))
        let root = parsed.root
        #expect(root.bytes == ByteRange(start: 3, end: 30))
        let name = try #require(root.entry("name"))
        #expect(name.key.bytes == ByteRange(start: 3, end: 7))
        #expect(name.value.bytes == ByteRange(start: 9, end: 15))
        #expect(parsed.text(name.value.bytes) == "héllo")
        let list = try #require(root[member: "list"])
        #expect(list.bytes == ByteRange(start: 26, end: 30))
        #expect(list.elements?.map(\.bytes) == [ByteRange(start: 28, end: 30)])
        #expect(parsed.source.lineStarts == [3, 17, 24, 32])
        #expect(parsed.source.position(ofByte: 28) == SourcePosition(line: 3, column: 5))
        #expect(parsed.source.byteOffset(of: SourcePosition(line: 1, column: 8)) == 10)
    }

    @Test func jsonOffsetsCountTheByteOrderMarkAndEveryByteOfACharacter() throws {
        let parsed = ParsedSource(json: byteOrderMark + #"{"a": "é", "b": [1, 2]}"#)
        let root = parsed.root
        #expect(root.bytes == ByteRange(start: 3, end: 27))
        #expect(root.entries?.map(\.key.bytes) == [ByteRange(start: 4, end: 7), ByteRange(start: 15, end: 18)])
        #expect(root[member: "a"]?.bytes == ByteRange(start: 9, end: 13))
        let list = try #require(root[member: "b"])
        #expect(list.bytes == ByteRange(start: 20, end: 26))
        #expect(list.elements?.map(\.bytes) == [ByteRange(start: 21, end: 22), ByteRange(start: 24, end: 25)])
    }

    /// Lines end at LF, CR LF and a lone CR (a text without CR takes another
    /// path); line 1 starts after a byte-order mark.
    @Test func lineStartsOfEveryKindOfLineBreak() {
        #expect(SourceText(bytes: Array("a\rb\r\nc\nd".utf8)).lineStarts == [0, 2, 5, 7])
        #expect(SourceText(bytes: Array("a\nbb\n".utf8)).lineStarts == [0, 2, 5])
        #expect(SourceText(bytes: Array("a\r".utf8)).lineStarts == [0, 2])
        #expect(SourceText(bytes: Array((byteOrderMark + "a\n").utf8)).lineStarts == [3, 5])
        #expect(SourceText(bytes: Array((byteOrderMark + "a\r\n").utf8)).lineStarts == [3, 6])
        #expect(SourceText(bytes: []).lineStarts == [0])
    }

    /// The line table the YAML reader hands over is the one the text has.
    @Test(arguments: yamlSources) func yamlLineStartsAreThoseOfTheText(_ text: String) {
        let parsed = ParsedSource(yaml: text)
        #expect(parsed.source.lineStarts == SourceText(bytes: Array(text.utf8)).lineStarts)
    }

    /// A stream that stops at a syntax error still has its whole text.
    @Test func aFailedParseKeepsItsSource() {
        let text = "a: 1\nb: [\n"
        let stream = YAMLReader.parse(Array(text.utf8))
        #expect(stream.syntaxError != nil)
        #expect(stream.source.bytes == Array(text.utf8))
        #expect(stream.source.lineStarts == [0, 5, 10])
        let json = JSONReader.parse(Array("{\n\"a\": }".utf8))
        #expect(json.syntaxError != nil)
        #expect(json.source.lineStarts == [0, 2])
    }
}

@Suite struct CollectionStyleTests {
    @Test func jsonCollectionsAreFlow() throws {
        let parsed = ParsedSource(json: #"{"a": [1, {}], "b": []}"#)
        #expect(parsed.root.collectionStyle == .flow)
        #expect(parsed.root[member: "a"]?.collectionStyle == .flow)
        #expect(parsed.root[member: "a"]?.elements?.map(\.collectionStyle) == [nil, .flow])
        #expect(parsed.root[member: "b"]?.collectionStyle == .flow)
    }

    @Test func yamlCollectionsKeepTheirStyle() throws {
        let parsed = ParsedSource(yaml: crlf("block:\n  - [flow, seq]\n  - {flow: map}\n  - nested: block\nempty: []\n"))
        let root = parsed.root
        #expect(root.collectionStyle == .block)
        let items = try #require(root[member: "block"])
        #expect(items.collectionStyle == .block)
        #expect(items.elements?.map(\.collectionStyle) == [.flow, .flow, .block])
        #expect(root[member: "empty"]?.collectionStyle == .flow)
        #expect(root.entries?.first?.key.collectionStyle == nil)
    }

    @Test func anAliasHasItsAnchorsStyle() throws {
        let parsed = ParsedSource(yaml: "a: &x [1]\nb: *x\nc: &y\n  k: v\nd: *y\n")
        #expect(parsed.root[member: "b"]?.collectionStyle == .flow)
        #expect(parsed.root[member: "d"]?.collectionStyle == .block)
    }

    /// An `!!omap` is a mapping node built from a sequence: its style is the sequence's.
    @Test func anOrderedMapKeepsItsSequencesStyle() throws {
        let parsed = ParsedSource(yaml: "a: !!omap\n  - x: 1\n  - y: 2\nb: !!omap [z: 3]\n")
        #expect(parsed.root[member: "a"]?.collectionStyle == .block)
        #expect(parsed.root[member: "b"]?.collectionStyle == .flow)
    }
}

@Suite struct CommentTests {
    static func comments(_ parsed: ParsedSource) -> [String] {
        parsed.source.comments.map(parsed.source.text)
    }

    @Test func yamlCommentsEverywhereACommentCanBe() {
        let parsed = ParsedSource(yaml: #"""
            # head
            %YAML 1.2 # after a directive
            --- # after the marker
            a: 1 # after a value
            b: "not # a comment" # after a quoted value
            c: plain#not a comment
            d: | # after a header
              # text of the scalar
            # after a block scalar
            e: &anchor # after an anchor
              - [x, # inside flow
                 y]
            f: !!str # after a tag
              value
            ...
            # tail
            """#)
        #expect(Self.comments(parsed) == [
            "# head", "# after a directive", "# after the marker", "# after a value", "# after a quoted value",
            "# after a header", "# after a block scalar", "# after an anchor", "# inside flow", "# after a tag", "# tail",
        ])
    }

    @Test func commentsEndBeforeACarriageReturnAndCountBytes() {
        let parsed = ParsedSource(yaml: byteOrderMark + crlf("a: é # ünï\n# ☃\n"))
        #expect(parsed.source.comments == [ByteRange(start: 9, end: 16), ByteRange(start: 18, end: 23)])
        #expect(Self.comments(parsed) == ["# ünï", "# ☃"])
    }

    @Test func commentsInsideARange() {
        let parsed = ParsedSource(yaml: "a: 1 # one\nb: 2 # two\nc: 3 # three\n")
        #expect(parsed.source.comments(in: ByteRange(start: 5, end: 22)).map(parsed.source.text) == ["# one", "# two"])
    }

    /// A stream that stops at a syntax error has the comments before the
    /// last node libyaml read.
    @Test func commentsBeforeASyntaxError() {
        let stream = YAMLReader.parse(Array("# one\na: 1 # two\nb: [\n# three\n".utf8))
        #expect(stream.syntaxError != nil)
        #expect(stream.source.comments.map(stream.source.text) == ["# one", "# two"])
    }

    @Test func jsonHasNoComments() {
        #expect(ParsedSource(json: ##"{"a": "# no"}"##).source.comments.isEmpty)
    }
}
