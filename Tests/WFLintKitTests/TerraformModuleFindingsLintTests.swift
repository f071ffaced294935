import DocumentModel
import Foundation
import Testing

@testable import WFLintKit

/// A Terraform module's own findings in the files that have no lint of their
/// own (a file of locals, an override file, a file no input names) are shown
/// by one lint of the run: that of the module's first workforce file that
/// the run lints (`TerraformModuleDeclarations.moduleFindingsLint`). Each
/// lint showing them all made N workforce files and M findings N × M.
@Suite struct TerraformModuleFindingsLintTests {
    typealias Module = TerraformVariableTests.Module

    static func workforce(_ name: String) -> String {
        """
        resource "aws_sagemaker_workforce" "\(name)" {
          workforce_name = "\(name)"
          cognito_config {
            client_id = "c"
            user_pool = "us-east-1_abcDEF123"
          }
        }

        """
    }

    /// A reference to an undeclared variable (WF507) and a local value
    /// declared twice (WF505).
    static let locals = "locals {\n  team = var.tema\n}\nlocals {\n  team = \"t\"\n}\n"

    static let files = ["a.tf": workforce("a"), "b.tf": workforce("b"), "c.tf": workforce("c"), "locals.tf": locals]

    /// The findings each input's lint shows in `locals.tf`, by the input's name.
    static func shownInLocals(_ paths: [String]) throws -> [String: [String]] {
        let module = try Module(files)
        defer { try? FileManager.default.removeItem(at: module.folder) }
        let walk = FileWalker.inputs(for: paths.map { module.folder.path + "/" + $0 }, stdinName: "-")
        var shown: [String: [String]] = [:]
        for outcome in builtinLinter().lint(walk.inputs, jobs: 2) {
            let linted = try outcome.result.get()
            shown[(outcome.input.displayName as NSString).lastPathComponent] = linted.referenced
                .filter { ($0.file.path as NSString).lastPathComponent == "locals.tf" }
                .flatMap(\.findings).map { "\($0.ruleID) \($0.range.start)" }
        }
        return shown
    }

    @Test func theFirstWorkforceFileTheRunLintsShowsThem() throws {
        let both = ["WF507 2:10", "WF505 5:3"]
        #expect(try Self.shownInLocals(["."]) == ["a.tf": both, "b.tf": [], "c.tf": [], "locals.tf": []])
        // In the module's order, whatever the order of the command line.
        #expect(try Self.shownInLocals(["c.tf", "b.tf"]) == ["b.tf": both, "c.tf": []])
        #expect(try Self.shownInLocals(["c.tf"]) == ["c.tf": both])
        for paths in [["."], ["c.tf", "b.tf"], ["locals.tf"], ["locals.tf", "c.tf"]] {
            #expect(try TerraformVariableTests.run(try Module(Self.files), paths).findings == [
                "mod/locals.tf WF507 2:10", "mod/locals.tf WF505 5:3",
            ], "\(paths)")
        }
    }

    /// A secret on the line of a module's finding is masked though the lint
    /// that shows the finding does not read it: `b.tf` makes variable `s` a
    /// client secret, and only `a.tf`'s lint shows the WF505 on the line of
    /// its value. `b.tf`'s own findings there (WF503, WF140) are left out,
    /// so its lint shows nothing in the file.
    @Test func aSecretAnotherLintReadsIsMaskedWhereTheFindingIsShown() throws {
        let secret = """
            resource "aws_sagemaker_workforce" "b" {
              workforce_name = "b"
              oidc_config {
                authorization_endpoint = "https://example.com/auth"
                client_id              = "id"
                client_secret          = var.s
                issuer                 = "https://example.com"
                jwks_uri               = "https://example.com/jwks"
                logout_endpoint        = "https://example.com/logout"
                token_endpoint         = "https://example.com/token"
                user_info_endpoint     = "https://example.com/userinfo"
              }
            }

            """
        let variables = "variable \"s\" { default = \"TopSecretOne\" }\nvariable \"s\" { default = \"TopSecretTwo\" }\n"
        let module = try Module(["a.tf": Self.workforce("a"), "b.tf": secret, "variables.tf": variables])
        defer { try? FileManager.default.removeItem(at: module.folder) }
        // Whichever lint comes first: the secret's range before the finding, or after it.
        for paths in [["a.tf", "b.tf"], ["b.tf", "a.tf"], ["."]] {
            let text = try WFLintBinary.run(["--no-config", "--select", "WF505"] + paths, in: module.folder)
            #expect(text.stdout == """
                variables.tf:2:1: error: variable "s" is already declared at variables.tf:1:1; variable names must be unique in a module [WF505 tf-duplicate-name]
                    2 | variable "s" { default = ************** }
                      | ^~~~~~~~~~~~
                  note: first defined at variables.tf:1:1
                1 error in 1 file; 2 files checked

                """, "\(paths)")
            for format in ["json", "sarif", "github"] {
                let run = try WFLintBinary.run(["--no-config", "--select", "WF505", "--format", format] + paths, in: module.folder)
                #expect(run.stdout.contains("WF505") && !run.stdout.contains("TopSecret"), "\(format) \(paths)")
            }
        }
    }

    /// A lint that shows nothing in a file hands on the secrets it knows
    /// there, and the report masks them in what another lint shows, whichever
    /// of the two comes first: the lint that shows a module's finding may not
    /// read the resource that makes a value in its line a secret.
    @Test func theReportMasksWhatAnyLintKnowsIsASecret() throws {
        let bytes = Array("variable \"s\" { default = \"TopSecretTwo\" }\n".utf8)
        let secret = SourceRange(start: SourcePosition(line: 1, column: 26), end: SourcePosition(line: 1, column: 40))
        var sink = FindingSink(rules: RuleTable(RuleSet.builtin().descriptors), file: "variables.tf", documentIndex: 0)
        sink.report(
            CoreRule.tfDuplicateName, range: SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 13)),
            pointer: .root, message: "variable \"s\" is declared twice")
        let shows = LintedSource(
            findings: [], suppressed: [], sensitiveRanges: [], source: nil,
            referenced: [(ReferencedFile(path: "variables.tf", bytes: bytes, sensitiveRanges: []), sink.findings, [])])
        let knows = LintedSource(
            findings: [], suppressed: [], sensitiveRanges: [], source: nil,
            referenced: [(ReferencedFile(path: "variables.tf", bytes: bytes, sensitiveRanges: [secret]), [], [])])
        for lints in [[shows, knows], [knows, shows], [shows, knows, knows]] {
            var run = RunSummary(rules: RuleSet.builtin().descriptors, workingDirectory: "/repo")
            for (index, linted) in lints.enumerated() {
                let input = LintInput(source: .file("\(index).tf"), displayName: "\(index).tf", isExplicit: true)
                run.add(InputOutcome(input: input, result: .success(linted)))
            }
            #expect(TextReporter(color: false).render(run.report(exitStatus: run.exitStatus(failOn: .error))) == """
                variables.tf:1:1: error: variable "s" is declared twice [WF505 tf-duplicate-name]
                    1 | variable "s" { default = ************** }
                      | ^~~~~~~~~~~~
                1 error in 1 file; \(lints.count) files checked

                """)
        }
    }
}
