import DocumentModel
import Testing

@testable import WFLintKit

/// A file's lines are captured when it is linted, and only those its findings
/// cover; the masks and line hashes of a capture are those of the whole file.
@Suite struct SourceCaptureTests {
    static func range(_ line: Int, _ column: Int, _ endLine: Int, _ endColumn: Int) -> SourceRange {
        SourceRange(start: SourcePosition(line: line, column: column), end: SourcePosition(line: endLine, column: endColumn))
    }

    static func capture(_ text: String, showing ranges: [SourceRange], lineHashes: Bool = false) -> MaskedSource {
        MaskedSource(capturing: Array(text.utf8), showing: ranges, sensitiveRanges: [], lineHashes: lineHashes)
    }

    @Test func onlyTheLinesOfTheRangesAreCaptured() {
        let source = Self.capture("a: 1\nb: 2\nc: 3\nd: 4\ne: 5\n", showing: [Self.range(2, 1, 3, 2), Self.range(5, 1, 5, 2)])
        #expect((1...6).map { source.line($0) } == [nil, "b: 2", "c: 3", nil, "e: 5", nil])
        #expect(source.text(in: Self.range(2, 4, 3, 5)) == "2\nc: 3")
    }

    /// A range may end past the last line (an end of file): what exists is captured, and the text stops there.
    @Test func aRangePastTheEndCapturesTheLinesThatExist() {
        let source = Self.capture("a: 1\nb: [", showing: [Self.range(2, 4, 3, 1)])
        #expect(source.line(2) == "b: [" && source.line(3) == nil)
        #expect(source.text(in: Self.range(2, 4, 3, 1)) == "[")
        #expect(source.utf16Column(line: 3, column: 1) == 1)
    }

    /// The lexical backstop's state comes from lines that are not captured: a
    /// quoted secret opened two lines up, an indented one under its key.
    @Test func aSecretRunningOnFromAnUncapturedLineIsMasked() {
        let text = "ClientSecret: \"one\n  two\n  three\" , Issuer: x\nclient_secret: |\n  body\n\n  more\nIssuer: y\n"
        let whole = MaskedSource(SourceLines(text), sensitiveRanges: [])
        let expected = [
            "ClientSecret: \"***", "  ***", "  *****\" , Issuer: x", "client_secret: *", "  ****", "", "  ****",
            "Issuer: y", "",
        ]
        #expect((1...9).map { whole.line($0) } == expected)
        for number in 1...9 {
            let alone = Self.capture(text, showing: [Self.range(number, 1, number, 1)])
            #expect(alone.line(number) == expected[number - 1], "line \(number)")
        }
    }

    /// JSON that does not parse has no tree to say which value is the secret,
    /// and its layout is no YAML's: a key that lost its colon, the value on a
    /// line of its own at any indentation (or the colon there too), a list
    /// over several lines, and a copy of the secret later on its line.
    @Test func aJSONSecretIsMaskedWhateverItsLayout() {
        let text = """
            {"ClientSecret" "s3cr3tA"}
            {"ClientSecret" = "s3cr3tB"}
            {"ClientSecret":
            "s3cr3tC" x}
            {"ClientSecret"
              : "s3cr3tD" x}
            {"client_secret": [
            "s3cr3tE",
            "s3cr3tF"], "Issuer": 1}
            {"ClientSecret": "s3cr3tG", "s3cr3tG" 1}
            {"Secrets" , "visible"}
            Tags: [{Key: note, Value: "no secret"
              }, {Key: "aws:bad", Value: "plain visible text"}]

            """
        let masked = MaskedSource(SourceLines(text), sensitiveRanges: [])
        // A value that ends with the word is no key that lost its colon (a reviewer's case).
        #expect((1...13).map { masked.line($0) ?? "" } == [
            #"{"ClientSecret" "*******"}"#, #"{"ClientSecret" = "*******"}"#, #"{"ClientSecret":"#, #""*******" x}"#,
            #"{"ClientSecret""#, "  **************", #"{"client_secret": *"#, "**********", "************************",
            #"{"ClientSecret": "*******", "*******" 1}"#, #"{"Secrets" , "visible"}"#,
            #"Tags: [{Key: note, Value: "no secret""#, #"  }, {Key: "aws:bad", Value: "plain visible text"}]"#,
        ])
    }

    /// The checks' sensitive ranges are masked on the captured lines they cross.
    @Test func recordedRangesAreMaskedOnCapturedLines() {
        let text = "k: \"ab\n  cd\" # x\n"
        let source = MaskedSource(
            capturing: Array(text.utf8), showing: [Self.range(2, 1, 2, 1)],
            sensitiveRanges: [Self.range(1, 4, 2, 6)], lineHashes: false)
        #expect(source.line(1) == nil && source.line(2) == "***** # x")
    }

    /// Ranges given in any order, repeated, overlapping, touching or empty
    /// mask the columns they cover, each once; a window of the line shows
    /// the masks it meets, and only those (a line's excerpts are windows).
    @Test func masksInAnyOrderAndRepeatedMaskTheirColumnsOnce() {
        let text = "0123456789abcdefghij\n"
        let given = [(13, 15), (3, 5), (3, 5), (4, 7), (7, 9), (11, 11), (3, 5), (18, 21)]
        let source = MaskedSource(
            capturing: Array(text.utf8), showing: [Self.range(1, 1, 1, 1)],
            sensitiveRanges: given.map { Self.range(1, $0.0, 1, $0.1) }, lineHashes: false)
        #expect(source.line(1) == "01******89ab**efg***")
        #expect(MaskedSource.disjoint([12..<14, 2..<4, 2..<4, 3..<6, 6..<8, 10..<10, 17..<20]) == [2..<8, 12..<14, 17..<20])
        let window = source.scalars(ofLine: 1, columns: 7..<14).map { String(String.UnicodeScalarView($0)) }
        #expect(window == "*89ab**")
        #expect((1...20).filter { source.isMasked(line: 1, column: $0) } == [3, 4, 5, 6, 7, 8, 13, 14, 18, 19, 20])
    }

    /// As the readers see the bytes: a byte-order mark is no character, and
    /// CRLF, CR and LF all end a line.
    @Test func aByteOrderMarkAndEveryLineEndAreReadAsTheReadersDo() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a: 1\r\nb: 2\rc: 😀\nd".utf8)
        let source = MaskedSource(
            capturing: bytes, showing: [Self.range(1, 1, 4, 1)], sensitiveRanges: [], lineHashes: false)
        #expect((1...5).map { source.line($0) } == ["a: 1", "b: 2", "c: 😀", "d", nil])
        #expect(source.characterCount(ofLine: 3) == 4 && source.utf16Column(line: 3, column: 5) == 6)
    }

    /// SARIF's UTF-16 columns, counted on the captured line's bytes: one unit
    /// for a scalar of one to three bytes, two for one of four, and a column
    /// past the line's end counts on one unit a character.
    @Test func utf16ColumnsCountFourByteScalarsTwice() {
        let source = Self.capture("k: aé€😀b\n", showing: [Self.range(1, 1, 1, 1)])
        let columns = (1...11).map { source.utf16Column(line: 1, column: $0) }
        #expect(columns == [1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12])
        #expect(source.utf16Column(line: 2, column: 7) == 7)
    }

    /// Bytes that are not UTF-8 read as U+FFFD, as the readers report them,
    /// and the next line of the same run still starts where it should.
    @Test func bytesThatAreNotUTF8ReadAsReplacementCharacters() {
        let bytes: [UInt8] = Array("a".utf8) + [0xFF, 0xE2, 0x82] + Array("b\nc: 1\n".utf8)
        let source = MaskedSource(
            capturing: bytes, showing: [Self.range(1, 1, 2, 1)], sensitiveRanges: [], lineHashes: false)
        #expect(source.line(1) == "a\u{FFFD}\u{FFFD}b" && source.line(2) == "c: 1")
        #expect(source.characterCount(ofLine: 1) == 4)
    }

    /// SARIF's hashes need the whole file (a line's hash counts the same hash
    /// on every line before it): a capture asked for them gives the whole
    /// text's, masked; one not asked gives none.
    @Test func lineHashesAreThoseOfTheWholeMaskedFile() {
        // Three lines whose 100-unit windows are the same: the third hash is counted ":3".
        let repeated = String(repeating: String(repeating: "y", count: 120) + "\n", count: 3)
        let text = "ClientSecret: abc\n" + repeated
        let shown = [Self.range(1, 1, 1, 2), Self.range(4, 1, 4, 2)]
        let hashed = Self.capture(text, showing: shown, lineHashes: true)
        let expected = LineHashes(lines: SourceLines("ClientSecret: ***\n" + repeated))
        #expect(expected.hash(ofLine: 4)?.hasSuffix(":3") == true)
        #expect(expected.hash(ofLine: 1) != LineHashes(lines: SourceLines(text)).hash(ofLine: 1))
        #expect(hashed.hash(ofLine: 1) == expected.hash(ofLine: 1) && hashed.hash(ofLine: 4) == expected.hash(ofLine: 4))
        #expect(MaskedSource(SourceLines(text), sensitiveRanges: []).hash(ofLine: 4) == expected.hash(ofLine: 4))
        #expect(hashed.hash(ofLine: 2) == nil)  // not captured
        #expect(Self.capture(text, showing: shown).hash(ofLine: 4) == nil)
    }

    /// A file without a finding never builds its lines; one with findings
    /// keeps the lines they are on.
    @Test func aCleanFileKeepsNoLines() throws {
        let clean = try lintWithBuiltinRules("WorkforceName: labeling-team\n")
        #expect(clean.findings.isEmpty && clean.source == nil)
        let typo = try lintWithBuiltinRules("""
            WorkforceName: team
            CognitoConfig:
              UserPool: us-east-1_aBcDeFgHi
              ClientId: 1example23456789
              ClientSecrett: hunter2
            Tags: []

            """)
        #expect(typo.findings.map { "\($0.range) \($0.ruleID)" } == ["5:3-5:16 WF003"])
        #expect((1...7).map { typo.source?.line($0) } == [nil, nil, nil, nil, "  ClientSecrett: *******", nil, nil])
    }
}
