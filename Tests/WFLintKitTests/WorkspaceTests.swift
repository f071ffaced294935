import DocumentModel
import Foundation
import Testing
import WFLintKit

/// The library's setup for a long-running process: a buffer linted by path
/// with the configuration the command line would use, kept while its files
/// read the same and assembled again when one changes.
@Suite struct WorkspaceTests {
    /// `teamDocument`'s findings as a workspace gives them: WF009 is off in
    /// the configuration these tests write.
    private static func findingLines(_ result: Workspace.DocumentResult) -> [String] {
        guard case .linted(let findings, _, _) = result else { return ["\(result)"] }
        return findings.map { "\($0.range.start) \($0.ruleID) \($0.pointer) \($0.message)" }
    }

    private static let teamLines = [
        #"1:1 WF102  a CreateWorkforce request needs "CognitoConfig" or "OidcConfig"; neither is set (an UpdateWorkforce request needs neither: name its operation with --operation UpdateWorkforce or operations: in .wflint.yaml)"#,
        #"2:1 WF003 /CognitoConfg "CognitoConfg" is not a member of CreateWorkforceRequest; did you mean 'CognitoConfig'?"#,
    ]

    @Test func aBufferIsLintedWithTheConfigurationAboveItsPathNotTheFileOnDisk() throws {
        let repository = try TemporaryRepository(files: [
            ".wflint.yaml": "rules:\n  WF009: off\n", "teams/team.yaml": "WorkforceName: saved\n",
        ])
        defer { repository.remove() }
        let workspace = Workspace()
        let result = workspace.lint(Array(teamDocument.utf8), path: repository.url("teams/team.yaml").path)
        #expect(Self.findingLines(result) == Self.teamLines)
    }

    /// Two folders whose names differ only in Unicode spelling are two
    /// folders, each linted with its own configuration (the kept setups were
    /// keyed by the configuration's path as a String, whose == took one for
    /// the other).
    @Test func aFolderInAnotherUnicodeSpellingHasItsOwnConfiguration() throws {
        // Written one by one: a dictionary keyed by String takes the two names for one.
        let repository = try TemporaryRepository(files: ["caf\u{E9}/.wflint.yaml": "rules:\n  WF009: off\n"])
        defer { repository.remove() }
        try repository.write("cafe\u{301}/.wflint.yaml", "rules:\n  WF003: off\n")
        let workspace = Workspace()
        let composed = workspace.lint(Array(teamDocument.utf8), path: repository.url("caf\u{E9}/team.yaml").path)
        let decomposed = Self.findingLines(
            workspace.lint(Array(teamDocument.utf8), path: repository.url("cafe\u{301}/team.yaml").path))
        #expect(Self.findingLines(composed) == Self.teamLines)
        #expect(decomposed.map { $0.prefix(9) } == ["1:1 WF102", "5:12 WF00"])
    }

    /// Nothing a workspace returns shows a SARIF fingerprint: its linter
    /// does not hash the lines of a document.
    @Test func theLinterHashesNoLines() throws {
        let repository = try TemporaryRepository(files: [".wflint.yaml": "rules:\n  WF009: off\n"])
        defer { repository.remove() }
        let setup = try Workspace().setup(forDocumentAt: repository.url("team.yaml").path).get()
        #expect(setup.linter.hashesLines == false)
    }

    @Test func anEditedConfigurationIsReadAgainWhateverItsTimestampSays() throws {
        let repository = try TemporaryRepository(files: [".wflint.yaml": "rules:\n  WF009: off\n"])
        defer { repository.remove() }
        let workspace = Workspace()
        let path = repository.url("team.yaml").path
        #expect(Self.findingLines(workspace.lint(Array(teamDocument.utf8), path: path)) == Self.teamLines)
        // Same size, and written within the same clock tick as likely as not.
        try repository.write(".wflint.yaml", "rules:\n  WF003: off\n")
        let edited = Self.findingLines(workspace.lint(Array(teamDocument.utf8), path: path))
        #expect(edited.map { $0.prefix(9) } == ["1:1 WF102", "5:12 WF00"])
        #expect(edited.last?.contains("WF009") == true)
    }

    @Test func anEditedPackInAPackFolderIsLoadedAgain() throws {
        let pack = { (message: String) in
            """
            pack: {name: team-policy}
            rules:
              - id: TP001
                name: team-name
                severity: warning
                summary: Workforce names start with team-
                description: Team workforces are named team-*.
                target: WorkforceName
                check: {function: pattern, regex: "team-.*"}
                message: \(message)
                examples:
                  valid: ["WorkforceName: team-a\\n"]
                  invalid:
                    - yaml: "WorkforceName: other\\n"
                      findings: ["1:16"]

            """
        }
        let repository = try TemporaryRepository(files: [
            ".wflint.yaml": "rules:\n  WF009: off\npacks: [policy]\n", "policy/names.yaml": pack("old words"),
        ])
        defer { repository.remove() }
        let workspace = Workspace()
        let path = repository.url("team.yaml").path
        let document = Array("WorkforceName: other\nCognitoConfig: {UserPool: p, ClientId: c}\n".utf8)
        #expect(Self.findingLines(workspace.lint(document, path: path)).filter { $0.contains("TP001") }
            == ["1:16 TP001 /WorkforceName old words"])
        try repository.write("policy/names.yaml", pack("new words"))
        #expect(Self.findingLines(workspace.lint(document, path: path)).filter { $0.contains("TP001") }
            == ["1:16 TP001 /WorkforceName new words"])
    }

    @Test func ignoreEntriesSuppressionCommentsExcludesAndOtherFilesLeaveNoFinding() throws {
        let repository = try TemporaryRepository(files: [
            ".wflint.yaml": """
                rules:
                  WF009: off
                exclude: [legacy]
                ignore:
                  - path: teams/*.yaml
                    rules: [WF102]
                    reason: teams set their IdP later

                """,
        ])
        defer { repository.remove() }
        let workspace = Workspace()
        let suppressed = "WorkforceName: team\n# wflint-disable-next-line WF003\nCognitoConfg: {}\n"
        let team = workspace.lint(Array(suppressed.utf8), path: repository.url("teams/team.yaml").path)
        #expect(Self.findingLines(team) == [])
        guard case .notSelected = workspace.lint(Array(teamDocument.utf8), path: repository.url("legacy/a.yaml").path)
        else { Issue.record("an excluded file is linted"); return }
        // Not a workforce document: not even WF000, as in a directory walk.
        #expect(Self.findingLines(workspace.lint(Array("name: app\nreplicas: 3\n".utf8),
                                                 path: repository.url("teams/app.yaml").path)) == [])
    }

    @Test func aConfigurationThatDoesNotLoadIsTheSetupsFailureAtItsPlace() throws {
        let repository = try TemporaryRepository(files: [".wflint.yaml": "rules:\n  WF999: off\n"])
        defer { repository.remove() }
        let workspace = Workspace()
        guard case .setupFailed(.source(let error)) = workspace.lint([], path: repository.url("a.yaml").path) else {
            Issue.record("the configuration loaded")
            return
        }
        // Named as the command line names it: relative to the working directory.
        let file = ProjectPath.relative(repository.url(".wflint.yaml").path, to: FileSystem.currentDirectory())
        #expect(error == SourceError(
            file: file, position: SourcePosition(line: 2, column: 3),
            message: #"unknown rule "WF999" in "rules"; did you mean "WF009"?"#))
        try repository.write(".wflint.yaml", "rules:\n  WF009: off\n")
        #expect(Self.findingLines(workspace.lint(Array(teamDocument.utf8), path: repository.url("a.yaml").path))
            == Self.teamLines)
    }

    /// The client's variable files replace the options' (`useVarFiles`), and
    /// one edited on disk is read again at the next lint, as a pack is. A
    /// variable set to null leaves its argument unset: WF005 in main.tf.
    @Test func theClientsVarFilesReplaceTheOptionsAndAreReadAgainWhenEdited() throws {
        let workforce = """
            resource "aws_sagemaker_workforce" "main" {
              workforce_name = "labelers"
              cognito_config {
                client_id = var.client_id
                user_pool = var.user_pool
              }
            }

            """
        let repository = try TemporaryRepository(files: [
            "infra/main.tf": workforce, "infra/variables.tf": "variable \"client_id\" {}\nvariable \"user_pool\" {}\n",
            "prod.tfvars": "client_id = \"c\"\nuser_pool = null\n", "dev.tfvars": "client_id = null\n",
        ])
        defer { repository.remove() }
        let workspace = Workspace(
            options: SetupOptions(varFiles: [repository.url("prod.tfvars").path]), varFilesFolder: repository.root.path)
        let lint = { Self.findingLines(workspace.lint(Array(workforce.utf8), path: repository.url("infra/main.tf").path)) }
        let missing = { (member: String) in
            "3:3 WF005 /resource/aws_sagemaker_workforce/main/cognito_config/0 cognito_config is missing required member \"\(member)\""
        }
        #expect(lint() == [missing("user_pool")])
        workspace.useVarFiles([repository.url("dev.tfvars").path], folder: repository.root.path)
        #expect(workspace.options.varFiles == [repository.url("dev.tfvars").path])
        #expect(lint() == [missing("client_id")])
        try repository.write("dev.tfvars", "user_pool = null\n")
        #expect(lint() == [missing("user_pool")])
        #expect(workspace.isBuilt(from: repository.url("dev.tfvars").path))
        workspace.useVarFiles([], folder: repository.root.path)
        #expect(lint() == [])
        // Variable files belong to their folder: a document outside it takes none of their values.
        workspace.useVarFiles([repository.url("dev.tfvars").path], folder: repository.url("infra").path)
        #expect(lint() == [missing("user_pool")])
        workspace.useVarFiles([repository.url("dev.tfvars").path], folder: repository.url("other").path)
        #expect(lint() == [])
        #expect(workspace.varFilesFolder == repository.url("other").path)
    }

    /// A value written in a `.tfvars` file has its finding there, as
    /// `wflint lint` reports it: the lint of `main.tf` gives it as a finding
    /// elsewhere, with the file's bytes, and an `ignore:` entry for that
    /// file's path silences it there.
    @Test func aFindingInAnotherFileOfTheModuleIsGivenWithThatFile() throws {
        let workforce = TerraformWorkforceText.cognito(userPool: "var.user_pool")
        let values = "user_pool = \"bad pool\"\n"
        let repository = try TemporaryRepository(files: [
            "infra/main.tf": workforce, "infra/variables.tf": "variable \"user_pool\" {}\n",
            "infra/terraform.tfvars": values, "other/main.tf": workforce, "other/variables.tf": "variable \"user_pool\" {}\n",
            "other/terraform.tfvars": values,
            ".wflint.yaml": "ignore:\n  - path: other/terraform.tfvars\n    rules: [WF007]\n    reason: a test\n",
        ])
        defer { repository.remove() }
        let workspace = Workspace()
        let main = repository.url("infra/main.tf").path
        guard case .linted(let own, _, let elsewhere) = workspace.lint(Array(workforce.utf8), path: main) else {
            Issue.record("not linted")
            return
        }
        #expect(own.isEmpty)
        #expect(elsewhere.map(\.path) == [repository.url("infra/terraform.tfvars").path])
        #expect(elsewhere.first?.bytes == Array(values.utf8))
        #expect(elsewhere.first?.findings.map { finding in
            "\(finding.range.start) \(finding.ruleID) \(finding.pointer) \(finding.message) "
                + finding.related.map { "\($0.range.start) \($0.message)" }.joined()
        } == [
            "1:13 WF007 /resource/aws_sagemaker_workforce/main/cognito_config/0/user_pool "
                + #""cognito_config.user_pool" must match the API pattern '[\w-]+_[0-9a-zA-Z]+', got "bad pool" "#
                + "5:17 used by aws_sagemaker_workforce.main",
        ])
        guard case .linted([], _, let ignored) = workspace.lint(
            Array(workforce.utf8), path: repository.url("other/main.tf").path)
        else {
            Issue.record("not linted, or findings in main.tf")
            return
        }
        #expect(ignored.isEmpty)
    }
}
