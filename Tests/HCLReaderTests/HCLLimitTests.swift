import DocumentModel
import HCLReader
import Testing
import Foundation

@Suite struct HCLLimitTests {
    private static let limits = ReadLimits(maximumDepth: 8, maximumNodes: 40)

    @Test func nestingStopsAtTheLevelPastTheLimit() {
        let within = "a = " + String(repeating: "[", count: 8) + String(repeating: "]", count: 8)
        #expect(hclError(within, limits: Self.limits) == nil)
        let over = "a = " + String(repeating: "[", count: 9) + String(repeating: "]", count: 9)
        #expect(hclError(over, limits: Self.limits) == "1:13: nesting deeper than 8 levels (limits.max-depth)")
    }

    /// One level is "level": the message names the limit in plain English.
    @Test func aLimitOfOneLevelIsSingular() {
        #expect(hclError("a = [[1]]", limits: ReadLimits(maximumDepth: 1, maximumNodes: 40))
            == "1:6: nesting deeper than 1 level (limits.max-depth)")
    }

    @Test func everyKindOfNestingCounts() {
        let cases = [
            "a = " + String(repeating: "(", count: 9) + "1" + String(repeating: ")", count: 9),
            "a = " + String(repeating: "!", count: 9) + "x",
            "a = " + String(repeating: "f(", count: 9) + String(repeating: ")", count: 9),
            "a = " + String(repeating: "x ? 1 : ", count: 9) + "2",
            "a = " + String(repeating: "\"${", count: 9) + String(repeating: "}\"", count: 9),
            "a = \"" + String(repeating: "%{ if x }", count: 9) + String(repeating: "%{ endif }", count: 9) + "\"",
            String(repeating: "b {\n", count: 9) + String(repeating: "}\n", count: 9),
            "a = x" + String(repeating: "[y", count: 9) + String(repeating: "]", count: 9),
        ]
        for text in cases {
            let error = hclError(text, limits: Self.limits)
            #expect(error?.hasSuffix("nesting deeper than 8 levels (limits.max-depth)") == true, "\(text): \(error ?? "parsed")")
        }
    }

    @Test func longFlatInputIsNotDeep() throws {
        // Chains of operators and traversal steps make wide nodes, not deep trees.
        let limits = ReadLimits(maximumDepth: 4, maximumNodes: 1_000_000)
        let text = "a = x" + String(repeating: " + x", count: 50_000) + "\nb = x" + String(repeating: ".y[0]", count: 50_000) + "\n"
        let file = try HCLReader.parse(Array(text.utf8), limits: limits)
        guard case .binary(_, let steps) = try #require(file.body.attributes.first).value.kind else {
            Issue.record("not binary")
            return
        }
        #expect(steps.count == 50_000)
    }

    @Test func nodeBudgetStopsAtTheNodePastIt() {
        let text = "a = [" + Array(repeating: "1", count: 100).joined(separator: ", ") + "]"
        #expect(hclError(text, limits: Self.limits) == "1:123: the document has more than 40 nodes (limits.max-nodes)")
    }

    @Test func templateNestingIsBoundedEvenWithinTheDepthLimit() throws {
        let levels = HCLReader.maximumTemplateNesting
        let nested = { (count: Int) in "a = " + String(repeating: "\"${", count: count) + "1" + String(repeating: "}\"", count: count) }
        let limits = ReadLimits(maximumDepth: 1_000, maximumNodes: 1_000_000)
        #expect(hclError(nested(levels), limits: limits) == nil)
        let column = 5 + 3 * levels
        do {
            _ = try HCLReader.parse(Array(nested(levels + 1).utf8), limits: limits)
            Issue.record("parsed")
        } catch {
            #expect("\(error)" == "1:\(column): templates nested more than 32 deep (a string inside an interpolation of "
                + "a string, and so on); the HCL reader stops there")
            #expect(error.syntaxError.exceededLimit == .depth)
        }
    }

    @Test func defaultLimitsHoldADeepHostileFile() {
        let text = "a = " + String(repeating: "[{x = ", count: 100_000)
        #expect(hclError(text) == "1:773: nesting deeper than 256 levels (limits.max-depth)")
    }
}

/// The deepest nesting the reader takes, on a thread with the stack every
/// reading thread has: no kind of nesting overflows it, and one level more
/// is an error whatever `ReadLimits` allows.
@Suite struct HCLDepthCeilingTests {
    /// Parses on a thread with `ReadLimits.workerStackSize` of stack.
    private func parseOnWorkerStack(_ text: String, maximumDepth: Int = ReadLimits.depthCeiling) -> String? {
        let result = Locked<String?>(nil)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            result.set(hclError(text, limits: ReadLimits(maximumDepth: maximumDepth, maximumNodes: 10_000_000)))
            done.signal()
        }
        thread.stackSize = ReadLimits.workerStackSize
        thread.start()
        done.wait()
        return result.get()
    }

    static let nestings: [(open: String, inner: String, close: String)] = [
        ("[", "", "]"), ("{a = ", "1", "}"), ("f(", "", ")"), ("x[", "1", "]"), ("(", "1", ")"),
        ("[for x in ", "y", " : x]"), ("{for k, v in ", "y", " : k => v}"),
    ]

    @Test(arguments: nestings)
    func everyNestingUpToTheCeilingFitsTheWorkerStack(open: String, inner: String, close: String) {
        let levels = HCLReader.depthCeiling
        let text = { (count: Int) in
            "a = " + String(repeating: open, count: count) + inner + String(repeating: close, count: count)
        }
        #expect(parseOnWorkerStack(text(levels)) == nil)
        let over = parseOnWorkerStack(text(levels + 1))
        // The error is at the bracket of the level past the ceiling.
        let bracket = open.distance(from: open.startIndex, to: open.firstIndex { "[{(".contains($0) }!)
        #expect(over == "1:\(5 + levels * open.count + bracket): \(Self.ceilingMessage)")
    }

    @Test func blocksAndConditionalsUpToTheCeiling() {
        let levels = HCLReader.depthCeiling
        #expect(parseOnWorkerStack(String(repeating: "b {\n", count: levels) + String(repeating: "}\n", count: levels)) == nil)
        #expect(parseOnWorkerStack("a = " + String(repeating: "x ? 1 : ", count: levels) + "2") == nil)
        #expect(parseOnWorkerStack("a = " + String(repeating: "-", count: levels + 1) + "2")
            == "1:\(5 + levels): \(Self.ceilingMessage)")
    }

    /// What the reader says past its ceiling when `limits.max-depth` allows more.
    static let ceilingMessage =
        "nesting deeper than 2000 levels, the HCL reader's own ceiling, which limits.max-depth (10000) does not raise"

    /// Up to its ceiling, `limits.max-depth` is what stops a file, and is named.
    @Test func aLimitBelowTheCeilingIsNamedAsTheLimit() {
        let text = "a = " + String(repeating: "[", count: 2_001) + String(repeating: "]", count: 2_001)
        #expect(parseOnWorkerStack(text, maximumDepth: 1_500) == "1:1505: nesting deeper than 1500 levels (limits.max-depth)")
        #expect(parseOnWorkerStack(text, maximumDepth: 2_000) == "1:2005: nesting deeper than 2000 levels (limits.max-depth)")
        #expect(parseOnWorkerStack(text, maximumDepth: 2_001)
            == "1:2005: nesting deeper than 2000 levels, the HCL reader's own ceiling, which limits.max-depth (2001) does not raise")
    }
}

/// A value shared with the parsing thread.
private final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func set(_ value: Value) { lock.withLock { self.value = value } }
    func get() -> Value { lock.withLock { value } }
}
