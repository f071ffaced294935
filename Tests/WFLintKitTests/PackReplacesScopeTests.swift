import Foundation
import Testing

/// A user pack's `replaces` is the user's pack's business: `wflint
/// test-rules` verifies each pack's examples with the built-in packs'
/// replacements and that pack's own, so a user rule that takes over WF007
/// neither breaks the built-in WF007's examples nor blames a built-in file.
@Suite struct PackReplacesScopeTests {
    static let namingPack = """
        pack: {name: corp-naming}
        rules:
          - id: CORP900
            name: workforce-name-lower-case
            severity: error
            summary: A workforce's name is not lower-case.
            description: Corp's workforce names are lower-case letters, digits and hyphens.
            kinds: [CreateWorkforceRequest]
            target: WorkforceName
            check: {function: pattern, regex: '^[a-z0-9-]+$'}
            message: 'workforce name "{value}" is not lower-case letters, digits and hyphens'
            replaces: [WF007]
            examples:
              valid:
                - |
                  WorkforceName: team-a
                  CognitoConfig: {UserPool: us-east-1_abc, ClientId: c}
              invalid:
                - yaml: |
                    WorkforceName: team_a
                    CognitoConfig: {UserPool: us-east-1_abc, ClientId: c}
                  findings: ["1:16"]

        """

    @Test func aUserReplacementLeavesBuiltInExamplesAlone() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wflint-replaces-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.namingPack.write(to: folder.appendingPathComponent("naming.yaml"), atomically: false, encoding: .utf8)

        let check = try WFLintBinary.run(["test-rules", "--rules", "naming.yaml"], in: folder)
        #expect(check.stderr == "")
        #expect(!check.stdout.contains("rules/core.yaml"))
        let passed = try Regex(#"all \d+ examples of \d+ rules behave as their packs say\n"#)
        #expect(check.stdout.wholeMatch(of: passed) != nil, "\(check.stdout)")
        #expect(check.status == 0)

        // In a lint run the replacement holds on the rule's target only.
        let document = "WorkforceName: team_a\nCognitoConfig: {UserPool: us-east-1_abc, ClientId: c}\n"
        let lint = try WFLintBinary.run(["--rules", "naming.yaml", "-", "--stdin-filename", "wf.yaml"], in: folder, stdin: document)
        #expect(lint.stdout.hasPrefix("""
            wf.yaml:1:16: error: workforce name "team_a" is not lower-case letters, digits and hyphens \
            [CORP900 workforce-name-lower-case]
            """))
        #expect(!lint.stdout.contains("WF007"))
        #expect(lint.status == 1)
    }

    /// A `required` rule replaces WF005 for the members it names only: one
    /// requiring `ClientId` silenced WF005 for a missing `UserPool` too (it
    /// stepped aside at `/CognitoConfig`), and a request botocore refuses
    /// ("Missing required parameter in CognitoConfig: \"UserPool\"") passed.
    @Test func aRequiredRuleReplacesWF005ForItsOwnMembersOnly() throws {
        let folder = try TemporaryDirectory()
        try folder.write("client.yaml", """
            pack: {name: corp-cognito}
            rules:
              - id: CORP910
                name: cognito-client-id
                severity: error
                summary: A Cognito configuration names its app client.
                description: Corp's Cognito configurations name their app client.
                kinds: [CreateWorkforceRequest]
                target: CognitoConfig
                check: {function: required, members: [ClientId]}
                message: 'CognitoConfig lacks "{member}"'
                replaces: [WF005]
                examples:
                  valid: ["WorkforceName: w\\nCognitoConfig: {UserPool: us-east-1_abc, ClientId: c}\\n"]
                  invalid:
                    - yaml: "WorkforceName: w\\nCognitoConfig: {UserPool: us-east-1_abc}\\n"
                      findings: ["2:1"]

            """)
        let check = try WFLintBinary.run(["test-rules", "--rules", "client.yaml"], in: folder.url)
        #expect(check.status == 0, "\(check.stdout)")
        let lint = try WFLintBinary.run(
            ["--no-config", "--rules", "client.yaml", "-", "--stdin-filename", "wf.yaml"], in: folder.url,
            stdin: "WorkforceName: w\nCognitoConfig: {}\n")
        #expect(HostileInputTests.headlines(lint.stdout) == [
            #"wf.yaml:2:1: error: CognitoConfig lacks "ClientId" [CORP910 cognito-client-id]"#,
            #"wf.yaml:2:1: error: CognitoConfig is missing required member "UserPool" [WF005 missing-field]"#,
            "2 errors in 1 file; 1 file checked",
        ])
        #expect(lint.status == 1)
    }
}
