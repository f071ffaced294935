import DocumentModel

/// Everything one run produced, as the reporters need it. The engine and the
/// command line fill it; every reporter is a pure function of it (no file I/O,
/// no clock, no environment), so the same run always gives the same output.
public struct LintReport: Sendable {
    /// wflint's own identity, for SARIF's `tool.driver` and the JSON header.
    public var tool: ToolInfo
    /// Files that produced findings or suppressed findings (others may be
    /// left out; `filesChecked` counts them all). Order is kept as given:
    /// pass them sorted by path.
    public var files: [FileReport]
    /// How many files were linted, with or without findings.
    public var filesChecked: Int
    /// Files that could not be read, rule packs that failed to load.
    public var notifications: [ToolNotification]
    /// The rules in force (enabled), for SARIF's `driver.rules`; sorted by id.
    public var rules: [RuleDescriptor]
    /// Tags per rule id (e.g. `["security", "oidc"]`), for SARIF
    /// `properties.tags`; a rule without an entry gets none.
    public var ruleTags: [String: [String]]
    /// The exit code the command line will return, recorded in SARIF's
    /// invocation.
    public var exitCode: Int
    /// The absolute directory relative paths are resolved against, e.g.
    /// `/home/runner/work/app/app` (no trailing slash needed). Nil keeps the
    /// SARIF log free of machine-specific paths.
    public var sourceRoot: String?
    /// The absolute directory the run worked in: a file named by an absolute
    /// path inside it is still given relative to `%SRCROOT%` in SARIF (the
    /// log names no machine's folders for it, and its fingerprints are those
    /// of the file named relatively). Nil: only `sourceRoot` makes paths relative.
    public var workingDirectory: String?
    /// Whether the run applies unsafe fixes (`--unsafe-fixes`): then a finding
    /// with an unsafe fix is fixable too (the text output's `[*]`).
    public var appliesUnsafeFixes = false

    public init(
        tool: ToolInfo = .wflint, files: [FileReport], filesChecked: Int, notifications: [ToolNotification] = [],
        rules: [RuleDescriptor], ruleTags: [String: [String]] = [:], exitCode: Int, sourceRoot: String? = nil
    ) {
        self.tool = tool
        self.files = files
        self.filesChecked = filesChecked
        self.notifications = notifications
        self.rules = rules
        self.ruleTags = ruleTags
        self.exitCode = exitCode
        self.sourceRoot = sourceRoot
    }

    /// The findings of one file, with what is needed to show them.
    public struct FileReport: Sendable {
        /// The path as the user named it (or `--stdin-filename`); the same
        /// string as `Finding.file`.
        public var path: String
        /// Reported findings, sorted with `Finding.reportOrder`.
        public var findings: [Finding]
        /// Findings a suppression silenced; they appear only in SARIF (with
        /// `suppressions`) and JSON (`suppressed`), never in text or github.
        public var suppressed: [SuppressedFinding]
        /// The lines the findings show, secrets masked, for excerpts,
        /// snippets, baseline keys and line hashes: built once per file.
        public var source: MaskedSource
        /// Where the findings' fix edits are, for JSON and SARIF; nil when
        /// no finding has a fix.
        public var fixLocations: FixLocations?

        public init(
            path: String, findings: [Finding], suppressed: [SuppressedFinding] = [], source: MaskedSource,
            fixLocations: FixLocations? = nil
        ) {
            self.path = path
            self.findings = findings
            self.suppressed = suppressed
            self.source = source
            self.fixLocations = fixLocations
        }

        /// A file whose whole text is at hand; `sensitiveRanges` are
        /// `FindingSink.sensitiveRanges` of every document of the file.
        public init(
            path: String, findings: [Finding], suppressed: [SuppressedFinding] = [], source: SourceLines,
            sensitiveRanges: [SourceRange] = []
        ) {
            self.init(
                path: path, findings: findings, suppressed: suppressed,
                source: MaskedSource(source, sensitiveRanges: sensitiveRanges))
        }
    }

    /// The captured lines of `path`, when a file of the report is that path
    /// (spelled exactly so: see `RunSummary`).
    public func source(of path: String) -> MaskedSource? {
        files.first { $0.path.isExactly(path) }?.source
    }

    /// Counts for summaries.
    public var errorCount: Int { count(.error) }
    public var warningCount: Int { count(.warning) }
    public var noteCount: Int { count(.note) }
    public var suppressedCount: Int { files.reduce(0) { $0 + $1.suppressed.count } }
    public var filesWithFindings: Int { files.count { !$0.findings.isEmpty } }

    /// Whether `--fix` (with this run's flags) would fix `finding`.
    public func isFixable(_ finding: Finding) -> Bool {
        applies(finding.fix)
    }

    /// Whether `--fix` (with this run's flags) would apply `fix`.
    private func applies(_ fix: Fix?) -> Bool {
        fix?.isApplied(includingUnsafe: appliesUnsafeFixes) ?? false
    }

    /// Reported findings `--fix` would fix with this run's flags, and those
    /// only `--unsafe-fixes` would add.
    public var fixableCounts: (fixable: Int, unsafeOnly: Int) {
        var counts = (fixable: 0, unsafeOnly: 0)
        // In place, as `count` below: `flatMap` copied every finding of the
        // run, the last peak of a long stream's run.
        for file in files.indices {
            for index in files[file].findings.indices {
                let fix = files[file].findings[index].fix
                if applies(fix) {
                    counts.fixable += 1
                } else if fix != nil {
                    counts.unsafeOnly += 1
                }
            }
        }
        return counts
    }

    private func count(_ severity: Severity) -> Int {
        // Counted in place: a filtered copy of a long stream's findings was
        // a transient of megabytes at the end of the run. Read by index: a
        // loop over the findings copied each one out, retaining and releasing
        // its strings (about 670 instructions a finding and count).
        var total = 0
        for file in files.indices {
            for index in files[file].findings.indices where files[file].findings[index].severity == severity {
                total += 1
            }
        }
        return total
    }
}

/// Who wrote the report.
public struct ToolInfo: Sendable {
    public var name: String
    /// SemVer, e.g. `0.1.0`.
    public var version: String
    /// The project's home page.
    public var informationURI: String
    /// Address of `docs/rules.md` as published (e.g. on GitHub); each rule's
    /// `helpUri` is this plus `#` and the rule's anchor.
    public var rulesDocumentationURI: String

    public init(name: String = "wflint", version: String, informationURI: String, rulesDocumentationURI: String) {
        self.name = name
        self.version = version
        self.informationURI = informationURI
        self.rulesDocumentationURI = rulesDocumentationURI
    }

    /// This build of wflint, published from its repository.
    public static let wflint = ToolInfo(
        version: WFLintVersion.current, informationURI: WFLintVersion.informationURI,
        rulesDocumentationURI: WFLintVersion.informationURI + "/blob/main/docs/rules.md")

    /// A rule's help address: a built-in rule's section in `docs/rules.md`,
    /// which must have a heading `WF003 unknown-field` (any level; GitHub
    /// derives the anchor `wf003-unknown-field` from it), a pack's
    /// `help-uri`, or nil.
    public func helpURI(for rule: RuleDescriptor) -> String? {
        switch rule.help {
        case .rulesCatalog: return rulesDocumentationURI + "#" + Self.headingAnchor(rule.id + " " + rule.name)
        case .uri(let uri): return uri
        case .none: return nil
        }
    }

    /// GitHub's heading slug: lowercase, spaces to hyphens, punctuation other
    /// than `-` and `_` dropped.
    public static func headingAnchor(_ heading: String) -> String {
        var anchor = ""
        for character in heading.lowercased() {
            if character == " " {
                anchor.append("-")
            } else if character.isLetter || character.isNumber || character == "-" || character == "_" {
                anchor.append(character)
            }
        }
        return anchor
    }
}

/// A finding a suppression silenced.
public struct SuppressedFinding: Sendable {
    public enum Kind: String, Sendable {
        /// A `# wflint-disable…` comment in the file.
        case inSource
        /// The configuration file's ignore entries or a baseline.
        case external
    }

    public var finding: Finding
    public var kind: Kind
    /// Why, in the user's words when they gave one (`ignore` entry, baseline).
    public var justification: String?

    public init(finding: Finding, kind: Kind, justification: String? = nil) {
        self.finding = finding
        self.kind = kind
        self.justification = justification
    }
}

/// Something that went wrong in the tool rather than in a linted file.
public struct ToolNotification: Sendable {
    public enum Kind: String, Sendable {
        case unreadableFile = "unreadable-file"
        /// A rule pack, configuration file or baseline did not load: nothing was linted.
        case setupFailed = "setup-failed"
    }

    public var kind: Kind
    /// The file concerned, as the user named it.
    public var path: String?
    /// Where in it, when known: the mistake of a rule pack, configuration or
    /// baseline that did not load (its message says it too).
    public var position: SourcePosition?
    /// Complete sentence, e.g. `could not read "a.yaml": permission denied`.
    public var message: String
    /// `error` means the results are incomplete (SARIF `executionSuccessful`
    /// becomes false).
    public var severity: Severity

    public init(
        kind: Kind, path: String?, position: SourcePosition? = nil, message: String, severity: Severity = .error
    ) {
        self.kind = kind
        self.path = path
        self.position = position
        self.message = message
        self.severity = severity
    }
}
