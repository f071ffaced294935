import Foundation
import Testing

/// The built binary over the bundled examples: exact output and exit code.
@Suite struct EndToEndTests {
    @Test func examplesFolderGivesTheGoldenReportAndExitCode1() throws {
        let run = try WFLintBinary.run(["examples/"])
        Golden.check(run.stdout, matches: "examples.txt")
        #expect(run.stderr == "")
        #expect(run.status == 1)
    }

    @Test func validExamplesAreClean() throws {
        let run = try WFLintBinary.run(["examples/valid"])
        #expect(run.stdout.hasSuffix("no problems found; 10 files checked\n"))
        #expect(run.status == 0)
    }

    @Test func aFolderWalkSkipsNonWorkforceDocumentsButANamedFileGetsANote() throws {
        let walk = try WFLintBinary.run(["examples/other"])
        #expect(walk.stdout == "no problems found; 1 file checked\n")
        #expect(walk.status == 0)

        let named = try WFLintBinary.run(["examples/other/package.json"])
        #expect(named.stdout.hasPrefix(
            "examples/other/package.json:1:1: note: not a workforce document: its top-level keys match no document kind; "))
        #expect(named.status == 0)
    }

    /// YAML the AWS CLI cannot load (a tag it has no constructor for, a date
    /// that is no date) but that is no workforce document is no concern of
    /// wflint: a CloudFormation template's `!Sub`, an Ansible vault, a
    /// `mkdocs.yml` beside the workforce files are skipped in a walk and get
    /// the note when named, as pre-commit names every changed file. They
    /// were WF001, which failed the hook. A workforce document with such a
    /// value is still WF001, and so is any file named under an operation.
    @Test func yamlTheAWSCLICannotLoadIsSkippedUnlessItIsAWorkforceDocument() throws {
        let directory = try TemporaryDirectory()
        try directory.write("cfn/bucket.yaml", """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
                Properties:
                  BucketName: !Sub "${AWS::StackName}-labels"

            """)
        try directory.write("vault.yml", "db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n")
        try directory.write("mkdocs.yml", "markdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n")
        try directory.write("events.yaml", "launched: 2023-02-30\n")
        try directory.write("workforce.yaml", "WorkforceName: w\nCognitoConfig: {UserPool: !Sub p, ClientId: c}\n")
        // A merge key may bring in any member, and an alias key's text is
        // not in the events: read as a workforce's (a reviewer's cases).
        try directory.write("merged.yaml", "<<: {WorkforceName: w, CognitoConfig: {UserPool: !Sub p, ClientId: c}}\n")
        try directory.write("aliased.yaml", "a: &k WorkforceName\n*k : labelers\nb: !Sub y\n")
        let refused = { (place: String) in
            "\(place): error: the AWS CLI and PyYAML cannot load the tag !Sub here: neither loader has a constructor "
                + "for a scalar with this tag [WF001 syntax-error]"
        }
        let walk = try WFLintBinary.run(["."], in: directory.url)
        #expect(walk.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }.map(String.init) == [
            refused("aliased.yaml:3:4"), refused("merged.yaml:1:50"), refused("workforce.yaml:2:27"),
            "3 errors in 3 files; 7 files checked",
        ])
        #expect(walk.status == 1)

        let named = try WFLintBinary.run(["cfn/bucket.yaml", "events.yaml"], in: directory.url)
        let note = "note: not a workforce document: its top-level keys match no document kind; name its operation "
            + "with --operation if it is an UpdateWorkforce or ListWorkforces request [WF000 unknown-document]"
        #expect(named.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }.map(String.init) == [
            "cfn/bucket.yaml:1:1: " + note, "events.yaml:1:1: " + note, "2 notes in 2 files; 2 files checked",
        ])
        #expect(named.status == 0)

        let claimed = try WFLintBinary.run(["--operation", "UpdateWorkforce", "events.yaml"], in: directory.url)
        #expect(claimed.stdout.hasPrefix(
            "events.yaml:1:11: error: the AWS CLI and PyYAML cannot load this plain scalar: not a valid date: day is out "
                + "of range for month [WF001 syntax-error]\n"))
        #expect(claimed.status == 1)
    }

    /// Terraform piped to `wflint -` without `--stdin-filename` is read as
    /// YAML, and is no workforce document: its note says how to lint it as
    /// Terraform, not to name an API operation.
    @Test func terraformOnStandardInputWithoutAFileNameIsToldHowToNameIt() throws {
        let terraform = "# the team's workforce\n\nresource \"aws_sagemaker_workforce\" \"main\" {\n  workforce_name = \"a b\"\n}\n"
        let run = try WFLintBinary.run(["--no-config", "-"], stdin: terraform)
        #expect(run.stdout.split(separator: "\n").first.map(String.init) == "<stdin>:3:1: note: not a workforce document: it reads as "
            + "Terraform, which wflint reads from a .tf file; name the file so, or standard input with --stdin-filename "
            + "main.tf [WF000 unknown-document]")
        #expect(run.status == 0)
        let asTerraform = try WFLintBinary.run(["--no-config", "--stdin-filename", "main.tf", "-"], stdin: terraform)
        #expect(asTerraform.stdout.contains("[WF007 pattern]"))
        #expect(asTerraform.status == 1)
        // A named file is told the same.
        let named = try TemporaryRepository(files: ["infra/workforce.yaml": terraform])
        defer { named.remove() }
        let file = try WFLintBinary.run(["--no-config", "infra/workforce.yaml"], in: named.root)
        #expect(file.stdout.hasPrefix("infra/workforce.yaml:3:1: note: not a workforce document: it reads as Terraform"))
        // A YAML document that merely starts with such a word is not Terraform.
        let yaml = try WFLintBinary.run(["--no-config", "-"], stdin: "resource: x\n")
        #expect(yaml.stdout.contains("its top-level keys match no document kind"))
    }

    @Test func aSyntaxErrorDoesNotStopTheOtherFiles() throws {
        let run = try WFLintBinary.run(["examples/invalid/broken-syntax.json", "examples/valid/create-workforce-cognito.json"])
        #expect(run.stdout.hasPrefix("examples/invalid/broken-syntax.json:5:5: error: expected ',' or '}' after object member [WF001 syntax-error]\n"))
        #expect(run.stdout.hasSuffix("1 error in 1 file; 2 files checked\n"))
        #expect(run.status == 1)
    }

    @Test func anUnreadablePathExits2AndTheOthersAreStillLinted() throws {
        let run = try WFLintBinary.run(["no/such/file.yaml", "examples/invalid/create-workforce-typo.yaml"])
        #expect(run.stdout.contains("examples/invalid/create-workforce-typo.yaml:4:1: error: "))
        #expect(run.stdout.hasPrefix("no/such/file.yaml: error: cannot read: No such file or directory\n"))
        #expect(run.stderr == "", "the text report already says it; once is enough")
        #expect(run.status == 2)

        let json = try WFLintBinary.run(["--format", "json", "no/such/file.yaml"])
        #expect(json.stderr == "no/such/file.yaml: error: cannot read: No such file or directory\n")
        #expect(json.status == 2)
    }

    @Test func aWrongOptionIsAUsageErrorWithExitCode2() throws {
        let run = try WFLintBinary.run(["--format", "xml", "examples/"])
        #expect(run.stderr.contains("The value 'xml' is invalid for '--format <format>'"))
        #expect(run.stdout == "")
        #expect(run.status == 2)
    }

    @Test func parallelAndSingleThreadedRunsAreByteIdentical() throws {
        for format in ["text", "json", "sarif", "github"] {
            let single = try WFLintBinary.run(["--jobs", "1", "--format", format, "examples/"])
            let parallel = try WFLintBinary.run(["--jobs", "4", "--format", format, "examples/"])
            #expect(single.stdout == parallel.stdout, "format \(format)")
            #expect(!single.stdout.isEmpty)
        }
    }

    @Test func operationNamesTheRequestKind() throws {
        let asCreate = try WFLintBinary.run(["--no-config", "examples/valid/update-workforce-request.yaml"])
        #expect(asCreate.stdout.contains("[WF102 idp-missing]"))
        let asUpdate = try WFLintBinary.run(["--operation", "UpdateWorkforce", "examples/valid/update-workforce-request.yaml"])
        #expect(asUpdate.stdout == "no problems found; 1 file checked\n")
        #expect(asUpdate.status == 0)
    }

    @Test func versionAndHelp() throws {
        let version = try WFLintBinary.run(["--version"])
        #expect(version.stdout == "0.1.0\n")
        #expect(version.status == 0)
        let help = try WFLintBinary.run(["--help"])
        #expect(help.stdout.contains("EXIT CODES:"))
        #expect(help.status == 0)
    }

    /// Color only on a terminal, never with NO_COLOR: `script` gives the
    /// binary a pseudo-terminal as a user's shell would.
    @Test func colorOnlyOnATerminalAndNeverWithNoColor() throws {
        let command = "\(WFLintBinary.url.path) examples/invalid/create-workforce-vpc.yaml"
        let onTerminal = try WFLintBinary.shell(["script", "-qec", command, "/dev/null"], environment: ["NO_COLOR": ""])
        #expect(onTerminal.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        let noColor = try WFLintBinary.shell(["script", "-qec", command, "/dev/null"], environment: ["NO_COLOR": "1"])
        #expect(!noColor.contains("\u{1B}["))
        #expect(noColor.contains("error: security group id"))
        let piped = try WFLintBinary.run(["examples/invalid/create-workforce-vpc.yaml"], environment: ["NO_COLOR": ""])
        #expect(!piped.stdout.contains("\u{1B}["))
    }

    /// A byte-order mark is accepted and is not a column: the excerpt's caret
    /// sits under the value, as in the same file without it.
    @Test func aByteOrderMarkIsNotAColumn() throws {
        let text = "WorkforceName: labeling_team\nCognitoConfig: {UserPool: us-east-1_a, ClientId: c}\n"
        let plain = try WFLintBinary.run(["-", "--stdin-filename", "wf.yaml", "--no-config"], stdin: text)
        let marked = try WFLintBinary.run(["-", "--stdin-filename", "wf.yaml", "--no-config"], stdin: "\u{FEFF}" + text)
        #expect(marked.stdout == plain.stdout)
        #expect(marked.stdout.hasPrefix("wf.yaml:1:16: error: "))
        #expect(marked.stdout.contains("\n    1 | WorkforceName: labeling_team\n      |                ^~~~~~~~~~~~~\n"))
    }

    /// In JSON the AWS CLI refuses a byte-order mark (it hands the file's text
    /// to `json.loads`): a workforce document that starts with one is WF001 at
    /// 1:1, and its other findings are still reported; a walk's other JSON
    /// files with one stay unseen.
    @Test func aByteOrderMarkIsAnErrorInAJSONWorkforceDocument() throws {
        let directory = try TemporaryDirectory()
        try directory.write("wf.json", "\u{FEFF}{\"WorkforceName\": \"labeling_team\", \"CognitoConfig\": {\"UserPool\": \"us-east-1_a\", \"ClientId\": \"c\"}}\n")
        try directory.write("package.json", "\u{FEFF}{\"name\": \"tools\"}\n")
        let run = try WFLintBinary.run(["--no-config", "."], in: directory.url)
        #expect(run.stdout == """
            wf.json:1:1: error: the file starts with a UTF-8 byte-order mark, which the AWS CLI refuses in JSON (Python's json.loads: "Unexpected UTF-8 BOM"); save it as UTF-8 without a byte-order mark [WF001 syntax-error]
                1 | {"WorkforceName": "labeling_team", "CognitoConfig": {"UserPool": "us-east-1_a", "ClientId": "c"}}
                  | ^
            wf.json:1:19: error: "WorkforceName" must match the API pattern '[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}', got "labeling_team" [WF007 pattern]
                1 | {"WorkforceName": "labeling_team", "CognitoConfig": {"UserPool": "us-east-1_a", "ClientId": "c"}}
                  |                   ^~~~~~~~~~~~~~~
            2 errors in 1 file; 2 files checked

            """)
        #expect(run.status == 1)
    }

    /// The mark's WF001 is the document's first finding, counted in
    /// `max-findings` as every finding is; a response (the AWS CLI's output,
    /// never its input) with a mark gets none.
    @Test func aByteOrderMarkCountsInMaxFindingsAndIsNoResponsesError() throws {
        let directory = try TemporaryDirectory()
        try directory.write(".wflint.yaml", "limits:\n  max-findings: 1\n")
        try directory.write("wf.json", "\u{FEFF}{\"WorkforceName\": \"labeling_team\", \"IpAddressType\": \"ipv5\", \"CognitoConfig\": {\"UserPool\": \"us-east-1_a\", \"ClientId\": \"c\"}}\n")
        try directory.write("describe.json", "\u{FEFF}{\"Workforce\": {\"WorkforceName\": \"labeling-team\", \"WorkforceArn\": \"arn:aws:sagemaker:us-east-1:123456789012:workforce/labeling-team\"}}\n")
        let byteOrderMark = "wf.json:1:1: error: the file starts with a UTF-8 byte-order mark, which the AWS CLI refuses in JSON (Python's json.loads: \"Unexpected UTF-8 BOM\"); save it as UTF-8 without a byte-order mark [WF001 syntax-error]"
        let cut = try WFLintBinary.run(["wf.json", "describe.json"], in: directory.url)
        let lines = cut.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }
        #expect(lines == [
            Substring(byteOrderMark),
            "wf.json:1:19: error: the document has more than 1 findings; the rest are not reported (limits.max-findings) [WF011 resource-limit]",
            "2 errors in 1 file; 2 files checked",
        ])
        let uncounted = try WFLintBinary.run(["--ignore", "WF011", "wf.json"], in: directory.url)
        #expect(uncounted.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") } == [
            Substring(byteOrderMark), "1 error in 1 file; 1 file checked",
        ])
    }

    /// A Terraform module's own findings (WF507 here) are held to
    /// `max-findings` a file as every finding is, then one WF011 at the
    /// first left out: a file of 200,000 references to undeclared variables
    /// reported them all (387 MB).
    @Test func aModulesReferencesToUndeclaredNamesAreCutAtMaxFindings() throws {
        let directory = try TemporaryDirectory()
        try directory.write(".wflint.yaml", "limits:\n  max-findings: 2\n")
        try directory.write("main.tf", """
            locals {
              all = [var.a, var.b, var.c]
            }
            resource "aws_sagemaker_workforce" "w" {
              workforce_name = "w"
              cognito_config {
                client_id = "c"
                user_pool = "us-east-1_abcDEF123"
              }
            }

            """)
        let run = try WFLintBinary.run(["main.tf"], in: directory.url)
        let undeclared = { (name: String, column: Int) in
            "main.tf:2:\(column): error: reference to undeclared input variable \"\(name)\"; the module declares none: "
                + "add a variable \"\(name)\" {} block [WF507 tf-undeclared-name]"
        }
        #expect(run.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }.map(String.init) == [
            undeclared("a", 10),
            undeclared("b", 17),
            "main.tf:2:24: error: the document has more than 2 findings; the rest are not reported (limits.max-findings) [WF011 resource-limit]",
            "3 errors in 1 file; 1 file checked",
        ])
        #expect(run.status == 1)

        // Kept in the file's order: a reference in a nested block, found
        // after the others, was left out before later ones (a reviewer's case).
        try directory.write("main.tf", """
            resource "aws_sagemaker_workforce" "w" {
              workforce_name = local.n1
              cognito_config {
                client_id = local.n2
                user_pool = "us-east-1_abcDEF123"
              }
              source_ip_config { cidrs = [local.n3, local.n4] }
            }

            """)
        let nested = try WFLintBinary.run(["main.tf"], in: directory.url)
        let local = { (name: String, place: String) in
            "main.tf:\(place): error: reference to undeclared local value \"\(name)\"; the module declares none: "
                + "add an entry \"\(name)\" in a locals block [WF507 tf-undeclared-name]"
        }
        #expect(nested.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }.map(String.init) == [
            local("n1", "2:20"),
            local("n2", "4:17"),
            "main.tf:7:31: error: the document has more than 2 findings; the rest are not reported (limits.max-findings) [WF011 resource-limit]",
            "3 errors in 1 file; 1 file checked",
        ])
    }

    /// The secret stays hidden whichever rules run: the schema walk that marks
    /// it runs even when no schema rule is selected. The key is written with a
    /// JSON escape, which the lexical backstop in excerpts cannot see.
    @Test func theClientSecretIsMaskedWhateverRulesAreSelected() throws {
        let document = #"{"WorkforceName": "w", "OidcConfig": {"Client\u0053ecret": "s3cr3t-value", "ClientId": "c"}, "X": 1}"#
        for selection in [["--select", "WF110"], ["--select", "WF003"], []] {
            for format in ["text", "json", "sarif", "github"] {
                let run = try WFLintBinary.run(
                    ["-", "--stdin-filename", "wf.json", "--no-config", "--format", format] + selection, stdin: document)
                #expect(!run.stdout.contains("s3cr3t"), "\(selection) \(format)")
                #expect(run.status == 1, "\(selection) \(format)")
            }
        }
    }

    /// `--rules FOLDER` walks like a lint: each folder once, however many
    /// symbolic links lead back into it, so a pack is never loaded twice.
    @Test func aRulePackFolderWithALinkLoopLoadsEachPackOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wflint-packs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pack = Golden.repositoryRoot.appendingPathComponent("rules/examples/required-tags.yaml")
        try FileManager.default.copyItem(at: pack, to: folder.appendingPathComponent("Required-Tags.YML"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("again").path, withDestinationPath: ".")
        let run = try WFLintBinary.run(["rules", "--rules", folder.path])
        #expect(run.stderr == "")
        #expect(run.stdout.components(separatedBy: "CORP020").count == 2)
        #expect(run.status == 0)
    }

    /// A rule pack that does not load lints nothing and exits 2; in SARIF the
    /// log still says so, for the CI upload to show.
    @Test func aBrokenPackIsAFailedRunInSARIFToo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wflint-broken-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pack = folder.appendingPathComponent("broken.yaml")
        try "pack: {name: broken}\nrules:\n  - id: X1\n".write(to: pack, atomically: false, encoding: .utf8)

        let text = try WFLintBinary.run(["--rules", pack.path, "examples/"])
        #expect(text.stderr == "\(pack.path):3:5: error: the rule lacks the key \"name\"\n")
        #expect(text.stdout == "")
        #expect(text.status == 2)

        let sarif = try WFLintBinary.run(["--format", "sarif", "--rules", pack.path, "examples/"])
        #expect(sarif.status == 2)
        try SarifValidator.expectValid(sarif.stdout)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect((run["results"] as? [Any])?.isEmpty == true)
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        let notification = try #require((invocation["toolExecutionNotifications"] as? [[String: Any]])?.first)
        #expect((notification["message"] as? [String: Any])?["text"] as? String
            == "\(pack.path):3:5: the rule lacks the key \"name\"")
    }
}
