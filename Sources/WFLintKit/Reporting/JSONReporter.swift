import DocumentModel

/// wflint's own machine-readable format, version 1 (described in
/// `docs/output.md`). Positions are the same as in the text output: 1-based
/// lines, columns counting Unicode scalars, `end` exclusive.
public struct JSONReporter: Sendable {
    /// Bumped only for a change that could break a consumer (a field removed,
    /// renamed or retyped); new fields may appear within a version.
    public static let formatVersion = 1

    public init() {}

    public func render(_ report: LintReport) -> String {
        ReportChunks.whole { write(report, chunkSize: $0, to: $1) }
    }

    /// The document in pieces of about `chunkSize` bytes, as
    /// `TextReporter.write`: its findings are made and written one at a
    /// time, each chunk ending after a whole finding.
    public func write(_ report: LintReport, chunkSize: Int = ReportChunks.defaultSize, to emit: (String) -> Void) {
        var helpURIs: [String: String] = [:]
        for rule in report.rules { helpURIs[rule.id] = report.tool.helpURI(for: rule) }
        let findingFields = { (file: LintReport.FileReport, finding: Finding, fix: JSONOutput) in
            fields(file.path, finding, helpURI: helpURIs[finding.ruleID], fix: fix)
        }
        var json = JSONStreamWriter(chunkSize: chunkSize)
        json.beginObject()
        json.member("version", .integer(Self.formatVersion))
        json.member("tool", .object([("name", .string(report.tool.name)), ("version", .string(report.tool.version))]))
        json.name("findings")
        json.beginArray()
        for file in report.files {
            for finding in file.findings {
                json.value(.object(findingFields(file, finding, fix(finding, in: file))))
                json.emitIfFull(emit)
            }
        }
        json.endArray()
        json.name("suppressed")
        json.beginArray()
        for file in report.files {
            for suppressed in file.suppressed {
                // A silenced finding is not fixed, so it offers no fix.
                let suppression: [(String, JSONOutput)] = [
                    ("kind", .string(suppressed.kind.rawValue)),
                    ("justification", suppressed.justification.map { .string($0) } ?? .null),
                ]
                json.value(.object(findingFields(file, suppressed.finding, .null) + [("suppression", .object(suppression))]))
                json.emitIfFull(emit)
            }
        }
        json.endArray()
        json.member("notifications", .array(report.notifications.map(notification)))
        json.member("summary", summary(report))
        json.endObject()
        json.finish(emit)
    }

    /// `helpURI`: the rule's help address, null when it has none.
    /// `related` is there only when the finding has related locations.
    private func fields(_ path: String, _ finding: Finding, helpURI: String?, fix: JSONOutput) -> [(String, JSONOutput)] {
        var fields: [(String, JSONOutput)] = [
            ("file", .string(path)),
            ("document", .integer(finding.documentIndex)),
            ("ruleId", .string(finding.ruleID)),
            ("ruleName", .string(finding.ruleName)),
            ("helpUri", helpURI.map { .string($0) } ?? .null),
            ("severity", .string(finding.severity.rawValue)),
            ("message", .string(finding.message)),
            ("pointer", .string(finding.pointer.description)),
            ("start", position(finding.range.start)),
            ("end", position(finding.range.end)),
            ("fix", fix),
        ]
        if !finding.related.isEmpty {
            fields.append(("related", .array(finding.related.map { related in
                .object([
                    ("file", .string(related.file)),
                    ("message", .string(related.message)),
                    ("start", position(related.range.start)),
                    ("end", position(related.range.end)),
                ])
            })))
        }
        if let address = finding.logicalLocation { fields.append(("logicalLocation", .string(address))) }
        return fields
    }

    /// The finding's fix: its applicability, message and edits, each with
    /// its bytes in the file as linted and its lines and columns; null when
    /// it has none.
    private func fix(_ finding: Finding, in file: LintReport.FileReport) -> JSONOutput {
        guard let fix = finding.fix, let locations = file.fixLocations else { return .null }
        return .object([
            ("applicability", .string(fix.applicability.rawValue)),
            ("message", .string(fix.message)),
            ("edits", .array(fix.edits.map { edit in
                let range = locations.range(of: edit)
                return .object([
                    ("byteOffset", .integer(edit.range.start)),
                    ("byteLength", .integer(edit.range.count)),
                    ("start", position(range.start)),
                    ("end", position(range.end)),
                    ("text", .string(edit.replacement)),
                ])
            })),
        ])
    }

    private func position(_ position: SourcePosition) -> JSONOutput {
        .object([("line", .integer(position.line)), ("column", .integer(position.column))])
    }

    private func notification(_ notification: ToolNotification) -> JSONOutput {
        .object([
            ("kind", .string(notification.kind.rawValue)),
            ("file", notification.path.map { .string($0) } ?? .null),
            ("start", notification.position.map(position) ?? .null),
            ("severity", .string(notification.severity.rawValue)),
            ("message", .string(notification.message)),
        ])
    }

    private func summary(_ report: LintReport) -> JSONOutput {
        .object([
            ("filesChecked", .integer(report.filesChecked)),
            ("filesWithFindings", .integer(report.filesWithFindings)),
            ("errors", .integer(report.errorCount)),
            ("warnings", .integer(report.warningCount)),
            ("notes", .integer(report.noteCount)),
            ("suppressed", .integer(report.suppressedCount)),
            ("exitCode", .integer(report.exitCode)),
        ])
    }
}
