import Foundation
import Testing

/// `--fix` and `--diff` leave alone what the run silences: a finding in the
/// baseline, or one the configuration's `ignore:` entries name.
@Suite struct FixSilencingTests {
    /// Host bits (WF203) in the CIDR, then (in `withDuplicate`) a security
    /// group listed twice (WF214): fixing the second renumbers nothing before it.
    static let hostBits = "WorkforceName: w\n" + FixCommandTests.cognito + """
        SourceIpConfig:
          Cidrs: [10.0.0.1/16]
        WorkforceVpcConfig:
          VpcId: vpc-12345678
          SecurityGroupIds:
            - sg-12345678
          Subnets: [subnet-0abc1234]

        """
    static let withDuplicate = hostBits.replacingOccurrences(
        of: "    - sg-12345678\n", with: "    - sg-12345678\n    - sg-12345678\n")
    static let duplicateFixed = hostBits

    @Test func aBaselinedFindingStaysUnfixedAndANewOneIsFixed() throws {
        let directory = try TemporaryDirectory()
        try directory.write("team.yaml", Self.hostBits)
        let record = try WFLintBinary.run(["--no-config", "--write-baseline", "baseline.json", "team.yaml"], in: directory.url)
        #expect(record.stderr == "wflint: recorded 1 finding in baseline.json\n")
        // A new finding, after the baseline was recorded.
        try directory.write("team.yaml", Self.withDuplicate)

        let diff = try WFLintBinary.run(
            ["--no-config", "--baseline", "baseline.json", "--diff", "team.yaml"], in: directory.url)
        #expect(diff.stdout == """
            --- a/team.yaml
            +++ b/team.yaml
            @@ -6,5 +6,4 @@
               VpcId: vpc-12345678
               SecurityGroupIds:
                 - sg-12345678
            -    - sg-12345678
               Subnets: [subnet-0abc1234]

            """)
        #expect(diff.stderr == "wflint: would apply 1 fix, 1 file would change\n")
        #expect(diff.status == 1)

        let fix = try WFLintBinary.run(
            ["--no-config", "--baseline", "baseline.json", "--fix", "team.yaml"], in: directory.url)
        #expect(try String(contentsOfFile: directory.path("team.yaml"), encoding: .utf8) == Self.duplicateFixed)
        #expect(fix.stdout == "no problems found; 1 file checked; 1 suppressed\n")
        #expect(fix.stderr == "wflint: applied 1 fix, 1 file changed\n")
        #expect(fix.status == 0)

        // Without the baseline, the recorded finding is fixed too.
        let all = try WFLintBinary.run(["--no-config", "--fix", "team.yaml"], in: directory.url)
        #expect(all.stderr == "wflint: applied 1 fix, 1 file changed\n")
        #expect(try String(contentsOfFile: directory.path("team.yaml"), encoding: .utf8)
            == Self.hostBits.replacingOccurrences(of: "10.0.0.1/16", with: "10.0.0.0/16"))
    }

    @Test func anIgnoredFindingIsNotFixed() throws {
        let directory = try TemporaryDirectory()
        try directory.write(".wflint.yaml", "ignore:\n  - {path: team.yaml, rules: [WF203], reason: \"kept as written\"}\n")
        try directory.write("team.yaml", Self.withDuplicate)
        let fix = try WFLintBinary.run(["--fix", "team.yaml"], in: directory.url)
        #expect(try String(contentsOfFile: directory.path("team.yaml"), encoding: .utf8) == Self.duplicateFixed)
        #expect(fix.stdout == "no problems found; 1 file checked; 1 suppressed\n")
        #expect(fix.stderr == "wflint: applied 1 fix, 1 file changed\n")
    }
}
