import DocumentModel
import Testing
@testable import WFLintKit

/// `text` fixed with the built-in rules, as `wflint --fix` on a file named `name` would.
func fixedWithBuiltinRules(_ text: String, name: String = "team.yaml", includingUnsafe: Bool = false) -> FixedSource {
    builtinLinter().fix(
        Array(text.utf8), as: LintInput(source: .file(name), displayName: name, isExplicit: true),
        includingUnsafe: includingUnsafe)
}

/// `line:col pointer message -> fix message (applicability)` of each finding
/// of `ruleID` in `text`, with its fix or `no fix`.
func fixesOffered(_ ruleID: String, in text: String, name: String = "team.yaml") throws -> [String] {
    describedWithFixes(try lintWithBuiltinRules(text, name: name).findings, of: ruleID)
}

/// `line:col pointer message -> fix message (applicability)` of each finding of `ruleID`.
func describedWithFixes(_ findings: [Finding], of ruleID: String) -> [String] {
    findings.filter { $0.ruleID == ruleID }.map { finding in
        let fix = finding.fix.map { "\($0.message) (\($0.applicability.rawValue))" } ?? "no fix"
        return "\(finding.range.start) \(finding.pointer) \(finding.message) -> \(fix)"
    }
}

/// Fixes `input` and checks the whole result against `expected`, that the
/// fixed rule is gone, that the result lints with no finding the input did
/// not have, and that fixing again changes nothing.
func expectFixed(
    _ input: String, name: String = "team.yaml", to expected: String, removing ruleID: String,
    appliedCount: Int, includingUnsafe: Bool = false, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let fixed = fixedWithBuiltinRules(input, name: name, includingUnsafe: includingUnsafe)
    #expect(fixed.failure == nil, sourceLocation: sourceLocation)
    #expect(String(decoding: fixed.bytes, as: UTF8.self) == expected, sourceLocation: sourceLocation)
    #expect(fixed.appliedCount == appliedCount, sourceLocation: sourceLocation)
    #expect(!fixed.linted.findings.contains { $0.ruleID == ruleID }, sourceLocation: sourceLocation)
    let before = Set(try lintWithBuiltinRules(input, name: name).findings.map(\.ruleID))
    #expect(Set(fixed.linted.findings.map(\.ruleID)).isSubset(of: before), sourceLocation: sourceLocation)
    let again = fixedWithBuiltinRules(expected, name: name, includingUnsafe: includingUnsafe)
    #expect(!again.changed && again.appliedCount == 0, sourceLocation: sourceLocation)
}

/// `input`'s one fix is unsafe: `--fix` alone leaves it as it is, and with
/// `--unsafe-fixes` it becomes `expected` (see `expectFixed`).
func expectUnsafeFix(
    _ input: String, name: String = "team.yaml", to expected: String, removing ruleID: String,
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    #expect(!fixedWithBuiltinRules(input, name: name).changed, sourceLocation: sourceLocation)
    try expectFixed(
        input, name: name, to: expected, removing: ruleID, appliedCount: 1, includingUnsafe: true,
        sourceLocation: sourceLocation)
}

/// `input` has one safe and one unsafe fix of `ruleID`: `--fix` makes
/// `safelyFixed` of it, and `--fix --unsafe-fixes` makes `expected` (see `expectFixed`).
func expectSafeThenUnsafe(
    _ input: String, safely safelyFixed: String, to expected: String, removing ruleID: String,
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let fixed = fixedWithBuiltinRules(input)
    #expect(String(decoding: fixed.bytes, as: UTF8.self) == safelyFixed, sourceLocation: sourceLocation)
    #expect(fixed.appliedCount == 1, sourceLocation: sourceLocation)
    try expectFixed(
        input, to: expected, removing: ruleID, appliedCount: 2, includingUnsafe: true, sourceLocation: sourceLocation)
}

/// `input`'s findings of `ruleID` are exactly `findings` (as `fixesOffered`
/// shows them), and fixing it, unsafe fixes included, changes nothing.
func expectRefused(
    _ ruleID: String, in input: String, name: String = "team.yaml", findings: [String],
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    #expect(try fixesOffered(ruleID, in: input, name: name) == findings, sourceLocation: sourceLocation)
    expectUnchanged(input, name: name, sourceLocation: sourceLocation)
}

/// Fixing `input` changes nothing: no fix is offered, or none may be applied
/// (with unsafe fixes, unless `includingUnsafe` is false).
func expectUnchanged(
    _ input: String, name: String = "team.yaml", includingUnsafe: Bool = true,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let fixed = fixedWithBuiltinRules(input, name: name, includingUnsafe: includingUnsafe)
    #expect(fixed.failure == nil, sourceLocation: sourceLocation)
    #expect(!fixed.changed && fixed.appliedCount == 0, sourceLocation: sourceLocation)
}

/// The text with each line break a CR LF, and a byte-order mark before it.
func crlfWithBOM(_ text: String) -> String {
    "\u{FEFF}" + text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
}
