import DocumentModel

extension FixedSource {
    /// What fixing changed, as a unified diff of the file `path` (`""` when
    /// nothing changed): `--diff`'s output. Both sides are masked as every
    /// output masks a file (`MaskedSource`): the text as read with its own
    /// secrets, the fixed text with the fixed lint's.
    public func diff(path: String) -> String {
        guard changed else { return "" }
        // A stream's secrets copied into another document (`SecretsAcrossDocuments`)
        // are masked wherever the diff shows them: the fixed text's lint marks
        // them only near its findings, and a fixed line may have none left.
        return UnifiedDiff.text(
            path: path, from: original, sensitiveRanges: originalSensitiveRanges, to: bytes,
            sensitiveRanges: linted.sensitiveRanges, secretTexts: linted.secretTexts)
    }
}

extension UnifiedDiff {
    /// The unified diff of two texts of the file `path`, each masked with its
    /// sensitive ranges.
    static func text(
        path: String, from oldBytes: [UInt8], sensitiveRanges oldSensitive: [SourceRange], to newBytes: [UInt8],
        sensitiveRanges newSensitive: [SourceRange], secretTexts: Set<String> = []
    ) -> String {
        let old = DiffSide(oldBytes)
        let new = DiffSide(newBytes)
        let diff = UnifiedDiff(LineDiff.operations(from: old.lineBytes, to: new.lineBytes))
        var oldShown: [Int] = []
        var newShown: [Int] = []
        for line in diff.hunks.flatMap(\.lines) {
            switch line {
            case .context(let index, _), .deleted(let index): oldShown.append(index)
            case .inserted(let index): newShown.append(index)
            }
        }
        let oldText = old.masked(
            showing: oldShown, sensitiveRanges: oldSensitive + old.copies(of: secretTexts, onLines: oldShown))
        let newText = new.masked(
            showing: newShown, sensitiveRanges: newSensitive + new.copies(of: secretTexts, onLines: newShown))
        return diff.rendered(path: path, old: oldText, new: newText)
    }
}

/// One text of a diff, split into lines as findings count them: at LF,
/// CR LF or a lone CR, each line with its line break.
private struct DiffSide {
    let bytes: [UInt8]
    /// Each line's bytes, its line break included (line 1's byte-order mark too).
    let lines: [(range: Range<Int>, lineBreak: Int)]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var lines: [(Range<Int>, Int)] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else { continue }
            var breakLength = 1
            if byte == UInt8(ascii: "\r"), index < bytes.count, bytes[index] == UInt8(ascii: "\n") {
                index += 1
                breakLength = 2
            }
            lines.append((start..<index, breakLength))
            start = index
        }
        if start < bytes.count { lines.append((start..<bytes.count, 0)) }
        self.lines = lines
    }

    var lineBytes: [ArraySlice<UInt8>] { lines.map { bytes[$0.range] } }

    /// Where `texts` are written on the lines `shown` (0-based), as ranges
    /// of lines and columns (a column counts Unicode scalars).
    func copies(of texts: Set<String>, onLines shown: [Int]) -> [SourceRange] {
        guard !texts.isEmpty else { return [] }
        let texts = SecretsAcrossDocuments.bounded(texts, searching: shown.reduce(0) { $0 + lines[$1].range.count })
        var copies: [SourceRange] = []
        bytes.withUnsafeBufferPointer { all in
            for index in shown {
                let line = UnsafeBufferPointer(rebasing: all[lines[index].range])
                // A column counts Unicode scalars: every byte but a UTF-8 continuation byte.
                func column(_ offset: Int) -> Int { line[..<offset].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }
                for copy in SecretsAcrossDocuments.copies(of: texts, in: line) {
                    copies.append(SourceRange(
                        start: SourcePosition(line: index + 1, column: column(copy.lowerBound)),
                        end: SourcePosition(line: index + 1, column: column(copy.upperBound))))
                }
            }
        }
        return copies
    }

    /// Line `index` (0-based) of the text with secrets masked, for the lines
    /// `shown` (0-based): masking reads the text as a report would.
    func masked(showing shown: [Int], sensitiveRanges: [SourceRange]) -> (Int) -> UnifiedDiff.Text {
        let source = MaskedSource(
            capturing: bytes, showing: shown.map { SourceRange(at: SourcePosition(line: $0 + 1, column: 1)) },
            sensitiveRanges: sensitiveRanges, lineHashes: false)
        let byteOrderMark = SourceText.firstLineStart(of: bytes) > 0 ? "\u{FEFF}" : ""
        return { index in
            let line = lines[index]
            let lineBreak = bytes[(line.range.upperBound - line.lineBreak)..<line.range.upperBound]
            return UnifiedDiff.Text(
                (index == 0 ? byteOrderMark : "") + (source.line(index + 1) ?? ""),
                lineBreak: String(decoding: lineBreak, as: UTF8.self))
        }
    }
}
