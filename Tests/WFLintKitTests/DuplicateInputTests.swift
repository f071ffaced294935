import Foundation
import Testing

/// A file named twice, or named and met in a walk, is one input: linted,
/// fixed and shown in a diff once, under the first path it was given as.
@Suite struct DuplicateInputTests {
    static let findings = """
        team.yaml:5:7: warning: [*] CIDR "10.0.0.1/16" has host bits set; the block it allows is "10.0.0.0/16" [WF203 cidr-host-bits]
            5 |     - 10.0.0.1/16  # office
              |       ^~~~~~~~~~~
        team.yaml:6:7: warning: [*] CIDR "10.0.0.0/16" is already covered by "10.0.0.1/16" at 5:7 [WF204 cidr-redundant]
            6 |     - 10.0.0.0/16
              |       ^~~~~~~~~~~
        2 warnings in 1 file; 1 file checked
        [*] 2 fixable with --fix

        """

    static let arguments = ["team.yaml", "team.yaml", "./team.yaml", ".", "link.yaml"]

    static func directory() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try directory.write("team.yaml", FixCommandTests.fixable)
        try FileManager.default.createSymbolicLink(
            atPath: directory.path("link.yaml"), withDestinationPath: "team.yaml")
        return directory
    }

    @Test func aFileNamedTwiceIsLintedOnce() throws {
        let directory = try Self.directory()
        let run = try WFLintBinary.run(["--no-config"] + Self.arguments, in: directory.url)
        #expect(run.stdout == Self.findings)
        #expect(run.status == 0)  // warnings, below --fail-on's error
    }

    /// A path that cannot be read, named in three spellings, is one path:
    /// one line, one notification, one count.
    @Test func aMissingPathNamedTwiceIsReportedOnce() throws {
        let directory = try Self.directory()
        let run = try WFLintBinary.run(
            ["--no-config", "missing.yaml", "./missing.yaml", "team.yaml", "missing.yaml"], in: directory.url)
        #expect(run.stdout.hasPrefix("missing.yaml: error: cannot read: No such file or directory\nteam.yaml:"))
        #expect(run.stdout.contains("\n2 warnings in 1 file; 1 file checked; 1 file could not be read\n"))
        #expect(run.status == 2)
        // Through a symbolic link `..` leads elsewhere than its text: `link/../x.yaml`
        // is `d/x.yaml`, a link to itself here, and no spelling of `x.yaml`.
        try FileManager.default.createDirectory(atPath: directory.path("d"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: directory.path("link"), withDestinationPath: "d/e")
        try FileManager.default.createDirectory(atPath: directory.path("d/e"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: directory.path("d/x.yaml"), withDestinationPath: "x.yaml")
        let linked = try WFLintBinary.run(["--no-config", "x.yaml", "link/../x.yaml"], in: directory.url)
        #expect(linked.stdout == """
            x.yaml: error: cannot read: No such file or directory
            link/../x.yaml: error: cannot read: Too many levels of symbolic links
            no file checked; 2 files could not be read

            """)
    }

    @Test func aFileNamedTwiceIsFixedAndDiffedOnce() throws {
        let directory = try Self.directory()
        let diff = try WFLintBinary.run(["--no-config", "--diff"] + Self.arguments, in: directory.url)
        #expect(diff.stdout == DiffHeaderPathTests.diff("team.yaml"))
        #expect(diff.stderr == "wflint: would apply 2 fixes, 1 file would change\n")
        let fix = try WFLintBinary.run(["--no-config", "--fix"] + Self.arguments, in: directory.url)
        #expect(fix.stderr == "wflint: applied 2 fixes, 1 file changed\n")
        #expect(fix.stdout == "no problems found; 1 file checked\n")
        #expect(try String(contentsOfFile: directory.path("team.yaml"), encoding: .utf8) == FixCommandTests.fixed)
    }

    @Test func aFileMetInAWalkAndThenNamedIsNamed() throws {
        // Named, a file that is no workforce document gets its WF000 note;
        // met in a walk it is skipped. Named after the walk met it, it is named.
        let directory = try TemporaryDirectory()
        try directory.write("notes.json", "{\"foo\": 1}\n")
        let walked = try WFLintBinary.run(["--no-config", "."], in: directory.url)
        #expect(walked.stdout == "no problems found; 1 file checked\n")
        let run = try WFLintBinary.run(["--no-config", ".", "notes.json"], in: directory.url)
        #expect(run.stdout.hasPrefix("notes.json:1:1: note: not a workforce document"))
        #expect(run.stdout.hasSuffix("1 note in 1 file; 1 file checked\n"))
    }
}

/// Two names that differ only in Unicode spelling (`café` with a composed `é`
/// and with `e` and a combining accent) are two files to Linux's file system,
/// to Terraform, and so to every report: each has its own findings and its
/// own lines. Swift's `==` takes them for one, and the report once merged
/// them, showing one file's findings over the other's lines; a Terraform
/// module left such a sibling out.
@Suite struct UnicodeSpelledFileNameTests {
    static let composed = "caf\u{E9}.yaml"
    static let decomposed = "cafe\u{301}.yaml"

    /// The run printed exactly `expected`, compared as bytes (`==` on strings
    /// would not tell the two names apart), and exited for its errors.
    static func expectErrors(_ run: WFLintBinary.Run, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.stdout.utf8.elementsEqual(expected.utf8), "\(run.stdout)", sourceLocation: sourceLocation)
        #expect(run.status == 1, sourceLocation: sourceLocation)
    }

    /// A `.tf` workforce whose CIDRs are `cidrs`, an expression.
    static func workforce(cidrs: String) -> String {
        """
        resource "aws_sagemaker_workforce" "w" {
          workforce_name = "team"
          cognito_config {
            client_id = "abc"
            user_pool = "us-east-1_abc"
          }
          source_ip_config {
            cidrs = [\(cidrs)]
          }
        }

        """
    }

    static func directory() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try directory.write(composed, "WorkforceName: a\nSourceIpConfig:\n  Cidrs: [10.0.0.0/33]\n")
        try directory.write(decomposed, "WorkforceName: b\nCognitoConfig: {UserPool: x}\n")
        return directory
    }

    @Test func eachSpellingIsAFileOfItsOwn() throws {
        let directory = try Self.directory()
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: directory.url.path).map { Array($0.utf8) })
            == [Array(Self.composed.utf8), Array(Self.decomposed.utf8)])
        let run = try WFLintBinary.run(["--no-config", "."], in: directory.url)
        let expected = """
            \(Self.decomposed):2:1: error: CognitoConfig is missing required member "ClientId" [WF005 missing-field]
                2 | CognitoConfig: {UserPool: x}
                  | ^~~~~~~~~~~~~
            \(Self.decomposed):2:27: error: "UserPool" must match the API pattern '[\\w-]+_[0-9a-zA-Z]+', got "x" [WF007 pattern]
                2 | CognitoConfig: {UserPool: x}
                  |                           ^
            \(Self.composed):1:1: error: a CreateWorkforce request needs "CognitoConfig" or "OidcConfig"; neither is set (an UpdateWorkforce request needs neither: name its operation with --operation UpdateWorkforce or operations: in .wflint.yaml) [WF102 idp-missing]
                1 | WorkforceName: a
                  | ^~~~~~~~~~~~~~~~
            \(Self.composed):3:11: error: CIDR "10.0.0.0/33" is invalid: prefix "33" is greater than 32; expected an address and a prefix length, like "10.0.0.0/16" or "2001:db8::/32" [WF201 cidr-invalid]
                3 |   Cidrs: [10.0.0.0/33]
                  |           ^~~~~~~~~~~
            4 errors in 2 files; 2 files checked

            """
        Self.expectErrors(run, expected)
    }

    /// A Terraform module's sibling named in the other spelling of the linted
    /// file's name is a file of the module, as it is to Terraform: its locals
    /// are known, and a finding about a value written there is shown there.
    /// Both were taken for the linted file, and the finding was lost.
    @Test func aTerraformSiblingInTheOtherSpellingIsAModuleFile() throws {
        let directory = try TemporaryDirectory()
        try directory.write("caf\u{E9}.tf", Self.workforce(cidrs: "local.cidr"))
        try directory.write("cafe\u{301}.tf", "locals {\n  cidr = \"10.0.0.0/33\"\n}\n")
        let run = try WFLintBinary.run(["--no-config", "."], in: directory.url)
        let expected = """
            cafe\u{301}.tf:2:10: error: CIDR "10.0.0.0/33" is invalid: prefix "33" is greater than 32; expected an address and a prefix length, like "10.0.0.0/16" or "2001:db8::/32" [WF201 cidr-invalid]
                2 |   cidr = "10.0.0.0/33"
                  |          ^~~~~~~~~~~~~
              note: used by aws_sagemaker_workforce.w at caf\u{E9}.tf:8:14
            1 error in 1 file; 1 file checked

            """
        Self.expectErrors(run, expected)
    }

    /// Two module folders whose names differ only in Unicode spelling are two
    /// modules: each one's locals are its own. The run's cache of module
    /// folders took them for one (a `String` key), so a walk lost the
    /// composed folder's finding, or not, with the order the work finished in.
    @Test func moduleFoldersInTwoSpellingsAreTwoModules() throws {
        let directory = try TemporaryDirectory()
        for (folder, cidr) in [("caf\u{E9}", "10.0.0.0/33"), ("cafe\u{301}", "10.1.0.0/16")] {
            try directory.write("\(folder)/main.tf", Self.workforce(cidrs: "local.cidr"))
            try directory.write("\(folder)/locals.tf", "locals {\n  cidr = \"\(cidr)\"\n}\n")
        }
        let expected = """
            caf\u{E9}/locals.tf:2:10: error: CIDR "10.0.0.0/33" is invalid: prefix "33" is greater than 32; expected an address and a prefix length, like "10.0.0.0/16" or "2001:db8::/32" [WF201 cidr-invalid]
                2 |   cidr = "10.0.0.0/33"
                  |          ^~~~~~~~~~~~~
              note: used by aws_sagemaker_workforce.w at caf\u{E9}/main.tf:8:14
            1 error in 1 file; 2 files checked

            """
        for order in [["cafe\u{301}", "caf\u{E9}"], ["caf\u{E9}", "cafe\u{301}"], ["."]] {
            Self.expectErrors(try WFLintBinary.run(["--no-config", "--jobs", "1"] + order, in: directory.url), expected)
        }
    }

    /// SARIF counts a related location's columns in UTF-16 from the related
    /// file's own lines: with the sibling in the other spelling, from the
    /// linted file's, not from the sibling's (whose line 8 holds emoji).
    @Test func aSARIFRelatedLocationInTheOtherSpellingCountsItsOwnLines() throws {
        let directory = try TemporaryDirectory()
        try directory.write("caf\u{E9}.tf", Self.workforce(cidrs: "local.m.b"))
        let emoji = String(repeating: "\u{1F600}", count: 10)
        try directory.write("cafe\u{301}.tf", """
            locals {
              a = 1
              b = 2
              c = 3
              d = 4
              e = 5
              f = 6
              m = {"\(emoji)" = "x", b = "10.0.0.0/33"}
            }

            """)
        let run = try WFLintBinary.run(["--no-config", "--format", "sarif", "."], in: directory.url)
        let log = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let result = ((log?["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.first
        func place(_ location: Any?) -> [String] {
            let physical = (location as? [String: Any])?["physicalLocation"] as? [String: Any]
            let uri = (physical?["artifactLocation"] as? [String: Any])?["uri"] as? String ?? ""
            let region = physical?["region"] as? [String: Any] ?? [:]
            return [uri] + ["startLine", "startColumn", "endLine", "endColumn"].map { "\(region[$0] ?? "")" }
        }
        #expect(place((result?["locations"] as? [Any])?.first) == ["cafe%CC%81.tf", "8", "42", "8", "55"])
        #expect(place((result?["relatedLocations"] as? [Any])?.first) == ["caf%C3%A9.tf", "8", "14", "8", "23"])
    }

    @Test func theJSONReportNamesEachSpelling() throws {
        let directory = try Self.directory()
        let run = try WFLintBinary.run(["--no-config", "--format", "json", "."], in: directory.url)
        let report = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let findings = report?["findings"] as? [[String: Any]] ?? []
        let files = findings.map { finding in Array(((finding["file"] as? String) ?? "").utf8) }
        let rules = findings.map { $0["ruleId"] as? String ?? "" }
        let decomposed = Array(Self.decomposed.utf8)
        let composed = Array(Self.composed.utf8)
        #expect(files == [decomposed, decomposed, composed, composed])
        #expect(rules == ["WF005", "WF007", "WF102", "WF201"])
    }
}
