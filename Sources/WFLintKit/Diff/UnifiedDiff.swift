/// A unified diff (`diff -u`, `git diff`): `--- a/PATH` and `+++ b/PATH`
/// headers, then hunks of changed lines with `context` unchanged lines
/// around them; hunks closer than twice that are one hunk.
public struct UnifiedDiff: Sendable {
    /// One changed stretch of the texts. Lines are 0-based indices.
    public struct Hunk: Sendable, Equatable {
        public var oldStart: Int
        public var oldCount: Int
        public var newStart: Int
        public var newCount: Int
        public var lines: [Line]

        /// `@@ -1,4 +1,3 @@`: 1-based starts; a count of one is left out,
        /// and an empty range starts at the line before it (0 at the top).
        public var header: String {
            "@@ -\(Self.range(oldStart, oldCount)) +\(Self.range(newStart, newCount)) @@"
        }

        static func range(_ start: Int, _ count: Int) -> String {
            switch count {
            case 0: "\(start),0"
            case 1: "\(start + 1)"
            default: "\(start + 1),\(count)"
            }
        }
    }

    public enum Line: Sendable, Equatable {
        case context(old: Int, new: Int)
        case deleted(old: Int)
        case inserted(new: Int)
    }

    /// One line of a text as the diff shows it: its characters, and its line
    /// break as written (`""` for a last line without one).
    public struct Text: Sendable, Equatable {
        public var content: String
        public var lineBreak: String

        public init(_ content: String, lineBreak: String) {
            self.content = content
            self.lineBreak = lineBreak
        }
    }

    public static let defaultContext = 3

    public let hunks: [Hunk]

    /// The hunks of `operations` (`LineDiff`), with `context` lines of context.
    public init(_ operations: [LineDiff.Operation], context: Int = defaultContext) {
        var hunks: [Hunk] = []
        var (old, new) = (0, 0)
        var pending: Hunk?
        var unchanged: [(old: Int, new: Int)] = []  // equal lines since the last change
        for operation in operations {
            if operation == .equal {
                unchanged.append((old, new))
                (old, new) = (old + 1, new + 1)
                // Far enough from the last change: close its hunk.
                if var hunk = pending, unchanged.count > 2 * context {
                    Self.append(unchanged.prefix(context), to: &hunk)
                    hunks.append(hunk)
                    pending = nil
                }
                // Between hunks only the lines that may lead the next one are kept.
                if pending == nil, unchanged.count > context { unchanged.removeFirst() }
                continue
            }
            if var hunk = pending {
                Self.append(unchanged[...], to: &hunk)
                pending = hunk
            } else {
                let lead = unchanged.suffix(context)
                var hunk = Hunk(
                    oldStart: lead.first?.old ?? old, oldCount: 0, newStart: lead.first?.new ?? new, newCount: 0, lines: [])
                Self.append(lead, to: &hunk)
                pending = hunk
            }
            unchanged = []
            if operation == .delete {
                pending!.lines.append(.deleted(old: old))
                pending!.oldCount += 1
                old += 1
            } else {
                pending!.lines.append(.inserted(new: new))
                pending!.newCount += 1
                new += 1
            }
        }
        if var hunk = pending {
            Self.append(unchanged.prefix(context), to: &hunk)
            hunks.append(hunk)
        }
        self.hunks = hunks
    }

    /// `name` as `git diff` writes it in a header, which `git apply` and
    /// `patch` both read back: quoted, with C escapes, when it holds a `"`,
    /// a `\\` or a control character (a tab or a line break in it ended the
    /// name, and `git apply` refused the whole diff); else as it is, ending
    /// in a tab when it holds a space (`patch` ends a name at its first blank
    /// without one). Other bytes, non-ASCII ones too, stay as written.
    static func headerName(_ name: String) -> String {
        guard name.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") })
        else { return name.contains(" ") ? name + "\t" : name }
        var quoted = "\""
        for scalar in name.unicodeScalars {
            switch scalar.value {
            case 0x22: quoted += "\\\""
            case 0x5C: quoted += "\\\\"
            case 0x07: quoted += "\\a"
            case 0x08: quoted += "\\b"
            case 0x09: quoted += "\\t"
            case 0x0A: quoted += "\\n"
            case 0x0B: quoted += "\\v"
            case 0x0C: quoted += "\\f"
            case 0x0D: quoted += "\\r"
            case ..<0x20, 0x7F:
                let octal = String(scalar.value, radix: 8)
                quoted += "\\" + String(repeating: "0", count: 3 - octal.count) + octal
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }

    private static func append(_ lines: ArraySlice<(old: Int, new: Int)>, to hunk: inout Hunk) {
        for line in lines { hunk.lines.append(.context(old: line.old, new: line.new)) }
        hunk.oldCount += lines.count
        hunk.newCount += lines.count
    }

    /// The diff as text, `""` when nothing changed. `old` and `new` give a
    /// line of each text; a line without a line break is followed by
    /// `\ No newline at end of file`, as `diff` and `patch` expect.
    public func rendered(path: String, old: (Int) -> Text, new: (Int) -> Text) -> String {
        guard !hunks.isEmpty else { return "" }
        var out = "--- \(Self.headerName("a/" + path))\n+++ \(Self.headerName("b/" + path))\n"
        for hunk in hunks {
            out += hunk.header + "\n"
            for line in hunk.lines {
                switch line {
                case .context(let index, _): Self.write(" ", old(index), into: &out)
                case .deleted(let index): Self.write("-", old(index), into: &out)
                case .inserted(let index): Self.write("+", new(index), into: &out)
                }
            }
        }
        return out
    }

    private static func write(_ marker: String, _ text: Text, into out: inout String) {
        out += marker + text.content
        out += text.lineBreak.isEmpty ? "\n\\ No newline at end of file\n" : text.lineBreak
    }
}
