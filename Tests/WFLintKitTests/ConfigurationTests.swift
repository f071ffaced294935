import DocumentModel
import PCRERegex
import Testing

@testable import WFLintKit

struct ConfigurationReaderTests {
    func read(_ text: String) throws(SourceError) -> Configuration {
        try ConfigurationReader.parse(text: text, file: ".wflint.yaml", directory: "/repo")
    }

    /// An excluded folder is not walked, in every spelling of the pattern:
    /// `exclude: [pgdata/**]` walked into a database volume and failed the
    /// run (exit code 2) where it could not read it.
    @Test func anExcludedFolderIsLeftUnwalkedHoweverThePatternIsWritten() throws {
        for pattern in ["pgdata", "pgdata/", "pgdata/**", "**/pgdata/**"] {
            let configuration = try read("exclude: [\"\(pattern)\"]\n")
            #expect(configuration.excludes(folder: "/repo/pgdata"), "\(pattern)")
            #expect(!configuration.excludes(folder: "/repo/workforces"), "\(pattern)")
        }
        #expect(try !read("exclude: [\"pgdata/*.yaml\"]\n").excludes(folder: "/repo/pgdata"))
    }

    func error(_ text: String) -> String? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return error.diagnosticLine
        }
    }

    @Test func readsEveryKey() throws {
        let configuration = try read("""
            rules:
              WF009: off
              tags-required: warning
            include: ["workforces/**", "updates/**"]
            exclude: "**/fixtures/**"
            operations:
              updates/**/*.yaml: UpdateWorkforce
            fail-on: warning
            ignore:
              - path: legacy/*.yaml
                rules: [WF201, cidr-private]
                pointer: /SourceIpConfig/Cidrs
                reason: moving to the new VPC in Q3
            """)
        #expect(configuration.ruleSettings.map { "\($0.rule.text)@\($0.rule.position)=\($0.value)" }
            == ["WF009@2:3=off", "tags-required@3:3=severity(WFLintKit.Severity.warning)"])
        #expect(configuration.include.map(\.description) == ["workforces/**", "updates/**"])
        #expect(configuration.exclude.map(\.description) == ["**/fixtures/**"])
        #expect(configuration.failOn == .warning)
        #expect(configuration.operation(for: "/repo/updates/team/a.yaml") == .updateWorkforce)
        #expect(configuration.operation(for: "/repo/workforces/a.yaml") == nil)
        #expect(configuration.selects("/repo/workforces/a.yaml"))
        #expect(!configuration.selects("/repo/workforces/fixtures/a.yaml"))
        #expect(!configuration.selects("/repo/other/a.yaml"))
        #expect(configuration.selects("/elsewhere/a.yaml"))
        let ignore = try #require(configuration.ignores.first)
        #expect(ignore.rules.map(\.text) == ["WF201", "cidr-private"])
        #expect(ignore.pointer == "/SourceIpConfig/Cidrs")
        #expect(ignore.reason == "moving to the new VPC in Q3")
        #expect(ignore.position == SourcePosition(line: 10, column: 5))
    }

    @Test func readsTheLimits() throws {
        let configuration = try read("""
            limits:
              max-file-size: 64 MiB
              max-depth: 512
              max-nodes: 2000000
              regex-match-limit: 5000
              regex-depth-limit: 300
              regex-heap-limit: 1000 bytes
            """)
        #expect(configuration.limits == LintLimits(
            maximumFileSize: 64 << 20, read: ReadLimits(maximumDepth: 512, maximumNodes: 2_000_000),
            match: MatchLimits(matchLimit: 5_000, depthLimit: 300, heapLimitKiB: 1)))
        #expect(try read("fail-on: error\n").limits == .default)
        #expect(try read("limits:\n  max-file-size: 1000\n").limits.maximumFileSize == 1_000)
    }

    @Test(arguments: [
        ("limits:\n  max-file-size: 16 MB\n",
         #".wflint.yaml:2:18: error: invalid value "16 MB" for "max-file-size" in "limits": it must be a size in bytes or with a unit (KiB, MiB or GiB), like 64 MiB, above 0"#),
        ("limits:\n  max-depth: 0\n",
         #".wflint.yaml:2:14: error: invalid value "0" for "max-depth" in "limits": it must be a whole number, above 0"#),
        ("limits:\n  max-nodes: 1 MiB\n",
         #".wflint.yaml:2:14: error: invalid value "1 MiB" for "max-nodes" in "limits": it must be a whole number, above 0"#),
        ("limits:\n  max-depth: 20000\n",
         #".wflint.yaml:2:14: error: "max-depth" in "limits" must be at most 10000, got 20000: releasing a deeper document could overflow a worker thread's stack"#),
        ("limits:\n  max-file-size: 4 GiB\n",
         #".wflint.yaml:2:18: error: "max-file-size" in "limits" must be at most 4294967295 bytes, got 4 GiB: a node's byte offsets into its file are counted in 32 bits"#),
        ("limits:\n  regex-match-limit: 5000000000\n",
         #".wflint.yaml:2:22: error: "regex-match-limit" in "limits" must be at most 4294967295, got 5000000000: PCRE2 counts it in 32 bits"#),
        ("limits:\n  max-dept: 1\n",
         #".wflint.yaml:2:3: error: unknown key "max-dept" in "limits"; did you mean "max-depth"? valid keys: max-depth, max-file-size, max-findings, max-nodes, regex-depth-limit, regex-heap-limit, regex-match-limit"#),
    ])
    func rejectsInvalidLimits(text: String, message: String) {
        #expect(error(text) == message)
    }

    @Test func anEmptyFileIsAnEmptyConfiguration() throws {
        let configuration = try read("# nothing yet\n")
        #expect(configuration.ruleSettings.isEmpty && configuration.include.isEmpty && configuration.failOn == nil)
    }

    @Test(arguments: [
        ("exlude: [a]\n",
         ".wflint.yaml:1:1: error: unknown key \"exlude\" in the configuration; did you mean \"exclude\"? valid keys: exclude, fail-on, ignore, include, limits, operations, packs, rules"),
        ("rules:\n  WF009: of\n",
         ".wflint.yaml:2:10: error: invalid setting \"of\" for rule \"WF009\"; did you mean \"off\"? valid settings: error, note, off, warning"),
        ("rules:\n  WF009: false\n",
         ".wflint.yaml:2:10: error: invalid setting \"false\" for rule \"WF009\"; valid settings: error, note, off, warning"),
        // Under %YAML 1.1 `off` is a boolean; the message said "did you mean "off"?".
        ("%YAML 1.1\n---\nrules:\n  WF009: off\n",
         ".wflint.yaml:4:10: error: invalid setting \"off\" for rule \"WF009\": it is read as a boolean here, not a string; quote it: \"off\""),
        ("rules: [WF009]\n",
         ".wflint.yaml:1:8: error: \"rules\" must be a mapping, not a list"),
        ("rules:\n  WF009: off\n  WF009: note\n",
         ".wflint.yaml:3:3: error: duplicate key \"WF009\" in \"rules\", first defined at 2:3"),
        ("fail-on: warn\n",
         ".wflint.yaml:1:10: error: \"fail-on\" must be one of error, warning, note, never, not \"warn\""),
        ("operations:\n  updates/**: UpdateWorkfroce\n",
         ".wflint.yaml:2:15: error: unknown operation \"UpdateWorkfroce\" for \"updates/**\"; did you mean \"UpdateWorkforce\"? valid operations: CreateWorkforce, DescribeWorkforce, ListModelPackageGroups, ListWorkforces, UpdateWorkforce"),
        ("include:\n  - \"team-[a.yaml\"\n",
         ".wflint.yaml:2:5: error: invalid pattern \"team-[a.yaml\" in \"include\": a \"[\" is never closed by \"]\""),
        ("exclude: [1]\n",
         ".wflint.yaml:1:11: error: each pattern of \"exclude\" must be a string, not an integer"),
        ("ignore:\n  - rules: [WF201]\n",
         ".wflint.yaml:2:5: error: an \"ignore\" entry lacks the key \"path\""),
        ("ignore:\n  - path: a.yaml\n    rule: [WF201]\n",
         ".wflint.yaml:3:5: error: unknown key \"rule\" in an \"ignore\" entry; did you mean \"rules\"? valid keys: path, pointer, reason, rules"),
        ("ignore:\n  - path: a.yaml\n    rules: WF201\n    pointer: Cidrs/0\n",
         ".wflint.yaml:4:14: error: invalid JSON pointer \"Cidrs/0\": it must be empty or start with \"/\", and \"~\" must be followed by 0 or 1, like \"/SourceIpConfig/Cidrs/0\""),
        ("ignore:\n  - path: a.yaml\n    rules: []\n",
         ".wflint.yaml:3:12: error: \"rules\" of an \"ignore\" entry must name at least one rule"),
        ("packs: [no/such/pack.yaml]\n",
         ".wflint.yaml:1:9: error: cannot read the rule pack \"no/such/pack.yaml\": No such file or directory"),
        ("rules: {WF009: off\n",
         ".wflint.yaml:2:1: error: invalid YAML: did not find expected ',' or '}' (while parsing a flow mapping that starts at 1:8)"),
        ("rules: {}\n---\nrules: {}\n",
         ".wflint.yaml:3:1: error: a configuration must be one YAML document; this is document 2"),
        ("- rules\n",
         ".wflint.yaml:1:1: error: the configuration must be a mapping, not a list"),
    ])
    func rejects(text: String, message: String) {
        #expect(error(text) == message)
    }
}

struct RuleSelectionTests {
    static let descriptors = [
        ("WF009", "yaml-ambiguous-scalar", Severity.warning), ("WF201", "cidr-invalid", .error),
        ("WF301", "tags-required", .warning),
    ].map { RuleDescriptor(id: $0.0, name: $0.1, severity: $0.2, summary: $0.1, description: $0.1) }

    func settings(_ text: String) throws -> [Configuration.RuleSetting] {
        try ConfigurationReader.parse(text: text, file: ".wflint.yaml", directory: "/repo").ruleSettings
    }

    func enabled(_ table: RuleTable) -> [String] {
        table.descriptors.map { "\($0.id):\(table.entry($0.id)?.severity.rawValue ?? "")" }
    }

    @Test func configurationSetsSeveritiesAndTurnsRulesOff() throws {
        let selection = RuleSelection(settings: try settings("rules: {wf009: off, tags-required: error}"), settingsFile: ".wflint.yaml")
        #expect(enabled(try selection.table(for: Self.descriptors)) == ["WF201:error", "WF301:error"])
    }

    @Test func selectRunsOnlyTheNamedRulesEvenOnesTheFileTurnsOff() throws {
        let selection = RuleSelection(
            settings: try settings("rules: {WF009: off, WF201: note}"), settingsFile: ".wflint.yaml",
            select: ["WF009,cidr-invalid"])
        #expect(enabled(try selection.table(for: Self.descriptors)) == ["WF009:warning", "WF201:note"])
    }

    /// WF001 and WF011 say a file was not checked: `--select` keeps them
    /// (else `--select WF201` passed a file that does not parse), unless the
    /// configuration or `--ignore` turns them off.
    @Test func selectKeepsTheFindingsThatAFileWasNotChecked() throws {
        let descriptors = Self.descriptors + [
            RuleDescriptor(id: "WF001", name: "syntax-error", severity: .error, summary: "", description: ""),
            RuleDescriptor(id: "WF011", name: "resource-limit", severity: .error, summary: "", description: ""),
        ]
        let select = RuleSelection(select: ["WF201"])
        #expect(enabled(try select.table(for: descriptors)) == ["WF001:error", "WF011:error", "WF201:error"])
        let turnedOff = RuleSelection(
            settings: try settings("rules: {WF001: off}"), settingsFile: ".wflint.yaml", select: ["WF201"], ignore: ["WF011"])
        #expect(enabled(try turnedOff.table(for: descriptors)) == ["WF201:error"])
        let named = RuleSelection(settings: try settings("rules: {WF001: off}"), settingsFile: ".wflint.yaml", select: ["WF001"])
        #expect(enabled(try named.table(for: descriptors)) == ["WF001:error", "WF011:error"])
    }

    @Test func ignoreWinsOverSelect() throws {
        let selection = RuleSelection(select: ["WF009, WF201"], ignore: ["cidr-invalid"])
        #expect(enabled(try selection.table(for: Self.descriptors)) == ["WF009:warning"])
    }

    @Test func unknownRulesAreReportedWhereTheyAreWritten() throws {
        let file = RuleSelection(settings: try settings("rules:\n  WF20: off\n"), settingsFile: ".wflint.yaml")
        #expect(throws: RuleSelectionFailure.configuration(SourceError(
            file: ".wflint.yaml", position: SourcePosition(line: 2, column: 3),
            message: "unknown rule \"WF20\" in \"rules\"; did you mean \"WF201\"?"))) { try file.table(for: Self.descriptors) }
        let twice = RuleSelection(settings: try settings("rules:\n  WF009: off\n  yaml-ambiguous-scalar: note\n"), settingsFile: ".wflint.yaml")
        #expect(throws: RuleSelectionFailure.configuration(SourceError(
            file: ".wflint.yaml", position: SourcePosition(line: 3, column: 3),
            message: "rule \"yaml-ambiguous-scalar\" is already set as \"WF009\" at 2:3"))) { try twice.table(for: Self.descriptors) }
        let option = RuleSelection(select: ["WF201,no-such-rule-at-all"])
        #expect(throws: RuleSelectionFailure.commandLine(RuleSelectionError(
            message: "unknown rule \"no-such-rule-at-all\" in --select; 'wflint rules' lists them"))) { try option.table(for: Self.descriptors) }
    }

    /// `--select ''` (or `,`) selected nothing, and so ran every rule.
    @Test(arguments: ["", ",", " , "])
    func aSelectionThatNamesNoRuleIsRefused(value: String) {
        #expect(throws: RuleSelectionFailure.commandLine(RuleSelectionError(
            message: "--select \"\(value)\" names no rule: give rule ids or names, comma-separated"))) {
            try RuleSelection(select: [value]).table(for: Self.descriptors)
        }
        #expect(throws: RuleSelectionFailure.commandLine(RuleSelectionError(
            message: "--ignore \"\(value)\" names no rule: give rule ids or names, comma-separated"))) {
            try RuleSelection(ignore: [value]).table(for: Self.descriptors)
        }
    }
}
