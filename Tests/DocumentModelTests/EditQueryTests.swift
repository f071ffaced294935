import DocumentModel
import JSONReader
import Testing
import YAMLReader

@Suite struct WrittenTextTests {
    @Test func yamlScalarsAsWritten() throws {
        let parsed = ParsedSource(yaml: #"""
            double: "tab\there \u00e9"
            single: 'it''s'
            plain: multi
              line
            literal: |-   # header comment
              one
              two

            folded: >2
               kept
            tagged: !!str 12
            anchored: &a "x"
            both: !!str &b
              # between
              'ü'
            "quoted key": 1
            """#)
        func written(_ name: String) -> String? {
            parsed.text(parsed.root[member: name].flatMap(parsed.source.writtenText(of:)))
        }
        #expect(written("double") == #""tab\there \u00e9""#)
        #expect(parsed.root[member: "double"]?.scalarText == "tab\there é")
        #expect(written("single") == "'it''s'")
        #expect(written("plain") == "multi\n  line")
        #expect(written("literal") == "|-   # header comment\n  one\n  two")
        #expect(written("folded") == ">2\n   kept")
        #expect(written("tagged") == "12")
        #expect(written("anchored") == #""x""#)
        #expect(written("both") == "'ü'")
        let index = try #require(parsed.root.entries?.firstIndex { $0.name == "quoted key" })
        #expect(parsed.text(parsed.source.keyText(ofEntry: index, in: parsed.root)) == #""quoted key""#)
        #expect(parsed.text(parsed.source.keyText(ofEntry: 0, in: parsed.root)) == "double")
    }

    @Test func jsonScalarsAsWritten() throws {
        let parsed = ParsedSource(json: byteOrderMark + crlf(#"{"caf\u00e9": "a\"b\\c", "n": -1.50e+3, "t": true}"#))
        let root = parsed.root
        #expect(parsed.text(parsed.source.keyText(ofEntry: 0, in: root)) == #""caf\u00e9""#)
        #expect(root.entries?.first?.name == "café")
        #expect(parsed.text(root[member: "café"].flatMap(parsed.source.writtenText(of:))) == #""a\"b\\c""#)
        #expect(parsed.text(root[member: "n"].flatMap(parsed.source.writtenText(of:))) == "-1.50e+3")
        #expect(parsed.text(root[member: "t"].flatMap(parsed.source.writtenText(of:))) == "true")
    }

    @Test func collectionsAndAliasesHaveNoScalarText() throws {
        let parsed = ParsedSource(yaml: "a: &x 1\nb: *x\nc: [1]\n")
        #expect(parsed.source.writtenText(of: try #require(parsed.root[member: "b"])) == nil)
        #expect(parsed.source.writtenText(of: try #require(parsed.root[member: "c"])) == nil)
        #expect(parsed.source.keyText(ofEntry: 3, in: parsed.root) == nil)
    }
}

@Suite struct AliasSiteRangeTests {
    @Test func anAliasIsRecordedWhereItIsWritten() throws {
        let parsed = ParsedSource(yaml: crlf("é: &b {x: 1}\nlist:\n  - *b\n  - [*b]\n"))
        let items = try #require(parsed.root[member: "list"]?.elements)
        let site = try #require(parsed.source.aliasSite(of: items[0]))
        #expect(site == ByteRange(start: 26, end: 28))
        #expect(parsed.text(site) == "*b")
        let inner = try #require(items[1].elements?.first)
        #expect(parsed.text(parsed.source.aliasSite(of: inner)) == "*b")
        // Checks still see the anchored content.
        #expect(items[0][member: "x"]?.scalar?.value == .integer(1))
        #expect(items[0].aliasTarget === parsed.root[member: "é"])
        #expect(parsed.source.aliasSite(of: try #require(parsed.root[member: "é"])) == nil)
    }
}

@Suite struct EntryExtentTests {
    @Test func blockEntriesTakeTheirLinesWithTheirCommentsAndCRLF() throws {
        let parsed = ParsedSource(yaml: crlf("a: 1  # one\nb:\n  - x\n"))
        let root = parsed.root
        #expect(parsed.source.extent(ofEntry: 0, in: root) == EntryExtent(
            key: ByteRange(start: 0, end: 1), value: ByteRange(start: 3, end: 4), whole: ByteRange(start: 0, end: 13)))
        #expect(parsed.source.extent(ofEntry: 1, in: root) == EntryExtent(
            key: ByteRange(start: 13, end: 14), value: ByteRange(start: 19, end: 22), whole: ByteRange(start: 13, end: 24)))
        let list = try #require(root[member: "b"])
        #expect(parsed.source.extent(ofItem: 0, in: list) == EntryExtent(
            key: nil, value: ByteRange(start: 21, end: 22), whole: ByteRange(start: 17, end: 24)))
        #expect(parsed.text(parsed.source.extent(ofItem: 0, in: list)?.whole) == "  - x\r\n")
        #expect(parsed.source.extent(ofItem: 1, in: list) == nil)
    }

    @Test func aBlockMemberSharingItsLineStartsAtItsIndicator() throws {
        let parsed = ParsedSource(yaml: "- - a  # ä\n  - b\n- k: v\n  l: w\n")
        let items = try #require(parsed.root.elements)
        #expect(parsed.text(parsed.source.extent(ofItem: 0, in: items[0])?.whole) == "- a  # ä\n")
        #expect(parsed.text(parsed.source.extent(ofItem: 1, in: items[0])?.whole) == "  - b\n")
        #expect(parsed.text(parsed.source.extent(ofItem: 0, in: parsed.root)?.whole) == "- - a  # ä\n  - b\n")
        #expect(parsed.text(parsed.source.extent(ofEntry: 0, in: items[1])?.whole) == "k: v\n")
        #expect(parsed.text(parsed.source.extent(ofEntry: 1, in: items[1])?.whole) == "  l: w\n")
    }

    @Test func anExplicitKeyStartsAtItsQuestionMark() throws {
        let parsed = ParsedSource(yaml: "? [a, b]\n: 1\nc: 2\n")
        #expect(parsed.text(parsed.source.extent(ofEntry: 0, in: parsed.root)?.whole) == "? [a, b]\n: 1\n")
    }

    @Test func flowEntriesTakeTheCommaAfterThem() throws {
        let parsed = ParsedSource(yaml: "{a: 1, b: [x, y]}  # c\n")
        let root = parsed.root
        #expect(parsed.source.extent(ofEntry: 0, in: root) == EntryExtent(
            key: ByteRange(start: 1, end: 2), value: ByteRange(start: 4, end: 5), whole: ByteRange(start: 1, end: 6)))
        #expect(parsed.source.extent(ofEntry: 1, in: root) == EntryExtent(
            key: ByteRange(start: 7, end: 8), value: ByteRange(start: 10, end: 16), whole: ByteRange(start: 7, end: 16)))
        let list = try #require(root[member: "b"])
        #expect(parsed.source.extent(ofItem: 0, in: list)?.whole == ByteRange(start: 11, end: 13))
        #expect(parsed.source.extent(ofItem: 1, in: list)?.whole == ByteRange(start: 14, end: 15))
    }

    @Test func flowSeparatorsAfterCommentsAndLineBreaks() throws {
        let parsed = ParsedSource(yaml: crlf("[a # ü\n, b,\n]\n"))
        #expect(parsed.text(parsed.source.extent(ofItem: 0, in: parsed.root)?.whole) == "a # ü\r\n,")
        #expect(parsed.text(parsed.source.extent(ofItem: 1, in: parsed.root)?.whole) == "b,")
    }

    @Test func jsonMembersTakeTheCommaAfterThem() throws {
        let parsed = ParsedSource(json: byteOrderMark + crlf("{\"a\": 1,\n \"é\": [true, null]}"))
        let root = parsed.root
        #expect(parsed.source.extent(ofEntry: 0, in: root) == EntryExtent(
            key: ByteRange(start: 4, end: 7), value: ByteRange(start: 9, end: 10), whole: ByteRange(start: 4, end: 11)))
        #expect(parsed.text(parsed.source.extent(ofEntry: 1, in: root)?.whole) == "\"é\": [true, null]")
        let list = try #require(root[member: "é"])
        #expect(parsed.text(parsed.source.extent(ofItem: 0, in: list)?.whole) == "true,")
        #expect(parsed.text(parsed.source.extent(ofItem: 1, in: list)?.whole) == "null")
    }

    /// A member a merge key brings in is written elsewhere: it has no extent here.
    @Test func mergedMembersHaveNoExtent() throws {
        let parsed = ParsedSource(yaml: "base: &b {x: 1}\nm:\n  <<: *b\n  y: 2\n")
        let merged = try #require(parsed.root[member: "m"])
        #expect(merged.entries?.map(\.name) == ["x", "y"])
        #expect(parsed.source.extent(ofEntry: 0, in: merged) == nil)
        #expect(parsed.source.extent(ofEntry: 1, in: merged) == nil)
    }
}

@Suite struct RemovalTests {
    /// The text after removing item `index` of the sequence at `path`; the
    /// result must parse, with that sequence one item shorter.
    static func removingItem(
        _ index: Int, at path: [String], in parsed: ParsedSource, isJSON: Bool = false,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String? {
        let sequence = try #require(path.reduce(Optional(parsed.root)) { $0?[member: $1] }, sourceLocation: sourceLocation)
        guard let result = parsed.applying(parsed.source.removal(ofItem: index, in: sequence, of: parsed.document)) else {
            return nil
        }
        let reparsed = isJSON ? JSONReader.parse(Array(result.utf8)) : YAMLReader.parse(Array(result.utf8))
        #expect(reparsed.syntaxError == nil, sourceLocation: sourceLocation)
        let after = reparsed.documents.first.flatMap { root in path.reduce(Optional(root.root)) { $0?[member: $1] } }
        #expect(after?.elements?.count == sequence.elements!.count - 1, sourceLocation: sourceLocation)
        return result
    }

    static let block = """
        cidrs:
          - 10.0.0.0/8   # first
          - 10.1.0.0/16
          # about the last
          - 10.2.0.0/16  # last
        other: 1
        """

    @Test func blockItems() throws {
        let parsed = ParsedSource(yaml: Self.block)
        #expect(try Self.removingItem(0, at: ["cidrs"], in: parsed) == """
            cidrs:
              - 10.1.0.0/16
              # about the last
              - 10.2.0.0/16  # last
            other: 1
            """)
        #expect(try Self.removingItem(1, at: ["cidrs"], in: parsed) == """
            cidrs:
              - 10.0.0.0/8   # first
              # about the last
              - 10.2.0.0/16  # last
            other: 1
            """)
        #expect(try Self.removingItem(2, at: ["cidrs"], in: parsed) == """
            cidrs:
              - 10.0.0.0/8   # first
              - 10.1.0.0/16
              # about the last
            other: 1
            """)
        #expect(try Self.removingItem(3, at: ["cidrs"], in: parsed) == nil)
    }

    @Test func blockItemsWithCRLFAByteOrderMarkAndNonASCIIText() throws {
        let parsed = ParsedSource(yaml: byteOrderMark + crlf("names:\n- ä  # ü\n- ☃\n"))
        #expect(try Self.removingItem(0, at: ["names"], in: parsed) == byteOrderMark + crlf("names:\n- ☃\n"))
        #expect(try Self.removingItem(1, at: ["names"], in: parsed) == byteOrderMark + crlf("names:\n- ä  # ü\n"))
    }

    @Test func theLastBlockItemOfAFileWithoutAFinalLineBreak() throws {
        let parsed = ParsedSource(yaml: "a:\n  - x\n  - y")
        #expect(try Self.removingItem(1, at: ["a"], in: parsed) == "a:\n  - x\n")
    }

    /// The only item: the list stays a list, `[]`, with its comment; at its
    /// key's own indentation it moves in a column, or it would read as a key.
    @Test func theOnlyBlockItem() throws {
        #expect(try Self.removingItem(0, at: ["a"], in: ParsedSource(yaml: "a:\n  - x  # only\nb: 1\n")) == "a:\n  []  # only\nb: 1\n")
        #expect(try Self.removingItem(0, at: ["a"], in: ParsedSource(yaml: crlf("a:\n- x\nb: 1\n"))) == crlf("a:\n []\nb: 1\n"))
        #expect(try Self.removingItem(0, at: ["a"], in: ParsedSource(yaml: "a: &anchor\n  - x\n")) == "a: &anchor\n  []\n")
        #expect(try Self.removingItem(0, at: [], in: ParsedSource(yaml: "- x\n")) == "[]\n")
    }

    /// A first item that shares its line (`- - a`) gives its line to the next.
    @Test func aBlockItemSharingItsLine() throws {
        let parsed = ParsedSource(yaml: "- - a  # a\n  - b\n- c\n")
        let inner = try #require(parsed.root.elements?.first)
        #expect(parsed.applying(parsed.source.removal(ofItem: 0, in: inner, of: parsed.document)) == "- - b\n- c\n")
        #expect(parsed.applying(parsed.source.removal(ofItem: 1, in: inner, of: parsed.document)) == "- - a  # a\n- c\n")
        #expect(parsed.applying(parsed.source.removal(ofItem: 0, in: parsed.root, of: parsed.document)) == "- c\n")
    }

    /// A source keeps the members it listed last (a rule removes each of
    /// many repeats of one list): asking of two lists by turns answers for
    /// each its own.
    @Test func removalsFromTwoListsByTurns() throws {
        let parsed = ParsedSource(yaml: "a: [x, y, z]\nb:\n  - p\n  - q\n")
        let a = try #require(parsed.root[member: "a"]), b = try #require(parsed.root[member: "b"])
        let removals = [(1, a), (0, b), (2, a), (1, b), (0, a)].map { index, list in
            parsed.applying(parsed.source.removal(ofItem: index, in: list, of: parsed.document))
        }
        #expect(removals == [
            "a: [x, z]\nb:\n  - p\n  - q\n", "a: [x, y, z]\nb:\n  - q\n", "a: [x, y]\nb:\n  - p\n  - q\n",
            "a: [x, y, z]\nb:\n  - p\n", "a: [y, z]\nb:\n  - p\n  - q\n",
        ])
    }

    @Test func flowItems() throws {
        let parsed = ParsedSource(yaml: "cidrs: [a, 'b', \"c\"]  # note\n")
        #expect(try Self.removingItem(0, at: ["cidrs"], in: parsed) == "cidrs: ['b', \"c\"]  # note\n")
        #expect(try Self.removingItem(1, at: ["cidrs"], in: parsed) == "cidrs: [a, \"c\"]  # note\n")
        #expect(try Self.removingItem(2, at: ["cidrs"], in: parsed) == "cidrs: [a, 'b']  # note\n")
        #expect(try Self.removingItem(0, at: ["only"], in: ParsedSource(yaml: "only: [ ü ]\n")) == "only: []\n")
        #expect(try Self.removingItem(0, at: ["only"], in: ParsedSource(yaml: "only: [ü,]\n")) == "only: []\n")
    }

    @Test func flowItemsOnLinesOfTheirOwnWithCommentsAndCRLF() throws {
        let parsed = ParsedSource(yaml: crlf("cidrs: [\n  a,  # first\n  b,\n  c   # last\n]\n"))
        #expect(try Self.removingItem(0, at: ["cidrs"], in: parsed) == crlf("cidrs: [\n  b,\n  c   # last\n]\n"))
        #expect(try Self.removingItem(1, at: ["cidrs"], in: parsed) == crlf("cidrs: [\n  a,  # first\n  c   # last\n]\n"))
        // The last item's comment goes with it; the one before keeps its own.
        #expect(try Self.removingItem(2, at: ["cidrs"], in: parsed) == crlf("cidrs: [\n  a,  # first\n  b\n]\n"))
        let commented = ParsedSource(yaml: crlf("cidrs: [\n  a,  # first\n  b,   # second\n  # about c\n  c   # last\n]\n"))
        #expect(try Self.removingItem(2, at: ["cidrs"], in: commented) == crlf("cidrs: [\n  a,  # first\n  b   # second\n]\n"))
        // A closing bracket on the last item's line stays there, and so does
        // the comment of the item before: only the `,` and the item go.
        let closed = ParsedSource(yaml: "cidrs: [\n  a,  # first\n  b]  # last\n")
        #expect(try Self.removingItem(1, at: ["cidrs"], in: closed) == "cidrs: [\n  a  # first\n  ]  # last\n")
        let uncommented = ParsedSource(yaml: "cidrs: [\n  a,\n  b]  # last\n")
        #expect(try Self.removingItem(1, at: ["cidrs"], in: uncommented) == "cidrs: [\n  a]  # last\n")
    }

    /// An item whose `,` ends its line, with the next item on a later line:
    /// the lines between stay, with their comments (a `wflint-disable-next-line`
    /// above the next item stays above it, and no item moves up under it).
    @Test func flowItemsWhoseCommaEndsTheLineLeaveTheLinesBetween() throws {
        let shared = ParsedSource(yaml: crlf("cidrs: [a,\n  # note\n  b, c,\n  d]\n"))
        #expect(try Self.removingItem(2, at: ["cidrs"], in: shared) == crlf("cidrs: [a,\n  # note\n  b,\n  d]\n"))
        let first = ParsedSource(yaml: "cidrs: [a, b,\n  # note\n  c]\n")
        #expect(try Self.removingItem(1, at: ["cidrs"], in: first) == "cidrs: [a,\n  # note\n  c]\n")
        #expect(try Self.removingItem(0, at: ["cidrs"], in: first) == "cidrs: [b,\n  # note\n  c]\n")
        let own = ParsedSource(yaml: "cidrs: [\n  # about b\n  b,  # b\n  # about c\n  c\n]\n")
        #expect(try Self.removingItem(0, at: ["cidrs"], in: own) == "cidrs: [\n  # about b\n  # about c\n  c\n]\n")
        // A comment between an item and a `,` that ends its line is no
        // item's to take: no removal. Before a `,` the next item follows on
        // its line, it is the item's own, and goes with it.
        let between = ParsedSource(yaml: "cidrs: [x, a  # a\n  ,\n  b]\n")
        let list = try #require(between.root[member: "cidrs"])
        #expect(between.source.removal(ofItem: 1, in: list, of: between.document) == nil)
        let own2 = ParsedSource(yaml: "cidrs: [a  # a\n  , b,\n  c]\n")
        #expect(try Self.removingItem(0, at: ["cidrs"], in: own2) == "cidrs: [b,\n  c]\n")
    }

    @Test func jsonItems() throws {
        let text = byteOrderMark + crlf("{\n  \"Cidrs\": [\n    \"a\",\n    \"é\",\n    \"c\"\n  ]\n}\n")
        let parsed = ParsedSource(json: text)
        #expect(try Self.removingItem(0, at: ["Cidrs"], in: parsed, isJSON: true)
            == byteOrderMark + crlf("{\n  \"Cidrs\": [\n    \"é\",\n    \"c\"\n  ]\n}\n"))
        #expect(try Self.removingItem(1, at: ["Cidrs"], in: parsed, isJSON: true)
            == byteOrderMark + crlf("{\n  \"Cidrs\": [\n    \"a\",\n    \"c\"\n  ]\n}\n"))
        #expect(try Self.removingItem(2, at: ["Cidrs"], in: parsed, isJSON: true)
            == byteOrderMark + crlf("{\n  \"Cidrs\": [\n    \"a\",\n    \"é\"\n  ]\n}\n"))
        let only = ParsedSource(json: crlf("{\"Cidrs\": [\n  \"a\"\n]}"))
        #expect(try Self.removingItem(0, at: ["Cidrs"], in: only, isJSON: true) == "{\"Cidrs\": []}")
    }

    @Test func mappingEntries() throws {
        let block = ParsedSource(yaml: crlf("a: 1  # one\nb:\n  c: 2\nd: é\n"))
        func removing(_ index: Int, _ parsed: ParsedSource, in mapping: Node? = nil) -> String? {
            parsed.applying(parsed.source.removal(ofEntry: index, in: mapping ?? parsed.root, of: parsed.document))
        }
        #expect(removing(0, block) == crlf("b:\n  c: 2\nd: é\n"))
        #expect(removing(1, block) == crlf("a: 1  # one\nd: é\n"))
        #expect(removing(2, block) == crlf("a: 1  # one\nb:\n  c: 2\n"))
        #expect(removing(0, block, in: block.root[member: "b"]) == crlf("a: 1  # one\nb:\n  {}\nd: é\n"))
        let inItem = ParsedSource(yaml: "- k: v  # k\n  l: w\n")
        #expect(removing(0, inItem, in: inItem.root.elements?.first) == "- l: w\n")
        #expect(removing(1, inItem, in: inItem.root.elements?.first) == "- k: v  # k\n")
        let flow = ParsedSource(yaml: "{a: 1, b: 2, c: 3}\n")
        #expect(removing(0, flow) == "{b: 2, c: 3}\n")
        #expect(removing(1, flow) == "{a: 1, c: 3}\n")
        #expect(removing(2, flow) == "{a: 1, b: 2}\n")
        let json = ParsedSource(json: "{\"a\": 1, \"é\": {\"x\": null}}")
        #expect(removing(1, json) == "{\"a\": 1}")
        #expect(removing(0, json, in: json.root[member: "é"]) == "{\"a\": 1, \"é\": {}}")
    }

    /// What cannot be removed cleanly is not offered.
    @Test func noRemovalOfAliasesMergedMembersOrMissingOnes() throws {
        let parsed = ParsedSource(yaml: "base: &b {x: 1}\nlist: &l [1, 2]\nm:\n  <<: *b\n  y: 2\nuse: *l\n")
        let source = parsed.source
        #expect(source.removal(ofEntry: 0, in: try #require(parsed.root[member: "m"]), of: parsed.document) == nil)
        #expect(source.removal(ofItem: 0, in: try #require(parsed.root[member: "use"]), of: parsed.document) == nil)
        #expect(source.removal(ofItem: 0, in: try #require(parsed.root[member: "base"]), of: parsed.document) == nil)
        #expect(source.removal(ofEntry: 0, in: try #require(parsed.root[member: "list"]), of: parsed.document) == nil)
        #expect(source.removal(ofItem: -1, in: try #require(parsed.root[member: "list"]), of: parsed.document) == nil)
        #expect(parsed.applying(source.removal(ofItem: 1, in: try #require(parsed.root[member: "list"]), of: parsed.document))
            == "base: &b {x: 1}\nlist: &l [1]\nm:\n  <<: *b\n  y: 2\nuse: *l\n")
    }
}
