import DocumentModel

/// The default output, in the form compilers print and editors and CI parse:
///
///     path:line:col: error: message [WF003 unknown-field]
///         3 |   CognitoConfg:
///           |   ^~~~~~~~~~~~
///
/// then a closing summary. Columns count Unicode scalars, as everywhere in
/// wflint except SARIF.
public struct TextReporter: Sendable {
    /// ANSI colors; the command line decides (a terminal, and no `NO_COLOR`).
    public var color: Bool

    public init(color: Bool) {
        self.color = color
    }

    public func render(_ report: LintReport) -> String {
        ReportChunks.whole { write(report, chunkSize: $0, to: $1) }
    }

    /// The report in pieces of about `chunkSize` bytes, each handed to
    /// `emit` as soon as it is full: the whole text of a long stream's
    /// report is megabytes, held twice while a string grows past its
    /// capacity (docs/performance.md, "The report written as it is made").
    public func write(_ report: LintReport, chunkSize: Int = ReportChunks.defaultSize, to emit: (String) -> Void) {
        var chunks = ReportChunks(size: chunkSize)
        for notification in report.notifications {
            let place = notification.path ?? report.tool.name
            chunks.text += paint(place + ":", .bold) + " " + severityLabel(notification.severity) + " "
                + Self.singleLine(notification.message) + "\n"
        }
        for file in report.files where !file.findings.isEmpty {
            for finding in file.findings {
                appendHeadline(finding, path: file.path, fixable: report.isFixable(finding), to: &chunks.text)
                chunks.text += excerpt(finding.range, in: file.source)
                for related in finding.related { chunks.text += note(related) }
                if let address = finding.logicalLocation { chunks.text += logicalLocation(address) }
                chunks.emitIfFull(emit)
            }
        }
        chunks.text += summary(report) + "\n"
        if let fixable = Self.fixableSummary(report) { chunks.text += fixable + "\n" }
        chunks.finish(emit)
    }

    /// `path:line:col: severity: message [ID name]`, with `[*] ` before the
    /// message when `--fix` would fix it (as ruff marks it, where editors
    /// show it with the message).
    /// Appended piece by piece: a headline made of joined and interpolated
    /// strings cost 13 K instructions, more than its finding's check.
    func appendHeadline(_ finding: Finding, path: String, fixable: Bool = false, to out: inout String) {
        paint(.bold, into: &out) { out in
            out += path
            out += ":"
            out += String(finding.range.start.line)
            out += ":"
            out += String(finding.range.start.column)
            out += ":"
        }
        out += " "
        out += severityLabel(finding.severity)
        out += fixable ? " [*] " : " "
        paint(.bold, into: &out) { $0 += Self.singleLine(finding.message) }
        out += " "
        paint(.dim, into: &out) { out in
            out += "["
            out += finding.ruleID
            out += " "
            out += finding.ruleName
            out += "]"
        }
        out += "\n"
    }

    /// `  note: first defined at a.yaml:3:5`, under the finding's excerpt.
    func note(_ related: RelatedLocation) -> String {
        "  " + paint("note:", .cyan) + " " + Self.singleLine(related.sentence) + "\n"
    }

    /// `  note: in resource ADDRESS`, under the excerpt: the Terraform
    /// resource a plan's finding is about, which its position alone does not say.
    func logicalLocation(_ address: String) -> String {
        "  " + paint("note:", .cyan) + " in resource " + Self.singleLine(address) + "\n"
    }

    /// `[*] 3 fixable with --fix (1 more with --unsafe-fixes)`, or
    /// `1 fixable with --fix --unsafe-fixes` when only unsafe fixes are left;
    /// nil when no reported finding has a fix.
    static func fixableSummary(_ report: LintReport) -> String? {
        let (fixable, unsafeOnly) = report.fixableCounts
        guard fixable > 0 else { return unsafeOnly > 0 ? "\(unsafeOnly) fixable with --fix --unsafe-fixes" : nil }
        let flags = report.appliesUnsafeFixes ? "--fix --unsafe-fixes" : "--fix"
        return "[*] \(fixable) fixable with \(flags)" + (unsafeOnly > 0 ? " (\(unsafeOnly) more with --unsafe-fixes)" : "")
    }

    /// The widest excerpt line, in characters: a minified file or a huge
    /// value must not flood the terminal with one line.
    static let excerptWidth = 200
    /// How much of the line before the finding a clipped excerpt keeps.
    static let excerptContext = 40

    /// The finding's first line with a caret under its start and tildes under
    /// the rest of the range on that line. A line wider than `excerptWidth` is
    /// clipped to a window around the finding, with `…` where it was cut.
    func excerpt(_ range: SourceRange, in source: MaskedSource) -> String {
        guard let length = source.characterCount(ofLine: range.start.line) else { return "" }
        let startIndex = max(range.start.column - 1, 0)
        let endIndex = range.end.line == range.start.line ? range.end.column - 1 : length
        let window = Self.excerptWindow(lineLength: length, findingStart: startIndex)
        let shown = source.scalars(ofLine: range.start.line, columns: window) ?? []
        let clippedBefore = window.lowerBound > 0
        let clippedAfter = window.upperBound < length
        let width = max(1, min(endIndex, window.upperBound) - startIndex)

        // Keep tabs under tabs so the caret lines up whatever the tab width.
        // Made as bytes: a string grown a `Character` at a time cost about a
        // hundred instructions a column.
        var padding: [UInt8] = clippedBefore ? [UInt8(ascii: " ")] : []
        for index in window.lowerBound..<max(startIndex, window.lowerBound) {
            let offset = index - window.lowerBound
            padding.append(offset < shown.count && shown[offset] == "\t" ? UInt8(ascii: "\t") : UInt8(ascii: " "))
        }
        let number = String(range.start.line)
        let indent = max(1, 5 - number.count)
        // Appended piece by piece, as the headline is.
        var out = Self.repeated(" ", indent)
        out += number
        out += clippedBefore ? " | …" : " | "
        out += Self.printable(shown[...])
        out += clippedAfter ? "…\n" : "\n"
        out += Self.repeated(" ", indent + number.utf8.count)
        out += " | "
        out += String(decoding: padding, as: UTF8.self)
        paint(.green, into: &out) { out in
            out += "^"
            out += Self.repeated("~", width - 1)
        }
        out += "\n"
        return out
    }

    /// `count` copies of an ASCII character, written into the string's own
    /// storage: `String(repeating: Character, count:)` cost about 1,600
    /// instructions for a handful of spaces.
    static func repeated(_ character: Unicode.Scalar, _ count: Int) -> String {
        let count = max(0, count)
        return String(unsafeUninitializedCapacity: count) { bytes in
            bytes.initialize(repeating: UInt8(ascii: character))
            return count
        }
    }

    /// The columns (0-based) of a line the excerpt shows: all of a short line;
    /// of a long one, `excerptWidth` characters starting a little before the
    /// finding (or ending at the line's end when the finding is near it).
    static func excerptWindow(lineLength: Int, findingStart: Int) -> Range<Int> {
        guard lineLength > excerptWidth else { return 0..<lineLength }
        let lower = max(0, min(findingStart - excerptContext, lineLength - excerptWidth))
        return lower..<(lower + excerptWidth)
    }

    /// `3 errors, 1 warning in 2 files; 40 files checked`.
    func summary(_ report: LintReport) -> String {
        var counts: [String] = []
        for (count, noun) in [(report.errorCount, "error"), (report.warningCount, "warning"), (report.noteCount, "note")]
        where count > 0 {
            counts.append(Self.plural(count, noun))
        }
        var parts: [String] = []
        if counts.isEmpty {
            parts.append("no problems found")
        } else {
            parts.append(counts.joined(separator: ", ") + " in " + Self.plural(report.filesWithFindings, "file"))
        }
        parts.append(Self.plural(report.filesChecked, "file") + " checked")
        if report.suppressedCount > 0 { parts.append("\(report.suppressedCount) suppressed") }
        let unreadable = report.notifications.filter { $0.kind == .unreadableFile }.count
        if unreadable > 0 { parts.append(Self.plural(unreadable, "file") + " could not be read") }
        return parts.joined(separator: "; ")
    }

    static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)" + (count == 1 ? "" : "s")
    }

    /// One finding must stay one line, whatever a message quotes: every line
    /// break (NEL and the Unicode line and paragraph separators too) is a space.
    static func singleLine(_ text: String) -> String {
        // Every line break's UTF-8 starts with one of these bytes (U+0085 with
        // C2, U+2028 and U+2029 with E2): a text without them has none.
        func mayBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D || byte == 0xC2 || byte == 0xE2 }
        // Over the bytes in memory: stepping a `String.UTF8View` cost about 30
        // instructions a byte, 3,000 for a message.
        let mayHaveBreaks = text.utf8.withContiguousStorageIfAvailable { $0.contains(where: mayBreak) }
        guard mayHaveBreaks ?? text.utf8.contains(where: mayBreak), text.unicodeScalars.contains(where: isLineBreak)
        else { return text }
        var out = ""
        for scalar in text.unicodeScalars { out.unicodeScalars.append(isLineBreak(scalar) ? " " : scalar) }
        return out
    }

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": true
        default: false
        }
    }

    /// Control characters from the file (an escape sequence could drive the
    /// terminal) and the line and paragraph separators (which some viewers
    /// break on) become U+FFFD, one for one so columns stay put.
    static func printable(_ line: some Sequence<Unicode.Scalar>) -> String {
        // Encoded into bytes and made a string once: appending to a string
        // scalar by scalar cost more than the rest of the excerpt.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(line.underestimatedCount)
        for scalar in line {
            // A tab stays: it lines the caret up under tabs.
            UTF8.encode(scalar != "\t" && scalar.isControlOrLineSeparator ? "\u{FFFD}" : scalar) { bytes.append($0) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: - Color

    enum Style: String {
        case bold = "1", dim = "2", red = "1;31", yellow = "1;33", cyan = "1;36", green = "32"
    }

    func paint(_ text: String, _ style: Style) -> String {
        guard color else { return text }
        var out = ""
        paint(style, into: &out) { $0 += text }
        return out
    }

    /// What `write` appends to `out`, painted in `style`.
    func paint(_ style: Style, into out: inout String, _ write: (inout String) -> Void) {
        guard color else { return write(&out) }
        out += "\u{1B}["
        out += style.rawValue
        out += "m"
        write(&out)
        out += "\u{1B}[0m"
    }

    func severityLabel(_ severity: Severity) -> String {
        switch severity {
        case .error: return paint("error:", .red)
        case .warning: return paint("warning:", .yellow)
        case .note: return paint("note:", .cyan)
        }
    }
}
