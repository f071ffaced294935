import Foundation
import Testing

/// `wflint rules`, `explain` and `test-rules` load the rules a lint run in
/// the same folder loads: the built-in packs, the configuration's `packs:`
/// (found upwards, or `--config`; none with `--no-config`), then `--rules`.
/// A configuration that does not load is lint's exit-2 error.
@Suite struct CatalogConfigurationTests {
    /// A repository whose `.wflint.yaml` (unless `configuration` is nil)
    /// names `policy/`, which holds the example COST001 pack, with `pack`'s
    /// edits applied; `teams/` is a sub-folder to run in.
    static func repository(
        configuration: String? = "packs: [policy/]\n", pack edit: (String) -> String = { $0 }
    ) throws -> TemporaryRepository {
        let pack = try String(
            contentsOf: Golden.repositoryRoot.appendingPathComponent("rules/examples/cost-center.yaml"), encoding: .utf8)
        var files = ["policy/cost-center.yaml": edit(pack), "teams/README.md": "teams\n"]
        if let configuration { files[".wflint.yaml"] = configuration }
        return try TemporaryRepository(files: files)
    }

    /// The built-in rules alone, listed in a folder without a configuration.
    static func builtinListing() throws -> String {
        let empty = try TemporaryRepository(files: [:])
        defer { empty.remove() }
        let run = try WFLintBinary.run(["rules"], in: empty.root)
        #expect(run.status == 0)
        return run.stdout
    }

    static let costLine = "COST001  cost-center-four-digits  error     The CostCenter tag's value is not a 4-digit number."

    static func costLines(_ listing: String) -> [Substring] {
        listing.split(separator: "\n").filter { $0.hasPrefix("COST001") }
    }

    @Test func rulesListsTheConfigurationsPacksAndNotWithNoConfig() throws {
        let repository = try Self.repository()
        defer { repository.remove() }
        let withRules = try WFLintBinary.run(["rules", "--no-config", "--rules", "policy/"], in: repository.root)
        #expect(Self.costLines(withRules.stdout) == [Self.costLine[...]])

        let listed = try WFLintBinary.run(["rules"], in: repository.url("teams"))
        #expect(listed.stdout == withRules.stdout)
        #expect(listed.stderr == "")
        #expect(listed.status == 0)

        let unconfigured = try WFLintBinary.run(["rules", "--no-config"], in: repository.url("teams"))
        #expect(unconfigured.stdout == (try Self.builtinListing()))
        #expect(Self.costLines(unconfigured.stdout) == [])
        #expect(unconfigured.stderr == "")
        #expect(unconfigured.status == 0)
    }

    @Test func rulesReadsTheConfigurationThatConfigNames() throws {
        let repository = try Self.repository(configuration: nil)
        defer { repository.remove() }
        try repository.write("ci/wflint.yaml", "packs: [../policy/cost-center.yaml]\n")
        let withRules = try WFLintBinary.run(["rules", "--rules", "policy/cost-center.yaml"], in: repository.root)
        let listed = try WFLintBinary.run(["rules", "--config", "ci/wflint.yaml"], in: repository.root)
        #expect(Self.costLines(listed.stdout) == [Self.costLine[...]])
        #expect(listed.stdout == withRules.stdout)
        #expect(listed.stderr == "")
        #expect(listed.status == 0)

        let both = try WFLintBinary.run(["rules", "--config", "ci/wflint.yaml", "--no-config"], in: repository.root)
        #expect(both.stderr == """
            Error: --config and --no-config exclude each other
            Usage: wflint rules [--rules <path> ...] [--config <file>] [--no-config]
              See 'wflint rules --help' for more information.

            """)
        #expect(both.stdout == "")
        #expect(both.status == 2)
    }

    /// The severity listed is the one a lint run gives: the configuration's
    /// `rules:` raises WF205 to an error, and a rule it turns off is `off`.
    @Test func rulesListsTheSeverityTheConfigurationSets() throws {
        let repository = try Self.repository(configuration: "packs: [policy/]\nrules: {WF205: error, WF009: off}\n")
        defer { repository.remove() }
        let listed = try WFLintBinary.run(["rules"], in: repository.url("teams"))
        let lines = listed.stdout.split(separator: "\n").filter { $0.hasPrefix("WF205") || $0.hasPrefix("WF009") }
        #expect(lines == [
            "WF009    yaml-ambiguous-scalar    off       A YAML scalar that PyYAML reads otherwise than the AWS CLI does.",
            "WF205    cidr-allow-all           error     A CIDR with prefix /0 lets every address in.",
        ])
        #expect(listed.status == 0)
    }

    @Test func explainDescribesARuleOfTheConfigurationsPacksAndNotWithNoConfig() throws {
        let repository = try Self.repository()
        defer { repository.remove() }
        let explained = try WFLintBinary.run(["explain", "COST001"], in: repository.url("teams"))
        #expect(explained.stdout == Self.costExplained)
        #expect(explained.stderr == "")
        #expect(explained.status == 0)

        let unconfigured = try WFLintBinary.run(["explain", "COST001", "--no-config"], in: repository.url("teams"))
        #expect(unconfigured.stdout == "")
        #expect(unconfigured.stderr == "wflint: error: unknown rule \"COST001\" in wflint explain; 'wflint rules' lists them\n")
        #expect(unconfigured.status == 2)
    }

    static let costExplained = """
        COST001 cost-center-four-digits (error)

        The CostCenter tag's value is not a 4-digit number.

        Applies to: CreateWorkforceRequest
        Fix: none

        Finance books a workforce's spending to the cost center in its
        `CostCenter` tag, and cost centers are four digits (`4711`). Any other
        value is booked to no one. Write the four digits, without a prefix or
        spaces.

        Reference: Acme tagging policy FIN-2 (example).

        Valid example 1 (yaml):
            WorkforceName: labelers
            Tags:
              - {Key: Owner, Value: ml-platform}
              - {Key: CostCenter, Value: "4711"}

        Valid example 2 (yaml):
            WorkforceName: labelers
            Tags:
              - {Key: costcenter, Value: none}

        Invalid example 1 (yaml, finding at 5:30):
            WorkforceName: labelers
            Tags:
              - {Key: Owner, Value: ml-platform}
              - {Key: Team, Value: vision}
              - {Key: CostCenter, Value: CC-4711}

        Invalid example 2 (json, finding at 2:42):
            {"WorkforceName": "labelers",
             "Tags": [{"Key": "CostCenter", "Value": "471"}]}

        """

    /// The configuration's pack with a finding moved one column: `test-rules`
    /// without `--rules` reports it, and with `--no-config` only the built-in
    /// examples run, and pass.
    @Test func testRulesRunsTheConfigurationsPacksExamplesAndNotWithNoConfig() throws {
        let repository = try Self.repository(pack: { $0.replacingOccurrences(of: #"at: "2:42""#, with: #"at: "2:41""#) })
        defer { repository.remove() }
        let unconfigured = try WFLintBinary.run(["test-rules", "--no-config"], in: repository.url("teams"))
        let empty = try TemporaryRepository(files: [:])
        defer { empty.remove() }
        let builtin = try WFLintBinary.run(["test-rules"], in: empty.root)
        let passed = try #require(
            builtin.stdout.wholeMatch(of: #/all (\d+) examples of (\d+) rules behave as their packs say\n/#))
        #expect(unconfigured.stdout == builtin.stdout)
        #expect(unconfigured.stderr == "")
        #expect(unconfigured.status == 0)

        let tested = try WFLintBinary.run(["test-rules"], in: repository.url("teams"))
        #expect(tested.stdout == "../policy/cost-center.yaml:49:11: error: COST001: expected a finding at 2:41 /Tags/0/Value "
                + #""CostCenter \"471\" is not a 4-digit cost center", got 2:42 /Tags/0/Value "#
                + #""CostCenter \"471\" is not a 4-digit cost center"\#n"#
                + "1 problem in the examples of \(Int(passed.2)! + 1) rules\n")
        #expect(tested.stderr == "")
        #expect(tested.status == 1)
    }

    /// A configuration naming a pack that does not exist stops each command
    /// with lint's error and exit code 2.
    @Test(arguments: [["rules"], ["explain", "WF201"], ["test-rules"], []])
    func aBrokenConfigurationIsLintsError(command: [String]) throws {
        let repository = try Self.repository(configuration: "packs: [nowhere/]\n")
        defer { repository.remove() }
        let run = try WFLintBinary.run(command, in: repository.url("teams"))
        #expect(run.stderr == "../.wflint.yaml:1:9: error: cannot read the rule pack \"nowhere/\": No such file or directory\n")
        #expect(run.stdout == "")
        #expect(run.status == 2)
    }
}
