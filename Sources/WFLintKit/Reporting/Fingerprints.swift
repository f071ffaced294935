import DocumentModel

/// GitHub code scanning's `primaryLocationLineHash`, computed exactly as
/// `upload-sarif` does (github/codeql-action `src/fingerprints.ts`), so that
/// uploads through the REST API and other CI systems deduplicate alerts too and
/// `upload-sarif` finds no "inconsistent fingerprint" to warn about.
///
/// The text is read as UTF-16 code units; spaces and tabs are dropped; CR, LF
/// and CRLF all become LF. Each line's hash is a 64-bit rolling hash over the
/// 100 retained units starting at the line's first one (running on into the
/// following lines), with an end-of-file sentinel 65535 followed by zeros.
/// A value is lowercase unpadded hex, then `:n` where n counts that value's
/// occurrences so far in the file.
public struct LineHashes: Sendable {
    /// Index 0 is line 1. A text ending with a newline has one extra line.
    public let hashes: [String]

    private static let windowSize = 100
    private static let multiplier: UInt64 = 37
    private static let endOfFile: UInt16 = 65535

    public init(utf16 text: some Sequence<UInt16>) {
        var computer = Computer()
        for unit in text { computer.process(unit) }
        computer.process(Self.endOfFile)
        computer.flush()
        hashes = Self.labels(computer.hashes)
    }

    /// The lines joined with LF give exactly the text the algorithm sees after
    /// it normalises line ends, so the hashes come from `SourceLines` alone.
    public init(lines: SourceLines) {
        var builder = Builder()
        for line in lines.lines {
            var text = line
            text.withUTF8 { bytes in
                if bytes.allSatisfy({ $0 < 0x80 }) { builder.add(ascii: bytes) } else { builder.add(line.unicodeScalars) }
            }
        }
        hashes = Self.labels(builder.finished())
    }

    /// Each line's label: its hash in hex, `:`, and how many lines so far have it.
    static func labels(_ hashes: LineHashList) -> [String] {
        var counts: [UInt64: Int] = [:]
        return hashes.map { hash in
            let count = counts[hash, default: 0] + 1
            counts[hash] = count
            return label(hash, count)
        }
    }

    /// The labels of `lines` (0-based; others are left out) alone, keyed by
    /// line. Every line is counted, but only for the hashes the wanted lines
    /// have, so that a file costs its 8 bytes a line and no label or count
    /// of its own (docs/performance.md, "SARIF and JSON written as they are made").
    static func labels(_ hashes: LineHashList, ofLines lines: Set<Int>) -> [Int: String] {
        var counts: [UInt64: Int] = [:]
        for line in lines where hashes.indices.contains(line) { counts[hashes[line]] = 0 }
        guard !counts.isEmpty else { return [:] }
        var labels: [Int: String] = [:]
        for (line, hash) in hashes.enumerated() {
            guard let count = counts[hash].map({ $0 + 1 }) else { continue }
            counts[hash] = count
            if lines.contains(line) { labels[line] = label(hash, count) }
        }
        return labels
    }

    private static func label(_ hash: UInt64, _ count: Int) -> String {
        String(hash, radix: 16) + ":" + String(count)
    }

    /// The hashes of lines given one at a time, in order, without building
    /// the text they join to (`MaskedSource` feeds it the masked file, so no
    /// hash of a secret leaves wflint either: a line with a short or
    /// guessable secret in its window could be checked against guesses).
    struct Builder {
        private var computer = Computer()
        private var lineCount = 0

        /// An ASCII line (nearly all) by its bytes: a 50 MB line is hashed in
        /// a fraction of a second.
        mutating func add(ascii bytes: UnsafeBufferPointer<UInt8>) {
            startLine()
            for byte in bytes { computer.process(UInt16(byte)) }
        }

        mutating func add(_ scalars: some Sequence<Unicode.Scalar>) {
            startLine()
            for scalar in scalars {
                for unit in scalar.utf16 { computer.process(unit) }
            }
        }

        /// Lines are joined by LF.
        private mutating func startLine() {
            if lineCount > 0 { computer.process(0x0A) }
            lineCount += 1
        }

        /// One hash per line added, not yet labelled (`labels`).
        mutating func finished() -> LineHashList {
            computer.process(LineHashes.endOfFile)
            computer.flush()
            return computer.hashes
        }
    }

    /// The hash of 1-based `line`, or nil past the end.
    public func hash(ofLine line: Int) -> String? {
        line >= 1 && line <= hashes.count ? hashes[line - 1] : nil
    }

    /// The rolling state of `fingerprints.ts`'s `hash`, one code unit at a time.
    private struct Computer {
        var window = [UInt16](repeating: 0, count: LineHashes.windowSize)
        /// The line number that starts at each window slot, or nil.
        var lineStarts = [Int?](repeating: nil, count: LineHashes.windowSize)
        var hash: UInt64 = 0
        var index = 0
        var lineNumber = 0
        var atLineStart = true
        var previousWasCR = false
        /// Each line's hash, 8 bytes a line; labelled at the end.
        var hashes = LineHashList()
        let dropFactor: UInt64 = {
            var value: UInt64 = 1
            for _ in 0..<LineHashes.windowSize { value = value &* LineHashes.multiplier }
            return value
        }()

        mutating func process(_ unit: UInt16) {
            if unit == 0x20 || unit == 0x09 || (previousWasCR && unit == 0x0A) {
                previousWasCR = false
                return
            }
            var current = unit
            previousWasCR = unit == 0x0D
            if unit == 0x0D { current = 0x0A }
            if lineStarts[index] != nil { emit() }
            if atLineStart {
                atLineStart = false
                lineNumber += 1
                lineStarts[index] = lineNumber
            }
            if current == 0x0A { atLineStart = true }
            update(current)
        }

        mutating func flush() {
            for _ in 0..<LineHashes.windowSize {
                if lineStarts[index] != nil { emit() }
                update(0)
            }
        }

        private mutating func update(_ current: UInt16) {
            let dropped = window[index]
            window[index] = current
            hash = LineHashes.multiplier &* hash &+ UInt64(current) &- dropFactor &* UInt64(dropped)
            index = (index + 1) % LineHashes.windowSize
        }

        /// Lines start in increasing order, so emitting appends line by line.
        private mutating func emit() {
            hashes.append(hash)
            lineStarts[index] = nil
        }
    }
}

/// Each line's hash, by 0-based line, in blocks of 8,192 (64 KiB): the list
/// grows with no copy, where an array doubling holds its old and new buffers
/// at once (two and a half times the hashes of a long file).
struct LineHashList: RandomAccessCollection {
    private static let blockSize = 1 << 13
    private var blocks: [[UInt64]] = []
    private(set) var endIndex = 0

    var startIndex: Int { 0 }

    mutating func append(_ hash: UInt64) {
        if endIndex % Self.blockSize == 0 {
            blocks.append([])
            blocks[blocks.count - 1].reserveCapacity(Self.blockSize)
        }
        blocks[blocks.count - 1].append(hash)
        endIndex += 1
    }

    subscript(line: Int) -> UInt64 { blocks[line / Self.blockSize][line % Self.blockSize] }
}

/// wflint's own partial fingerprint (`wflint/v1`): rule, path, JSON pointer and
/// the offending value's text (secrets already masked), so it survives lines
/// added or removed anywhere in the file. Baselines can match on the same key.
public enum StableFingerprint {
    public static let key = "wflint/v1"

    /// 64-bit FNV-1a over the UTF-8 of the four fields, each followed by a
    /// NUL, as 16 lowercase hex digits.
    /// The value part of a finding's fingerprint: its text, then the
    /// finding's `subject` when it has one (which member is missing: two
    /// missing members of one mapping have the same text and pointer).
    public static func value(_ text: String, of finding: Finding) -> String {
        guard let subject = finding.subject else { return text }
        return text + "\u{0}" + subject
    }

    public static func v1(ruleID: String, path: String, pointer: JSONPointer, value: String) -> String {
        var bytes: [UInt8] = []
        for field in [ruleID, path, pointer.description, value] { bytes += Array(field.utf8) + [0] }
        let digits = String(fnv1a64(bytes), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    static func fnv1a64(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }
}
