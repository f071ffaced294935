import DocumentModel

/// A SARIF 2.1.0 log with one run, as GitHub code scanning, SARIF viewers and
/// other CI systems read it (checked by `Tests/SARIF/validate-sarif.py`).
/// Deterministic: no timestamps, no absolute paths unless `sourceRoot` is set.
public struct SarifReporter: Sendable {
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    public static let sourceRootID = "%SRCROOT%"

    public init() {}

    public func render(_ report: LintReport) -> String {
        ReportChunks.whole { write(report, chunkSize: $0, to: $1) }
    }

    /// The log in pieces of about `chunkSize` bytes, as `TextReporter.write`:
    /// its results are made and written one at a time, each chunk ending
    /// after a whole result.
    public func write(_ report: LintReport, chunkSize: Int = ReportChunks.defaultSize, to emit: (String) -> Void) {
        let rules = RuleIndex(report)
        var json = JSONStreamWriter(chunkSize: chunkSize)
        json.beginObject()
        json.member("$schema", .string(Self.schemaURI))
        json.member("version", .string("2.1.0"))
        json.name("runs")
        json.beginArray()
        json.beginObject()
        json.member("tool", .object([("driver", driver(report, rules: rules))]))
        json.member("originalUriBaseIds", originalURIBaseIDs(report))
        json.member("columnKind", .string("utf16CodeUnits"))
        json.member("invocations", .array([invocation(report)]))
        json.name("results")
        json.beginArray()
        forEachResult(report, rules: rules) { result in
            json.value(result)
            json.emitIfFull(emit)
        }
        json.endArray()
        json.endObject()
        json.endArray()
        json.endObject()
        json.finish(emit)
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
            // Exit code 2: a file was not read or not written, or the setup failed.
            ("executionSuccessful", .bool(report.exitCode < 2 && !report.notifications.contains { $0.severity == .error })),
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
                    var physical: [(String, JSONOutput)] = [("artifactLocation", artifactLocation(path, report))]
                    // The line alone: a region's columns are UTF-16 units,
                    // and the notification has no text to count them in.
                    if let line = notification.position?.line {
                        physical.append(("region", .object([("startLine", .integer(line))])))
                    }
                    fields.append(("locations", .array([.object([("physicalLocation", .object(physical))])])))
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

    /// Each file's findings, reported and silenced, in report order; a
    /// reported one before a silenced one it ties with (a baseline that
    /// silences one of two equal findings), as a stable sort of the two
    /// lists one after the other would put them. Merged, not sorted
    /// together, which would copy every finding of a long stream's run; each
    /// list is sorted first only if it is not in order already (`RunSummary`
    /// sorts both; a `LintReport` made elsewhere need not).
    private func forEachResult(_ report: LintReport, rules: RuleIndex, _ body: (JSONOutput) -> Void) {
        for file in report.files {
            let context = ResultContext(file: file, report: report)
            let findings = Finding.inReportOrder(file.findings)
            let suppressed = Finding.inReportOrder(file.suppressed, by: \.finding)
            var (next, nextSuppressed) = (0, 0)
            while next < findings.count || nextSuppressed < suppressed.count {
                let takesReported = nextSuppressed == suppressed.count
                    || (next < findings.count && !Finding.reportOrder(suppressed[nextSuppressed].finding, findings[next]))
                if takesReported {
                    body(result(findings[next], suppression: nil, context: context, rules: rules))
                    next += 1
                } else {
                    let silenced = suppressed[nextSuppressed]
                    body(result(silenced.finding, suppression: silenced, context: context, rules: rules))
                    nextSuppressed += 1
                }
            }
        }
    }

    private struct ResultContext {
        let file: LintReport.FileReport
        let report: LintReport
    }

    private func result(
        _ finding: Finding, suppression: SuppressedFinding?, context: ResultContext, rules: RuleIndex
    ) -> JSONOutput {
        let uri = context.report.artifactURI(context.file.path)
        let value = context.file.source.text(in: finding.range)
        var fingerprints: [(String, JSONOutput)] = []
        if let lineHash = context.file.source.hash(ofLine: finding.range.start.line) {
            fingerprints.append(("primaryLocationLineHash", .string(lineHash)))
        }
        fingerprints.append((StableFingerprint.key, .string(StableFingerprint.v1(
            ruleID: finding.ruleID, path: uri.uri, pointer: finding.pointer,
            value: StableFingerprint.value(value, of: finding)))))

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
        let uri = report.artifactURI(path)
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
        // In place: a list of every finding was a copy of a long stream's.
        for file in report.files {
            for finding in file.findings { add(finding) }
            for silenced in file.suppressed { add(silenced.finding) }
        }
    }

    private mutating func add(_ finding: Finding) {
        guard positions[finding.ruleID] == nil else { return }
        positions[finding.ruleID] = descriptors.count
        descriptors.append(RuleDescriptor(
            id: finding.ruleID, name: finding.ruleName, severity: finding.severity,
            summary: finding.ruleName, description: "", help: .none))
    }

    func index(of ruleID: String) -> Int { positions[ruleID] ?? 0 }
}

extension LintReport {
    /// A path's artifact URI: relative to `sourceRoot` when given, else to
    /// the working directory, where `%SRCROOT%` is (`ArtifactURI`).
    func artifactURI(_ path: String) -> ArtifactURI {
        ArtifactURI(path: path, sourceRoot: sourceRoot ?? workingDirectory)
    }
}
