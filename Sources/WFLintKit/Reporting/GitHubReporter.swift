/// GitHub Actions workflow commands, one a finding, so findings show on the
/// pull request without an upload step:
///
///     ::error file=a.yaml,line=3,col=5,endLine=3,endColumn=9,title=WF003 unknown-field::message
///
/// `note` findings become `::notice`. Positions are the text output's.
/// A finding's related locations are lines of its message
/// (`note: first defined at a.yaml:3:5`).
/// GitHub annotations take columns only within one line, so a finding that
/// spans lines gives `line` and `endLine` alone.
public struct GitHubReporter: Sendable {
    public init() {}

    public func render(_ report: LintReport) -> String {
        ReportChunks.whole { write(report, chunkSize: $0, to: $1) }
    }

    /// The commands in chunks of about `chunkSize` bytes, as `TextReporter.write`.
    public func write(_ report: LintReport, chunkSize: Int = ReportChunks.defaultSize, to emit: (String) -> Void) {
        var chunks = ReportChunks(size: chunkSize)
        for notification in report.notifications {
            var properties: [(String, String)] = []
            if let path = notification.path { properties.append(("file", Self.shownPath(path))) }
            if let position = notification.position {
                properties += [("line", String(position.line)), ("col", String(position.column))]
            }
            properties.append(("title", "wflint " + notification.kind.rawValue))
            chunks.text += Self.command(Self.commandName(notification.severity), properties, notification.message)
        }
        for file in report.files {
            for finding in file.findings {
                let range = finding.range
                var properties: [(String, String)] = [
                    ("file", Self.shownPath(file.path)), ("line", String(range.start.line)),
                ]
                if range.start.line == range.end.line {
                    properties.append(("col", String(range.start.column)))
                    properties.append(("endLine", String(range.end.line)))
                    properties.append(("endColumn", String(range.end.column)))
                } else {
                    properties.append(("endLine", String(range.end.line)))
                }
                // A plan's finding names its resource, which its line alone does not.
                // Names from the file (a resource's, a plan's address) with their controls escaped, as messages'.
                let resource = finding.logicalLocation.map { " in " + SchemaMessages.escapingControls($0) } ?? ""
                properties.append(("title", finding.ruleID + " " + finding.ruleName + resource))
                // An annotation has one place: the related ones are lines of its message.
                let notes = finding.related.map { "\nnote: " + SchemaMessages.escapingControls($0.sentence) }.joined()
                chunks.text += Self.command(Self.commandName(finding.severity), properties, finding.message + notes)
                chunks.emitIfFull(emit)
            }
        }
        chunks.finish(emit)
    }

    /// A file's name with its control characters escaped, as in messages
    /// (`SchemaMessages.escapingControls`); its CR and LF are left to the
    /// runner's escaping (`escapeProperty`), which it undoes to find the file.
    static func shownPath(_ path: String) -> String {
        SchemaMessages.escapingControls(path)
    }

    static func commandName(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .note: return "notice"
        }
    }

    static func command(_ name: String, _ properties: [(String, String)], _ message: String) -> String {
        let list = properties.map { $0.0 + "=" + escapeProperty($0.1) }.joined(separator: ",")
        return "::" + name + " " + list + "::" + escapeData(message) + "\n"
    }

    /// The runner's rules for the message: `%`, CR and LF are percent-encoded.
    static func escapeData(_ text: String) -> String {
        escape(text, extra: [])
    }

    /// Property values also encode `:` and `,`, which delimit properties.
    static func escapeProperty(_ text: String) -> String {
        escape(text, extra: [":", ","])
    }

    private static func escape(_ text: String, extra: Set<Unicode.Scalar>) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case ":" where extra.contains(scalar): out += "%3A"
            case "," where extra.contains(scalar): out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
