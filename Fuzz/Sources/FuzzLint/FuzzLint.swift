import DocumentModel
import FuzzSupport
import WFLintKit

/// Any bytes as a file named on the command line, as YAML, JSON and Terraform,
/// through every rule and every output format (as MutationFuzzTests does).
/// Every finding must point into the file: the reporters slice its lines there.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLint(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let lines = SourceLines(utf8: bytes)
    for name in ["input.yaml", "input.json", "input.tf"] {
        let linted = linter.lint(bytes, as: LintInput(source: .standardInput, displayName: name, isExplicit: true))
        // The lines the findings show, captured when the file was linted; none without a finding.
        guard let source = linted.source else { continue }
        for finding in linted.findings {
            precondition(isWithin(finding.range.start, lines) && isWithin(finding.range.end, lines)
                && finding.range.start <= finding.range.end, "\(name): \(finding) lies outside the file")
        }
        let file = LintReport.FileReport(path: name, findings: linted.findings, suppressed: linted.suppressed, source: source)
        // Only the rules that fired: SARIF describes every rule it is given, which would dominate the run.
        let fired = Set(linted.findings.map(\.ruleID))
        let report = LintReport(files: [file], filesChecked: 1, rules: table.descriptors.filter { fired.contains($0.id) }, exitCode: 1)
        for format in OutputFormat.allCases { _ = format.render(report) }
    }
    return 0
}

/// On a line of the file (or just past its last), from column 1 to one past the line's end.
func isWithin(_ position: SourcePosition, _ lines: SourceLines) -> Bool {
    guard position.line >= 1, position.line <= lines.lines.count + 1, position.column >= 1 else { return false }
    return position.column <= (lines.line(position.line)?.unicodeScalars.count ?? 0) + 1
}
