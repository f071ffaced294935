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

    @Test func aSyntaxErrorDoesNotStopTheOtherFiles() throws {
        let run = try WFLintBinary.run(["examples/invalid/broken-syntax.json", "examples/valid/create-workforce-cognito.json"])
        #expect(run.stdout.hasPrefix("examples/invalid/broken-syntax.json:5:5: error: expected ',' or '}' after object member [WF001 syntax-error]\n"))
        #expect(run.stdout.hasSuffix("1 error in 1 file; 2 files checked\n"))
        #expect(run.status == 1)
    }

    @Test func anUnreadablePathExits2AndTheOthersAreStillLinted() throws {
        let run = try WFLintBinary.run(["no/such/file.yaml", "examples/invalid/create-workforce-typo.yaml"])
        #expect(run.stdout.contains("examples/invalid/create-workforce-typo.yaml:4:1: error: "))
        #expect(run.stdout.contains("no/such/file.yaml: error: cannot read: No such file or directory"))
        #expect(run.status == 2)
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
        let asCreate = try WFLintBinary.run(["examples/valid/update-workforce-request.yaml"])
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
}
