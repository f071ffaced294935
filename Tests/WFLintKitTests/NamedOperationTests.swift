import Foundation
import Testing

/// A file named on the command line under an operation is that operation's
/// request whatever its keys: the AWS CLI would send it as one and refuse it,
/// so it must not pass as "not a workforce document". A walk still skips
/// files whose keys name no member, so a package.json stays quiet.
@Suite struct NamedOperationTests {
    static func lint(_ files: [String: String], _ arguments: [String]) throws -> WFLintBinary.Run {
        let directory = try TemporaryDirectory()
        for (name, text) in files { try directory.write(name, text) }
        return try WFLintBinary.run(["--no-config"] + arguments, in: directory.url)
    }

    @Test func anEmptyFileIsANullRequest() throws {
        let run = try Self.lint(["empty.yaml": ""], ["--operation", "CreateWorkforce", "empty.yaml"])
        #expect(run.stdout == """
            empty.yaml:1:1: error: CreateWorkforceRequest must be a map, got null [WF004 wrong-type]
                1 | 
                  | ^
            1 error in 1 file; 1 file checked

            """)
        #expect(run.status == 1)
    }

    @Test func anEmptyMapMissesTheRequiredMembers() throws {
        let run = try Self.lint(["empty.json": "{}\n"], ["--operation", "CreateWorkforce", "--format", "github", "empty.json"])
        #expect(run.stdout.split(separator: "\n").map(String.init) == [
            "::error file=empty.json,line=1,col=1,endLine=1,endColumn=3,title=WF005 missing-field::"
                + "CreateWorkforceRequest is missing required member \"WorkforceName\"",
            "::error file=empty.json,line=1,col=1,endLine=1,endColumn=3,title=WF102 idp-missing::"
                + "a CreateWorkforce request needs \"CognitoConfig\" or \"OidcConfig\"; neither is set (an UpdateWorkforce request needs neither: name its operation with --operation UpdateWorkforce or operations: in .wflint.yaml)",
        ])
        #expect(run.status == 1)
    }

    @Test func onlyMistypedMembersAreUnknownFields() throws {
        let run = try Self.lint(
            ["typo.json": #"{"WorkfroceName": "x"}"# + "\n"], ["--operation", "DescribeWorkforce", "typo.json"])
        #expect(run.stdout.hasPrefix("""
            typo.json:1:1: error: DescribeWorkforceRequest is missing required member "WorkforceName" [WF005 missing-field]
                1 | {"WorkfroceName": "x"}
                  | ^~~~~~~~~~~~~~~~~~~~~~
            typo.json:1:2: error: "WorkfroceName" is not a member of DescribeWorkforceRequest; did you mean 'WorkforceName'? [WF003 unknown-field]
            """))
        #expect(run.status == 1)
    }

    @Test func withoutAnOperationANamedFileOnlyGetsTheNote() throws {
        let run = try Self.lint(["empty.json": "{}\n"], ["empty.json"])
        #expect(run.stdout.hasPrefix("empty.json:1:1: note: not a workforce document: "))
        #expect(run.status == 0)
    }

    @Test func aWalkUnderAnOperationStillSkipsFilesThatNameNoMember() throws {
        let run = try Self.lint(
            ["package.json": #"{"name": "site", "version": "1.0.0"}"# + "\n", "empty.yaml": ""],
            ["--operation", "CreateWorkforce", "."])
        #expect(run.stdout == "no problems found; 2 files checked\n")
        #expect(run.status == 0)
    }
}
