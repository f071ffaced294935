import DocumentModel
import Foundation
import Testing
@testable import WFLintKit

/// A finding's related locations (`Finding.related`): where a repeat was
/// first written, in every output format (docs/output.md).
@Suite struct RelatedLocationTests {
    /// A Cognito workforce whose `ClientId` is written twice (WF002) and whose
    /// tag key `team` repeats (WF302).
    static let yaml = """
        WorkforceName: labelers
        CognitoConfig:
          UserPool: us-east-1_abcDEF123
          ClientId: first
          ClientId: again
        Tags:
          - {Key: team, Value: a}
          - {Key: team, Value: b}

        """

    static func report() throws -> LintReport {
        let linted = builtinLinter().lint(
            Array(yaml.utf8), as: LintInput(source: .file("team.yaml"), displayName: "team.yaml", isExplicit: true))
        var run = RunSummary(rules: RuleSet.builtin().descriptors, workingDirectory: "/repo")
        run.add(InputOutcome(input: LintInput(source: .file("team.yaml"), displayName: "team.yaml", isExplicit: true),
                             result: .success(linted)))
        return run.report(exitStatus: run.exitStatus(failOn: .error))
    }

    static func finding(_ ruleID: String, in report: LintReport) throws -> Finding {
        try #require(report.files.flatMap(\.findings).first { $0.ruleID == ruleID })
    }

    @Test func duplicatesPointAtTheFirstDefinition() throws {
        let report = try Self.report()
        #expect(try Self.finding("WF002", in: report).related
            == [RelatedLocation(file: "team.yaml", range: SourceRange(start: SourcePosition(line: 4, column: 3), end: SourcePosition(line: 4, column: 11)),
                                message: "first defined")])
        #expect(try Self.finding("WF302", in: report).related
            == [RelatedLocation(file: "team.yaml", range: SourceRange(start: SourcePosition(line: 7, column: 11), end: SourcePosition(line: 7, column: 15)),
                                message: "first defined")])
    }

    @Test func textShowsANoteUnderTheExcerpt() throws {
        let text = TextReporter(color: false).render(try Self.report())
        #expect(text.contains("""
            team.yaml:5:3: error: duplicate key "ClientId", first defined at 4:3 [WF002 duplicate-key]
                5 |   ClientId: again
                  |   ^~~~~~~~
              note: first defined at team.yaml:4:3

            """))
        #expect(text.contains("""
                  |           ^~~~
              note: first defined at team.yaml:7:11

            """))
    }

    @Test func jsonHasARelatedListOnlyWhereThereIsOne() throws {
        let json = JSONReporter().render(try Self.report())
        #expect(json.components(separatedBy: "\"related\": ").count - 1 == 2)
        #expect(json.contains("""
                  "related": [
                    {
                      "file": "team.yaml",
                      "message": "first defined",
                      "start": {
                        "line": 4,
                        "column": 3
                      },
                      "end": {
                        "line": 4,
                        "column": 11
                      }
                    }
                  ]
            """))
    }

    @Test func sarifHasValidRelatedLocations() throws {
        let log = SarifReporter().render(try Self.report())
        try SarifValidator.expectValid(log)
        #expect(log.contains("""
                      "relatedLocations": [
                        {
                          "id": 0,
                          "physicalLocation": {
                            "artifactLocation": {
                              "uri": "team.yaml",
                              "uriBaseId": "%SRCROOT%"
                            },
                            "region": {
                              "startLine": 4,
                              "startColumn": 3,
                              "endLine": 4,
                              "endColumn": 11
                            }
                          },
                          "message": {
                            "text": "first defined"
                          }
                        }
                      ],
            """))
    }

    @Test func githubAnnotationsCarryTheNoteInTheirMessage() throws {
        let out = GitHubReporter().render(try Self.report())
        #expect(out.contains(
            "::error file=team.yaml,line=5,col=3,endLine=5,endColumn=11,title=WF002 duplicate-key::"
                + "duplicate key \"ClientId\", first defined at 4:3%0Anote: first defined at team.yaml:4:3\n"))
    }

    @Test func aRepeatedTerraformBlockPointsAtTheFirst() throws {
        let text = TerraformWorkforceText.cognito(rest: """
              cognito_config {
                client_id = "d"
                user_pool = "us-east-1_abcDEF123"
              }

            """)
        let linted = builtinLinter().lint(
            Array(text.utf8), as: LintInput(source: .file("main.tf"), displayName: "main.tf", isExplicit: true))
        let repeated = try #require(linted.findings.first { $0.ruleID == "WF502" })
        #expect(repeated.related == [RelatedLocation(
            file: "main.tf", range: SourceRange(start: SourcePosition(line: 3, column: 3), end: SourcePosition(line: 3, column: 17)), message: "first defined")])
    }
}
