import DocumentModel
import Testing
@testable import WFLintKit

/// The text output marks a finding `--fix` would fix with `[*]`, and its
/// summary says how many there are and with which flags.
@Suite struct FixableMarkTests {
    static func finding(_ line: Int, _ fix: FixApplicability?) -> Finding {
        var finding = ReportingFixtures.finding(
            "WF203", "cidr-host-bits", "CIDR \"10.0.0.\(line)/24\" has host bits set", severity: .warning,
            file: "team.yaml", (line, 5), (line, 17), pointer: ["SourceIpConfig", "Cidrs", "\(line - 1)"])
        finding.fix = fix.map {
            Fix($0, "Rewrite", edits: [TextEdit(range: ByteRange(start: 0, end: 1), replacement: "x")])
        }
        return finding
    }

    static func report(_ fixes: [FixApplicability?], appliesUnsafeFixes: Bool = false) -> LintReport {
        let text = fixes.indices.map { "  - 10.0.0.\($0 + 1)/24\n" }.joined()
        var report = LintReport(
            tool: ReportingFixtures.tool,
            files: [LintReport.FileReport(
                path: "team.yaml", findings: fixes.enumerated().map { finding($0.offset + 1, $0.element) },
                source: SourceLines(text))],
            filesChecked: 1, rules: [], exitCode: 0)
        report.appliesUnsafeFixes = appliesUnsafeFixes
        return report
    }

    static func lines(_ report: LintReport) -> [String] {
        TextReporter(color: false).render(report).split(separator: "\n").map(String.init)
            .filter { !$0.hasPrefix(" ") }
    }

    @Test func safeFixesAreMarkedAndTheUnsafeOnesCounted() {
        #expect(Self.lines(Self.report([.safe, .unsafe, nil, .safe])) == [
            #"team.yaml:1:5: warning: [*] CIDR "10.0.0.1/24" has host bits set [WF203 cidr-host-bits]"#,
            #"team.yaml:2:5: warning: CIDR "10.0.0.2/24" has host bits set [WF203 cidr-host-bits]"#,
            #"team.yaml:3:5: warning: CIDR "10.0.0.3/24" has host bits set [WF203 cidr-host-bits]"#,
            #"team.yaml:4:5: warning: [*] CIDR "10.0.0.4/24" has host bits set [WF203 cidr-host-bits]"#,
            "4 warnings in 1 file; 1 file checked",
            "[*] 2 fixable with --fix (1 more with --unsafe-fixes)",
        ])
        #expect(Self.lines(Self.report([.safe, nil])).suffix(1) == ["[*] 1 fixable with --fix"])
    }

    @Test func withUnsafeFixesAppliedEveryFixIsMarked() {
        #expect(Self.lines(Self.report([.unsafe, .safe], appliesUnsafeFixes: true)) == [
            #"team.yaml:1:5: warning: [*] CIDR "10.0.0.1/24" has host bits set [WF203 cidr-host-bits]"#,
            #"team.yaml:2:5: warning: [*] CIDR "10.0.0.2/24" has host bits set [WF203 cidr-host-bits]"#,
            "2 warnings in 1 file; 1 file checked",
            "[*] 2 fixable with --fix --unsafe-fixes",
        ])
    }

    @Test func onlyUnsafeFixesLeftNameBothFlags() {
        #expect(Self.lines(Self.report([.unsafe, nil])).suffix(2) == [
            "2 warnings in 1 file; 1 file checked",
            "1 fixable with --fix --unsafe-fixes",
        ])
        // No fix at all: no line about fixes.
        #expect(Self.lines(Self.report([nil])).suffix(1) == ["1 warning in 1 file; 1 file checked"])
    }

    @Test func aCommandLineRunMarksWhatItsFlagsWouldFix() throws {
        let directory = try TemporaryDirectory()
        try directory.write("pack.yaml", DiffCommandTests.unsafePack)
        try directory.write("vpc.yaml", DiffCommandTests.vpc)
        let lint = try WFLintBinary.run(["--no-config", "--rules", "pack.yaml", "vpc.yaml"], in: directory.url)
        #expect(HostileInputTests.headlines(lint.stdout) == [
            #"vpc.yaml:8:7: warning: subnet "subnet-0ABC1234" repeats the one at 7:7 [ACME901 subnet-repeated-any-case]"#,
            #"vpc.yaml:8:7: error: subnet id "subnet-0ABC1234" is not "subnet-" followed by 8 or 17 lower-case hexadecimal digits [WF211 subnet-id]"#,
            #"vpc.yaml:10:11: warning: [*] CIDR "10.0.0.1/16" has host bits set; the block it allows is "10.0.0.0/16" [WF203 cidr-host-bits]"#,
            "1 error, 2 warnings in 1 file; 1 file checked",
            "[*] 1 fixable with --fix (1 more with --unsafe-fixes)",
        ])
        // What --fix leaves: the unsafe fix, named with its flag.
        let fix = try WFLintBinary.run(["--no-config", "--rules", "pack.yaml", "--fix", "vpc.yaml"], in: directory.url)
        #expect(HostileInputTests.headlines(fix.stdout).suffix(2) == [
            "1 error, 1 warning in 1 file; 1 file checked",
            "1 fixable with --fix --unsafe-fixes",
        ])
    }

    @Test func aFileThatDoesNotParseOffersNoFix() throws {
        let broken = FixCommandTests.fixable + "---\n[unclosed\n"
        let linted = try lintWithBuiltinRules(broken)
        #expect(linted.findings.map(\.ruleID) == ["WF203", "WF204", "WF001"])
        #expect(linted.findings.allSatisfy { $0.fix == nil })
        #expect(try lintWithBuiltinRules(FixCommandTests.fixable).findings.map { $0.fix != nil } == [true, true])
    }
}
