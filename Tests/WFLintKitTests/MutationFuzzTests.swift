import DocumentModel
import Foundation
import JSONReader
import Testing
import YAMLReader

@testable import WFLintKit

/// A quick, deterministic mutation fuzzer: the example documents, mutated at
/// random bytes by a seeded generator, through both readers, the full rule set
/// and every output format. The process surviving is the main assertion; every
/// finding must also lie within its file.
@Suite struct MutationFuzzTests {
    /// A longer or different run, for hunting locally: `WFLINT_FUZZ_ITERATIONS=50000 WFLINT_FUZZ_SEED=7`.
    static let environment = ProcessInfo.processInfo.environment
    static let iterations = environment["WFLINT_FUZZ_ITERATIONS"].flatMap { Int($0) } ?? 2500
    static let seed = environment["WFLINT_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0x5EED_F022

    @Test func mutatedExamplesNeverCrashAndFindingsStayInTheFile() throws {
        let seeds = try Self.exampleDocuments()
        #expect(seeds.count >= 20)
        let ruleSet = RuleSet.builtin()
        let table = RuleTable(ruleSet.descriptors)
        let linter = Linter(checks: ruleSet.checks(enabledIn: table), rules: table, operation: nil)
        var random = SplitMix64(seed: Self.seed)
        var mutatedFindings = 0
        for iteration in 0..<Self.iterations {
            let (name, original) = seeds[Int(random.next(below: UInt64(seeds.count)))]
            let bytes = Mutator.mutate(original, using: &random)
            _ = JSONReader.parse(bytes)
            _ = YAMLReader.parse(bytes)
            // Lint it under its own name and as the other format, as if named on the command line.
            for displayName in [name, name.hasSuffix(".json") ? "as.yaml" : "as.json"] {
                let linted = linter.lint(bytes, as: LintInput(source: .standardInput, displayName: displayName, isExplicit: true))
                mutatedFindings += linted.findings.count
                let lines = SourceLines(String(decoding: bytes, as: UTF8.self))
                for finding in linted.findings {
                    #expect(Self.isWithin(finding.range, lines), "iteration \(iteration) of \(name): \(finding)")
                }
                Self.renderEveryFormat(linted, path: displayName, rules: table.descriptors)
            }
        }
        #expect(mutatedFindings > Self.iterations)  // the mutations did reach the checks
    }

    /// Starts and ends on a line of the file (or just past its last line), at
    /// column 1 or later, no further than one past the line's end; end after start.
    static func isWithin(_ range: SourceRange, _ lines: SourceLines) -> Bool {
        [range.start, range.end].allSatisfy { position in
            guard position.line >= 1, position.line <= lines.lines.count + 1, position.column >= 1 else { return false }
            let length = lines.line(position.line)?.unicodeScalars.count ?? 0
            return position.column <= length + 1
        } && range.start <= range.end
    }

    static func renderEveryFormat(_ linted: LintedSource, path: String, rules: [RuleDescriptor]) {
        guard let source = linted.source else { return }
        let file = LintReport.FileReport(path: path, findings: linted.findings, source: source)
        // Only the rules that fired: SARIF describes every rule it is given, which would dominate the run.
        let fired = Set(linted.findings.map(\.ruleID))
        let report = LintReport(files: [file], filesChecked: 1, rules: rules.filter { fired.contains($0.id) }, exitCode: 1)
        for format in OutputFormat.allCases { _ = format.render(report) }
    }

    /// Every file under examples/, by name, sorted for a deterministic order.
    static func exampleDocuments() throws -> [(String, [UInt8])] {
        let examples = RuleTestSupport.root.appendingPathComponent("examples")
        let enumerator = FileManager.default.enumerator(at: examples, includingPropertiesForKeys: nil)
        var documents: [(String, [UInt8])] = []
        while let url = enumerator?.nextObject() as? URL {
            guard ["json", "yaml", "yml", "tf"].contains(url.pathExtension) else { continue }
            documents.append((url.lastPathComponent, Array(try Data(contentsOf: url))))
        }
        return documents.sorted { $0.0 < $1.0 }
    }
}

/// SplitMix64: tiny, fast and the same on every platform, so a failing
/// iteration can be replayed from the seed.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(below bound: UInt64) -> UInt64 { next() % bound }
}

/// Byte-level mutations, weighted towards the bytes that steer JSON and YAML
/// parsers (brackets, quotes, anchors, indentation, line breaks, bad UTF-8).
enum Mutator {
    static let tokens: [[UInt8]] = [
        "{", "}", "[", "]", "\"", "'", ":", ",", "-", " ", "\t", "\n", "\r", "\r\n", "&a ", "*a", "&a [*a, *a]",
        "!!str ", "!!int ", "|\n", ">-\n", "---\n", "...\n", "#", "\\u", "\\ud800", "1e999", "-0", "null", "~",
        "yes", "0x1F", "1:20", "\u{00E9}", "\u{1F600}", "\u{2028}", "\u{FEFF}",
    ].map { Array($0.utf8) } + [[0x00], [0xFF], [0xC3], [0x80], [0xED, 0xA0, 0x80], [0x1B]]

    static func mutate(_ input: [UInt8], using random: inout SplitMix64) -> [UInt8] {
        var bytes = input
        for _ in 0...random.next(below: 6) {
            let position = Int(random.next(below: UInt64(bytes.count + 1)))
            switch random.next(below: 6) {
            case 0 where position < bytes.count:  // flip bits of a byte
                bytes[position] ^= UInt8(truncatingIfNeeded: random.next() | 1)
            case 1:  // insert a token
                bytes.insert(contentsOf: tokens[Int(random.next(below: UInt64(tokens.count)))], at: position)
            case 2 where position < bytes.count:  // delete a run
                let end = min(bytes.count, position + 1 + Int(random.next(below: 16)))
                bytes.removeSubrange(position..<end)
            case 3 where position < bytes.count:  // duplicate a run elsewhere
                let end = min(bytes.count, position + 1 + Int(random.next(below: 64)))
                let run = Array(bytes[position..<end])
                bytes.insert(contentsOf: run, at: Int(random.next(below: UInt64(bytes.count + 1))))
            case 4:  // truncate
                bytes.removeSubrange(position...)
            default:  // replace a byte with a random one
                if position < bytes.count { bytes[position] = UInt8(truncatingIfNeeded: random.next()) }
            }
        }
        return bytes
    }
}
