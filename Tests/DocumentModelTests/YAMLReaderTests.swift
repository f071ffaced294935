import DocumentModel
import JSONReader
import Testing
import YAMLReader

/// The documents of a YAML stream that must parse.
func yamlDocuments(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [Node] {
    let stream = YAMLReader.parse(Array(text.utf8))
    #expect(stream.syntaxError == nil, sourceLocation: sourceLocation)
    #expect(stream.documents.map(\.index) == Array(stream.documents.indices), sourceLocation: sourceLocation)
    return stream.documents.map(\.root)
}

/// The root of a one-document YAML stream that must parse.
func yamlRoot(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Node {
    let roots = yamlDocuments(text, sourceLocation: sourceLocation)
    #expect(roots.count == 1, sourceLocation: sourceLocation)
    return try #require(roots.first, sourceLocation: sourceLocation)
}

/// `document line:col: message` of a stream that must fail.
func yamlError(_ bytes: [UInt8]) -> String? {
    YAMLReader.parse(bytes).syntaxError.map { "\($0.documentIndex) \($0.position): \($0.message)" }
}

@Suite struct YAMLPositionTests {
    @Test func blockMappingsAndSequences() throws {
        let root = try yamlRoot("""
            WorkforceName: team
            SourceIpConfig:
              Cidrs:
                - 10.0.0.0/8
                - "192.168.0.0/16"
            Tags: []
            """)
        #expect("\(root.range)" == "1:1-6:9")
        #expect(entryRanges(root) == ["1:1-1:14 1:16-1:20", "2:1-2:15 3:3-5:23", "6:1-6:5 6:7-6:9"])
        let cidrs = root[member: "SourceIpConfig"]?[member: "Cidrs"]
        #expect(entryRanges(root[member: "SourceIpConfig"]) == ["3:3-3:8 4:5-5:23"])
        #expect(elementRanges(cidrs) == ["4:7-4:17", "5:7-5:23"])
    }

    @Test func indentlessSequenceStartsAtItsFirstDash() throws {
        let root = try yamlRoot("a:\n- x\n- y\nb: 1\n")
        #expect(entryRanges(root) == ["1:1-1:2 2:1-3:4", "4:1-4:2 4:4-4:5"])
    }

    @Test func flowCollectionsEndAtTheirBracket() throws {
        let root = try yamlRoot("a: {b: [1, 'two'], c: null}\n")
        let inner = root[member: "a"]
        #expect("\(try #require(inner).range)" == "1:4-1:28")
        #expect(entryRanges(inner) == ["1:5-1:6 1:8-1:18", "1:20-1:21 1:23-1:27"])
        #expect(elementRanges(inner?[member: "b"]) == ["1:9-1:10", "1:12-1:17"])
    }

    @Test func multiLineScalarsEndAfterTheirLastCharacter() throws {
        let root = try yamlRoot("""
            plain: first
              second
            quoted: "one
              two"
            literal: |
              line1
              line2

            folded: >-
              folded
              text
            # a comment
            last: x
            """)
        #expect(entryRanges(root) == [
            "1:1-1:6 1:8-2:9", "3:1-3:7 3:9-4:7", "5:1-5:8 5:10-7:8", "9:1-9:7 9:9-11:7", "13:1-13:5 13:7-13:8",
        ])
        let scalars = root.entries?.map { $0.value.scalar }
        #expect(scalars?.map { $0?.style } == [.plain, .doubleQuoted, .literal, .folded, .plain])
        #expect(scalars?.map { $0?.text } == ["first second", "one two", "line1\nline2\n", "folded text", "x"])
    }

    @Test func crlfAndLoneCREndLines() throws {
        let root = try yamlRoot("a: 1\r\nb: 'x'\rc:\r\n  - \"y\"\r\n")
        #expect(entryRanges(root) == ["1:1-1:2 1:4-1:5", "2:1-2:2 2:4-2:7", "3:1-3:2 4:3-4:8"])
    }

    @Test func columnsCountCharacters() throws {
        let root = try yamlRoot("é: 日本\n😀k: \"😀x\"\nz: [é, 'ü']\n")
        #expect(entryRanges(root) == ["1:1-1:2 1:4-1:6", "2:1-2:3 2:5-2:9", "3:1-3:2 3:4-3:12"])
        #expect(elementRanges(root[member: "z"]) == ["3:5-3:6", "3:8-3:11"])
        #expect(root.entries?.map(\.name) == ["é", "😀k", "z"])
    }

    @Test func anchorsAndTagsBelongToTheirNode() throws {
        let root = try yamlRoot("a: &x !!str 12\n&k b: !!int \"7\"\nm: &m\n  c: 1\ns: !!seq\n- 1\n")
        #expect(entryRanges(root) == [
            "1:1-1:2 1:4-1:15", "2:1-2:5 2:7-2:16", "3:1-3:2 3:4-4:7", "5:1-5:2 5:4-6:4",
        ])
        let values = root.entries?.map(\.value)
        #expect(values?.map(\.tag) == [
            "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", nil, "tag:yaml.org,2002:seq",
        ])
        #expect(values?[0].scalar?.value == .string("12"))
        #expect(values?[1].scalar?.value == .integer(7))
    }

    @Test func byteOrderMarkIsNotAColumn() throws {
        let root = try #require(YAMLReader.parse([0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8)).documents.first?.root)
        #expect(entryRanges(root) == ["1:1-1:2 1:4-1:5"])
    }

    @Test func complexKeysAreKeptAsNodes() throws {
        let root = try yamlRoot("? [a, b]\n: v\n")
        let entry = try #require(root.entries?.first)
        #expect("\(entry.key.range) \(entry.value.range)" == "1:3-1:9 2:3-2:4")
        #expect(entry.name == nil)
        #expect(elementRanges(entry.key) == ["1:4-1:5", "1:7-1:8"])
    }
}

@Suite struct YAMLValueTests {
    @Test func plainScalarsResolveInContext() throws {
        let root = try yamlRoot("a: yes\nb: 0b101\nc: 1:20\nd: 012\ne: 0o12\nf: .inf\ng: '12'\nh:\ni: ~\nj: true\n")
        #expect(root.entries?.map(\.value.scalar?.value) == [
            .string("yes"), .integer(5), .string("1:20"), .integer(12), .integer(10), .float(.infinity),
            .string("12"), .null, .null, .bool(true),
        ])
    }

    @Test func emptyValueIsANullJustAfterItsColon() throws {
        let root = try yamlRoot("a:\nb: 1\n")
        #expect(entryRanges(root) == ["1:1-1:2 1:3-1:3", "2:1-2:2 2:4-2:5"])
        #expect("\(root.range)" == "1:1-2:5")
    }

    @Test func anAliasIsANodeWhereItIsWrittenThatNamesItsAnchoredNode() throws {
        let root = try yamlRoot("base: &b\n  x: 1\ncopy: *b\nlist: [*b, *b]\n")
        let base = try #require(root[member: "base"])
        let copy = try #require(root[member: "copy"])
        let list = try #require(root[member: "list"]?.elements)
        #expect(base.aliasTarget == nil)
        #expect(copy.aliasTarget === base && list.allSatisfy { $0.aliasTarget === base })
        #expect(copy.written === base)
        #expect(["\(copy.range)", "\(list[0].range)", "\(list[1].range)"] == ["3:7-3:9", "4:8-4:10", "4:12-4:14"])
        // Checks see the anchored content: the very same child nodes.
        #expect(copy[member: "x"] === base[member: "x"] && list[1][member: "x"] === base[member: "x"])
        // The list ends at its own bracket, not where the anchored node ends.
        #expect("\(try #require(root[member: "list"]).range)" == "4:7-4:15")
        #expect("\(root.range)" == "1:1-4:15")
    }

    @Test func aScalarAliasKeepsItsAnchorsValueAndTag() throws {
        let root = try yamlRoot("a: &v !!str 12\nb: *v\n")
        let alias = try #require(root[member: "b"])
        #expect(alias.scalar?.value == .string("12") && alias.tag == "tag:yaml.org,2002:str")
        #expect("\(alias.range)" == "2:4-2:6")
    }

    @Test func documentsTellWhetherTheyHoldAnAlias() {
        let documents = YAMLReader.parse(Array("a: &v 1\n---\nb: &w 2\n---\nc: &x 3\nd: *x\n".utf8)).documents
        #expect(documents.map(\.hasAliases) == [false, false, true])
    }

    @Test func blockCollectionEndingInAnAliasEndsAtTheAlias() throws {
        let root = try yamlRoot("a: &v 1\nb: *v\n")
        #expect("\(root.range)" == "1:1-2:6")
    }

    @Test func duplicateKeysAreKeptInOrder() throws {
        let root = try yamlRoot("a: 1\nb: 2\na: 3\n")
        #expect(root.entries?.map(\.name) == ["a", "b", "a"])
    }
}

@Suite struct YAMLStreamTests {
    @Test func everyDocumentWithItsIndex() {
        let roots = yamlDocuments("a: 1\n---\nb: 2\n--- !!str\n...\n")
        #expect(roots.map { "\($0.range)" } == ["1:1-1:5", "3:1-3:5", "4:5-4:10"])
        #expect(roots.last?.scalar?.value == .string(""))
    }

    @Test func emptyStreamsHaveNoDocuments() {
        #expect(yamlDocuments("").isEmpty)
        #expect(yamlDocuments("  \n# only a comment\n").isEmpty)
    }

    @Test func bareDocumentMarkerHasANullRootAfterIt() {
        let roots = yamlDocuments("---\n")
        #expect(roots.map { "\($0.range)" } == ["1:4-1:4"])
        #expect(roots.first?.scalar?.value == .null)
    }

    @Test func syntaxErrorInALaterDocumentKeepsTheEarlierOnes() {
        let stream = YAMLReader.parse(Array("a: 1\n---\nb: [x]\n---\nc: [\n".utf8))
        #expect(stream.documents.map(\.index) == [0, 1])
        #expect(stream.documents.map { "\($0.root.range)" } == ["1:1-1:5", "3:1-3:7"])
        #expect(stream.syntaxError == SyntaxError(
            message: "did not find expected node content (while parsing a flow node)",
            position: SourcePosition(line: 6, column: 1), documentIndex: 2))
    }

    /// libyaml is given 256 bytes first, then twice as many a read up to
    /// 4 KiB (`ChunkedInput`): an encoding error read with any of them stops
    /// the stream at its place, after every document before its line.
    @Test func encodingErrorsInEveryReadKeepTheDocumentsBefore() {
        for documents in [1, 25, 60, 120, 250, 500, 1_000] {
            let bytes = Array(String(repeating: "---\nk: v\n", count: documents).utf8) + Array("---\nc: ".utf8) + [0xFF, 0x0A]
            #expect(YAMLReader.parse(bytes).documents.count == documents, "\(documents) documents")
            #expect(yamlError(bytes) == "\(documents) \(2 * documents + 2):4: invalid UTF-8 byte 0xFF")
        }
    }

    @Test func encodingErrorInALaterDocumentKeepsTheEarlierOnes() {
        let bytes = Array("a: 1\n---\nb: é\n---\nc: ".utf8) + [0xFF] + Array("\n".utf8)
        let stream = YAMLReader.parse(bytes)
        #expect(stream.documents.map(\.index) == [0, 1])
        #expect(yamlError(bytes) == "2 5:4: invalid UTF-8 byte 0xFF")
        // Inside a document that started earlier, that document is the one in error.
        let midDocument = Array("a: 1\n---\nb: 2\nc: \u{1}\n".utf8)
        #expect(YAMLReader.parse(midDocument).documents.count == 1)
        #expect(yamlError(midDocument) == "1 4:4: control characters are not allowed: U+0001")
    }

    @Test func onlyUTF8IsRead() {
        #expect(yamlError([0xFF, 0xFE] + Array("a\0:\0".utf8)) == "0 1:1: the file is UTF-16LE text "
            + "(it starts with the byte-order mark FF FE); wflint reads UTF-8 only: convert it, e.g. with iconv -f UTF-16LE -t UTF-8")
        // Without a byte-order mark, UTF-16's NUL bytes are control characters.
        #expect(yamlError(Array("a\0:\0".utf8)) == "0 1:2: control characters are not allowed: U+0000")
    }

    @Test(arguments: [
        ("a: b: c", "0 1:5: mapping values are not allowed in this context"),
        ("a: 1\n b: 2", "0 2:3: mapping values are not allowed in this context"),
        ("a:\n  - x\n  y: 1", "0 3:3: did not find expected '-' indicator (while parsing a block collection that starts at 2:3)"),
        ("\t- a", "0 1:1: found character that cannot start any token (while scanning for the next token)"),
        ("x: *nope", "0 1:4: undefined alias '*nope': no anchor '&nope' before it in this document"),
        ("- &s [*s]", "0 1:7: alias '*s' refers to a node that contains it; recursive structures are not supported"),
        ("a: &x 1\n---\nb: *x", "1 3:4: undefined alias '*x': no anchor '&x' before it in this document"),
        ("k: 'unterminated\n", "0 2:1: found unexpected end of stream (while scanning a quoted scalar that starts at 1:4)"),
    ])
    func syntaxErrorsSayWhatLibyamlFound(text: String, expected: String) {
        #expect(yamlError(Array(text.utf8)) == expected)
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let depth = ReadLimits.defaultDepth
        #expect(yamlError(Array(String(repeating: "[", count: 50_000).utf8))
            == "0 1:\(depth + 1): nesting deeper than \(depth) levels (limits.max-depth)")
        let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(yamlError(Array(nested.utf8)) == nil)
    }
}

@Suite struct JSONAndYAMLAgreeTests {
    /// Flow YAML that is also JSON: both readers must place every node alike.
    @Test func sameTextSamePositions() throws {
        let text = """
            {"WorkforceName": "é-team",
             "SourceIpConfig": {"Cidrs": ["10.0.0.0/8",\t"😀"]},
             "Count": 3, "Ratio": 0.5, "On": true, "Off": null}
            """
        let json = try #require(JSONReader.parse(Array(text.utf8)).documents.first?.root)
        let yaml = try yamlRoot(text)
        #expect(flatten(json) == flatten(yaml))
        #expect(flatten(json).count == 17)
    }

    /// Every node's range and value, depth first, keys included.
    private func flatten(_ node: Node) -> [String] {
        switch node.content {
        case .scalar(let scalar): return ["\(node.range) \(scalar.value) \(scalar.style)"]
        case .sequence(let items): return ["\(node.range) list"] + items.flatMap(flatten)
        case .mapping(let entries):
            return ["\(node.range) map"] + entries.flatMap { flatten($0.key) + flatten($0.value) }
        }
    }
}
