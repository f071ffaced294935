import Foundation
import Testing

/// A pack file reached twice — by the configuration's `packs:` and
/// `--rules`, by two spellings of its path, through a symbolic link — is
/// loaded once, as a file to lint named twice is linted once (by device and
/// inode). Two files that define the same id still clash.
@Suite struct DuplicatePackTests {
    /// `cost-center.yaml`'s COST001 finds the CostCenter tag of `team.json`.
    static let finding = """
        team.json:1:137: error: CostCenter "x1" is not a 4-digit cost center [COST001 cost-center-four-digits]
            1 | {"WorkforceName": "w", "CognitoConfig": {"UserPool": "us-east-1_abcDEF123", "ClientId": "abc"}, "Tags": [{"Key": "CostCenter", "Value": "x1"}]}
              |                                                                                                                                         ^~~~

        """

    /// A repository with `policy/base.yaml` (the example pack), a link to it,
    /// and `team.json`; `configuration` is its `.wflint.yaml`, if any.
    static func repository(configuration: String? = nil) throws -> TemporaryRepository {
        let pack = Golden.repositoryRoot.appendingPathComponent("rules/examples/cost-center.yaml")
        var files = [
            "policy/base.yaml": try String(contentsOf: pack, encoding: .utf8),
            "team.json": #"{"WorkforceName": "w", "CognitoConfig": {"UserPool": "us-east-1_abcDEF123", "ClientId": "abc"}, "#
                + #""Tags": [{"Key": "CostCenter", "Value": "x1"}]}"# + "\n",
        ]
        if let configuration { files[".wflint.yaml"] = configuration }
        let repository = try TemporaryRepository(files: files)
        try FileManager.default.createSymbolicLink(
            atPath: repository.url("link.yaml").path, withDestinationPath: "policy/base.yaml")
        return repository
    }

    @Test func aPackInTheConfigurationAndOnTheCommandLineIsLoadedOnce() throws {
        let repository = try Self.repository(configuration: "packs: [policy/]\n")
        defer { repository.remove() }
        let run = try WFLintBinary.run(["--rules", "policy", "team.json"], in: repository.root)
        #expect(run.stderr == "")
        #expect(run.stdout == Self.finding + "1 error in 1 file; 1 file checked\n")
        #expect(run.status == 1)
    }

    @Test(arguments: [
        ["--rules", "policy/base.yaml", "--rules", "./policy/base.yaml"],
        ["--rules", "policy/", "--rules", "policy/base.yaml"],
        ["--rules", "link.yaml", "--rules", "policy"],
    ])
    func aPackNamedTwiceIsLoadedOnce(rules: [String]) throws {
        let repository = try Self.repository()
        defer { repository.remove() }
        let run = try WFLintBinary.run(rules + ["team.json"], in: repository.root)
        #expect(run.stderr == "")
        #expect(run.stdout == Self.finding + "1 error in 1 file; 1 file checked\n")
        #expect(run.status == 1)
        let listed = try WFLintBinary.run(["rules"] + rules, in: repository.root)
        let costLines = listed.stdout.split(separator: "\n").filter { $0.contains("COST001") }
        #expect(costLines == ["COST001  cost-center-four-digits  error     The CostCenter tag's value is not a 4-digit number."])
        #expect(listed.status == 0)
    }

    @Test func twoFilesDefiningOneIDStillClash() throws {
        let repository = try Self.repository()
        defer { repository.remove() }
        try repository.write("policy/copy.yaml", try repository.read("policy/base.yaml"))
        let run = try WFLintBinary.run(["--rules", "policy", "team.json"], in: repository.root)
        #expect(run.stderr == "policy/copy.yaml:10:9: error: duplicate rule id \"COST001\", first defined at policy/base.yaml:10:9\n")
        #expect(run.stdout == "")
        #expect(run.status == 2)
    }
}
