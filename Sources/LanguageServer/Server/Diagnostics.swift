import DocumentModel
import WFLintKit

/// Findings as LSP diagnostics: one per finding, at its exact range in the
/// negotiated encoding, with the rule's id as `code`, its docs as
/// `codeDescription.href`, its name in the message and its fix in `data`.
/// A finding's message and fix never hold a secret (`Finding`, `Fix`), so
/// neither does a diagnostic.
struct DiagnosticBuilder {
    let uri: String
    let lines: LineTable
    let encoding: PositionEncoding
    /// The rules the findings came from, for their help addresses.
    let rules: RuleTable
    /// The URI and lines of another file a related location is in (nil: unreadable).
    let otherFile: (String) -> (uri: String, lines: LineTable)?

    func diagnostic(_ finding: Finding) -> JSONOutput {
        var members: [(String, JSONOutput)] = [
            ("range", range(finding.range)),
            ("severity", .integer(Self.severity(finding.severity))),
            ("code", .string(finding.ruleID)),
        ]
        if let descriptor = rules.entry(finding.ruleID)?.descriptor, let href = ToolInfo.wflint.helpURI(for: descriptor) {
            members.append(("codeDescription", .object([("href", .string(href))])))
        }
        members.append(("source", .string("wflint")))
        members.append(("message", .string("\(finding.message) [\(finding.ruleName)]")))
        let related = finding.related.compactMap { relatedInformation($0, of: finding) }
        if !related.isEmpty { members.append(("relatedInformation", .array(related))) }
        if let fix = finding.fix { members.append(("data", .object([("fix", self.fix(fix))]))) }
        return .object(members)
    }

    /// "first defined" and Terraform's "used by": a location and its words.
    private func relatedInformation(_ related: RelatedLocation, of finding: Finding) -> JSONOutput? {
        let place: (uri: String, lines: LineTable)
        if related.file == finding.file {
            place = (uri, lines)
        } else if let other = otherFile(related.file) {
            place = other
        } else {
            return nil
        }
        let start = place.lines.position(of: related.range.start, encoding: encoding)
        let end = place.lines.position(of: related.range.end, encoding: encoding)
        return .object([
            ("location", .object([("uri", .string(place.uri)), ("range", Self.range(start, end))])),
            ("message", .string(related.message)),
        ])
    }

    /// LSP's severities: 1 error, 2 warning, 3 information (a note).
    static func severity(_ severity: Severity) -> Int {
        switch severity {
        case .error: 1
        case .warning: 2
        case .note: 3
        }
    }

    func range(_ range: SourceRange) -> JSONOutput {
        Self.range(lines.position(of: range.start, encoding: encoding), lines.position(of: range.end, encoding: encoding))
    }

    func range(_ range: ByteRange) -> JSONOutput {
        Self.range(
            lines.position(ofByte: range.start, encoding: encoding), lines.position(ofByte: range.end, encoding: encoding))
    }

    static func range(_ start: TextPosition, _ end: TextPosition) -> JSONOutput {
        .object([("start", position(start)), ("end", position(end))])
    }

    static func position(_ position: TextPosition) -> JSONOutput {
        .object([("line", .integer(position.line)), ("character", .integer(position.character))])
    }

    /// A fix as the edits a client applies (`TextEdit[]`), with whether
    /// `--fix` would apply it and what it does.
    func fix(_ fix: Fix) -> JSONOutput {
        .object([
            ("applicability", .string(fix.applicability.rawValue)),
            ("message", .string(fix.message)),
            ("edits", .array(fix.edits.map { edit in
                .object([("range", range(edit.range)), ("newText", .string(edit.replacement))])
            })),
        ])
    }
}
