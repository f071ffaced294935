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
        let secret = TerraformWorkforceText.oidc(label: "b", name: "\"b\"", clientSecret: "var.s")
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
        // The file an input too, whose own lint captured its lines unmasked.
        let own = LintedSource(
            findings: sink.findings, suppressed: [], sensitiveRanges: [],
            source: MaskedSource(capturing: bytes, showing: sink.findings.map(\.range), sensitiveRanges: [], lineHashes: true))
        for lints in [[shows, knows], [knows, shows], [shows, knows, knows], [knows, own], [own, knows]] {
            var run = RunSummary(rules: RuleSet.builtin().descriptors, workingDirectory: "/repo")
            for (index, linted) in lints.enumerated() {
                let name = linted.source == nil ? "\(index).tf" : "variables.tf"
                run.add(InputOutcome(input: LintInput(source: .file(name), displayName: name, isExplicit: true), result: .success(linted)))
            }
            #expect(TextReporter(color: false).render(run.report(exitStatus: run.exitStatus(failOn: .error))) == """
                variables.tf:1:1: error: variable "s" is declared twice [WF505 tf-duplicate-name]
                    1 | variable "s" { default = ************** }
                      | ^~~~~~~~~~~~
                1 error in 1 file; \(lints.count) files checked

                """)
        }
    }

    /// A file whose type name is written with an escape
    /// (`aws_sagemaker_workforc\u0065`) declares a workforce to its module,
    /// but its own lint skips it before parsing: it is not the lint that
    /// shows the module's findings, which were lost when it came first.
    @Test func aFileItsOwnLintSkipsDoesNotShowThem() throws {
        let escaped = #"{"resource": {"aws_sagemaker_workforc\u0065": {"a": {"workforce_name": "a", "#
            + #""cognito_config": {"client_id": "c", "user_pool": "us-east-1_abcDEF123"}}}}}"# + "\n"
        let files = ["a.tf.json": escaped, "b.tf": Self.workforce("b"), "locals.tf": "locals { x = var.nope }\n"]
        for paths in [["."], ["a.tf.json", "b.tf"], ["locals.tf", "a.tf.json"], ["b.tf", "a.tf.json", "locals.tf"]] {
            #expect(try TerraformVariableTests.run(try Module(files), paths).findings == ["mod/locals.tf WF507 1:14"], "\(paths)")
        }
    }

    /// A link to a workforce file, in its own folder, is a second file of
    /// the module (a second resource of the name, WF505), which a walk
    /// lints once by one of its names: the other name's lint is not the
    /// run's, and the module's findings are shown all the same.
    @Test func aLinkToAWorkforceFileIsAnotherFile() throws {
        for link in ["symbolic", "hard"] {
            // Each run removes its module: one made for each.
            func module() throws -> Module {
                let module = try Module(["z.tf": Self.workforce("z"), "locals.tf": "locals { x = var.nope }\n"])
                let (linked, target) = (module.folder.appendingPathComponent("a.tf"), module.folder.appendingPathComponent("z.tf"))
                if link == "symbolic" {
                    try FileManager.default.createSymbolicLink(at: linked, withDestinationURL: target)
                } else {
                    try FileManager.default.linkItem(at: target, to: linked)
                }
                return module
            }
            let walked = try module()
            defer { try? FileManager.default.removeItem(at: walked.folder) }
            #expect(FileWalker.inputs(for: [walked.folder.path], stdinName: "-").inputs.map { ($0.displayName as NSString).lastPathComponent }
                == ["a.tf", "locals.tf"], "\(link)")
            // The second resource is in `z.tf`, named as the input names the
            // file (`a.tf`); named alone, `locals.tf` reports what is in it.
            let (wf505, wf507) = ("WF505 1:1", "mod/locals.tf WF507 1:14")
            for (paths, expected) in [
                (["."], ["mod/a.tf \(wf505)", wf507]), (["a.tf"], ["mod/a.tf \(wf505)", wf507]),
                (["z.tf"], [wf507, "mod/z.tf \(wf505)"]), (["locals.tf"], [wf507]),
            ] {
                #expect(try TerraformVariableTests.run(try module(), paths).findings == expected, "\(link) \(paths)")
            }
        }
    }

    /// A value `a.tf`'s `client_secret` reads (directly, or through another
    /// local value) is a secret in every lint of the module: `b.tf`'s lint,
    /// which reads it as `workforce_name`, showed it in WF007's message.
    @Test func aValueAnotherFileReadsAsASecretIsMaskedInEveryLint() throws {
        let oidc = TerraformWorkforceText.oidc(label: "a", name: "\"a\"", clientSecret: "\"${local.s}-x\"")
        let json = #"{"resource": {"aws_sagemaker_workforce": {"a": {"workforce_name": "a", "oidc_config": {"#
            + #""authorization_endpoint": "https://x.example.com/auth", "client_id": "cid", "client_secret": "${local.s}-x", "#
            + #""issuer": "https://x.example.com", "jwks_uri": "https://x.example.com/jwks", "#
            + #""logout_endpoint": "https://x.example.com/logout", "token_endpoint": "https://x.example.com/token", "#
            + #""user_info_endpoint": "https://x.example.com/userinfo"}}}}}"# + "\n"
        let b = Self.workforce("b").replacingOccurrences(of: "workforce_name = \"b\"", with: "workforce_name = local.k")
        let locals = "locals {\n  k = \"HUNTER2 VALUE!!\"\n  s = local.k\n}\n"
        for (name, secret) in [("a.tf", oidc), ("a.tf.json", json)] {
            let module = try Module([name: secret, "b.tf": b + locals])
            defer { try? FileManager.default.removeItem(at: module.folder) }
            for paths in [[name, "b.tf"], ["b.tf", name], ["b.tf"], ["."]] {
                let text = try WFLintBinary.run(["--no-config", "--select", "WF007"] + paths, in: module.folder)
                #expect(text.stdout.hasPrefix("""
                    b.tf:9:7: error: "workforce_name" must match the API pattern '[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}', got "***" [WF007 pattern]
                        9 |   k = *****************
                          |       ^~~~~~~~~~~~~~~~~
                      note: used by aws_sagemaker_workforce.b at b.tf:2:20

                    """), "\(name) \(paths)")
                for format in ["json", "sarif", "github"] {
                    let run = try WFLintBinary.run(["--no-config", "--select", "WF007", "--format", format] + paths, in: module.folder)
                    #expect(run.stdout.contains("WF007") && !run.stdout.contains("HUNTER2"), "\(name) \(format) \(paths)")
                }
            }
        }
    }

    /// A member a secret argument reads (`client_secret = local.idp.secret`)
    /// is a secret in every lint, and so is what that member's part of the
    /// local's expression reads, at the member read; the local's other
    /// members are shown. `b.tf`'s `workforce_name = local.idp.secret`
    /// showed the secret in WF007's message, in every format.
    @Test(arguments: [
        (file: "l.tf", locals: "locals {\n  idp = { issuer = \"https://x.example.com\", secret = \"HUNTER2 A!!\" }\n}\n",
         read: "local.idp.secret", shown: "l.tf:2:54: ***"),
        (file: "l.tf", locals: "locals {\n  idp = { issuer = \"https://x.example.com\", secret = \"HUNTER2 A!!\" }\n}\n",
         read: "local.idp[\"secret\"]", shown: "l.tf:2:54: ***"),
        (file: "l.tf", locals: "locals {\n  idp = { issuer = \"https://x.example.com\", secret = \"HUNTER2 A!!\" }\n}\n",
         read: "local.idp.issuer", shown: "l.tf:2:20: https://x.example.com"),
        (file: "l.tf", locals: "locals {\n  idp = { issuer = \"i\", secret = local.k }\n  k = \"HUNTER2 B!!\"\n}\n",
         read: "local.k", shown: "l.tf:3:7: ***"),
        (file: "l.tf",
         locals: "locals {\n  idp = { issuer = \"i\", secret = local.creds.pw }\n  creds = { pw = \"HUNTER2 C!!\", user = \"USER C!!\" }\n}\n",
         read: "local.creds.pw", shown: "l.tf:3:18: ***"),
        (file: "l.tf",
         locals: "locals {\n  idp = { issuer = \"i\", secret = local.creds.pw }\n  creds = { pw = \"HUNTER2 C!!\", user = \"USER C!!\" }\n}\n",
         read: "local.creds.user", shown: "l.tf:3:40: USER C!!"),
        // Read through a call: all it reads is masked (more, never less).
        (file: "l.tf",
         locals: "locals {\n  idp = merge(local.base, { issuer = \"i\" })\n  base = { secret = \"HUNTER2 D!!\", user = \"USER D!!\" }\n}\n",
         read: "local.base.user", shown: "l.tf:3:43: ***"),
        (file: "l.tf.json", locals: #"{"locals": {"idp": {"issuer": "ISSUER E!!", "secret": "${local.k}"}, "k": "HUNTER2 E!!"}}"# + "\n",
         read: "local.k", shown: "l.tf.json:1:75: ***"),
        (file: "l.tf.json", locals: #"{"locals": {"idp": {"issuer": "ISSUER E!!", "secret": "${local.k}"}, "k": "HUNTER2 E!!"}}"# + "\n",
         read: "local.idp.issuer", shown: "l.tf.json:1:31: ISSUER E!!"),
        // A copy of the secret in the member read: concealed in the
        // message, and the copy's value masked in the excerpt, though `b.tf`'s
        // lint does not evaluate the secret (it was shown in clear).
        (file: "l.tf", locals: "locals {\n  idp = { secret = \"HUNTER2 F!!\", user = \"bad HUNTER2 F!!\" }\n}\n",
         read: "local.idp.user", shown: "l.tf:2:42: bad ***"),
        (file: "l.tf.json", locals: #"{"locals": {"idp": {"secret": "HUNTER2 G!!", "user": "bad HUNTER2 G!!"}}}"# + "\n",
         read: "local.idp.user", shown: "l.tf.json:1:54: bad ***"),
    ])
    func aMemberAnotherFileReadsAsASecretIsMaskedInEveryLint(file: String, locals: String, read: String, shown: String) throws {
        let a = TerraformWorkforceText.oidc(label: "a", name: "\"a\"", clientSecret: "local.idp.secret")
        let b = Self.workforce("b").replacingOccurrences(of: "workforce_name = \"b\"", with: "workforce_name = \(read)")
        let module = try Module(["a.tf": a, "b.tf": b, file: locals])
        defer { try? FileManager.default.removeItem(at: module.folder) }
        for paths in [["."], ["b.tf"], ["b.tf", "a.tf"]] {
            let text = try WFLintBinary.run(["--no-config", "--select", "WF007"] + paths, in: module.folder)
            let (place, value) = (shown.prefix { $0 != " " }, shown.drop { $0 != " " }.dropFirst())
            #expect(text.stdout.hasPrefix("""
                \(place) error: "workforce_name" must match the API pattern '[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}', got "\(value)" [WF007 pattern]

                """), "\(read) \(paths): \(text.stdout)")
            for format in ["text", "json", "sarif", "github"] {
                let run = try WFLintBinary.run(["--no-config", "--select", "WF007", "--format", format] + paths, in: module.folder)
                #expect(run.stdout.contains("WF007") && !run.stdout.contains("HUNTER2"), "\(read) \(format) \(paths)")
            }
        }
    }

    /// A secret written as a number is sent as its string (`31415926535.0`
    /// as `31415926535`): a copy of that string in another file's value is
    /// masked and concealed too, in both syntaxes. It was shown in clear.
    @Test(arguments: [
        ("vars.tf", "variable \"pin\" {\n  sensitive = true\n  default   = 31415926535.0\n}\n"),
        ("vars.tf.json", #"{"variable": {"pin": {"sensitive": true, "default": 31415926535.0}}}"# + "\n"),
    ])
    func aCopyOfANumberSecretIsMaskedInEveryLint(file: String, declaration: String) throws {
        let b = Self.workforce("b").replacingOccurrences(of: "workforce_name = \"b\"", with: "workforce_name = \"bad_31415926535\"")
        let module = try Module(["b.tf": b, file: declaration])
        defer { try? FileManager.default.removeItem(at: module.folder) }
        let text = try WFLintBinary.run(["--no-config", "--select", "WF007", "b.tf"], in: module.folder)
        #expect(text.stdout == """
            b.tf:2:20: error: "workforce_name" must match the API pattern '[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}', got "bad_***" [WF007 pattern]
                2 |   workforce_name = *****************
                  |                    ^~~~~~~~~~~~~~~~~
            1 error in 1 file; 1 file checked

            """)
        for format in ["text", "json", "sarif", "github"] {
            for paths in [["."], ["b.tf"]] {
                let run = try WFLintBinary.run(["--no-config", "--select", "WF007", "--format", format] + paths, in: module.folder)
                #expect(run.stdout.contains("WF007") && !run.stdout.contains("31415926535"), "\(format) \(paths)")
            }
        }
    }

    /// A workforce's own `client_secret` is a secret of its module, written
    /// literally (WF140) or as a template that interpolates: a copy of it in
    /// another file's value is masked and concealed in every lint, in both
    /// syntaxes, as a copy in another document of a YAML stream is. It was
    /// shown in clear, and a template's literal text was no secret at all.
    @Test(arguments: [
        ("a.tf", TerraformWorkforceText.oidc(label: "a", clientSecret: #""Zq8s3cr3tVal1""#), "***"),
        ("a.tf", "variable \"n\" {\n  default = 1\n}\n" + TerraformWorkforceText.oidc(label: "a", clientSecret: #""Zq8s3cr3tVal${var.n}""#), "***1"),
        ("a.tf.json", #"{"resource": {"aws_sagemaker_workforce": {"a": {"#
            + TerraformWorkforceText.oidcJSON(clientSecret: "Zq8s3cr3tVal1") + "}}}}\n", "***"),
        ("a.tf.json", #"{"variable": {"n": {"default": 1}}, "resource": {"aws_sagemaker_workforce": {"a": {"#
            + TerraformWorkforceText.oidcJSON(clientSecret: "Zq8s3cr3tVal${var.n}") + "}}}}\n", "***1"),
    ])
    func aCopyOfAWorkforcesOwnSecretIsMaskedInEveryLint(file: String, text: String, concealed: String) throws {
        // The secret is `Zq8s3cr3tVal1`; of a template, only its literal text is concealed.
        let copy = "Zq8s3cr3tVal1"
        let b = Self.workforce("b").replacingOccurrences(of: "workforce_name = \"b\"", with: "workforce_name = \"\(copy) x\"")
        let module = try Module(["b.tf": b, file: text])
        defer { try? FileManager.default.removeItem(at: module.folder) }
        let run = try WFLintBinary.run(["--no-config", "--select", "WF007", "b.tf"], in: module.folder)
        let excerpt = String(repeating: "*", count: copy.count + 4)
        #expect(run.stdout == """
            b.tf:2:20: error: "workforce_name" must match the API pattern '[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}', got "\(concealed) x" [WF007 pattern]
                2 |   workforce_name = \(excerpt)
                  |                    ^\(String(repeating: "~", count: copy.count + 3))
            1 error in 1 file; 1 file checked

            """)
        for format in ["text", "json", "sarif", "github"] {
            for paths in [["."], ["b.tf"]] {
                let run = try WFLintBinary.run(["--no-config", "--select", "WF007", "--format", format] + paths, in: module.folder)
                #expect(run.stdout.contains("WF007") && !run.stdout.contains("s3cr3t"), "\(format) \(paths)")
            }
        }
    }

    /// What a secret argument writes that is no part of the secret is not
    /// hidden: a function's argument (`lookup`'s key) and a template's short
    /// wording (`-prod`) are shown in another file's message, as Terraform
    /// shows them. A sensitive number-typed string is hidden as the number
    /// it is sent as (`"+0031415926535.50"` as `31415926535.5`).
    @Test func onlyASecretArgumentsSecretTextsAreHidden() throws {
        let a = "variable \"secrets\" {\n  type      = map(string)\n  sensitive = true\n}\n"
            + "variable \"pw\" {\n  sensitive = true\n}\n"
            + "variable \"pin\" {\n  type      = number\n  sensitive = true\n  default   = \"+0031415926535.50\"\n}\n"
            + TerraformWorkforceText.oidc(label: "a", clientSecret: #"lookup(var.secrets, "labelers")"#)
            + TerraformWorkforceText.oidc(label: "c", name: "\"c\"", clientSecret: #""${var.pw}-prod""#)
        for (name, shown) in [("labelers_review", "labelers_review"), ("reviewers-prod_2", "reviewers-prod_2"),
                              ("x_31415926535.5", "x_***")] {
            let b = Self.workforce("b").replacingOccurrences(of: "workforce_name = \"b\"", with: "workforce_name = \"\(name)\"")
            let module = try Module(["a.tf": a, "b.tf": b])
            defer { try? FileManager.default.removeItem(at: module.folder) }
            let run = try WFLintBinary.run(["--no-config", "--select", "WF007", "b.tf"], in: module.folder)
            #expect(run.stdout.hasPrefix(
                #"b.tf:2:20: error: "workforce_name" must match the API pattern '[a-zA-Z0-9]([a-zA-Z0-9\-]){0,62}', got "\#(shown)" [WF007 pattern]"#),
                "\(name): \(run.stdout)")
        }
    }

    /// Each lint's module may know a secret the lint that shows the
    /// module's findings does not: a `--var-file` is read by the files of a
    /// folder the command line names, and an editor's buffer makes a module
    /// of its own. Every lint hands on what it knows: handed on by that one
    /// lint alone, `p.tfvars.json`'s `pw` was shown in clear.
    @Test func everyLintHandsOnTheSecretsItsModuleKnows() throws {
        let a = "variable \"pw\" {\n  sensitive = true\n}\nvariable \"name\" {}\n"
            + TerraformWorkforceText.oidc(label: "a", name: "\"a\"", clientSecret: "var.pw")
        let b = Self.workforce("b").replacingOccurrences(of: "workforce_name = \"b\"", with: "workforce_name = var.name")
        let values = #"{"pw": "HUNTER2 X!!", "name": "bad name!!"}"# + "\n"
        let shown = #"    1 | {"pw": *************, "name": "bad name!!"}"#
        let module = try Module(["mod/a.tf": a, "mod/b.tf": b, "p.tfvars.json": values])
        defer { try? FileManager.default.removeItem(at: module.folder) }
        for paths in [["mod/b.tf", "."], [".", "mod/b.tf"]] {
            let text = try WFLintBinary.run(["--no-config", "--var-file", "p.tfvars.json"] + paths, in: module.folder)
            #expect(text.stdout.contains(shown + "\n"), "\(paths): \(text.stdout)")
            for format in ["json", "sarif", "github"] {
                let run = try WFLintBinary.run(
                    ["--no-config", "--var-file", "p.tfvars.json", "--format", format] + paths, in: module.folder)
                #expect(run.stdout.contains("WF007") && !run.stdout.contains("HUNTER2"), "\(format) \(paths)")
            }
        }
        // The buffer declares the sensitive variable; `b.tf` on disk does not.
        let buffer = "variable \"pw\" {\n  sensitive = true\n}\n" + b
        let folder = try Module([
            "a.tf": "variable \"name\" {}\n" + Self.workforce("a"), "b.tf": b, "terraform.tfvars.json": values,
        ])
        defer { try? FileManager.default.removeItem(at: folder.folder) }
        for paths in [["a.tf", "-"], ["-", "a.tf"]] {
            let run = try WFLintBinary.run(["--no-config", "--stdin-filename", "b.tf"] + paths, in: folder.folder, stdin: buffer)
            #expect(run.stdout.contains(shown + "\n") && !run.stdout.contains("HUNTER2"), "\(paths): \(run.stdout)")
        }
    }

    /// A member read as a secret masks that member where it is written,
    /// not its neighbours: of a variable's `default`, and through a
    /// `.tf.json` local that is nothing but a reference (`"${local.creds}"`).
    @Test func aSecretMemberIsMaskedAloneWhereItIsWritten() throws {
        let variable = "variable \"idp\" {\n  default = { secret = \"HUNTER2 X!!\", issuer = \"ISSUER bad!!\" }\n}\n"
        let issuer = Self.workforce("c").replacingOccurrences(of: "workforce_name = \"c\"", with: "workforce_name = var.idp.issuer")
        let byVariable = try Module([
            "a.tf": TerraformWorkforceText.oidc(label: "a", name: "\"a\"", clientSecret: "var.idp.secret"),
            "c.tf": issuer, "variables.tf": variable,
        ])
        defer { try? FileManager.default.removeItem(at: byVariable.folder) }
        let text = try WFLintBinary.run(["--no-config", "--select", "WF007", "c.tf"], in: byVariable.folder).stdout
        #expect(text.hasPrefix("""
            variables.tf:2:48: error: "workforce_name" must match the API pattern '[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}', got "ISSUER bad!!" [WF007 pattern]
                2 |   default = { secret = *************, issuer = "ISSUER bad!!" }

            """), "\(text)")
        // A template of one interpolation is the value itself, strip markers or not.
        let creds = #""creds": {"secret": "HUNTER2 X!!", "issuer": "ISSUER bad!!"}"#
        for (file, locals, shown) in [
            ("locals.tf.json", #"{"locals": {"idp": "${local.creds}", \#(creds)}}"#,
             #"1:83 |     1 | {"locals": {"idp": "${local.creds}", "creds": {"secret": *************, "issuer": "ISSUER bad!!"}}}"#),
            ("locals.tf.json", #"{"locals": {"idp": "${~local.creds~}", \#(creds)}}"#,
             #"1:85 |     1 | {"locals": {"idp": "${~local.creds~}", "creds": {"secret": *************, "issuer": "ISSUER bad!!"}}}"#),
            ("locals.tf", "locals {\n  idp   = \"${local.creds}\"\n  creds = { secret = \"HUNTER2 X!!\", issuer = \"ISSUER bad!!\" }\n}",
             #"3:46 |     3 |   creds = { secret = *************, issuer = "ISSUER bad!!" }"#),
        ] {
            let byReference = try Module([
                "a.tf": TerraformWorkforceText.oidc(label: "a", name: "\"a\"", clientSecret: "local.idp.secret"),
                "c.tf": issuer.replacingOccurrences(of: "var.idp.issuer", with: "local.creds.issuer"), file: locals + "\n",
            ])
            defer { try? FileManager.default.removeItem(at: byReference.folder) }
            let (place, line) = (shown.prefix { $0 != " " }, shown.drop { $0 != "|" }.dropFirst(2))
            for paths in [["."], ["c.tf"]] {
                let text = try WFLintBinary.run(["--no-config", "--select", "WF007"] + paths, in: byReference.folder).stdout
                #expect(text.hasPrefix("""
                    \(file):\(place): error: "workforce_name" must match the API pattern '[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}', got "ISSUER bad!!" [WF007 pattern]
                    \(line)

                    """), "\(locals) \(paths): \(text)")
            }
        }
    }
}
