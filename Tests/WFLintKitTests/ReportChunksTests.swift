import Testing
@testable import WFLintKit

/// The text and GitHub reports are written in chunks as they are made
/// (`ReportChunks`): the chunks together are the rendered report byte for
/// byte, and a chunk ends only between two findings.
@Suite struct ReportChunksTests {
    static func chunks(_ format: OutputFormat, size: Int, color: Bool = false) -> [String] {
        var chunks: [String] = []
        switch format {
        case .text: TextReporter(color: color).write(ReportingFixtures.report, chunkSize: size) { chunks.append($0) }
        case .github: GitHubReporter().write(ReportingFixtures.report, chunkSize: size) { chunks.append($0) }
        case .sarif: SarifReporter().write(ReportingFixtures.report, chunkSize: size) { chunks.append($0) }
        case .json: JSONReporter().write(ReportingFixtures.report, chunkSize: size) { chunks.append($0) }
        }
        return chunks
    }

    /// At the smallest size each finding is a chunk of its own (the first
    /// carries the notification before it), and the summary is the last.
    @Test func aChunkEndsAfterAFindingOnceFull() {
        let text = Self.chunks(.text, size: 1)
        #expect(text == [
            #"""
            locked.yaml: error: could not read "locked.yaml": permission denied
            broken.yaml:3:17: error: found unexpected end of stream while scanning a quoted scalar that starts here [WF001 syntax-error]
                3 |   ClientSecret: "*******
                  |                 ^

            """#,
            #"""
            data/ünï code.json:2:20: error: WorkforceName "😀team" does not match the pattern "^[a-zA-Z0-9]([a-zA-Z0-9\-]){0,62}$" [WF007 pattern]
                2 |   "WorkforceName": "😀team",
                  |                    ^~~~~~~

            """#,
            #"""
            examples/invalid/create-workforce.yaml:2:1: error: unknown field "CognitoConfg" in CreateWorkforceRequest; did you mean "CognitoConfig"? [WF003 unknown-field]
                2 | CognitoConfg:
                  | ^~~~~~~~~~~~

            """#,
            #"""
            examples/invalid/create-workforce.yaml:6:17: error: OidcConfig.ClientSecret does not match the pattern "^[\S]+$" [WF007 pattern]
                6 |   ClientSecret: ************
                  |                 ^~~~~~~~~~~~

            """#,
            #"""
            examples/invalid/create-workforce.yaml:9:7: error: "10.0.0.0/33" is not a valid CIDR block: prefix length 33 exceeds 32 [WF201 cidr-invalid]
                9 |     - 10.0.0.0/33
                  |       ^~~~~~~~~~~

            """#,
            "5 errors in 3 files; 6 files checked; 1 suppressed; 1 file could not be read\n",
        ])
        let github = Self.chunks(.github, size: 1)
        #expect(github.count == 5)
        #expect(github.allSatisfy { $0.hasSuffix("\n") })
        #expect(github.dropFirst().allSatisfy { $0.hasPrefix("::error file=") && $0.split(separator: "\n").count == 1 })
    }

    /// Whatever the size, the chunks make the report `render` returns, which
    /// the golden files hold; a chunk holds at least `size` bytes but the last.
    @Test(arguments: [1, 100, 400, 1 << 16])
    func theChunksAreTheWholeReport(size: Int) {
        for (format, color) in [(OutputFormat.text, false), (.text, true), (.github, false), (.sarif, false), (.json, false)] {
            let chunks = Self.chunks(format, size: size, color: color)
            #expect(chunks.joined() == format.render(ReportingFixtures.report, color: color))
            #expect(chunks.dropLast().allSatisfy { $0.utf8.count >= size })
            #expect(!chunks.contains(""))
        }
    }

    /// SARIF and JSON are written a result (a finding) at a time: at the
    /// smallest size the first chunk is the log's head with the first
    /// result, each further chunk one result, and the last the log's end.
    @Test func aMachineReportChunkEndsAfterAResult() {
        let report = ReportingFixtures.report
        let results = report.files.reduce(0) { $0 + $1.findings.count + $1.suppressed.count }
        #expect(results == 6)
        let sarif = Self.chunks(.sarif, size: 1)
        #expect(sarif.count == results + 1)
        #expect(sarif.first?.hasPrefix("{\n  \"$schema\": ") == true)
        #expect(sarif.dropLast().allSatisfy { $0.hasSuffix("\n        }") })
        #expect(sarif.dropFirst().dropLast().allSatisfy { $0.hasPrefix(",\n        {\n          \"ruleId\": ") })
        #expect(sarif.last == "\n      ]\n    }\n  ]\n}\n")
        let json = Self.chunks(.json, size: 1)
        #expect(json.count == results + 1)
        #expect(json.dropLast().allSatisfy { $0.hasSuffix("\n    }") })
        #expect(json.last?.hasPrefix("\n  ],\n  \"notifications\": [") == true)
        #expect(json.last?.hasSuffix("\n  }\n}\n") == true)
    }
}
