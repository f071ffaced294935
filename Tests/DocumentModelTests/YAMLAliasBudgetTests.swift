import DocumentModel
import Testing
import YAMLReader

/// `document line:col: message` of the stream's syntax error, or nil.
private func syntaxError(_ text: String) -> String? {
    YAMLReader.parse(Array(text.utf8)).syntaxError.map { "\($0.documentIndex) \($0.position): \($0.message)" }
}

/// `name: &name [*previous, ...]`, `count` aliases long.
private func aliasLine(_ name: String, repeating previous: String, count: Int) -> String {
    "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: count).joined(separator: ", ") + "]"
}

@Suite struct YAMLAliasBudgetTests {
    /// Nine levels of ten aliases name 10^9 nodes in ten lines. Level k's
    /// anchored list expands to (10^(k+2) - 1) / 9 nodes: a4 to 111,111. The
    /// document stands at 135,463 expanded nodes when line 6 (a5) starts, so
    /// its 8th alias (column 45) is the first to pass a million.
    @Test func billionLaughsStopsAtTheAliasThatCrossesTheBudget() {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...8 { lines.append(aliasLine("a\(level)", repeating: "a\(level - 1)", count: 10)) }
        lines.append("WorkforceName: *a8")
        #expect(syntaxError(lines.joined(separator: "\n")) ==
            "0 6:45: alias '*a4' expands the document to more than 1000000 nodes (alias bomb?)")
    }

    /// Ordinary sharing, even a lot of it, stays legal: here each document
    /// expands to about 600,000 nodes, and the budget starts again with each.
    @Test func moderateSharingPassesInEveryDocumentOfAStream() {
        let block = "a: &a [" + Array(repeating: "x", count: 1000).joined(separator: ", ") + "]\n"
            + aliasLine("b", repeating: "a", count: 600) + "\n"
        let stream = YAMLReader.parse(Array((block + "---\n" + block).utf8))
        #expect(stream.syntaxError == nil)
        #expect(stream.documents.count == 2)
    }

    /// A big document may expand past a million nodes as long as it is not
    /// mostly repetition: 200,014 written nodes allow 2,000,140 expanded ones.
    /// Nine copies of a 200,001-node list (2,000,014 in all) pass; a tenth fails.
    @Test(arguments: [(9, nil), (10, "0 3:44: alias '*a' expands the document to more than 2000150 nodes (alias bomb?)")])
    func largeDocumentsMayShareInProportionToTheirSize(copies: Int, expected: String?) {
        let text = "a: &a [" + Array(repeating: "0", count: 200_000).joined(separator: ",") + "]\n"
            + "\n" + aliasLine("b", repeating: "a", count: copies) + "\n"
        #expect(syntaxError(text) == expected)
    }
}
