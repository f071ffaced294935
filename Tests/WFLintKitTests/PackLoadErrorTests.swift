import Foundation
import DocumentModel
import Testing
@testable import WFLintKit

/// Each way a pack can fail to load gives `pack-file:line:col: message`.
@Suite struct PackLoadErrorTests {
    /// A pack with one rule whose `check:` and extra rule keys are given.
    static func pack(check: String, extra: String = "", message: String = "'bad {value}'") -> String {
        """
        pack:
          name: test
        rules:
          - id: T001
            name: test-rule
            severity: error
            summary: s
            description: d
            target: SourceIpConfig.Cidrs[*]
            check:
        \(check)
            message: \(message)
        \(extra)    examples:
              valid: ["WorkforceName: w"]
              invalid:
                - yaml: "WorkforceName: w"
                  findings: ["1:1"]

        """
    }

    static func loadError(_ text: String, file: String = "p.yaml") -> String? {
        do {
            _ = try PackLoader.load(text: text, file: file, implementations: RuleSet.swiftImplementations)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func validPackLoads() {
        #expect(Self.loadError(Self.pack(check: "      function: cidr\n      report-invalid: true")) == nil)
    }

    @Test func badYAML() {
        #expect(Self.loadError("pack: [unclosed\n") != nil)
        #expect(Self.loadError("pack: [unclosed\n")?.hasPrefix("p.yaml:2:1: invalid YAML: ") == true)
    }

    @Test func unknownRuleKey() {
        let text = Self.pack(check: "      function: cidr\n      report-invalid: true", extra: "    severty: error\n")
        #expect(Self.loadError(text) == """
            p.yaml:14:5: unknown key "severty" in a rule; did you mean "severity"? valid keys: check, description, examples, fix, help-uri, id, \
            kinds, message, name, replaces, scope, severity, summary, target, when
            """)
    }

    /// An empty `kinds` would run the rule on nothing; with `scope: document`
    /// it was told to add the `scope: document` it had, for the kinds "()".
    @Test func anEmptyKindsListNamesNoKind() {
        for extra in ["    kinds: []\n", "    kinds: []\n    scope: document\n"] {
            let text = Self.pack(check: "      function: cidr\n      report-invalid: true", extra: extra)
            #expect(Self.loadError(text) == """
                p.yaml:14:12: "kinds" names no document kind; list the kinds the rule checks, or leave it out for every kind
                """, "\(extra)")
        }
    }

    /// A `when` path written twice was accepted, both conditions required
    /// (YAML loaders keep the last one); an empty `one-of` was said to lack
    /// `one-of`.
    @Test func whenConditions() {
        let cidr = "      function: cidr\n      report-invalid: true"
        let twice = "    when:\n      IpAddressType: {one-of: [ipv4], or-absent: true}\n      IpAddressType: {one-of: [dualstack]}\n"
        #expect(Self.loadError(Self.pack(check: cidr, extra: twice))
            == #"p.yaml:16:7: duplicate key "IpAddressType" in "when", first defined at 15:7"#)
        let empty = "    when:\n      IpAddressType: {one-of: []}\n"
        #expect(Self.loadError(Self.pack(check: cidr, extra: empty))
            == #"p.yaml:15:31: "one-of" of condition "IpAddressType" lists no value"#)
    }

    @Test func unknownFunction() {
        #expect(Self.loadError(Self.pack(check: "      function: cidrs")) == """
            p.yaml:11:17: unknown check function "cidrs"; did you mean "cidr"? valid check functions: cidr, count, enum, exclusive, forbidden, \
            includes, length, pattern, range, required, scope, secret-literal, timestamp-order, unique, url
            """)
    }

    @Test func unknownOption() {
        #expect(Self.loadError(Self.pack(check: "      function: cidr\n      allow-all: false")) == """
            p.yaml:12:7: unknown key "allow-all" in check "cidr"; valid keys: families, forbid-allow-all, \
            forbid-host-bits, forbid-redundant, function, report-invalid, target, within
            """)
    }

    @Test func invalidOptionValues() {
        #expect(Self.loadError(Self.pack(check: "      function: cidr\n      families: [ipv4, ipv5]"))
            == "p.yaml:12:24: option \"families\" has the unknown value \"ipv5\"; valid values: ipv4, ipv6")
        #expect(Self.loadError(Self.pack(check: "      function: cidr\n      within: [10.0.0.0/33]"))
            == "p.yaml:12:16: \"10.0.0.0/33\" in option \"within\" is not a valid CIDR: prefix \"33\" is greater than 32")
        #expect(Self.loadError(Self.pack(check: "      function: cidr"))
            == "p.yaml:11:17: check \"cidr\" needs at least one of the options families, forbid-allow-all, "
            + "forbid-host-bits, forbid-redundant, report-invalid, within")
        #expect(Self.loadError(Self.pack(check: "      function: count\n      min: two"))
            == "p.yaml:12:12: option \"min\" must be an integer, not \"two\"")
    }

    /// The position is the pattern's character at PCRE2's error offset (one past
    /// the last character, the closing quote, when PCRE2 stops at the end).
    @Test func invalidPCRE2Pattern() throws {
        let error = try #require(Self.loadError(Self.pack(check: "      function: pattern\n      regex: 'ab(c'")))
        #expect(error.hasPrefix("p.yaml:12:19: invalid PCRE2 pattern in option \"regex\": missing closing parenthesis at offset 4"))
        let plain = try #require(Self.loadError(Self.pack(check: "      function: pattern\n      regex: a{2,1}")))
        #expect(plain == "p.yaml:12:19: invalid PCRE2 pattern in option \"regex\": numbers out of order in {} quantifier at offset 5")
    }

    @Test func unknownPlaceholder() {
        #expect(Self.loadError(Self.pack(check: "      function: cidr\n      report-invalid: true", message: "'{valeu} x'"))
            == "p.yaml:13:15: the message has the unknown placeholder \"{valeu}\"; valid placeholders: {families}, "
            + "{family}, {forbid-allow-all}, {forbid-host-bits}, {forbid-redundant}, {name}, {network}, {other}, "
            + "{other-position}, {problem}, {report-invalid}, {value}, {within}")
    }

    @Test func missingExamples() {
        let text = Self.pack(check: "      function: cidr\n      report-invalid: true")
            .replacingOccurrences(of: "      invalid:\n        - yaml: \"WorkforceName: w\"\n          findings: [\"1:1\"]\n", with: "")
        #expect(Self.loadError(text) == "p.yaml:15:7: rule \"T001\" has no invalid example; every rule needs both kinds")
    }

    @Test func duplicateRuleIDAndName() throws {
        var set = RuleSet.builtin()
        let clash = Self.pack(check: "      function: cidr\n      report-invalid: true")
            .replacingOccurrences(of: "id: T001", with: "id: WF201")
        #expect(throws: SourceError(
            file: "mine.yaml", position: SourcePosition(line: 4, column: 9),
            message: "duplicate rule id \"WF201\", first defined in built-in pack \"network\"")) {
            try set.addPack(text: clash, file: "mine.yaml")
        }
        let nameClash = Self.pack(check: "      function: cidr\n      report-invalid: true")
            .replacingOccurrences(of: "name: test-rule", with: "name: cidr-invalid")
        #expect(throws: SourceError(
            file: "mine.yaml", position: SourcePosition(line: 5, column: 11),
            message: "duplicate rule name \"cidr-invalid\", first defined in built-in pack \"network\"")) {
            try set.addPack(text: nameClash, file: "mine.yaml")
        }
        // Ids match in any case: a name "wf201" named the built-in WF201 in
        // --ignore, suppression comments and explain, never this rule.
        let idAsName = Self.pack(check: "      function: cidr\n      report-invalid: true")
            .replacingOccurrences(of: "name: test-rule", with: "name: wf201")
        #expect(throws: SourceError(
            file: "mine.yaml", position: SourcePosition(line: 5, column: 11),
            message: "rule name \"wf201\" is the id of rule WF201, defined in built-in pack \"network\"; "
                + "ids are matched in any case, so it would name both")) {
            try set.addPack(text: idAsName, file: "mine.yaml")
        }
    }

    /// A clash between two of the user's packs points at the first one's file.
    @Test func duplicateAcrossUserPacksNamesTheFirstFile() throws {
        var set = RuleSet.builtin()
        let pack = Self.pack(check: "      function: cidr\n      report-invalid: true")
        try set.addPack(text: pack, file: "policy/a.yaml")
        #expect(throws: SourceError(
            file: "policy/b.yaml", position: SourcePosition(line: 4, column: 9),
            message: "duplicate rule id \"T001\", first defined at policy/a.yaml:4:9")) {
            try set.addPack(text: pack, file: "policy/b.yaml")
        }
        let renamed = pack.replacingOccurrences(of: "id: T001", with: "id: T002")
        #expect(throws: SourceError(
            file: "policy/b.yaml", position: SourcePosition(line: 5, column: 11),
            message: "duplicate rule name \"test-rule\", first defined at policy/a.yaml:5:11")) {
            try set.addPack(text: renamed, file: "policy/b.yaml")
        }
    }

    /// Empty or blank text would be shown as nothing (a GitHub annotation
    /// ending in `::`), so each is an error at its value.
    @Test func emptySummaryDescriptionOrMessage() {
        let pack = Self.pack(check: "      function: cidr\n      report-invalid: true")
        #expect(Self.loadError(pack.replacingOccurrences(of: "summary: s", with: "summary: ''"))
            == "p.yaml:7:14: the summary must not be empty")
        #expect(Self.loadError(pack.replacingOccurrences(of: "description: d", with: "description: \"  \""))
            == "p.yaml:8:18: the description must not be empty")
        #expect(Self.loadError(Self.pack(check: "      function: cidr\n      report-invalid: true", message: "' '"))
            == "p.yaml:13:14: the message must not be empty")
        #expect(Self.loadError(Self.pack(check: "      function: cidr\n      report-invalid: true", message: ""))
            == "p.yaml:13:13: the message must be a string, not a null")
    }

    @Test func unreadablePackPath() {
        var set = RuleSet()
        #expect(throws: SourceError(file: "/nonexistent/pack.yaml", position: nil,
                                    message: "cannot read the rule pack: No such file or directory")) {
            try set.addPacks(at: "/nonexistent/pack.yaml")
        }
    }

    /// A pack folder's entry named like a pack that cannot be read (a link
    /// whose target moved, a named pipe) stops the run, as naming it does:
    /// it was skipped, and its policy silently not applied.
    @Test func anUnreadableEntryOfAPackFolder() throws {
        let directory = try TemporaryDirectory()
        try directory.write("policy/README.md", "Our policy.\n")
        try FileManager.default.createSymbolicLink(
            atPath: directory.path("policy/tags.yaml"), withDestinationPath: "../moved/tags.yaml")
        var set = RuleSet()
        #expect(throws: SourceError(file: directory.path("policy/tags.yaml"), position: nil,
                                    message: "cannot read the rule pack: it is a symbolic link to \"../moved/tags.yaml\", "
                                        + "which does not exist")) {
            try set.addPacks(at: directory.path("policy"))
        }
        try FileManager.default.removeItem(atPath: directory.path("policy/tags.yaml"))
        #expect(mkfifo(directory.path("policy/pipe.yml"), 0o600) == 0)
        #expect(throws: SourceError(file: directory.path("policy/pipe.yml"), position: nil,
                                    message: "cannot read the rule pack: not a regular file (a named pipe)")) {
            try set.addPacks(at: directory.path("policy"))
        }
    }

    /// A pack folder with no pack in it (mistyped, or emptied) loaded
    /// nothing, and every file passed the policy it was meant to hold. It is
    /// an error, from `--rules` and from a configuration's `packs:` entry.
    @Test func aPackFolderWithoutAPackIsAnError() throws {
        let directory = try TemporaryDirectory()
        try directory.write("policy/README.md", "Our policy.\n")
        let message = "the rule pack folder holds no pack (no *.yaml or *.yml file in it or its folders)"
        var set = RuleSet()
        #expect(throws: SourceError(file: directory.path("policy"), position: nil, message: message)) {
            try set.addPacks(at: directory.path("policy"))
        }
        #expect(throws: SourceError(file: ".wflint.yaml", position: SourcePosition(line: 1, column: 9),
                                    message: "rule pack \"policy\": \(message)")) {
            try ConfigurationReader.parse(text: "packs: [policy]\n", file: ".wflint.yaml", directory: directory.url.path)
        }
        try directory.write("policy/sub/tags.yml", "")
        // A pack in a subfolder is found, and read.
        #expect(throws: SourceError(file: directory.path("policy/sub/tags.yml"), position: SourcePosition(line: 1, column: 1),
                                    message: "a rule pack must be exactly one YAML document")) {
            try set.addPacks(at: directory.path("policy"))
        }
    }

    /// A message written as a block scalar (`message: |`) ends with a line
    /// break, which is no part of the sentence: the text output showed it as
    /// a space before `[ID name]`. Its inner line breaks stay.
    @Test func aBlockScalarMessageLosesItsLastLineBreak() throws {
        let pack = Self.pack(check: "      function: cidr\n      report-invalid: true",
                             message: "|\n      CIDR {value}\n      is bad\n")
        let linter = try TerraformLintingTests.linter(withPack: pack)
        let text = "WorkforceName: w\nCognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: c}\n"
            + "SourceIpConfig: {Cidrs: [10.0.0.256/8]}\n"
        let found = linter.lint(Array(text.utf8), as: LintInput(source: .file("w.yaml"), displayName: "w.yaml", isExplicit: true))
            .findings.filter { $0.ruleID == "T001" }.map(\.message)
        #expect(found == ["CIDR 10.0.0.256/8\nis bad"])
    }

    /// An expected finding's pointer is read as a JSON pointer when the pack
    /// loads: written otherwise, it was a mismatch `test-rules` showed, no
    /// error at the place.
    @Test func anExpectedFindingsPointerIsAJSONPointer() {
        let text = Self.pack(check: "      function: cidr\n      report-invalid: true")
            .replacingOccurrences(of: #"findings: ["1:1"]"#, with: #"findings: [{at: "1:1", pointer: SourceIpConfig.Cidrs}]"#)
        #expect(Self.loadError(text) == """
            p.yaml:18:43: invalid JSON pointer "SourceIpConfig.Cidrs": it must be empty or start with "/", and "~" must be \
            followed by 0 or 1, like "/SourceIpConfig/Cidrs/0"
            """)
    }
}
