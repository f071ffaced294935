import Testing

@testable import LanguageServer

/// A `didChange`'s changes give the text that applying each in turn, each
/// placed with a table of the text before it, gives: changes from the end
/// up (placed with one table), from the start down, overlapping, past the
/// text's last line, after a whole text, on LF, CRLF and CR lines with
/// non-ASCII text, in both encodings.
@Suite struct ContentChangesTests {
    /// Each change placed with a line table made again: the protocol's definition.
    static func oneByOne(_ changes: [ContentChanges.Change], to text: [UInt8], encoding: PositionEncoding) -> [UInt8] {
        var text = text
        for change in changes {
            switch change {
            case .whole(let new): text = new
            case .replacing(let start, let end, let new):
                let lines = LineTable(text)
                let from = lines.offset(of: start, encoding: encoding)
                text.replaceSubrange(from..<max(from, lines.offset(of: end, encoding: encoding)), with: new)
            }
        }
        return text
    }

    /// xorshift64: seeded, so a failure replays.
    struct Random {
        var state: UInt64
        mutating func below(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
    }

    static let pieces = ["a", "é", "😀", "\n", "\r\n", "\r", "  - 10.0.0.0/8\n", "Key: v"]

    static func text(_ random: inout Random, length: Int) -> [UInt8] {
        Array((0..<length).map { _ in pieces[random.below(pieces.count)] }.joined().utf8)
    }

    @Test func changesInAnyOrderGiveTheTextAppliedOneByOne() {
        var random = Random(state: 0x2026_1207)
        for round in 0..<400 {
            let text = Self.text(&random, length: 40)
            let encoding: PositionEncoding = round % 2 == 0 ? .utf16 : .utf8
            var changes: [ContentChanges.Change] = []
            // From the end up, as VS Code sends a multi-cursor edit, in most rounds.
            var line = 12
            for _ in 0..<random.below(6) {
                let descending = round % 4 != 3
                line = descending ? max(0, line - 1 - random.below(3)) : random.below(14)
                let start = TextPosition(line: line, character: random.below(6))
                let end = random.below(3) == 0
                    ? TextPosition(line: line + random.below(2), character: random.below(6)) : start
                changes.append(.replacing(start: start, end: end, text: Self.text(&random, length: random.below(3))))
                if random.below(25) == 0 { changes.append(.whole(Self.text(&random, length: 10))) }
            }
            #expect(ContentChanges.applied(changes, to: text, encoding: encoding)
                == Self.oneByOne(changes, to: text, encoding: encoding), "round \(round)")
        }
    }

    /// 40,000 one-character edits from the end up, one per line, are spliced
    /// in one copy: each was placed with a table of the whole text (28 s).
    @Test func aMultiCursorEditFromTheEndUpIsAppliedInOnePass() {
        let text = Array(String(repeating: "  - Key: k\n", count: 40_000).utf8)
        let changes = (0..<40_000).reversed().map { line in
            ContentChanges.Change.replacing(
                start: TextPosition(line: line, character: 4), end: TextPosition(line: line, character: 4), text: Array("x".utf8))
        }
        let applied = ContentChanges.applied(changes, to: text, encoding: .utf16)
        #expect(applied == Array(String(repeating: "  - xKey: k\n", count: 40_000).utf8))
    }
}
