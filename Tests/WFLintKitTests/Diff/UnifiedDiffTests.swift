import DocumentModel
import Testing
@testable import WFLintKit

/// The diff `--diff` prints, as `diff -u` prints it (the expected hunks below
/// are GNU diff's for the same texts).
@Suite struct UnifiedDiffTests {
    static func diff(_ old: String, _ new: String, sensitive: (old: [SourceRange], new: [SourceRange]) = ([], [])) -> String {
        UnifiedDiff.text(
            path: "team.yaml", from: Array(old.utf8), sensitiveRanges: sensitive.old, to: Array(new.utf8),
            sensitiveRanges: sensitive.new)
    }

    /// `l1` … `l<count>`, each on its line, with the lines in `changed` in capitals.
    static func lines(_ count: Int, changing changed: Set<Int> = []) -> String {
        (1...count).map { changed.contains($0) ? "L\($0)\n" : "l\($0)\n" }.joined()
    }

    static let header = "--- a/team.yaml\n+++ b/team.yaml\n"

    @Test func aChangedLineHasThreeLinesOfContextEachSide() {
        #expect(Self.diff(Self.lines(10), Self.lines(10, changing: [5])) == Self.header + """
            @@ -2,7 +2,7 @@
             l2
             l3
             l4
            -l5
            +L5
             l6
             l7
             l8

            """)
    }

    @Test func changesAtMostSixLinesApartShareAHunk() {
        // Six unchanged lines between: one hunk; seven: two.
        #expect(Self.diff(Self.lines(20), Self.lines(20, changing: [3, 10])).components(separatedBy: "\n")
            .filter { $0.hasPrefix("@@") } == ["@@ -1,13 +1,13 @@"])
        #expect(Self.diff(Self.lines(20), Self.lines(20, changing: [3, 11])) == Self.header + """
            @@ -1,6 +1,6 @@
             l1
             l2
            -l3
            +L3
             l4
             l5
             l6
            @@ -8,7 +8,7 @@
             l8
             l9
             l10
            -l11
            +L11
             l12
             l13
             l14

            """)
    }

    @Test func insertionsAndDeletionsNameTheLineBeforeAnEmptyRange() {
        #expect(Self.diff("", "a\n") == Self.header + "@@ -0,0 +1 @@\n+a\n")
        #expect(Self.diff("a\n", "") == Self.header + "@@ -1 +0,0 @@\n-a\n")
        #expect(Self.diff("a\nb\n", "a\nx\nb\n") == Self.header + "@@ -1,2 +1,3 @@\n a\n+x\n b\n")
        #expect(Self.diff(Self.lines(10), Self.lines(10).replacingOccurrences(of: "l5\n", with: "")) == Self.header + """
            @@ -2,7 +2,6 @@
             l2
             l3
             l4
            -l5
             l6
             l7
             l8

            """)
    }

    @Test func aLastLineWithoutALineBreakIsMarked() {
        #expect(Self.diff("a\nb\nc", "a\nb\nC") == Self.header + """
            @@ -1,3 +1,3 @@
             a
             b
            -c
            \\ No newline at end of file
            +C
            \\ No newline at end of file

            """)
        #expect(Self.diff("a\nb", "a\nb\n") == Self.header + "@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n")
        // As context too.
        #expect(Self.diff("a\nb\nc", "A\nb\nc") == Self.header + "@@ -1,3 +1,3 @@\n-a\n+A\n b\n c\n\\ No newline at end of file\n")
    }

    @Test func lineBreaksStayAsWritten() {
        #expect(Self.diff("a\r\nb\r\nc\r\n", "a\r\nB\r\nc\r\n") == Self.header + "@@ -1,3 +1,3 @@\n a\r\n-b\r\n+B\r\n c\r\n")
        // A byte-order mark stays on the first line.
        #expect(Self.diff("\u{FEFF}a\nb\n", "\u{FEFF}a\nB\n") == Self.header + "@@ -1,2 +1,2 @@\n \u{FEFF}a\n-b\n+B\n")
    }

    @Test func secretsAreMaskedOnBothSides() {
        let old = "OidcConfig:\n  ClientSecret: hunter22\n  Token: abc123\n  Issuer: http://idp\n"
        let new = "OidcConfig:\n  ClientSecret: hunter22\n  Token: abc123\n  Issuer: https://idp\n"
        // A checked sensitive range (the token), and the lexical backstop (the secret's key).
        let token = SourceRange(start: SourcePosition(line: 3, column: 10), end: SourcePosition(line: 3, column: 16))
        #expect(Self.diff(old, new, sensitive: ([token], [token])) == Self.header + """
            @@ -1,4 +1,4 @@
             OidcConfig:
               ClientSecret: ********
               Token: ******
            -  Issuer: http://idp
            +  Issuer: https://idp

            """)
        // A changed line holding a secret is masked on each side (here by the backstop alone).
        let flow = #"{OidcConfig: {ClientSecret: 'hunter22', Issuer: "http://idp"}}"#
        let fixed = flow.replacingOccurrences(of: "http:", with: "https:")
        #expect(Self.diff(flow, fixed) == Self.header + """
            @@ -1 +1 @@
            -{OidcConfig: {ClientSecret: '********', Issuer: "http://idp"}}
            \\ No newline at end of file
            +{OidcConfig: {ClientSecret: '********', Issuer: "https://idp"}}
            \\ No newline at end of file

            """)
    }

    @Test func unchangedTextHasNoDiff() {
        #expect(Self.diff("a\nb\n", "a\nb\n") == "")
    }

    /// Applies `operations` to `old`, checking each kept line is the same in `new`.
    static func apply(_ operations: [LineDiff.Operation], _ old: [Int], _ new: [Int]) -> [Int]? {
        var (i, j) = (0, 0)
        var result: [Int] = []
        for operation in operations {
            switch operation {
            case .equal:
                guard i < old.count, j < new.count, old[i] == new[j] else { return nil }
                result.append(old[i])
                (i, j) = (i + 1, j + 1)
            case .delete: i += 1
            case .insert:
                guard j < new.count else { return nil }
                result.append(new[j])
                j += 1
            }
        }
        return i == old.count && j == new.count ? result : nil
    }

    @Test func scatteredChangesInALongTextStaySmall() {
        // 100,000 lines, most of them repeats (as list entries are), with a
        // change every 1,000 lines: each change is one deletion and one insertion.
        let old = (0..<100_000).map { $0 % 10 == 0 ? $0 : $0 % 7 }
        var new = old
        for index in stride(from: 500, to: 100_000, by: 1_000) { new[index] = -index }
        let operations = LineDiff.operations(from: old, to: new)
        #expect(Self.apply(operations, old, new) == new)
        #expect(operations.filter { $0 == .delete }.count == 100)
        #expect(operations.filter { $0 == .insert }.count == 100)
        #expect(UnifiedDiff(operations).hunks.count == 100)
    }

    @Test func repeatedLinesAreMatchedExactly() {
        let old = [1, 2, 1, 2, 1, 2, 3]
        let new = [1, 2, 2, 1, 2, 3, 3]
        let operations = LineDiff.operations(from: old, to: new)
        #expect(Self.apply(operations, old, new) == new)
        // A longest common subsequence (1 2 2 1 2 3) is kept.
        #expect(operations.filter { $0 == .equal }.count == 6)
    }
}
