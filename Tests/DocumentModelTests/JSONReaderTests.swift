import DocumentModel
import JSONReader
import Testing

/// The root of a JSON text that must parse.
private func jsonRoot(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Node {
    let stream = JSONReader.parse(Array(text.utf8))
    #expect(stream.syntaxError == nil, sourceLocation: sourceLocation)
    #expect(stream.documents.map(\.index) == [0], sourceLocation: sourceLocation)
    return try #require(stream.documents.first?.root, sourceLocation: sourceLocation)
}

/// The syntax error of a JSON text that must not parse, as `line:col: message`.
private func jsonError(_ bytes: [UInt8]) -> String? {
    let stream = JSONReader.parse(bytes)
    #expect(stream.documents.isEmpty)
    return stream.syntaxError.map { "\($0.position): \($0.message)" }
}

private func jsonError(_ text: String) -> String? { jsonError(Array(text.utf8)) }

@Suite struct JSONPositionTests {
    @Test func keysAndValuesOfANestedDocument() throws {
        let root = try jsonRoot("""
            {
              "WorkforceName": "team",
              "SourceIpConfig": {"Cidrs": ["10.0.0.0/8", "192.168.0.0/16"]}
            }
            """)
        #expect("\(root.range)" == "1:1-4:2")
        let name = try #require(root.entry("WorkforceName"))
        #expect("\(name.key.range)" == "2:3-2:18")
        #expect("\(name.value.range)" == "2:20-2:26")
        let config = try #require(root.entry("SourceIpConfig"))
        #expect("\(config.key.range)" == "3:3-3:19")
        #expect("\(config.value.range)" == "3:21-3:64")
        let cidrs = try #require(config.value.entry("Cidrs"))
        #expect("\(cidrs.key.range)" == "3:22-3:29")
        #expect("\(cidrs.value.range)" == "3:31-3:63")
        #expect(cidrs.value.elements?.map { "\($0.range)" } == ["3:32-3:44", "3:46-3:62"])
    }

    @Test func tabIsOneColumnAndEveryLineEndingCounts() throws {
        let root = try jsonRoot("{\r\n\t\"a\":\t1,\r\"b\"\n:\ttrue\r\n}")
        let entries = try #require(root.entries)
        #expect(entries.map { "\($0.key.range) \($0.value.range)" } == ["2:2-2:5 2:7-2:8", "3:1-3:4 4:3-4:7"])
        #expect("\(root.range)" == "1:1-5:2")
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let root = try jsonRoot(#"{"é日本": "😀x", "k": [1]}"#)
        let entries = try #require(root.entries)
        #expect(entries.map(\.name) == ["é日本", "k"])
        #expect(entries.map { "\($0.key.range) \($0.value.range)" } == ["1:2-1:7 1:9-1:13", "1:15-1:18 1:20-1:23"])
    }

    @Test func byteOrderMarkIsNotAColumn() throws {
        let root = try #require(JSONReader.parse([0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8)).documents.first?.root)
        #expect("\(root.range)" == "1:1-1:9")
        #expect("\(try #require(root.entries?.first).value.range)" == "1:7-1:8")
    }

    @Test func escapedStringsSpanTheirSourceText() throws {
        let root = try jsonRoot(#"["a\"b\u00e9\ud83d\ude00", "x"]"#)
        let items = try #require(root.elements)
        #expect(items.map(\.string) == ["a\"bé😀", "x"])
        #expect(items.map { "\($0.range)" } == ["1:2-1:26", "1:28-1:31"])
    }

    /// As Python's `json.loads` reads them and botocore sends them on, a lone
    /// surrogate is no syntax error; a Swift string holds its `LoneSurrogate`
    /// stand-in (U+D800 is U+10D800), distinct for each surrogate. An escape
    /// after a lone high surrogate is read on its own.
    @Test func loneSurrogatesReadAsReplacementCharacters() throws {
        let root = try jsonRoot(#"["abc\ud800", "\udc00x", "\ude00\ud83d", "\ud800\u0041", "\ud800\ud83d\ude00"]"#)
        let items = try #require(root.elements)
        #expect(items.map(\.string) == [
            "abc\u{10D800}", "\u{10DC00}x", "\u{10DE00}\u{10D83D}", "\u{10D800}A", "\u{10D800}😀",
        ])
        #expect(items.map { "\($0.range)" } == ["1:2-1:13", "1:15-1:24", "1:26-1:40", "1:42-1:56", "1:58-1:78"])
    }
}

@Suite struct JSONValueTests {
    @Test func scalarsKeepTheirJSONTypes() throws {
        let root = try jsonRoot(#"[0, -12, 1.5, -0.0e1, 2E+3, true, false, null, "s", 99999999999999999999, -99999999999999999999]"#)
        let scalars = try #require(root.elements).compactMap(\.scalar)
        #expect(scalars.map(\.value) == [
            .integer(0), .integer(-12), .float(1.5), .float(-0.0), .float(2000), .bool(true), .bool(false), .null,
            .string("s"), .integer(.max), .integer(.min),
        ])
        #expect(scalars.map(\.style) == Array(repeating: .plain, count: 8) + [.doubleQuoted, .plain, .plain])
        #expect(scalars[9].text == "99999999999999999999")
    }

    @Test func duplicateKeysAreKeptInOrder() throws {
        let root = try jsonRoot(#"{"a": 1, "b": 2, "a": 3}"#)
        let entries = try #require(root.entries)
        #expect(entries.map(\.name) == ["a", "b", "a"])
        #expect(entries.map(\.value.scalar?.value) == [.integer(1), .integer(2), .integer(3)])
        // A member is its last entry, as `json.loads` keeps it.
        #expect(root[member: "a"]?.scalar?.value == .integer(3))
    }

    @Test func emptyContainersAndWhitespaceAroundTheValue() throws {
        let root = try jsonRoot("  [ {} , [ ] ]  \n")
        #expect("\(root.range)" == "1:3-1:15")
        #expect(root.elements?.map { "\($0.range)" } == ["1:5-1:7", "1:10-1:13"])
    }

    @Test func nestingUpToTheLimitIsFine() throws {
        let depth = ReadLimits.defaultDepth
        let root = try jsonRoot(String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
        #expect("\(root.range)" == "1:1-1:\(2 * depth + 1)")
    }
}

@Suite struct JSONSyntaxErrorTests {
    @Test(arguments: [
        (#"{"a": 1 "b": 2}"#, "1:9: expected ',' or '}' after object member"),
        (#"{"a" 1}"#, "1:6: expected ':' after object key"),
        (#"[1 2]"#, "1:4: expected ',' or ']' after array element"),
        (#"{"a": }"#, "1:7: expected a value"),
        (#"[1,]"#, "1:4: expected a value"),
        (#"{"a": 1,}"#, "1:9: expected a string key after ','"),
        (#"{a: 1}"#, "1:2: expected a string key or '}'"),
        ("{\"a\": \"xy", "1:7: unterminated string"),
        (#"["a\qb"]"#, #"1:4: invalid escape '\q' in string"#),
        ("[\"a\tb\"]", "1:4: control character U+0009 in string must be escaped"),
        ("\"line\nbreak\"", "1:6: control character U+000A in string must be escaped"),
        (#"{"a": 1} x"#, "1:10: unexpected character 'x' after the top-level value"),
        (#"[1]]"#, "1:4: unexpected character ']' after the top-level value"),
        (#"["\ud800\u12g4"]"#, #"1:9: invalid \u escape in string: expected 4 hex digits"#),
        (#"["\u12g4"]"#, #"1:3: invalid \u escape in string: expected 4 hex digits"#),
        ("[01]", "1:3: leading zeros are not allowed in a number"),
        ("[+1]", "1:2: expected a value"),
        ("[.5]", "1:2: expected a value"),
        ("[1.]", "1:4: expected a digit after '.' in a number"),
        ("[-]", "1:3: expected a digit after '-'"),
        // json.loads reads these (botocore refuses the float everywhere):
        // still an error, with a message that says why.
        (#"{"Tags": NaN}"#, "1:10: NaN is not a JSON value: RFC 8259 has no NaN or Infinity"),
        ("[Infinity]", "1:2: Infinity is not a JSON value: RFC 8259 has no NaN or Infinity"),
        ("[1, -Infinity]", "1:5: -Infinity is not a JSON value: RFC 8259 has no NaN or Infinity"),
        ("[Nan]", "1:2: expected a value"),
        ("[1e+]", "1:5: expected a digit in the exponent of a number"),
        ("[True]", "1:2: expected a value"),
        ("[nul]", "1:2: expected a value"),
        ("", "1:1: expected a value"),
        (" \n\t ", "2:3: expected a value"),
        ("{\"é\": 1,\r\n  \"b\" 2}", "2:7: expected ':' after object key"),
    ])
    func reportsWhatWasExpectedWhere(text: String, expected: String) {
        #expect(jsonError(text) == expected)
    }

    @Test func invalidUTF8IsNamedByItsByte() {
        #expect(jsonError(Array(#"["ab"#.utf8) + [0xFF] + Array(#""]"#.utf8)) == "1:5: invalid UTF-8 byte 0xFF")
        // An overlong encoding of "/" and a truncated sequence.
        #expect(jsonError(Array(#"[""#.utf8) + [0xC0, 0xAF] + Array(#""]"#.utf8)) == "1:3: invalid UTF-8 byte 0xC0")
        #expect(jsonError(Array(#"["é"#.utf8) + [0xE6, 0x97] + Array(#""]"#.utf8)) == "1:4: invalid UTF-8 byte 0xE6")
        #expect(jsonError([0x5B, 0xFE, 0x5D]) == "1:2: invalid UTF-8 byte 0xFE")
        #expect(jsonError(Array("1 é".utf8)) == "1:3: unexpected character 'é' after the top-level value")
    }

    /// Terraform's JSON syntax reads a string's malformed UTF-8 as Go
    /// decodes it, U+FFFD for each byte of a malformed sequence (`terraform
    /// console` shows "x\u{FFFD}\u{FFFD}y" for "x\xE2\x82y"); outside a string
    /// such a byte is still an error.
    @Test func invalidUTF8InAStringMayBeReplacedByteByByte() throws {
        let bytes = Array(#"{"k\#u{E9}": ["x"#.utf8) + [0xE2, 0x82] + Array("y".utf8) + [0xF0, 0x9F, 0x98]
            + Array(#"z\n", "caf"#.utf8) + [0xE9] + Array(#""]}"#.utf8)
        #expect(jsonError(bytes) == "1:11: invalid UTF-8 byte 0xE2")
        let stream = JSONReader.parse(bytes, replacingInvalidUTF8InStrings: true)
        let root = try #require(stream.documents.first?.root)
        let entry = try #require(root.entries?.first)
        #expect(entry.name == "k\u{E9}")
        guard case .sequence(let items) = entry.value.content else {
            Issue.record("not a list")
            return
        }
        #expect(items.compactMap(\.string) == ["x\u{FFFD}\u{FFFD}y\u{FFFD}\u{FFFD}\u{FFFD}z\n", "caf\u{FFFD}"])
        let outside = JSONReader.parse([UInt8(ascii: "[")] + [0xE9] + Array("1]".utf8), replacingInvalidUTF8InStrings: true)
        #expect(outside.syntaxError.map { "\($0.position): \($0.message)" } == "1:2: invalid UTF-8 byte 0xE9")
    }

    @Test func nestingBeyondTheLimitIsAnErrorNotACrash() {
        let depth = ReadLimits.defaultDepth
        let hostile = String(repeating: "[", count: 100_000)
        #expect(jsonError(hostile) == "1:\(depth + 1): nesting deeper than \(depth) levels (limits.max-depth)")
        let objects = String(repeating: #"{"a":"#, count: depth + 1)
        #expect(jsonError(objects) == "1:\(5 * depth + 1): nesting deeper than \(depth) levels (limits.max-depth)")
    }
}

@Suite struct JSONEncodingTests {
    private func jsonError(_ bytes: [UInt8]) -> String? {
        JSONReader.parse(bytes).syntaxError.map { "\($0.position): \($0.message)" }
    }

    @Test(arguments: [
        ([0xFF, 0xFE], "UTF-16LE", "FF FE"), ([0xFE, 0xFF], "UTF-16BE", "FE FF"),
        ([0xFF, 0xFE, 0x00, 0x00], "UTF-32LE", "FF FE 00 00"), ([0x00, 0x00, 0xFE, 0xFF], "UTF-32BE", "00 00 FE FF"),
    ] as [([UInt8], String, String)])
    func aUTF16OrUTF32ByteOrderMarkSaysToConvert(mark: [UInt8], encoding: String, shown: String) {
        #expect(jsonError(mark + Array("{\0}\0".utf8)) == "1:1: the file is \(encoding) text (it starts with the "
            + "byte-order mark \(shown)); wflint reads UTF-8 only: convert it, e.g. with iconv -f \(encoding) -t UTF-8")
    }

    @Test func nulBytesAndInvalidUTF8AreSyntaxErrorsWithPositions() {
        #expect(jsonError([0, 0, 0]) == "1:1: expected a value")
        #expect(jsonError(Array("{\"a\": \"x".utf8) + [0xFF] + Array("\"}".utf8)) == "1:9: invalid UTF-8 byte 0xFF")
        #expect(jsonError(Array("{\"a\": \"x".utf8) + [0xC3] + Array("\"}".utf8)) == "1:9: invalid UTF-8 byte 0xC3")
        #expect(jsonError([]) == "1:1: expected a value")
    }
}
