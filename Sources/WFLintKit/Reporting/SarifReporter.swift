import DocumentModel

/// A SARIF 2.1.0 log with one run, as GitHub code scanning, SARIF viewers and
/// other CI systems read it (checked by `Tests/SARIF/validate-sarif.py`).
/// Deterministic: no timestamps, no absolute paths unless `sourceRoot` is set.
public struct SarifReporter: Sendable {
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    public static let sourceRootID = "%SRCROOT%"

    public init() {}

    public func render(_ report: LintReport) -> String {
        log(report).rendered()
    }

    public func log(_ report: LintReport) -> JSONOutput {
        let rules = RuleIndex(report)
        let run: [(String, JSONOutput)] = [
            ("tool", .object([("driver", driver(report, rules: rules))])),
            ("originalUriBaseIds", originalURIBaseIDs(report)),
            ("columnKind", .string("utf16CodeUnits")),
            ("invocations", .array([invocation(report)])),
            ("results", .array(results(report, rules: rules))),
        ]
        return .object([
            ("$schema", .string(Self.schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object(run)])),
        ])
    }

    // MARK: - Driver

    private func driver(_ report: LintReport, rules: RuleIndex) -> JSONOutput {
        var members: [(String, JSONOutput)] = [
            ("name", .string(report.tool.name)),
            ("version", .string(report.tool.version)),
            ("semanticVersion", .string(report.tool.version)),
            ("informationUri", .string(report.tool.informationURI)),
            ("rules", .array(rules.descriptors.map { rule($0, report) })),
        ]
        let kinds = notificationKinds(report)
        if !kinds.isEmpty {
            members.append(("notifications", .array(kinds.map { kind in
                .object([
                    ("id", .string(kind.rawValue)),
                    ("shortDescription", .object([("text", .string(Self.notificationSummary(kind)))])),
                    ("defaultConfiguration", .object([("level", .string("error"))])),
                ])
            })))
        }
        return .object(members)
    }

    private func rule(_ rule: RuleDescriptor, _ report: LintReport) -> JSONOutput {
        let description = rule.description.isEmpty ? rule.summary : rule.description
        var members: [(String, JSONOutput)] = [
            ("id", .string(rule.id)),
            ("name", .string(rule.name)),
            ("shortDescription", .object([("text", .string(Self.limited(rule.summary)))])),
            ("fullDescription", .object([("text", .string(Self.limited(Self.firstParagraph(description))))])),
            ("help", .object([("text", .string(description)), ("markdown", .string(description))])),
        ]
        // No link rather than a dead one: a user pack's rule without `help-uri`.
        if let uri = report.tool.helpURI(for: rule) { members.append(("helpUri", .string(uri))) }
        return .object(members + [
            ("defaultConfiguration", .object([("level", .string(rule.severity.rawValue))])),
            ("properties", .object([
                ("tags", .array((report.ruleTags[rule.id] ?? []).prefix(10).map { .string($0) })),
                // Every rule is a deterministic check of the document itself.
                ("precision", .string("very-high")),
                ("problem.severity", .string(Self.problemSeverity(rule.severity))),
            ])),
        ])
    }

    // MARK: - Run properties

    private func originalURIBaseIDs(_ report: LintReport) -> JSONOutput {
        var root: [(String, JSONOutput)] = []
        if let sourceRoot = report.sourceRoot {
            root.append(("uri", .string(ArtifactURI.directoryURI(sourceRoot))))
        }
        root.append(("description", .object([("text", .string("The directory wflint resolved relative paths against."))])))
        return .object([(Self.sourceRootID, .object(root))])
    }

    private func invocation(_ report: LintReport) -> JSONOutput {
        var members: [(String, JSONOutput)] = [
            ("executionSuccessful", .bool(!report.notifications.contains { $0.severity == .error })),
            ("exitCode", .integer(report.exitCode)),
        ]
        if !report.notifications.isEmpty {
            let kinds = notificationKinds(report)
            members.append(("toolExecutionNotifications", .array(report.notifications.map { notification in
                var fields: [(String, JSONOutput)] = [
                    ("descriptor", .object([
                        ("id", .string(notification.kind.rawValue)),
                        ("index", .integer(kinds.firstIndex(of: notification.kind) ?? 0)),
                    ])),
                    ("level", .string(notification.severity.rawValue)),
                    ("message", .object([("text", .string(notification.message))])),
                ]
                if let path = notification.path {
                    fields.append(("locations", .array([.object([
                        ("physicalLocation", .object([("artifactLocation", artifactLocation(path, report))])),
                    ])])))
                }
                return .object(fields)
            })))
        }
        return .object(members)
    }

    private func notificationKinds(_ report: LintReport) -> [ToolNotification.Kind] {
        [.unreadableFile, .setupFailed].filter { kind in report.notifications.contains { $0.kind == kind } }
    }

    // MARK: - Results

    private func results(_ report: LintReport, rules: RuleIndex) -> [JSONOutput] {
        var results: [JSONOutput] = []
        for file in report.files {
            let entries = file.findings.map { ($0, SuppressedFinding?.none) }
                + file.suppressed.map { ($0.finding, Optional($0)) }
            for (finding, suppression) in entries.sorted(by: { Finding.reportOrder($0.0, $1.0) }) {
                let context = ResultContext(file: file, report: report)
                results.append(result(finding, suppression: suppression, context: context, rules: rules))
            }
        }
        return results
    }

    private struct ResultContext {
        let file: LintReport.FileReport
        let report: LintReport
    }

    private func result(
        _ finding: Finding, suppression: SuppressedFinding?, context: ResultContext, rules: RuleIndex
    ) -> JSONOutput {
        let uri = ArtifactURI(path: context.file.path, sourceRoot: context.report.sourceRoot)
        let value = context.file.source.text(in: finding.range)
        var fingerprints: [(String, JSONOutput)] = []
        if let lineHash = context.file.source.hash(ofLine: finding.range.start.line) {
            fingerprints.append(("primaryLocationLineHash", .string(lineHash)))
        }
        fingerprints.append((StableFingerprint.key, .string(StableFingerprint.v1(
            ruleID: finding.ruleID, path: uri.uri, pointer: finding.pointer, value: value))))

        var suppressions: [JSONOutput] = []
        if let suppression {
            var fields: [(String, JSONOutput)] = [("kind", .string(suppression.kind.rawValue))]
            if let justification = suppression.justification {
                fields.append(("justification", .string(justification)))
            }
            suppressions.append(.object(fields))
        }
        var related: [(String, JSONOutput)] = []
        if !finding.related.isEmpty {
            related.append(("relatedLocations", .array(finding.related.enumerated().map { index, location in
                relatedLocation(location, id: index, context: context)
            })))
        }
        var fixes: [(String, JSONOutput)] = []
        // A silenced finding is not fixed, so it offers no fix.
        if suppression == nil, let fix = self.fix(finding, context: context) { fixes.append(("fixes", .array([fix]))) }
        return .object([
            ("ruleId", .string(finding.ruleID)),
            ("ruleIndex", .integer(rules.index(of: finding.ruleID))),
            ("level", .string(finding.severity.rawValue)),
            ("message", .object([("text", .string(finding.message))])),
            ("locations", .array([.object([
                ("physicalLocation", .object([
                    ("artifactLocation", artifactLocation(context.file.path, context.report)),
                    ("region", region(finding.range, source: context.file.source, snippet: value)),
                ])),
                ("logicalLocations", .array(logicalLocations(finding))),
            ])])),
        ] + related + [
            ("partialFingerprints", .object(fingerprints)),
            // Present and empty means "known not suppressed" (SARIF §3.27.23).
            ("suppressions", .array(suppressions)),
        ] + fixes + [
            ("properties", .object([("documentIndex", .integer(finding.documentIndex))])),
        ])
    }

    /// A related location (SARIF §3.27.22), its columns in UTF-16 code units
    /// read from its file's captured lines; in characters where wflint did not
    /// capture them (a file without findings of its own), the same for ASCII.
    private func relatedLocation(_ location: RelatedLocation, id: Int, context: ResultContext) -> JSONOutput {
        // Compared exactly: a related file named in another Unicode spelling
        // of this one's name is another file, with lines of its own.
        let source = location.file.isExactly(context.file.path)
            ? context.file.source : context.report.source(of: location.file)
        let range = location.range
        let column = { (line: Int, column: Int) in source?.utf16Column(line: line, column: column) ?? column }
        return .object([
            ("id", .integer(id)),
            ("physicalLocation", .object([
                ("artifactLocation", artifactLocation(location.file, context.report)),
                ("region", .object([
                    ("startLine", .integer(range.start.line)),
                    ("startColumn", .integer(column(range.start.line, range.start.column))),
                    ("endLine", .integer(range.end.line)),
                    ("endColumn", .integer(column(range.end.line, range.end.column))),
                ])),
            ])),
            ("message", .object([("text", .string(location.message))])),
        ])
    }

    /// The node's JSON pointer, and for a plan's finding the Terraform
    /// resource's address (SARIF §3.33, kind "resource").
    private func logicalLocations(_ finding: Finding) -> [JSONOutput] {
        var locations: [JSONOutput] = [.object([("fullyQualifiedName", .string(finding.pointer.description))])]
        if let address = finding.logicalLocation {
            locations.append(.object([("fullyQualifiedName", .string(address)), ("kind", .string("resource"))]))
        }
        return locations
    }

    /// The finding's fix (SARIF §3.55): one change of its file, a replacement
    /// per edit whose deleted region has both lines and UTF-16 columns and
    /// bytes of the file as linted; its applicability in `properties`.
    private func fix(_ finding: Finding, context: ResultContext) -> JSONOutput? {
        guard let fix = finding.fix, let locations = context.file.fixLocations else { return nil }
        let source = context.file.source
        let replacements = fix.edits.map { edit -> JSONOutput in
            let range = locations.range(of: edit)
            var replacement: [(String, JSONOutput)] = [
                ("deletedRegion", .object([
                    ("startLine", .integer(range.start.line)),
                    ("startColumn", .integer(source.utf16Column(line: range.start.line, column: range.start.column))),
                    ("endLine", .integer(range.end.line)),
                    ("endColumn", .integer(source.utf16Column(line: range.end.line, column: range.end.column))),
                    ("byteOffset", .integer(edit.range.start)),
                    ("byteLength", .integer(edit.range.count)),
                ])),
            ]
            // A deletion inserts nothing.
            if !edit.replacement.isEmpty {
                replacement.append(("insertedContent", .object([("text", .string(edit.replacement))])))
            }
            return .object(replacement)
        }
        return .object([
            ("description", .object([("text", .string(fix.message))])),
            ("artifactChanges", .array([.object([
                ("artifactLocation", artifactLocation(context.file.path, context.report)),
                ("replacements", .array(replacements)),
            ])])),
            ("properties", .object([("applicability", .string(fix.applicability.rawValue))])),
        ])
    }

    /// Columns converted to UTF-16 code units, as `columnKind` says.
    private func region(_ range: SourceRange, source: MaskedSource, snippet: String) -> JSONOutput {
        var fields: [(String, JSONOutput)] = [
            ("startLine", .integer(range.start.line)),
            ("startColumn", .integer(source.utf16Column(line: range.start.line, column: range.start.column))),
            ("endLine", .integer(range.end.line)),
            ("endColumn", .integer(source.utf16Column(line: range.end.line, column: range.end.column))),
        ]
        // A whole mapping's text would bloat the log; long regions go without,
        // and an insertion point has no text to show.
        if !snippet.isEmpty, range.end.line - range.start.line < Self.snippetLineLimit {
            fields.append(("snippet", .object([("text", .string(snippet))])))
        }
        return .object(fields)
    }

    static let snippetLineLimit = 20

    private func artifactLocation(_ path: String, _ report: LintReport) -> JSONOutput {
        let uri = ArtifactURI(path: path, sourceRoot: report.sourceRoot)
        var fields: [(String, JSONOutput)] = [("uri", .string(uri.uri))]
        if uri.isRelative { fields.append(("uriBaseId", .string(Self.sourceRootID))) }
        return .object(fields)
    }

    // MARK: - Text helpers

    static func problemSeverity(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .note: return "recommendation"
        }
    }

    static func notificationSummary(_ kind: ToolNotification.Kind) -> String {
        switch kind {
        case .unreadableFile: return "An input file could not be read."
        case .setupFailed: return "A rule pack, configuration file or baseline could not be loaded; nothing was linted."
        }
    }

    /// GitHub shows descriptions up to 1024 characters.
    static func limited(_ text: String) -> String {
        text.count <= 1024 ? text : String(text.prefix(1023)) + "…"
    }

    static func firstParagraph(_ markdown: String) -> String {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        let paragraph = lines.drop { $0.allSatisfy(\.isWhitespace) }.prefix { !$0.allSatisfy(\.isWhitespace) }
        return paragraph.joined(separator: " ")
    }
}

/// The rules of the run in `driver.rules` order: the loaded ones, then any
/// rule a finding names that was not among them, so that every `ruleIndex`
/// points at its rule.
private struct RuleIndex {
    private(set) var descriptors: [RuleDescriptor]
    private var positions: [String: Int] = [:]

    init(_ report: LintReport) {
        descriptors = report.rules
        for (index, rule) in descriptors.enumerated() where positions[rule.id] == nil { positions[rule.id] = index }
        let all = report.files.flatMap { $0.findings + $0.suppressed.map(\.finding) }
        for finding in all where positions[finding.ruleID] == nil {
            positions[finding.ruleID] = descriptors.count
            descriptors.append(RuleDescriptor(
                id: finding.ruleID, name: finding.ruleName, severity: finding.severity,
                summary: finding.ruleName, description: "", help: .none))
        }
    }

    func index(of ruleID: String) -> Int { positions[ruleID] ?? 0 }
}
