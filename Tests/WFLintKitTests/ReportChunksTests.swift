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
        case .sarif, .json: Issue.record("\(format) is one document, not written in chunks")
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
        for (format, color) in [(OutputFormat.text, false), (.text, true), (.github, false)] {
            let chunks = Self.chunks(format, size: size, color: color)
            #expect(chunks.joined() == format.render(ReportingFixtures.report, color: color))
            #expect(chunks.dropLast().allSatisfy { $0.utf8.count >= size })
            #expect(!chunks.contains(""))
        }
    }
}
