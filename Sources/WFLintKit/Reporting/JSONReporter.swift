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
        document(report).rendered()
    }

    public func document(_ report: LintReport) -> JSONOutput {
        var helpURIs: [String: String] = [:]
        for rule in report.rules { helpURIs[rule.id] = report.tool.helpURI(for: rule) }
        let finding = { (file: LintReport.FileReport, finding: Finding, fixed: Bool) in
            self.finding(file.path, finding, helpURI: helpURIs[finding.ruleID], fix: fixed ? self.fix(finding, in: file) : .null)
        }
        let findings = report.files.flatMap { file in file.findings.map { finding(file, $0, true) } }
        // A silenced finding is not fixed, so it offers no fix.
        let suppressed = report.files.flatMap { file in
            file.suppressed.map { suppressed in
                guard case .object(var fields) = finding(file, suppressed.finding, false) else { return JSONOutput.null }
                var suppression: [(String, JSONOutput)] = [("kind", .string(suppressed.kind.rawValue))]
                suppression.append(("justification", suppressed.justification.map { .string($0) } ?? .null))
                fields.append(("suppression", .object(suppression)))
                return .object(fields)
            }
        }
        return .object([
            ("version", .integer(Self.formatVersion)),
            ("tool", .object([("name", .string(report.tool.name)), ("version", .string(report.tool.version))])),
            ("findings", .array(findings)),
            ("suppressed", .array(suppressed)),
            ("notifications", .array(report.notifications.map(notification))),
            ("summary", summary(report)),
        ])
    }

    /// `helpURI`: the rule's help address, null when it has none.
    /// `related` is there only when the finding has related locations.
    private func finding(_ path: String, _ finding: Finding, helpURI: String?, fix: JSONOutput) -> JSONOutput {
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
        return .object(fields)
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
