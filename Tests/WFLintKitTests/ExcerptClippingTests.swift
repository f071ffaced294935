import DocumentModel
import Testing

@testable import WFLintKit

/// Excerpts of lines longer than 200 characters (a minified file, a huge
/// value) show a 200-character window around the finding, `…` where cut.
@Suite struct ExcerptClippingTests {
    /// A 1000-character line: "0123456789" a hundred times.
    let source = MaskedSource(SourceLines(String(repeating: "0123456789", count: 100) + "\n"), sensitiveRanges: [])
    let digits = { (count: Int) in String(repeating: "0123456789", count: count) }

    func excerpt(from start: Int, to end: Int) -> String {
        let range = SourceRange(start: SourcePosition(line: 1, column: start), end: SourcePosition(line: 1, column: end))
        return TextReporter(color: false).excerpt(range, in: source)
    }

    @Test func aFindingMidLineKeeps40CharactersBeforeIt() {
        #expect(excerpt(from: 501, to: 511) == "    1 | …" + digits(20) + "…\n"
            + "      |  " + String(repeating: " ", count: 40) + "^~~~~~~~~~\n")
    }

    @Test func aFindingNearTheEndShowsTheLast200Characters() {
        #expect(excerpt(from: 995, to: 996) == "    1 | …" + digits(20) + "\n"
            + "      |  " + String(repeating: " ", count: 194) + "^\n")
    }

    @Test func aRangeLongerThanTheWindowIsUnderlinedToTheWindowsEnd() {
        #expect(excerpt(from: 1, to: 1001) == "    1 | " + digits(20) + "…\n"
            + "      | ^" + String(repeating: "~", count: 199) + "\n")
    }

    @Test func aLineOf200CharactersIsShownWhole() {
        let source = MaskedSource(SourceLines(digits(20)), sensitiveRanges: [])
        let range = SourceRange(at: SourcePosition(line: 1, column: 200))
        #expect(TextReporter(color: false).excerpt(range, in: source) == "    1 | " + digits(20) + "\n"
            + "      | " + String(repeating: " ", count: 199) + "^\n")
    }
}
