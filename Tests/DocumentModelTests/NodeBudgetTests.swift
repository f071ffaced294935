import DocumentModel
import JSONReader
import Testing
import YAMLReader

/// `document line:col: message` of the stream's error, when it is the limit
/// `limit` (any other outcome reads differently, so a test cannot mistake it).
private func limitError(_ stream: ParsedStream, _ limit: ResourceLimit) -> String? {
    stream.syntaxError.map {
        ($0.exceededLimit == limit ? "" : "not \(limit): ") + "\($0.documentIndex) \($0.position): \($0.message)"
    }
}

private func yaml(_ text: String, _ limits: ReadLimits = .default) -> ParsedStream {
    YAMLReader.parse(Array(text.utf8), limits: limits)
}

private func json(_ text: String, _ limits: ReadLimits = .default) -> ParsedStream {
    JSONReader.parse(Array(text.utf8), limits: limits)
}

/// `name: &name [*previous, ...]`, `count` aliases long.
private func aliasLine(_ name: String, repeating previous: String, count: Int) -> String {
    "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: count).joined(separator: ", ") + "]"
}

@Suite struct YAMLAliasBudgetTests {
    /// Nine levels of ten aliases name 10^9 nodes in ten lines. Level k's
    /// anchored list expands to (10^(k+2) - 1) / 9 nodes: a4 to 111,111. The
    /// document stands at 135,463 nodes when line 6 (a5) starts, so its 8th
    /// alias (column 45) is the first to pass a million.
    @Test func billionLaughsStopsAtTheAliasThatCrossesTheBudget() {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...8 { lines.append(aliasLine("a\(level)", repeating: "a\(level - 1)", count: 10)) }
        lines.append("WorkforceName: *a8")
        #expect(limitError(yaml(lines.joined(separator: "\n")), .nodes) ==
            "0 6:45: alias '*a4' repeats 111111 nodes, which takes the document past 1000000 nodes "
            + "(limits.max-nodes); each use of an alias counts all it refers to, so aliases of aliases "
            + "(a \"billion laughs\") stop here")
    }

    /// Ordinary sharing, even a lot of it, stays legal: here each document
    /// has about 600,000 nodes, and the budget starts again with each.
    @Test func moderateSharingPassesInEveryDocumentOfAStream() {
        let block = "a: &a [" + Array(repeating: "x", count: 1000).joined(separator: ", ") + "]\n"
            + aliasLine("b", repeating: "a", count: 600) + "\n"
        let stream = yaml(block + "---\n" + block)
        #expect(stream.syntaxError == nil)
        #expect(stream.documents.count == 2)
    }

    /// The same sharing against a smaller budget: the alias that crosses it.
    /// The document has 1 + 1 + 1 + 1001 + 1 + 1 nodes when `b`'s list starts
    /// (root, `a`, the list and its items, `b`, `b`'s list): 1,006; each alias
    /// adds 1,001, so the 4th (column 20) passes 5,000.
    @Test func aConfiguredBudgetStopsSooner() {
        let text = "a: &a [" + Array(repeating: "x", count: 1000).joined(separator: ", ") + "]\n"
            + aliasLine("b", repeating: "a", count: 600) + "\n"
        #expect(limitError(yaml(text, ReadLimits(maximumNodes: 5_000)), .nodes) ==
            "0 2:20: alias '*a' repeats 1001 nodes, which takes the document past 5000 nodes (limits.max-nodes); "
            + "each use of an alias counts all it refers to, so aliases of aliases (a \"billion laughs\") stop here")
    }
}

@Suite struct NodeCountLimitTests {
    /// 1,000 list items plus the list: item 1,000 is node 1,001 (column 2,000).
    @Test func aDocumentWithMoreNodesThanTheLimitStopsAtTheNodeThatCrossesIt() {
        let list = "[" + Array(repeating: "0", count: 1_000).joined(separator: ",") + "]"
        let expected = "0 1:2000: the document has more than 1000 nodes (limits.max-nodes)"
        #expect(limitError(json(list, ReadLimits(maximumNodes: 1_000)), .nodes) == expected)
        #expect(limitError(yaml(list, ReadLimits(maximumNodes: 1_000)), .nodes) == expected)
        #expect(json(list, ReadLimits(maximumNodes: 1_001)).syntaxError == nil)
        #expect(yaml(list, ReadLimits(maximumNodes: 1_001)).syntaxError == nil)
    }

    /// Keys are nodes too: `{"a": 1, "b": 2}` has five.
    @Test func mappingKeysCount() {
        let object = #"{"a": 1, "b": 2}"#
        #expect(limitError(json(object, ReadLimits(maximumNodes: 4)), .nodes)
            == "0 1:15: the document has more than 4 nodes (limits.max-nodes)")
        #expect(limitError(yaml(object, ReadLimits(maximumNodes: 4)), .nodes)
            == "0 1:15: the document has more than 4 nodes (limits.max-nodes)")
        #expect(json(object, ReadLimits(maximumNodes: 5)).syntaxError == nil)
    }

    /// Each document of a stream has the whole budget; the one over it is the
    /// error's document, and those before it are kept.
    @Test func theBudgetIsPerDocument() {
        let stream = yaml("[1, 2]\n---\n[1, 2]\n---\n[1, 2, 3]\n", ReadLimits(maximumNodes: 3))
        #expect(stream.documents.count == 2)
        #expect(limitError(stream, .nodes) == "2 5:8: the document has more than 3 nodes (limits.max-nodes)")
    }
}

@Suite struct DepthLimitTests {
    @Test func aConfiguredDepthIsTheLimitOfBothReaders() {
        let limits = ReadLimits(maximumDepth: 3)
        #expect(json("[[[]]]", limits).syntaxError == nil)
        #expect(yaml("[[[]]]", limits).syntaxError == nil)
        #expect(limitError(json("[[[[]]]]", limits), .depth) == "0 1:4: nesting deeper than 3 levels (limits.max-depth)")
        #expect(limitError(yaml("a:\n  b:\n    c:\n      d: 1\n", limits), .depth)
            == "0 4:7: nesting deeper than 3 levels (limits.max-depth)")
    }
}
