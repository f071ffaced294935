import Foundation
import Testing
@testable import WFLintKit

/// `fixed:` examples: the whole text a rule's fixes make of an invalid
/// example, checked by `wflint test-rules` and, for every pack of the
/// repository, by `RuleExampleTests`.
@Suite struct FixedExampleTests {
    /// A pack whose rule T001 wants the `acme-` prefix, with `fix` (a line at
    /// rule indentation, or none) and `example` (the invalid example's keys
    /// under `- yaml: ...`, at example indentation).
    static func pack(fix: String, example: String) -> String {
        """
        pack: {name: t}
        rules:
          - id: T001
            name: acme-name
            severity: warning
            summary: The name lacks acme-.
            description: Acme's workforce names start with acme-.
            kinds: [workforce-requests]
            target: WorkforceName
            check: {function: pattern, regex: '^acme-'}
            message: 'name "{value}" lacks the prefix'
        \(fix)
            examples:
              valid: ["WorkforceName: acme-a\\nCognitoConfig: {UserPool: u_1, ClientId: c}\\n"]
              invalid:
                - yaml: |
                    WorkforceName: labelers  # the team
                    CognitoConfig: {UserPool: u_1, ClientId: c}
        \(example.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))

        """
    }

    /// The invalid example's findings, and what `prefixFix` makes of it.
    static let fixedExample = """
                  findings: ["1:16"]
                  fixed: |
                    WorkforceName: acme-labelers  # the team
                    CognitoConfig: {UserPool: u_1, ClientId: c}
            """

    static let prefixFix = "    fix: {action: replace-value, to: 'acme-{value}', kind: unsafe}"

    static func problems(_ pack: String) throws -> [String] {
        let (set, rule) = try RuleTestSupport.ruleSet(adding: pack, rule: "T001")
        return RuleExampleVerifier(ruleSet: set).verify(rule).map(\.description)
    }

    @Test func theFixedTextMustBeExactlyWhatTheFixesMake() throws {
        #expect(try Self.problems(Self.pack(fix: Self.prefixFix, example: Self.fixedExample)) == [])
        let wrong = """
                  findings: ["1:16"]
                  fixed: |
                    WorkforceName: acme-labelers # the team
                    CognitoConfig: {UserPool: u_1, ClientId: c}
            """
        #expect(try Self.problems(Self.pack(fix: Self.prefixFix, example: wrong)) == [
            """
            t.yaml:16:11: error: T001: the fixed text differs from "fixed:" at line 1:
              expected: "WorkforceName: acme-labelers # the team\\n"
              actual:   "WorkforceName: acme-labelers  # the team\\n"
            """
        ])
        let short = """
                  findings: ["1:16"]
                  fixed: "WorkforceName: acme-labelers  # the team\\n"
            """
        #expect(try Self.problems(Self.pack(fix: Self.prefixFix, example: short)) == [
            """
            t.yaml:16:11: error: T001: the fixed text differs from "fixed:" at line 2:
              expected: (no such line: the text ends before it)
              actual:   "CognitoConfig: {UserPool: u_1, ClientId: c}\\n"
            """
        ])
    }

    /// Byte for byte, as the docs say: a `fixed:` text canonically
    /// equivalent to what the fix makes (`é` decomposed where the fix keeps
    /// it composed) passed, though the API tells the two apart.
    @Test func aCanonicallyEquivalentFixedTextIsADifferentText() throws {
        let composed = Self.pack(fix: Self.prefixFix, example: Self.fixedExample)
            .replacingOccurrences(of: "# the team", with: "# the caf\u{E9}")
        let decomposed = composed.replacingOccurrences(
            of: "WorkforceName: acme-labelers  # the caf\u{E9}", with: "WorkforceName: acme-labelers  # the cafe\u{301}")
        #expect(try Self.problems(composed) == [])
        #expect(try Self.problems(decomposed) == [
            """
            t.yaml:16:11: error: T001: the fixed text differs from "fixed:" at line 1:
              expected: "WorkforceName: acme-labelers  # the cafe\u{301}\\n"
              actual:   "WorkforceName: acme-labelers  # the caf\u{E9}\\n"
            """
        ])
    }

    @Test func aFixedExampleNeedsARuleWhoseFixApplies() throws {
        let example = Self.fixedExample
        #expect(try Self.problems(Self.pack(fix: "", example: example)) == [
            #"t.yaml:16:11: error: T001: the example has "fixed:", but rule T001 has no fix"#
        ])
        // A replacement with "#" after a space would start a comment in a plain scalar: no fix is offered.
        let notApplying = "    fix: {action: replace-value, to: 'acme #{value}', kind: safe}"
        #expect(try Self.problems(Self.pack(fix: notApplying, example: example)) == [
            #"t.yaml:16:11: error: T001: the example has "fixed:", but none of the rule's fixes applies to it"#
        ])
    }

    @Test func theRuleMustNotFireOnTheFixedText() throws {
        // A fixed replacement: fixing again would change nothing, so the passes stop.
        let stillWrong = "    fix: {action: replace-value, to: 'acne-labelers', kind: safe}"
        let example = """
                  findings: ["1:16"]
                  fixed: |
                    WorkforceName: acne-labelers  # the team
                    CognitoConfig: {UserPool: u_1, ClientId: c}
            """
        #expect(try Self.problems(Self.pack(fix: stillWrong, example: example)) == [
            #"t.yaml:16:11: error: T001: the rule still fires on the fixed text: 1:16 /WorkforceName "name \"acne-labelers\" lacks the prefix""#
        ])
    }

    @Test func onlyAnInvalidExampleHasFixed() {
        let pack = Self.pack(fix: Self.prefixFix, example: "          findings: [\"1:16\"]")
            .replacingOccurrences(
                of: #"valid: ["WorkforceName: acme-a\nCognitoConfig: {UserPool: u_1, ClientId: c}\n"]"#,
                with: #"valid: [{yaml: "WorkforceName: acme-a\n", fixed: "x"}]"#)
        #expect(PackLoadErrorTests.loadError(pack) == """
            p.yaml:14:49: unknown key "fixed" in an example; did you mean "file"? valid keys: file, hcl, json, operation, yaml
            """)
    }

    /// An example's `file:` is a bare name read in the example's format (the
    /// built-in WF504's `file: override.tf` loads); the error is at the name
    /// and says what is wrong with it.
    @Test(arguments: [
        ("override.tf", "p.yaml:14:100: \"file\" \"override.tf\" is read as hcl, but the example is yaml; "
            + "name a file that is read as yaml"),
        ("main.tf.json", "p.yaml:14:100: \"file\" \"main.tf.json\" is read as Terraform JSON, which an example cannot "
            + "hold, but the example is yaml; name a file that is read as yaml"),
        ("a/b.yaml", "p.yaml:14:100: \"file\" \"a/b.yaml\" names a folder; an example's file is a name alone"),
    ])
    func anExamplesFileIsABareNameOfItsFormat(file: String, error: String) {
        let pack = Self.pack(fix: Self.prefixFix, example: "          findings: [\"1:16\"]")
            .replacingOccurrences(
                of: #"valid: ["WorkforceName: acme-a\nCognitoConfig: {UserPool: u_1, ClientId: c}\n"]"#,
                with: #"valid: [{yaml: "WorkforceName: acme-a\nCognitoConfig: {UserPool: u_1, ClientId: c}\n", "#
                    + #"file: \#(file)}]"#)
        #expect(PackLoadErrorTests.loadError(pack) == error)
    }

    /// Each built-in rule with a fix shows it on an example, and says so.
    @Test func everyBuiltinRuleWithAFixHasAFixedExample() {
        for rule in RuleSet.builtin().rules {
            let hasFixed = rule.examples.invalid.contains { $0.fixed != nil }
            #expect(hasFixed == !rule.fixes.isEmpty, "\(rule.id): fixes \(rule.fixes), fixed: examples \(hasFixed)")
        }
        let fixable = RuleSet.builtin().rules.filter { !$0.fixes.isEmpty }.map(\.id)
        #expect(Set(["WF122", "WF203", "WF204", "WF214"]).isSubset(of: Set(fixable)))
        #expect(!fixable.contains("WF302"), "unique on Tags[*].Key removes nothing")
    }

    /// A rule whose examples get a fix states one, so `explain` cannot call a
    /// fixable rule unfixable (a check function or Swift rule that plans a
    /// fix without a `FixSummary` fails here).
    @Test func aRuleThatFixesItsExamplesSaysItHasAFix() throws {
        let set = try RuleTestSupport.ruleSetWithExamplePacks()
        let verifier = RuleExampleVerifier(ruleSet: set)
        for rule in set.rules {
            let fixed = rule.examples.invalid.contains { example in
                verifier.findings(of: rule, on: example).own.contains { $0.fix != nil }
            }
            #expect(!fixed || !rule.fixes.isEmpty, "\(rule.id) fixes its examples but states no fix")
        }
    }

    @Test func explainSaysWhetherARuleIsFixableAndShowsTheFixedText() throws {
        let hostBits = try #require(RuleSet.builtin().rule("WF203"))
        let text = RuleCatalogText.explain(hostBits)
        #expect(text.contains("\nFix: safe (applied by --fix): rewrite the entry to its network address\n"))
        #expect(text.contains("""
            Invalid example 1 after wflint --fix:
                WorkforceName: labelers
                SourceIpConfig:
                  Cidrs:
                    - 10.0.0.0/16
                    - 2001:db8::/64

            """))
        let notFixable = try #require(RuleSet.builtin().rule("WF201"))
        #expect(RuleCatalogText.explain(notFixable).contains("\nFix: none\n"))
        let (_, unsafeRule) = try RuleTestSupport.ruleSet(
            adding: Self.pack(fix: Self.prefixFix, example: Self.fixedExample), rule: "T001")
        let unsafeText = RuleCatalogText.explain(unsafeRule)
        #expect(unsafeText.contains("\nFix: unsafe (applied by --fix --unsafe-fixes): replace the value with \"acme-{value}\"\n"))
        #expect(unsafeText.contains("Invalid example 1 after wflint --fix --unsafe-fixes:\n    WorkforceName: acme-labelers  # the team\n"))
    }

    /// `wflint test-rules` prints each problem at the example, then the count, and exits 1.
    @Test func testRulesReportsADifferentFixedText() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wflint-fixed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pack = Self.pack(fix: Self.prefixFix, example: """
                  findings: ["1:16"]
                  fixed: |
                    WorkforceName: acme-Labelers  # the team
                    CognitoConfig: {UserPool: u_1, ClientId: c}
            """)
        try pack.write(to: folder.appendingPathComponent("names.yaml"), atomically: false, encoding: .utf8)
        let run = try WFLintBinary.run(["test-rules", "--rules", "names.yaml"], in: folder)
        #expect(run.stdout == """
            names.yaml:16:11: error: T001: the fixed text differs from "fixed:" at line 1:
              expected: "WorkforceName: acme-Labelers  # the team\\n"
              actual:   "WorkforceName: acme-labelers  # the team\\n"
            1 problem in the examples of \(RuleSet.builtin().rules.count + 1) rules

            """)
        #expect(run.status == 1)
    }
}
