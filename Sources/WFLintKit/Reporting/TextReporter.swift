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
    /// Each finding's lines are written as UTF-8 bytes into one buffer, used
    /// again for every finding, and made a string once: appended to a string
    /// piece by piece (some 27 pieces a finding, about 350 instructions each),
    /// they cost about 9 K instructions a finding more.
    public func write(_ report: LintReport, chunkSize: Int = ReportChunks.defaultSize, to emit: (String) -> Void) {
        var chunks = ReportChunks(size: chunkSize)
        var lines: [UInt8] = []
        for notification in report.notifications {
            lines.removeAll(keepingCapacity: true)
            paint(.bold, into: &lines) { out in
                out.append(utf8: notification.path.map(Self.shownPath) ?? report.tool.name)
                out.append(literal: ":")
            }
            lines.append(literal: " ")
            appendSeverityLabel(notification.severity, to: &lines)
            lines.append(literal: " ")
            lines.append(utf8: Self.singleLine(notification.message))
            lines.append(literal: "\n")
            chunks.text += String(decoding: lines, as: UTF8.self)
        }
        for file in report.files where !file.findings.isEmpty {
            for finding in file.findings {
                lines.removeAll(keepingCapacity: true)
                appendHeadline(finding, path: file.path, fixable: report.isFixable(finding), to: &lines)
                appendExcerpt(finding.range, in: file.source, to: &lines)
                for related in finding.related { appendNote(related, to: &lines) }
                if let address = finding.logicalLocation { appendLogicalLocation(address, to: &lines) }
                chunks.text += String(decoding: lines, as: UTF8.self)
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
    func appendHeadline(_ finding: Finding, path: String, fixable: Bool = false, to out: inout [UInt8]) {
        paint(.bold, into: &out) { out in
            out.append(utf8: Self.shownPath(path))
            out.append(literal: ":")
            out.append(decimal: finding.range.start.line)
            out.append(literal: ":")
            out.append(decimal: finding.range.start.column)
            out.append(literal: ":")
        }
        out.append(literal: " ")
        appendSeverityLabel(finding.severity, to: &out)
        out.append(literal: fixable ? " [*] " : " ")
        paint(.bold, into: &out) { $0.append(utf8: Self.singleLine(finding.message)) }
        out.append(literal: " ")
        paint(.dim, into: &out) { out in
            out.append(literal: "[")
            out.append(utf8: finding.ruleID)
            out.append(literal: " ")
            out.append(utf8: finding.ruleName)
            out.append(literal: "]")
        }
        out.append(literal: "\n")
    }

    /// `  note: first defined at a.yaml:3:5`, under the finding's excerpt.
    func appendNote(_ related: RelatedLocation, to out: inout [UInt8]) {
        appendNoteLabel(to: &out)
        // A Terraform name or address in it is the file's text: its controls are escaped, as a message's are.
        out.append(utf8: Self.singleLine(SchemaMessages.escapingControls(related.sentence)))
        out.append(literal: "\n")
    }

    /// `  note: in resource ADDRESS`, under the excerpt: the Terraform
    /// resource a plan's finding is about, which its position alone does not say.
    func appendLogicalLocation(_ address: String, to out: inout [UInt8]) {
        appendNoteLabel(to: &out)
        out.append(literal: "in resource ")
        out.append(utf8: Self.singleLine(SchemaMessages.escapingControls(address)))
        out.append(literal: "\n")
    }

    /// `  note: `, as each line under an excerpt starts.
    private func appendNoteLabel(to out: inout [UInt8]) {
        out.append(literal: "  ")
        paint(.cyan, into: &out) { $0.append(literal: "note:") }
        out.append(literal: " ")
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
    func appendExcerpt(_ range: SourceRange, in source: MaskedSource, to out: inout [UInt8]) {
        guard let length = source.characterCount(ofLine: range.start.line) else { return }
        let startIndex = max(range.start.column - 1, 0)
        let endIndex = range.end.line == range.start.line ? range.end.column - 1 : length
        let window = Self.excerptWindow(lineLength: length, findingStart: startIndex)
        let shown = source.scalars(ofLine: range.start.line, columns: window) ?? []
        let clippedBefore = window.lowerBound > 0
        let clippedAfter = window.upperBound < length
        let width = max(1, min(endIndex, window.upperBound) - startIndex)

        let numberWidth = Self.decimalWidth(range.start.line)
        let indent = max(1, 5 - numberWidth)
        out.append(repeating: " ", count: indent)
        out.append(decimal: range.start.line)
        out.append(literal: clippedBefore ? " | …" : " | ")
        Self.appendPrintable(shown, to: &out)
        out.append(literal: clippedAfter ? "…\n" : "\n")
        out.append(repeating: " ", count: indent + numberWidth)
        out.append(literal: " | ")
        // Keep tabs under tabs so the caret lines up whatever the tab width.
        if clippedBefore { out.append(UInt8(ascii: " ")) }
        for index in window.lowerBound..<max(startIndex, window.lowerBound) {
            let offset = index - window.lowerBound
            out.append(offset < shown.count && shown[offset] == "\t" ? UInt8(ascii: "\t") : UInt8(ascii: " "))
        }
        paint(.green, into: &out) { out in
            out.append(literal: "^")
            out.append(repeating: "~", count: width - 1)
        }
        out.append(literal: "\n")
    }

    /// The excerpt alone, as a string.
    func excerpt(_ range: SourceRange, in source: MaskedSource) -> String {
        var out: [UInt8] = []
        appendExcerpt(range, in: source, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// How many characters `String(number)` has.
    static func decimalWidth(_ number: Int) -> Int {
        var width = number < 0 ? 2 : 1
        var rest = number.magnitude / 10
        while rest > 0 {
            width += 1
            rest /= 10
        }
        return width
    }

    /// The columns (0-based) of a line the excerpt shows: all of a short line;
    /// of a long one, `excerptWidth` characters starting a little before the
    /// finding (or ending at the line's end when the finding is near it).
    static func excerptWindow(lineLength: Int, findingStart: Int) -> Range<Int> {
        guard lineLength > excerptWidth else { return 0..<lineLength }
        let lower = max(0, min(findingStart - excerptContext, lineLength - excerptWidth))
        return lower..<(lower + excerptWidth)
    }

    /// `3 errors, 1 warning in 2 files; 40 files checked`. A run that could
    /// not read a file never says only "no problems found": that holds for
    /// the files checked, if any.
    func summary(_ report: LintReport) -> String {
        var counts: [String] = []
        for (count, noun) in [(report.errorCount, "error"), (report.warningCount, "warning"), (report.noteCount, "note")]
        where count > 0 {
            counts.append(Self.plural(count, noun))
        }
        let unreadable = report.notifications.filter { $0.kind == .unreadableFile }.count
        let checked = Self.plural(report.filesChecked, "file") + " checked"
        var parts: [String] = []
        if !counts.isEmpty {
            parts += [counts.joined(separator: ", ") + " in " + Self.plural(report.filesWithFindings, "file"), checked]
        } else if unreadable == 0 {
            parts += ["no problems found", checked]
        } else {
            parts.append(report.filesChecked == 0 ? "no file checked" : "no problems found in the " + checked)
        }
        if report.suppressedCount > 0 { parts.append("\(report.suppressedCount) suppressed") }
        if unreadable > 0 { parts.append(Self.plural(unreadable, "file") + " could not be read") }
        return parts.joined(separator: "; ")
    }

    static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)" + (count == 1 ? "" : "s")
    }

    /// A file's name with its control characters and line breaks escaped
    /// (`a\nb.yaml`, `a\u001Bb.yaml`): a name is the user's, but the files a
    /// folder walk finds are anyone's who can add one to the repository.
    static func shownPath(_ path: String) -> String {
        SchemaMessages.escapingControls(path, lineBreaksToo: true)
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
    static func appendPrintable(_ line: some Sequence<Unicode.Scalar>, to out: inout [UInt8]) {
        for scalar in line {
            // A tab stays: it lines the caret up under tabs.
            let shown = scalar != "\t" && scalar.isControlOrLineSeparator ? "\u{FFFD}" : scalar
            // Nearly every character is ASCII, one byte: encoded through
            // `UTF8.encode`'s closure, a line cost about 18 instructions a character.
            if shown.isASCII {
                out.append(UInt8(truncatingIfNeeded: shown.value))
            } else {
                UTF8.encode(shown) { out.append($0) }
            }
        }
    }

    // MARK: - Color

    enum Style: String {
        case bold = "1", dim = "2", red = "1;31", yellow = "1;33", cyan = "1;36", green = "32"
    }

    /// What `write` appends to `out`, painted in `style`.
    func paint(_ style: Style, into out: inout [UInt8], _ write: (inout [UInt8]) -> Void) {
        guard color else { return write(&out) }
        out.append(literal: "\u{1B}[")
        out.append(utf8: style.rawValue)
        out.append(literal: "m")
        write(&out)
        out.append(literal: "\u{1B}[0m")
    }

    func appendSeverityLabel(_ severity: Severity, to out: inout [UInt8]) {
        switch severity {
        case .error: paint(.red, into: &out) { $0.append(literal: "error:") }
        case .warning: paint(.yellow, into: &out) { $0.append(literal: "warning:") }
        case .note: paint(.cyan, into: &out) { $0.append(literal: "note:") }
        }
    }
}

extension [UInt8] {
    /// `text`'s UTF-8, copied from the string's storage in one piece.
    fileprivate mutating func append(utf8 text: String) {
        let copied: Void? = text.utf8.withContiguousStorageIfAvailable { append(contentsOf: $0) }
        if copied == nil { append(contentsOf: text.utf8) }
    }

    /// `count` copies of an ASCII character; none when `count` is not positive.
    fileprivate mutating func append(repeating character: Unicode.Scalar, count: Int) {
        append(contentsOf: repeatElement(UInt8(ascii: character), count: Swift.max(0, count)))
    }

    /// `text`'s bytes: a literal's, read where the program holds them (no
    /// string made, retained and released for each piece).
    fileprivate mutating func append(literal text: StaticString) {
        text.withUTF8Buffer { bytes in
            for byte in bytes { append(byte) }
        }
    }

    /// `number` in decimal, as `String(number)` writes it, from its first
    /// digit on (no string made, and nothing reversed afterwards).
    fileprivate mutating func append(decimal number: Int) {
        if number < 0 { append(UInt8(ascii: "-")) }
        let magnitude = number.magnitude
        var unit: UInt = 1
        while magnitude / unit >= 10 { unit *= 10 }
        while unit > 0 {
            append(UInt8(ascii: "0") + UInt8(magnitude / unit % 10))
            unit /= 10
        }
    }
}
