import WFLintKit

/// The built-in rules, loaded once for the whole run.
let ruleSet = try! RuleSet.builtin()
let table = RuleTable(ruleSet.descriptors)
let linter = Linter(checks: ruleSet.checks(enabledIn: table), rules: table, operation: nil)

/// Any bytes as a file named on the command line, as YAML and as JSON,
/// through every rule and every output format (as MutationFuzzTests does).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLint(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for name in ["input.yaml", "input.json"] {
        let linted = linter.lint(bytes, as: LintInput(source: .standardInput, displayName: name, isExplicit: true))
        guard let lines = linted.lines else { continue }
        let file = LintReport.FileReport(
            path: name, findings: linted.findings, suppressed: linted.suppressed, source: lines,
            sensitiveRanges: linted.sensitiveRanges)
        // Only the rules that fired: SARIF describes every rule it is given, which would dominate the run.
        let fired = Set(linted.findings.map(\.ruleID))
        let report = LintReport(files: [file], filesChecked: 1, rules: table.descriptors.filter { fired.contains($0.id) }, exitCode: 1)
        for format in OutputFormat.allCases { _ = format.render(report) }
    }
    return 0
}
