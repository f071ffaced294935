import DocumentModel
import Testing
@testable import WFLintKit

@Suite struct TextReporterTests {
    @Test func rendersFindingsExcerptsAndSummary() {
        Golden.check(OutputFormat.text.render(ReportingFixtures.report), matches: "report.txt")
    }

    @Test func headlineIsTheEditorParsableForm() {
        let output = OutputFormat.text.render(ReportingFixtures.report)
        #expect(output.contains(#"examples/invalid/create-workforce.yaml:9:7: error: "10.0.0.0/33" is not a valid CIDR block: prefix length 33 exceeds 32 [WF201 cidr-invalid]"#))
        #expect(output.contains("""
                9 |     - 10.0.0.0/33
                  |       ^~~~~~~~~~~
            """))
    }

    @Test func summaryCountsWithSingularAndPlural() {
        let output = OutputFormat.text.render(ReportingFixtures.report)
        #expect(output.hasSuffix("5 errors in 3 files; 6 files checked; 1 suppressed; 1 file could not be read\n"))
        let clean = OutputFormat.text.render(ReportingFixtures.cleanReport)
        #expect(clean == "no problems found; 1 file checked\n")
        var mixed = ReportingFixtures.cleanReport
        var file = ReportingFixtures.yamlFile
        file.findings[0].severity = .warning
        file.findings[1].severity = .note
        file.findings[2].severity = .note
        mixed.files = [file]
        #expect(TextReporter(color: false).summary(mixed) == "1 warning, 2 notes in 1 file; 1 file checked")
    }

    @Test func caretUnderAZeroLengthRangeAndTabsKeptForAlignment() {
        let source = MaskedSource(SourceLines("{\n\t\"a\": [1,\n"), sensitiveRanges: [])
        let range = SourceRange(at: SourcePosition(line: 2, column: 8))
        #expect(TextReporter(color: false).excerpt(range, in: source) == "    2 | \t\"a\": [1,\n      | \t      ^\n")
    }

    @Test func multiLineRangeIsUnderlinedToTheEndOfItsFirstLine() {
        let source = MaskedSource(SourceLines("a:\n  b: [1,\n    2]\n"), sensitiveRanges: [])
        let range = SourceRange(start: SourcePosition(line: 2, column: 6), end: SourcePosition(line: 3, column: 7))
        #expect(TextReporter(color: false).excerpt(range, in: source) == "    2 |   b: [1,\n      |      ^~~\n")
    }

    @Test func colorOnlyWhenAsked() {
        let plain = OutputFormat.text.render(ReportingFixtures.report, color: false)
        let colored = OutputFormat.text.render(ReportingFixtures.report, color: true)
        #expect(!plain.contains("\u{1B}["))
        #expect(colored.contains("\u{1B}[1;31merror:\u{1B}[0m"))
    }

    @Test func controlCharactersFromTheFileNeverReachTheTerminal() {
        let source = MaskedSource(SourceLines("a: \u{1B}[2Jx\n"), sensitiveRanges: [])
        let excerpt = TextReporter(color: false).excerpt(SourceRange(at: SourcePosition(line: 1, column: 4)), in: source)
        #expect(excerpt == "    1 | a: \u{FFFD}[2Jx\n      |    ^\n")
    }

    @Test func multiLineMessageStaysOnOneLine() {
        #expect(TextReporter.singleLine("a\nb\r\nc") == "a b  c")
    }
}

@Suite struct JSONReporterTests {
    @Test func rendersVersionOneDocument() {
        Golden.check(OutputFormat.json.render(ReportingFixtures.report), matches: "report.json")
    }

    @Test func cleanRunHasEmptyArrays() {
        let output = OutputFormat.json.render(ReportingFixtures.cleanReport)
        #expect(output.contains("\"findings\": [],\n"))
        #expect(output.hasPrefix("{\n  \"version\": 1,\n"))
    }

    @Test func stringsAreEscapedPerRFC8259() {
        let value = JSONOutput.string("q\"b\\n\nt\tc\u{01}é😀")
        #expect(value.rendered() == "\"q\\\"b\\\\n\\nt\\tc\\u0001é😀\"\n")
    }

    @Test func nestedContainersArePrettyPrintedInKeyOrder() {
        let value = JSONOutput.object([("z", .array([.integer(1), .null])), ("a", .object([])), ("b", .bool(false))])
        #expect(value.rendered() == "{\n  \"z\": [\n    1,\n    null\n  ],\n  \"a\": {},\n  \"b\": false\n}\n")
    }
}

@Suite struct GitHubReporterTests {
    @Test func rendersWorkflowCommands() {
        Golden.check(OutputFormat.github.render(ReportingFixtures.report), matches: "report.github.txt")
    }

    @Test func findingBecomesAnErrorCommandWithItsRange() {
        let output = OutputFormat.github.render(ReportingFixtures.report)
        #expect(output.contains(#"::error file=examples/invalid/create-workforce.yaml,line=9,col=7,endLine=9,endColumn=18,title=WF201 cidr-invalid::"10.0.0.0/33" is not a valid CIDR block: prefix length 33 exceeds 32"#))
    }

    @Test func noteBecomesNoticeAndMultiLineRangeDropsColumns() {
        var report = ReportingFixtures.cleanReport
        var file = ReportingFixtures.yamlFile
        file.findings = [ReportingFixtures.finding(
            "WF003", "unknown-field", "50% done,\nnext", severity: .note, file: file.path, (2, 1), (3, 5), pointer: ["a"])]
        report.files = [file]
        #expect(OutputFormat.github.render(report)
            == "::notice file=examples/invalid/create-workforce.yaml,line=2,endLine=3,title=WF003 unknown-field::50%25 done,%0Anext\n")
    }

    @Test func propertiesEscapeColonAndComma() {
        #expect(GitHubReporter.escapeProperty("a:b,c%d\r\n") == "a%3Ab%2Cc%25d%0D%0A")
        #expect(GitHubReporter.escapeData("a:b,c%d\r\n") == "a:b,c%25d%0D%0A")
    }
}

@Suite struct ReportingSecretTests {
    @Test func secretsAppearInNoOutput() {
        for output in ReportingFixtures.allOutputs(ReportingFixtures.report) {
            #expect(!output.contains(ReportingFixtures.secretValue))
            #expect(!output.contains(ReportingFixtures.brokenSecretValue))
            #expect(!output.contains("s3cr3t"))
        }
    }

    @Test func recordedRangeIsMaskedWithItsLength() {
        let output = OutputFormat.text.render(ReportingFixtures.report)
        let underline = String(repeating: " ", count: 16) + "^" + String(repeating: "~", count: 11)
        #expect(output.contains("    6 |   ClientSecret: ************\n      | " + underline + "\n"))
    }

    @Test func backstopMasksClientSecretWithoutARecordedRange() {
        let text = """
            {"ClientSecret": "a\\"b", "ClientId": "x"}
            clientsecret: plain value # note
            Issuer: https://idp
            ClientSecret: |
              line one
              line two
            Issuer: https://idp
            'ClientSecret': 'it''s'
            """
        let masked = MaskedSource(SourceLines(text), sensitiveRanges: [])
        #expect(masked.line(1) == #"{"ClientSecret": "****", "ClientId": "x"}"#)
        #expect(masked.line(2) == "clientsecret: ******************")
        #expect(masked.line(3) == "Issuer: https://idp")
        #expect(masked.line(4) == "ClientSecret: *")
        #expect(masked.line(5) == "  ********")
        #expect(masked.line(6) == "  ********")
        #expect(masked.line(7) == "Issuer: https://idp")
        #expect(masked.line(8) == "'ClientSecret': '*****'")
    }

    /// A key evidently meant as the secret hides its value too, however it is
    /// spelled: over-masking a `ClientSecretArn` is the safe side.
    @Test func backstopMasksAnyKeyWithSecretInIt() {
        let text = """
            {"Client\\u0053ecret": "abc", "x": 1}
            OidcConfg: {client_secret: abc, Issuer: x}
            ClientSecretArn: arn
            Secret : 'a
              b' , Issuer: x
            Issuer: secret
            """
        let masked = MaskedSource(SourceLines(text), sensitiveRanges: [])
        #expect(masked.line(1) == #"{"Client\u0053ecret": "***", "x": 1}"#)
        #expect(masked.line(2) == "OidcConfg: {client_secret: ***************")
        #expect(masked.line(3) == "ClientSecretArn: ***")
        #expect(masked.line(4) == "Secret : '*")
        #expect(masked.line(5) == "  *' , Issuer: x")
        #expect(masked.line(6) == "Issuer: secret")
    }

    @Test func multiLineSensitiveRangeIsMaskedOnEveryLine() {
        let masked = MaskedSource(
            SourceLines("k: \"ab\n  cd\" # x\n"),
            sensitiveRanges: [SourceRange(start: SourcePosition(line: 1, column: 4), end: SourcePosition(line: 2, column: 6))])
        #expect(masked.line(1) == "k: ***")
        #expect(masked.line(2) == "***** # x")
        #expect(masked.text(in: SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 2, column: 6)))
            == "k: ***\n*****")
    }
}

/// The colored text output is the plain one with ANSI styles around its parts.
@Suite struct ColoredTextTests {
    static func withoutStyles(_ text: String) -> String {
        var out = ""
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\u{1B}" else {
                out.unicodeScalars.append(scalar)
                continue
            }
            while let next = scalars.next(), next != "m" {}
        }
        return out
    }

    @Test func coloredIsPlainWithStyles() throws {
        let plain = OutputFormat.text.render(ReportingFixtures.report, color: false)
        let colored = OutputFormat.text.render(ReportingFixtures.report, color: true)
        #expect(Self.withoutStyles(colored) == plain)
        let plainLines = plain.split(separator: "\n")
        let coloredLines = colored.split(separator: "\n")
        #expect(plainLines.count == coloredLines.count)
        let headline = /^(\S+:\d+:\d+:) (error:) (.*) (\[WF\d+ [a-z-]+\])$/
        let index = try #require(plainLines.firstIndex { $0.wholeMatch(of: headline) != nil })
        let parts = try #require(plainLines[index].wholeMatch(of: headline))
        // `path:line:col:` bold, the severity red, the message bold, the rule dim.
        #expect(coloredLines[index] == "\u{1B}[1m\(parts.1)\u{1B}[0m \u{1B}[1;31m\(parts.2)\u{1B}[0m \u{1B}[1m\(parts.3)\u{1B}[0m \u{1B}[2m\(parts.4)\u{1B}[0m")
        // Under the excerpt line, the caret and tildes green.
        let caret = coloredLines[index + 2]
        #expect(caret.contains("\u{1B}[32m^"))
        #expect(caret.hasSuffix("\u{1B}[0m"))
    }
}
