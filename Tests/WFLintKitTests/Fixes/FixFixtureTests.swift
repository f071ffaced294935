import Foundation
import Testing
@testable import WFLintKit

/// The exact files fixing gives, for every fix: `Tests/Fixtures/fixes/RULE/CASE/`
/// holds one input and what fixing it must produce, byte for byte. `RULE` is
/// a built-in rule (`WF…`), linted with the built-in rules, or a rule of the
/// example pack `rules/examples/fixes.yaml` (`CORP…`), linted with the
/// built-in rules and that pack, as `--rules rules/examples/fixes.yaml` does.
///
/// - `input.yaml` or `input.json`: the file as written (its name says its format).
/// - `offered.txt`: every finding of the input, `line:col RULE pointer message`,
///   then ` -> ` and its fix's message and kind, or `no fix`.
/// - `fixed.EXT`, `remaining.txt`: the file after the safe fixes, and its findings.
/// - `unsafe-fixed.EXT`, `unsafe-remaining.txt`: the same with the unsafe fixes
///   too, present only where that differs; absent, the unsafe run must give
///   the safe run's files.
///
/// `WFLINT_UPDATE_GOLDEN=1` writes the expected files from what fixing gives,
/// never silently: each must then be read and its change explained.
enum FixFixtures {
    static let root = Golden.repositoryRoot.appendingPathComponent("Tests/Fixtures/fixes")

    /// The pack whose rules' fixes the `CORP…` cases show.
    static let examplePack = Golden.repositoryRoot.appendingPathComponent("rules/examples/fixes.yaml")

    /// The built-in rules and the example pack's.
    static func ruleSetWithExamplePack() throws -> RuleSet {
        var ruleSet = RuleSet.builtin()
        try ruleSet.addPacks(at: examplePack.path)
        return ruleSet
    }

    /// The linter a case of `rule` is fixed with.
    static func linter(for rule: String) throws -> Linter {
        guard !rule.hasPrefix("WF") else { return builtinLinter() }
        let ruleSet = try ruleSetWithExamplePack()
        let table = RuleTable(ruleSet.descriptors)
        return Linter(
            checks: ruleSet.checks(enabledIn: table), rules: table, operation: nil,
            inlineSuppressions: InlineSuppressionPolicy(loadedRules: ruleSet.descriptors))
    }

    /// `RULE/CASE` of every case, sorted.
    static var cases: [String] {
        let manager = FileManager.default
        let rules = (try? manager.contentsOfDirectory(atPath: root.path)) ?? []
        return rules.filter { !$0.hasPrefix(".") }.flatMap { rule in
            ((try? manager.contentsOfDirectory(atPath: root.appendingPathComponent(rule).path)) ?? []).map { "\(rule)/\($0)" }
        }.sorted()
    }

    /// The input file's name in a case's folder.
    static func inputName(_ folder: URL) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("input.") }
        guard names.count == 1, let name = names.first else {
            throw FixtureError("\(folder.path) must hold exactly one input.yaml or input.json, not \(names)")
        }
        return name
    }

    /// `line:col RULE pointer message` of each finding.
    static func described(_ findings: [Finding]) -> String {
        findings.map { "\($0.range.start) \($0.ruleID) \($0.pointer) \($0.message)\n" }.joined()
    }

    /// Each finding with the fix it carries.
    static func offered(_ findings: [Finding]) -> String {
        findings.map { finding in
            let fix = finding.fix.map { "\($0.message) (\($0.applicability.rawValue))" } ?? "no fix"
            return "\(finding.range.start) \(finding.ruleID) \(finding.pointer) \(finding.message) -> \(fix)\n"
        }.joined()
    }

    /// Compares `actual` with the file `name` of `folder` byte for byte (or
    /// writes it, in update mode). `expected == nil`: the file must not exist
    /// (update mode removes it).
    static func check(
        _ actual: [UInt8]?, _ name: String, in folder: URL, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let url = folder.appendingPathComponent(name)
        let existing = FileManager.default.contents(atPath: url.path).map { [UInt8]($0) }
        if ProcessInfo.processInfo.environment["WFLINT_UPDATE_GOLDEN"] == "1" {
            do {
                if let actual {
                    try Data(actual).write(to: url)
                } else if existing != nil {
                    try FileManager.default.removeItem(at: url)
                }
            } catch {
                Issue.record("could not update \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        switch (actual, existing) {
        case (nil, nil): return
        case (nil, .some):
            Issue.record("\(url.path) should not exist: the unsafe fixes change nothing more", sourceLocation: sourceLocation)
        case (.some, nil):
            Issue.record("\(url.path) is missing; WFLINT_UPDATE_GOLDEN=1 writes it", sourceLocation: sourceLocation)
        case (.some(let actual), .some(let expected)):
            if actual != expected {
                Issue.record(
                    "\(url.path) differs: \(firstDifference(actual, expected))", sourceLocation: sourceLocation)
            }
        }
    }

    /// The first line where two texts differ, both shown with their line
    /// breaks and any byte-order mark spelled out.
    static func firstDifference(_ actual: [UInt8], _ expected: [UInt8]) -> String {
        func lines(_ bytes: [UInt8]) -> [String] {
            bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
                String(decoding: $0, as: UTF8.self).debugDescription.replacingOccurrences(of: "\u{FEFF}", with: "<BOM>")
            }
        }
        let (got, want) = (lines(actual), lines(expected))
        let index =
            zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
        return """
            line \(index + 1)
              expected: \(index < want.count ? want[index] : "<end of file>")
              actual:   \(index < got.count ? got[index] : "<end of file>")
            """
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

@Suite struct FixFixtureTests {
    @Test(arguments: FixFixtures.cases)
    func fixingGivesTheExpectedFiles(_ path: String) throws {
        let folder = FixFixtures.root.appendingPathComponent(path)
        let name = try FixFixtures.inputName(folder)
        let ext = String(name.dropFirst("input.".count))
        let input = try #require(FileManager.default.contents(atPath: folder.appendingPathComponent(name).path))
        let rule = String(path.prefix { $0 != "/" })
        let linter = try FixFixtures.linter(for: rule)
        let lintInput = LintInput(source: .file(name), displayName: name, isExplicit: true)
        let linted = linter.lint([UInt8](input), as: lintInput)
        // The case is about its rule's fix: the input has a finding of it.
        #expect(linted.findings.contains { $0.ruleID == rule }, "\(path): the input has no \(rule) finding")
        FixFixtures.check(Array(FixFixtures.offered(linted.findings).utf8), "offered.txt", in: folder)

        let safe = linter.fix([UInt8](input), as: lintInput)
        let unsafe = linter.fix([UInt8](input), as: lintInput, includingUnsafe: true)
        for fixed in [safe, unsafe] {
            #expect(fixed.failure == nil, "\(path)")
            #expect(fixed.changed == (fixed.appliedCount > 0), "\(path)")
        }
        FixFixtures.check(safe.bytes, "fixed.\(ext)", in: folder)
        FixFixtures.check(Array(FixFixtures.described(safe.linted.findings).utf8), "remaining.txt", in: folder)
        let unsafeDiffers = unsafe.bytes != safe.bytes
        FixFixtures.check(unsafeDiffers ? unsafe.bytes : nil, "unsafe-fixed.\(ext)", in: folder)
        FixFixtures.check(
            unsafeDiffers ? Array(FixFixtures.described(unsafe.linted.findings).utf8) : nil, "unsafe-remaining.txt",
            in: folder)
        if !unsafeDiffers {
            #expect(FixFixtures.described(unsafe.linted.findings) == FixFixtures.described(safe.linted.findings))
        }
        // Fixing what fixing gave changes nothing.
        #expect(!linter.fix(safe.bytes, as: lintInput).changed, "\(path): a second safe pass changes the file")
        #expect(
            !linter.fix(unsafe.bytes, as: lintInput, includingUnsafe: true).changed,
            "\(path): a second unsafe pass changes the file")
    }
}

/// What the cases cover, told from their files, not their names alone.
@Suite struct FixFixtureCoverageTests {
    /// Every built-in rule with a fix. A fix is not done until it is here and its cases are.
    static let fixableRules = [
        "WF003", "WF008", "WF009", "WF111", "WF120", "WF121", "WF122", "WF123", "WF203", "WF204", "WF214",
    ]
    /// Rules that never fire on JSON (it has no plain scalars): no JSON case.
    static let yamlOnlyRules: Set = ["WF009"]
    /// The rules of `FixFixtures.examplePack`: one of each pack fix action
    /// (replace-value with a text and with a template, rename-key, remove-entry).
    static let packRules = ["CORP030", "CORP031", "CORP032", "CORP033"]

    /// What one case's input holds.
    struct Input {
        let rule: String
        let caseName: String
        let fileName: String
        let bytes: [UInt8]
        /// Its fix message and kind for each of its rule's findings that has one.
        let fixes: [String]

        var isJSON: Bool { fileName == "input.json" }
        var text: String { String(decoding: bytes, as: UTF8.self) }
        var hasCRLF: Bool { zip(bytes, bytes.dropFirst()).contains { $0 == 13 && $1 == 10 } }
        var hasByteOrderMark: Bool { bytes.starts(with: [0xEF, 0xBB, 0xBF]) }
        var hasNonASCII: Bool { bytes.dropFirst(hasByteOrderMark ? 3 : 0).contains { $0 >= 0x80 } }
    }

    static func inputs() throws -> [Input] {
        try FixFixtures.cases.map { path in
            let folder = FixFixtures.root.appendingPathComponent(path)
            let name = try FixFixtures.inputName(folder)
            let bytes = [UInt8](try #require(FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)))
            let rule = String(path.prefix { $0 != "/" })
            let findings = try FixFixtures.linter(for: rule).lint(
                bytes, as: LintInput(source: .file(name), displayName: name, isExplicit: true)
            ).findings
            return Input(
                rule: rule, caseName: String(path.drop { $0 != "/" }.dropFirst()), fileName: name, bytes: bytes,
                fixes: findings.filter { $0.ruleID == rule }.compactMap(\.fix).map { "\($0.message) (\($0.applicability.rawValue))" })
        }
    }

    @Test func everyFixHasCasesInEveryStyleWithEveryHazard() throws {
        let inputs = try Self.inputs()
        #expect(Set(inputs.map(\.rule)) == Set(Self.fixableRules + Self.packRules))
        // Every rule the lists name has a fix, by its own account (`wflint explain`).
        let loaded = try FixFixtures.ruleSetWithExamplePack().rules
        for rule in Self.fixableRules + Self.packRules {
            #expect(!(loaded.first { $0.id == rule }?.fixes.isEmpty ?? true), "\(rule) says it has no fix")
        }
        for rule in Self.fixableRules + Self.packRules {
            let cases = inputs.filter { $0.rule == rule && !$0.fixes.isEmpty }
            // JSON, YAML block and YAML flow, each named for its style and in its format.
            let json = !Self.yamlOnlyRules.contains(rule)
            for style in json ? ["json", "block", "flow"] : ["block", "flow"] {
                #expect(cases.contains { $0.caseName.hasPrefix(style) }, "\(rule) has no \(style) case with a fix")
            }
            for input in inputs where input.rule == rule {
                #expect(input.isJSON == input.caseName.hasPrefix("json"), "\(rule)/\(input.caseName) is named for another format")
            }
            #expect(
                !json || cases.contains { $0.hasCRLF && $0.hasByteOrderMark && $0.isJSON },
                "\(rule): no JSON case with CR LF and a BOM")
            #expect(cases.contains { $0.hasCRLF && $0.hasByteOrderMark && !$0.isJSON }, "\(rule): no YAML case with CR LF and a BOM")
            #expect(cases.contains { $0.hasNonASCII }, "\(rule): no case with non-ASCII text")
            #expect(cases.contains { $0.text.contains("#") && !$0.isJSON }, "\(rule): no case with comments")
            // An anchored node an alias uses, edited inside: offered as unsafe, saying so.
            #expect(
                cases.contains { $0.fixes.contains { $0.hasSuffix("(unsafe)") && $0.contains("(changes every alias of &") } },
                "\(rule): no case whose fix lies inside an aliased anchor")
        }
    }
}
