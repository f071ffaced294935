import Foundation
import Testing
@testable import WFLintKit

/// A Terraform file named on the command line without a workforce resource
/// of its own (`locals.tf`, `terraform.tfvars`), as pre-commit names the
/// files a commit changes: checked as a file of its module, through the
/// built binary (`Linter.findingsOfItsModule`).
@Suite struct TerraformModuleFileInputTests {
    static let main = """
        resource "aws_sagemaker_workforce" "main" {
          workforce_name = var.name
          source_ip_config {
            cidrs = [local.cidr]
          }
          cognito_config {
            client_id = "abc"
            user_pool = "us-east-1_abc"
          }
        }

        """

    static let variables = """
        variable "name" {
          type    = string
          default = "team"
        }

        """

    /// A module of `main.tf`, `variables.tf` and a `locals.tf` holding `locals`.
    static func module(locals: String) throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try directory.write("main.tf", main)
        try directory.write("variables.tf", variables)
        try directory.write("locals.tf", locals)
        return directory
    }

    /// The report of `locals.tf` holding `cidr = "10.0.0.0/33"`, named or piped.
    static let badLocalsCIDR = """
        locals.tf:2:10: error: CIDR "10.0.0.0/33" is invalid: prefix "33" is greater than 32; expected an address and a prefix length, like "10.0.0.0/16" or "2001:db8::/32" [WF201 cidr-invalid]
            2 |   cidr = "10.0.0.0/33"
              |          ^~~~~~~~~~~~~
          note: used by aws_sagemaker_workforce.main at main.tf:4:14
        1 error in 1 file; 1 file checked

        """

    /// The hook names only the changed `locals.tf`: its bad CIDR fails it,
    /// shown where it is written, with the workforce that uses it.
    @Test func aBadValueInAChangedLocalsFileFailsWhenItIsLintedAlone() throws {
        let directory = try Self.module(locals: "locals {\n  cidr = \"10.0.0.0/33\"\n}\n")
        let run = try WFLintBinary.run(["--no-config", "locals.tf"], in: directory.url)
        #expect(run.stdout == Self.badLocalsCIDR)
        #expect(run.status == 1)
        // A file of the module that sets nothing the workforce uses is clean, and no unknown document.
        let variables = try WFLintBinary.run(["--no-config", "variables.tf"], in: directory.url)
        #expect(variables.stdout == "no problems found; 1 file checked\n")
        #expect(variables.status == 0)
    }

    /// A hidden configuration file (an editor's or a script's leftover
    /// `.old.tf`) is no file of the module, as Terraform's loader leaves it
    /// out; its `locals` clashed with the module's (WF505) and a resource of
    /// its name was taken for a second one. A hidden `.auto.tfvars` file is
    /// read, as Terraform reads it.
    @Test func aHiddenConfigurationFileIsNotTheModulesButAHiddenDefinitionsFileIs() throws {
        let directory = try Self.module(locals: "locals {\n  cidr = \"10.0.0.0/16\"\n}\n")
        try directory.write(".old.tf", """
            locals {
              cidr = "10.0.0.0/33"
            }
            resource "aws_sagemaker_workforce" "main" {
              workforce_name = "x"
            }

            """)
        let run = try WFLintBinary.run(["--no-config", "main.tf"], in: directory.url)
        #expect(run.stdout == "no problems found; 1 file checked\n")
        #expect(run.status == 0)
        try directory.write(".team.auto.tfvars", "name = \"bad name\"\n")
        let withDefinitions = try WFLintBinary.run(["--no-config", "main.tf"], in: directory.url)
        #expect(HostileInputTests.headlines(withDefinitions.stdout) == [
            ".team.auto.tfvars:1:8: error: \"workforce_name\" must match the API pattern '[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}', got \"bad name\" [WF007 pattern]",
            "1 error in 1 file; 1 file checked",
        ])
    }

    /// The same through a variable definitions file, which was read for its syntax only.
    @Test func aBadValueInAChangedDefinitionsFileFailsWhenItIsLintedAlone() throws {
        let directory = try Self.module(locals: "locals {\n  cidr = \"10.0.0.0/16\"\n}\n")
        try directory.write("terraform.tfvars", "name = \"bad name\"\n")
        let run = try WFLintBinary.run(["--no-config", "terraform.tfvars"], in: directory.url)
        #expect(run.stdout == """
            terraform.tfvars:1:8: error: "workforce_name" must match the API pattern '[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}', got "bad name" [WF007 pattern]
                1 | name = "bad name"
                  |        ^~~~~~~~~~
              note: used by aws_sagemaker_workforce.main at main.tf:2:20
            1 error in 1 file; 1 file checked

            """)
        #expect(run.status == 1)
    }

    /// A suppression comment the workforce needs is used, whether the file is
    /// linted alone or with the resource's; the finding is silenced once.
    @Test func aSuppressionCommentTheModulesWorkforceNeedsGetsNoWF010() throws {
        let directory = try Self.module(
            locals: "locals {\n  # wflint-disable-next-line WF201\n  cidr = \"10.0.0.0/33\"\n}\n")
        for arguments in [["locals.tf"], ["main.tf", "locals.tf"], ["locals.tf", "main.tf"]] {
            let run = try WFLintBinary.run(["--no-config"] + arguments, in: directory.url)
            #expect(run.stdout == "no problems found; \(arguments.count) file\(arguments.count == 1 ? "" : "s") checked; 1 suppressed\n")
            #expect(run.status == 0)
        }
        let json = try WFLintBinary.run(["--no-config", "--format", "json", "main.tf", "locals.tf"], in: directory.url)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let suppressed = try #require(report["suppressed"] as? [[String: Any]])
        #expect(suppressed.map { "\($0["file"] ?? "") \($0["ruleId"] ?? "")" } == ["locals.tf WF201"])
    }

    /// One no workforce of the module uses is WF010, judged against them all.
    @Test func aSuppressionCommentNoWorkforceOfTheModuleNeedsIsWF010() throws {
        let directory = try Self.module(
            locals: "locals {\n  # wflint-disable-next-line WF202\n  cidr = \"10.0.0.0/16\"\n}\n")
        let run = try WFLintBinary.run(["--no-config", "locals.tf"], in: directory.url)
        #expect(run.stdout == """
            locals.tf:2:30: note: "WF202" in wflint-disable-next-line silences nothing: no WF202 finding on line 3 [WF010 unused-suppression]
                2 |   # wflint-disable-next-line WF202
                  |                              ^~~~~
            1 note in 1 file; 1 file checked

            """)
        #expect(run.status == 0)
    }

    static let unknownLocals = """
        locals.tf:1:1: note: not a workforce document: the Terraform file has no resource "aws_sagemaker_workforce" [WF000 unknown-document]
            1 | locals {
              | ^
        1 note in 1 file; 1 file checked

        """

    /// A folder without a workforce resource (another resource; a `removed`
    /// block that only names the type): the file is an unknown document, as before.
    @Test(arguments: [
        "resource \"aws_s3_bucket\" \"logs\" {}\n", "removed {\n  from = aws_sagemaker_workforce.old\n}\n",
    ])
    func aFileOfAModuleWithoutAWorkforceIsStillAnUnknownDocument(_ other: String) throws {
        let directory = try TemporaryDirectory()
        try directory.write("locals.tf", "locals {\n  cidr = \"10.0.0.0/33\"\n}\n")
        try directory.write("other.tf", other)
        let run = try WFLintBinary.run(["--no-config", "locals.tf"], in: directory.url)
        #expect(run.stdout == Self.unknownLocals)
        #expect(run.status == 0)
    }

    /// A secret a local holds is masked in the file's own report, in every format.
    @Test func aSecretInTheFileIsMaskedInEveryFormat() throws {
        let directory = try TemporaryDirectory()
        try directory.write("main.tf", Self.oidcMain.replacingOccurrences(of: "var.secret", with: "local.secret"))
        try directory.write("locals.tf", "locals {\n  secret = \"s3cr3t-in-a-local\"\n}\n")
        let text = try WFLintBinary.run(["--no-config", "locals.tf"], in: directory.url)
        #expect(text.stdout == """
            locals.tf:2:12: warning: oidc_config.client_secret is a literal secret committed in the file; set it from a variable declared sensitive = true, whose value comes from outside the repository (TF_VAR_oidc_client_secret, a secret store) [WF140 client-secret-literal]
                2 |   secret = *******************
                  |            ^~~~~~~~~~~~~~~~~~~
              note: used by aws_sagemaker_workforce.main at main.tf:6:30
            1 warning in 1 file; 1 file checked

            """)
        for format in ["text", "json", "sarif", "github"] {
            let run = try WFLintBinary.run(["--no-config", "--format", format, "locals.tf"], in: directory.url)
            #expect(run.status == 0)
            #expect(!run.stdout.contains("s3cr3t"))
        }
        // Piped in place of the saved file, another secret of the same length: masked alike.
        let buffer = "locals {\n  secret = \"s3cr3t-in-a-buffr\"\n}\n"
        for format in ["text", "json", "sarif", "github"] {
            let piped = try WFLintBinary.run(
                ["--no-config", "--format", format, "--stdin-filename", "locals.tf", "-"], in: directory.url, stdin: buffer)
            #expect(piped.status == 0)
            #expect(!piped.stdout.contains("s3cr3t"))
            if format == "text" { #expect(piped.stdout == text.stdout) }
        }
    }

    /// A `--var-file` is named as it was given: the same file named in another
    /// spelling is the file whose findings they are, and they are named as it is.
    @Test func aVarFileNamedInAnotherSpellingIsTheSameFile() throws {
        let directory = try Self.module(locals: "locals {\n  cidr = \"10.0.0.0/16\"\n}\n")
        try directory.write("prod.tfvars", "name = \"prod name\"\n")
        for varFile in ["./prod.tfvars", directory.path("prod.tfvars")] {
            let run = try WFLintBinary.run(["--no-config", "--var-file", varFile, "prod.tfvars"], in: directory.url)
            #expect(run.stdout == """
                prod.tfvars:1:8: error: "workforce_name" must match the API pattern '[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}', got "prod name" [WF007 pattern]
                    1 | name = "prod name"
                      |        ^~~~~~~~~~~
                  note: used by aws_sagemaker_workforce.main at main.tf:2:20
                1 error in 1 file; 1 file checked

                """)
            #expect(run.status == 1)
        }
    }

    /// The file named in two spellings of its folder (`./main.tf` and
    /// `locals.tf`): the finding is shown once, in the named file.
    @Test func aFindingIsShownOnceWhateverSpellingTheFilesAreNamedIn() throws {
        let directory = try Self.module(locals: "locals {\n  cidr = \"10.0.0.0/33\"\n}\n")
        try Self.expectShownOnce("WF201", in: directory, namedAs: [["./main.tf", "locals.tf"], ["main.tf", "./locals.tf"]])
    }

    /// Each way of naming the files gives one GitHub annotation of `rule`, and exit code 1.
    static func expectShownOnce(_ rule: String, in directory: TemporaryDirectory, namedAs namings: [[String]]) throws {
        for arguments in namings {
            let run = try WFLintBinary.run(["--no-config", "--format", "github"] + arguments, in: directory.url)
            #expect(run.stdout.components(separatedBy: "title=\(rule)").count == 2, "\(arguments)")
            #expect(run.status == 1)
        }
    }

    /// A module's own finding (an override of nothing) is made by the lint of
    /// every workforce file: shown once, whichever files are named.
    @Test func aModulesOwnFindingIsShownOnceWithTwoWorkforces() throws {
        let directory = try Self.module(locals: "locals {\n  cidr = \"10.0.0.0/16\"\n}\n")
        try directory.write("b.tf", Self.main.replacingOccurrences(of: "\"main\"", with: "\"second\""))
        try directory.write("override.tf", "locals {\n  nothere = 1\n}\n")
        for arguments in [["override.tf"], ["b.tf", "override.tf"], ["override.tf", "b.tf"]] {
            let run = try WFLintBinary.run(["--no-config", "--format", "github"] + arguments, in: directory.url)
            #expect(run.stdout.components(separatedBy: "title=WF504").count == 2)
            #expect(run.stdout.components(separatedBy: "::error").count == 2)
        }
    }

    /// Terraform refuses a module whose file does not parse: the named file
    /// shows that error, where it is, and fails as the module would.
    @Test func aWorkforceFileThatDoesNotParseIsShownWithTheNamedFile() throws {
        let directory = try Self.module(locals: "locals {\n  cidr = \"10.0.0.0/33\"\n}\n")
        try directory.write("main.tf", Self.main.replacingOccurrences(of: "= var.name", with: "= var.name \"x\""))
        let run = try WFLintBinary.run(["--no-config", "locals.tf", "variables.tf"], in: directory.url)
        #expect(run.stdout == """
            main.tf:2:29: error: expected a newline after the value of 'workforce_name', found '"' [WF001 syntax-error]
                2 |   workforce_name = var.name "x"
                  |                             ^
            1 error in 1 file; 2 files checked

            """)
        #expect(run.status == 1)
    }

    /// A module whose resource's check `max-findings: 1` stops at two bad
    /// CIDRs before `local.cidr`, whose line in `locals.tf` has a comment;
    /// `edit` changes `main.tf` after that.
    static func moduleStoppedAtMaxFindings(_ edit: (String) -> String = { $0 }) throws -> TemporaryDirectory {
        let directory = try Self.module(
            locals: "locals {\n  # wflint-disable-next-line WF203\n  cidr = \"10.0.0.1/16\"\n}\n")
        try directory.write(".wflint.yaml", "limits:\n  max-findings: 1\n")
        try directory.write("main.tf", edit(Self.main.replacingOccurrences(
            of: "[local.cidr]", with: "[\"10.0.0.0/40\", \"10.0.0.0/41\", local.cidr]")))
        return directory
    }

    /// A resource whose check stopped at `max-findings` may have needed any
    /// comment of the file: none gets WF010, and the stop is shown.
    @Test func aResourceStoppedAtMaxFindingsJudgesNoComment() throws {
        let directory = try Self.moduleStoppedAtMaxFindings()
        let run = try WFLintBinary.run(["locals.tf"], in: directory.url)
        #expect(run.stdout == """
            main.tf:4:29: error: the document has more than 1 findings; the rest are not reported (limits.max-findings) [WF011 resource-limit]
                4 |     cidrs = ["10.0.0.0/40", "10.0.0.0/41", local.cidr]
                  |                             ^~~~~~~~~~~~~
            1 error in 1 file; 1 file checked

            """)
        #expect(run.status == 1)
    }

    /// The same with WF011 turned off: the stop is shown by nothing, and
    /// still no comment is judged, in the named file or in the resource's own
    /// (past the cut, `user_pool`'s WF007 was never reported: its comment
    /// cannot be told to silence nothing).
    @Test func aResourceStoppedAtMaxFindingsWithWF011OffJudgesNoComment() throws {
        let directory = try Self.moduleStoppedAtMaxFindings { main in
            main.replacingOccurrences(of: "local.cidr]", with: "local.cidr] # wflint-disable-line WF201")
                .replacingOccurrences(of: "user_pool = \"us-east-1_abc\"", with: "user_pool = \"bad pool\" # wflint-disable-line WF007")
        }
        for (input, expected) in [
            ("locals.tf", "no problems found; 1 file checked\n"),
            ("main.tf", "no problems found; 1 file checked; 1 suppressed\n"),
        ] {
            let run = try WFLintBinary.run(["--ignore", "WF011", input], in: directory.url)
            #expect(run.stdout == expected, "\(input)")
            #expect(run.status == 0, "\(input)")
        }
    }

    /// A workforce file the configuration excludes is linted for no file:
    /// the named file is then of a module without a (selected) workforce.
    @Test func aWorkforceFileTheConfigurationExcludesIsNotLinted() throws {
        let directory = try Self.module(locals: "locals {\n  cidr = \"10.0.0.0/33\"\n}\n")
        try directory.write(".wflint.yaml", "exclude:\n  - main.tf\n")
        let run = try WFLintBinary.run(["locals.tf"], in: directory.url)
        #expect(run.stdout == Self.unknownLocals)
        #expect(run.status == 0)
    }

    /// A secret the module's workforce reads in the named file is masked on
    /// every line shown, one that shows no finding about it included (the
    /// value was printed in a WF010's excerpt).
    @Test func aSecretOnALineShownForAnotherReasonIsMasked() throws {
        let directory = try TemporaryDirectory()
        try directory.write("main.tf", Self.oidcMain)
        try directory.write("variables.tf", "variable \"secret\" {\n  type      = string\n  sensitive = true\n}\n")
        try directory.write("terraform.tfvars", "secret = \"s3cr3t-in-tfvars\" # wflint-disable-line WF201\n")
        let run = try WFLintBinary.run(["--no-config", "--ignore", "WF140", "terraform.tfvars"], in: directory.url)
        #expect(run.stdout == """
            terraform.tfvars:1:51: note: "WF201" in wflint-disable-line silences nothing: no WF201 finding on this line [WF010 unused-suppression]
                1 | secret = ****************** # wflint-disable-line WF201
                  |                                                   ^~~~~
            1 note in 1 file; 1 file checked

            """)
    }

    static let oidcMain = """
        resource "aws_sagemaker_workforce" "main" {
          workforce_name = "team"
          oidc_config {
            authorization_endpoint = "https://idp.example.com/authorize"
            client_id              = "abc"
            client_secret          = var.secret
            issuer                 = "https://idp.example.com"
            jwks_uri               = "https://idp.example.com/jwks"
            logout_endpoint        = "https://idp.example.com/logout"
            token_endpoint         = "https://idp.example.com/token"
            user_info_endpoint     = "https://idp.example.com/userinfo"
          }
        }

        """

    /// A `--var-file` named as an input that a workforce of another folder
    /// reads: the findings that module shows in it are kept (the file's own
    /// module check covers only its own folder's workforces).
    @Test func aVarFileReadByAnotherFoldersWorkforceKeepsItsFindings() throws {
        let directory = try TemporaryDirectory()
        try directory.write("main.tf", Self.main.replacingOccurrences(of: "[local.cidr]", with: "[\"10.0.0.0/16\"]"))
        try directory.write("variables.tf", Self.variables)
        try directory.write("prod.tfvars", "name = \"prod\"\ncidr = \"10.0.0.0/40\"\n")
        try directory.write("b/main.tf", "variable \"cidr\" {\n  default = \"10.0.0.0/16\"\n}\n"
            + Self.main.replacingOccurrences(of: "[local.cidr]", with: "[var.cidr]")
                .replacingOccurrences(of: "var.name", with: "\"team-b\""))
        for arguments in [["prod.tfvars", "b/main.tf"], ["b/main.tf", "prod.tfvars"]] {
            let run = try WFLintBinary.run(["--no-config", "--var-file", "prod.tfvars"] + arguments, in: directory.url)
            #expect(run.stdout == """
                prod.tfvars:2:8: error: CIDR "10.0.0.0/40" is invalid: prefix "40" is greater than 32; expected an address and a prefix length, like "10.0.0.0/16" or "2001:db8::/32" [WF201 cidr-invalid]
                    2 | cidr = "10.0.0.0/40"
                      |        ^~~~~~~~~~~~~
                  note: used by aws_sagemaker_workforce.main at b/main.tf:7:14
                1 error in 1 file; 2 files checked

                """)
            #expect(run.status == 1)
        }
    }

    /// A workforce file that does not parse, shown for two named files of
    /// its folder named in two spellings (`./locals.tf variables.tf`): once.
    @Test func aStoppedWorkforceIsShownOnceForFilesNamedInTwoSpellings() throws {
        let directory = try Self.module(locals: "locals {\n  cidr = \"10.0.0.0/33\"\n}\n")
        try directory.write("main.tf", Self.main.replacingOccurrences(of: "= var.name", with: "= var.name \"x\""))
        try Self.expectShownOnce("WF001", in: directory, namedAs: [["./locals.tf", "variables.tf"], ["variables.tf", "./locals.tf"]])
    }

    /// A definitions file of the module that does not parse stops Terraform
    /// (every variable unknown): shown with the named file, which fails.
    @Test func aBrokenDefinitionsFileIsShownWithTheNamedFile() throws {
        let directory = try Self.module(locals: "locals {\n  cidr = \"10.0.0.0/16\"\n}\n")
        try directory.write("terraform.tfvars", "name = [\n")
        let run = try WFLintBinary.run(["--no-config", "locals.tf"], in: directory.url)
        #expect(run.stdout.hasPrefix("terraform.tfvars:2:1: error: "))
        #expect(run.stdout.hasSuffix("[WF001 syntax-error]\n    2 | \n      | ^\n1 error in 1 file; 1 file checked\n"))
        #expect(run.status == 1)
    }

    /// One locals file linked into two modules' folders is a file of each:
    /// a walk shows each module's finding in that module's own path.
    @Test func aFileLinkedIntoTwoModulesIsShownInEachModulesPath() throws {
        let directory = try TemporaryDirectory()
        try directory.write("common/locals.tf", "locals {\n  cidr = \"10.0.0.0/33\"\n}\n")
        for module in ["dev", "prod"] {
            try directory.write("\(module)/main.tf", Self.main.replacingOccurrences(of: "var.name", with: "\"\(module)\""))
            try FileManager.default.createSymbolicLink(
                atPath: directory.path("\(module)/locals.tf"), withDestinationPath: "../common/locals.tf")
        }
        let run = try WFLintBinary.run(["--no-config", "--format", "github", "dev", "prod"], in: directory.url)
        let annotated = run.stdout.split(separator: "\n").map { $0.split(separator: ",").first ?? "" }
        #expect(annotated == ["::error file=dev/locals.tf", "::error file=prod/locals.tf"])
    }

    /// One workforce file linked into two modules' folders is a file of each,
    /// read with each folder's variable values: a walk lints it in both, as
    /// Terraform plans each. It was linted once (one device and inode), in
    /// the folder met first, so the other folder's bad value passed.
    @Test func aWorkforceFileLinkedIntoTwoModulesIsLintedInEach() throws {
        let directory = try TemporaryDirectory()
        try directory.write("dev/main.tf", "variable \"cidr\" {\n  type = string\n}\n\n" + Self.main
            .replacingOccurrences(of: "local.cidr", with: "var.cidr"))
        try directory.write("dev/variables.tf", Self.variables)
        try directory.write("dev/terraform.tfvars", "cidr = \"10.0.0.0/16\"\n")
        try directory.write("prod/terraform.tfvars", "cidr = \"10.0.0.0/33\"\n")
        for file in ["main.tf", "variables.tf"] {
            try FileManager.default.createSymbolicLink(
                atPath: directory.path("prod/\(file)"), withDestinationPath: "../dev/\(file)")
        }
        let expected = "::error file=prod/terraform.tfvars,line=1,col=8,endLine=1,endColumn=21,title=WF201 cidr-invalid::"
        for order in [["dev", "prod"], ["prod", "dev"], ["."]] {
            let run = try WFLintBinary.run(["--no-config", "--format", "github"] + order, in: directory.url)
            #expect(run.stdout.split(separator: "\n").map { $0.prefix(expected.count) } == [Substring(expected)], "\(order)")
        }
    }

    /// Terraform reads `.tf` and `.tf.json` files in lower case only; a walk
    /// leaves an `OLD.TF` and an `OLD.TF.json` out (named, each is linted).
    @Test func aWalkLeavesAnUpperCaseTFFileOut() throws {
        let directory = try Self.module(locals: "locals {\n  cidr = \"10.0.0.0/16\"\n}\n")
        try directory.write("OLD.TF", Self.main.replacingOccurrences(of: "local.cidr", with: "\"10.0.0.0/33\""))
        try directory.write(
            "OLD.TF.json", #"{"resource": {"aws_sagemaker_workforce": {"w": {"workforce_name": "bad name!"}}}}"#)
        let walked = try WFLintBinary.run(["--no-config", "."], in: directory.url)
        #expect(walked.stdout == "no problems found; 1 file checked\n")
        let named = try WFLintBinary.run(["--no-config", "--format", "github", "OLD.TF"], in: directory.url)
        #expect(named.stdout.hasPrefix("::error file=OLD.TF,line=4,col=14,"))
    }

    /// `--fix` reports as the lint does: a finding shown by two inputs in a
    /// file named in two spellings, once.
    @Test func fixReportsAFindingShownByTwoInputsOnce() throws {
        let directory = try Self.module(locals: "locals {\n  cidr = \"10.0.0.0/33\"\n}\n")
        let run = try WFLintBinary.run(["--no-config", "--fix", "--format", "github", "./main.tf", "locals.tf"], in: directory.url)
        #expect(run.stdout.components(separatedBy: "title=WF201").count == 2)
        #expect(run.status == 1)
    }

    /// An editor pipes an unsaved module file with `--stdin-filename`: it
    /// gets what naming the saved file gets, not a WF000 note (the
    /// reviewer's reproduction, in the bundled invalid module).
    @Test func standardInputOfAModuleFileGetsWhatNamingTheFileGets() throws {
        let module = Golden.repositoryRoot.appendingPathComponent("examples/terraform/invalid/module")
        let expected = [
            "variables.tf": """
                variables.tf:7:10: warning: variable "oidc_client_secret" feeds oidc_config.client_secret of aws_sagemaker_workforce.labelers but is not declared sensitive = true [WF503 tf-unsensitive-secret]
                    7 | variable "oidc_client_secret" {
                      |          ^~~~~~~~~~~~~~~~~~~~
                  note: used by aws_sagemaker_workforce.labelers at main.tf:10:30
                1 warning in 1 file; 1 file checked

                """,
            "locals.tf": """
                locals.tf:3:14: error: oidc_config.issuer "http://idp.example.com" must begin with "https://" [WF111 oidc-https]
                    3 |     issuer = "http://idp.example.com"
                      |              ^~~~~~~~~~~~~~~~~~~~~~~~
                  note: used by aws_sagemaker_workforce.labelers at main.tf:11:30
                1 error in 1 file; 1 file checked

                """,
        ]
        for (file, output) in expected {
            let text = try String(contentsOf: module.appendingPathComponent(file), encoding: .utf8)
            let named = try WFLintBinary.run(["--no-config", file], in: module)
            let piped = try WFLintBinary.run(["--no-config", "--stdin-filename", file, "-"], in: module, stdin: text)
            #expect(named.stdout == output)
            #expect(piped.stdout == output)
            #expect((named.status, piped.status) == (file == "locals.tf" ? (1, 1) : (0, 0)))
        }
    }

    /// The buffer is read in place of the saved file by the module's
    /// workforce lints: its edit counts, the saved text does not.
    @Test func standardInputOfAModuleFileIsReadInPlaceOfTheSavedFile() throws {
        let good = "locals {\n  cidr = \"10.0.0.0/16\"\n}\n"
        let bad = "locals {\n  cidr = \"10.0.0.0/33\"\n}\n"
        let saved = try Self.module(locals: good)
        let edited = try WFLintBinary.run(["--no-config", "--stdin-filename", "locals.tf", "-"], in: saved.url, stdin: bad)
        #expect(edited.stdout == Self.badLocalsCIDR)
        #expect(edited.status == 1)
        let savedBad = try Self.module(locals: bad)
        let fixed = try WFLintBinary.run(["--no-config", "--stdin-filename", "locals.tf", "-"], in: savedBad.url, stdin: good)
        #expect(fixed.stdout == "no problems found; 1 file checked\n")
        #expect(fixed.status == 0)
    }

    /// A resource's name is the file's text: an escape sequence in it
    /// (`"a\u001b[2J"`, an HCL escape) reaches the "used by" note escaped,
    /// in text and GitHub output, as it does a message (the reviewer's case).
    @Test func aResourceNameInANoteHasItsControlsEscaped() throws {
        let directory = try TemporaryDirectory()
        try directory.write("main.tf", Self.main.replacingOccurrences(of: "\"main\"", with: "\"a\\u001b[2J\""))
        try directory.write("variables.tf", Self.variables)
        try directory.write("locals.tf", "locals {\n  cidr = \"10.0.0.0/33\"\n}\n")
        let text = try WFLintBinary.run(["--no-config", "locals.tf"], in: directory.url)
        #expect(text.stdout.contains("  note: used by aws_sagemaker_workforce.a\\u001B[2J at main.tf:4:14\n"))
        let github = try WFLintBinary.run(["--no-config", "--format", "github", "locals.tf"], in: directory.url)
        #expect(github.stdout.contains("%0Anote: used by aws_sagemaker_workforce.a\\u001B[2J at main.tf:4:14"))
        for run in [text, github] { #expect(!run.stdout.contains("\u{1B}")) }
    }
}

/// A `resource` block takes two labels, its type and its name: Terraform
/// refuses the configuration otherwise ("Missing name for resource",
/// "Extraneous label for resource"). Such a workforce block was not checked
/// at all (WF000 when named, "no problems found" in a walk).
@Suite struct TerraformResourceLabelTests {
    static let body = """
         {
          workforce_name = "bad name"
          cognito_config {
            client_id = "abc"
            user_pool = "us-east-1_abcDEF123"
          }
        }

        """

    @Test(arguments: [
        (#"resource "aws_sagemaker_workforce""#, #"resource "aws_sagemaker_workforce" has 1 label; a resource block takes two, its type and its name (Terraform: "Missing name for resource")"#),
        (#"resource "aws_sagemaker_workforce" "main" "x""#, #"resource "aws_sagemaker_workforce" "main" "x" has 3 labels; a resource block takes two, its type and its name (Terraform: "Extraneous label for resource")"#),
    ])
    func aResourceWithoutTwoLabelsIsASyntaxError(header: String, message: String) throws {
        let directory = try TemporaryDirectory()
        try directory.write("main.tf", header + Self.body)
        for arguments in [["main.tf"], ["."]] {
            let run = try WFLintBinary.run(["--no-config"] + arguments, in: directory.url)
            #expect(HostileInputTests.headlines(run.stdout) == [
                "main.tf:1:1: error: \(message) [WF001 syntax-error]", "1 error in 1 file; 1 file checked",
            ])
            #expect(run.status == 1)
        }
    }

    /// In another file of the module, it is that file's error, reported
    /// with the linted file's findings, as any file of the module that
    /// Terraform refuses.
    @Test func aModuleFileWithSuchABlockIsReportedWithTheWorkforce() throws {
        let directory = try TemporaryDirectory()
        try directory.write("main.tf", #"resource "aws_sagemaker_workforce" "main""# + Self.body)
        try directory.write("other.tf", "resource \"aws_s3_bucket\" {\n}\n")
        let run = try WFLintBinary.run(["--no-config", "main.tf"], in: directory.url)
        #expect(HostileInputTests.headlines(run.stdout).contains(
            #"other.tf:1:1: error: resource "aws_s3_bucket" has 1 label; a resource block takes two, its type and its name (Terraform: "Missing name for resource") [WF001 syntax-error]"#))
    }
}

/// A variable's `default` is evaluated without a context too: a reference or
/// a function call anywhere in it stops Terraform ("Variables not allowed",
/// "Function calls not allowed"; each case checked with `terraform validate`,
/// v1.11.4). Such a default was evaluated as a local value's, and the module
/// passed. It is now the file's WF001, in the linted file and in another
/// file of the module; a `for` over literals and a template of literals
/// still evaluate.
@Suite struct TerraformVariableDefaultTests {
    static func module(default value: String) -> String {
        """
        variable "office_cidr" {
          default = "203.0.113.0/24"
        }
        variable "allowed_cidrs" {
          type    = list(string)
          default = \(value)
        }
        resource "aws_sagemaker_workforce" "main" {
          workforce_name = "labelers"
          cognito_config {
            client_id = "abc"
            user_pool = "us-east-1_abcDEF123"
          }
          source_ip_config {
            cidrs = var.allowed_cidrs
          }
        }

        """
    }

    static let variables = #"variables not allowed: a variable's default is a value only (Terraform: "Variables not allowed")"#
    static let calls = #"function calls not allowed: a variable's default is a value only (Terraform: "Function calls not allowed")"#

    @Test(arguments: [
        ("[var.office_cidr]", "6:14", variables),
        (#"["10.0.0.0/8", local.x]"#, "6:28", variables),
        (#"[for c in ["10.0.0.0/8"] : lower(c)]"#, "6:40", calls),
        (#""${var.office_cidr}""#, "6:16", variables),
    ])
    func aDefaultTerraformCannotEvaluateIsASyntaxError(value: String, place: String, message: String) throws {
        let directory = try TemporaryDirectory()
        try directory.write("main.tf", Self.module(default: value))
        for arguments in [["main.tf"], ["."]] {
            let run = try WFLintBinary.run(["--no-config"] + arguments, in: directory.url)
            #expect(HostileInputTests.headlines(run.stdout) == [
                "main.tf:\(place): error: \(message) [WF001 syntax-error]", "1 error in 1 file; 1 file checked",
            ])
            #expect(run.status == 1)
        }
    }

    @Test(arguments: [#"[for c in ["10.0.0.0/8"] : c]"#, #"["${"10.0.0.0/8"}"]"#, #"-1 == -1 ? ["10.0.0.0/8"] : []"#])
    func aDefaultOfLiteralsStillEvaluates(value: String) throws {
        let directory = try TemporaryDirectory()
        try directory.write("main.tf", Self.module(default: value))
        let run = try WFLintBinary.run(["--no-config", "main.tf"], in: directory.url)
        #expect(run.stdout == "no problems found; 1 file checked\n")
        #expect(run.status == 0)
    }

    /// In another file of the module, as any file of it Terraform refuses.
    @Test func aDefaultInAnotherFileOfTheModuleIsThatFilesError() throws {
        let directory = try TemporaryDirectory()
        let module = Self.module(default: "[var.office_cidr]")
        let split = module.range(of: "resource ")!.lowerBound
        try directory.write("variables.tf", String(module[..<split]))
        try directory.write("main.tf", String(module[split...]))
        let run = try WFLintBinary.run(["--no-config", "main.tf"], in: directory.url)
        #expect(HostileInputTests.headlines(run.stdout) == [
            "variables.tf:6:14: error: \(Self.variables) [WF001 syntax-error]", "1 error in 1 file; 1 file checked",
        ])
        #expect(run.status == 1)
    }
}

/// A definitions file's values are evaluated without a context: a function
/// call or a reference anywhere in one stops Terraform ("Function calls not
/// allowed", "Variables not allowed"), as a block does. Such a value was read
/// as unknown and the run passed; it is now the file's WF001, and every
/// variable is unknown, as for a definitions file that does not parse.
@Suite struct TerraformDefinitionValueTests {
    static let main = "variable \"name\" {\n  default = \"team\"\n}\n" + TerraformLiteralJSONValueTests.resource

    @Test(arguments: [
        ("name = upper(\"labelers\")\n", "1:8", TerraformDefinitionValues.functionCallsNotAllowed),
        ("name = var.other\n", "1:8", TerraformDefinitionValues.variablesNotAllowed),
        ("name = \"team-${local.suffix}\"\n", "1:16", TerraformDefinitionValues.variablesNotAllowed),
        ("name = \"team\"\nlist = [for c in [\"a\"]: c if c != x]\n", "2:35", TerraformDefinitionValues.variablesNotAllowed),
    ])
    func aValueTerraformCannotEvaluateIsASyntaxError(definitions: String, place: String, message: String) throws {
        let directory = try TemporaryDirectory()
        try directory.write("main.tf", Self.main)
        try directory.write("terraform.tfvars", definitions)
        let run = try WFLintBinary.run(["--no-config", "main.tf"], in: directory.url)
        #expect(HostileInputTests.headlines(run.stdout).first == "terraform.tfvars:\(place): error: \(message) [WF001 syntax-error]")
        #expect(run.status == 1)
    }

    /// What Terraform evaluates without a context stays a value: a `for`
    /// expression's own variables, a template without references, an
    /// object's bare keys.
    @Test func valuesTerraformEvaluatesAreRead() throws {
        let directory = try TemporaryDirectory()
        try directory.write("main.tf", Self.main)
        try directory.write("terraform.tfvars", """
            name = "bad name"
            other = "${"x"}-y"
            list = [for c in ["a"]: c]
            map = {k = 1, "q" = 2}

            """)
        let run = try WFLintBinary.run(["--no-config", "main.tf"], in: directory.url)
        #expect(HostileInputTests.headlines(run.stdout).first?.hasPrefix(
            #"terraform.tfvars:1:8: error: "workforce_name" must match the API pattern"#) == true, "\(run.stdout)")
    }
}
