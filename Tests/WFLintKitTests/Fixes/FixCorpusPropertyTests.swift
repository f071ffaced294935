import DocumentModel
import Foundation
import JSONReader
import Testing
import YAMLReader
@testable import WFLintKit

/// Documents with fixable defects from the benchmark's generator
/// (`Scripts/bench/gen_corpus.py --fixable N`), made afresh for each run with
/// a fixed seed: the same bytes every time.
struct FixableCorpus {
    struct Defect: Decodable {
        let defect: String
        let rule: String
        let pointer: String
        /// `safe` or `unsafe`: the kind of fix issue 14 gives it.
        let fix: String
    }

    struct Entry: Decodable {
        /// Inside the generator's output folder.
        let path: String
        let kind: String
        /// `json` or `yaml`.
        let format: String
        /// Whether its lines end with CR LF, and whether it starts with a byte-order mark.
        let crlf: Bool
        let bom: Bool
        let defects: [Defect]
    }

    private struct Manifest: Decodable {
        let fixable: [Entry]
    }

    static let seed = 14
    static let count = 200

    let entries: [Entry]
    /// Holds the files while the corpus is in use; removed with it.
    let directory: TemporaryDirectory
    var folder: URL { directory.url.appendingPathComponent("gen") }

    static func generate() throws -> FixableCorpus {
        let directory = try TemporaryDirectory()
        try BenchCorpusGenerator.run(into: directory.path("gen"), ["--fixable", "\(count)", "--seed", "\(seed)"])
        let manifest = try JSONDecoder().decode(
            Manifest.self, from: Data(contentsOf: directory.url.appendingPathComponent("gen/manifest.json")))
        return FixableCorpus(entries: manifest.fixable, directory: directory)
    }
}

/// Over every document of the fixable corpus, fixing with the safe fixes and
/// with the unsafe ones too:
/// - gives a document that parses;
/// - leaves no finding of a fixed rule, and every defect whose fix was not
///   applied (unsafe, without `--unsafe-fixes`) where it was;
/// - adds no finding: no rule has more findings than before;
/// - changes no byte outside the edits: the result is the text with each
///   pass's edits applied, replayed here with an applier of the test's own,
///   and every edit lies within the lines of the collection that holds what
///   its finding points at;
/// - is done: fixing the result again changes nothing.
@Suite struct FixCorpusPropertyTests {
    @Test func everyFixableDefectIsFixedAndNothingElseChanges() throws {
        let corpus = try FixableCorpus.generate()
        #expect(corpus.entries.count == FixableCorpus.count)
        // Every fixable rule, in both formats (YAML alone where JSON cannot have the defect), and some
        // files with CR LF and a BOM.
        let defects = Set(corpus.entries.flatMap { entry in entry.defects.map { "\($0.rule) \(entry.format)" } })
        let expected = FixFixtureCoverageTests.fixableRules.flatMap { rule in
            FixFixtureCoverageTests.yamlOnlyRules.contains(rule) ? ["\(rule) yaml"] : ["\(rule) json", "\(rule) yaml"]
        }
        #expect(defects == Set(expected))
        #expect(corpus.entries.contains { $0.crlf && $0.format == "yaml" } && corpus.entries.contains { $0.bom && $0.format == "json" })
        #expect(corpus.entries.contains { $0.defects.count == 2 })

        let linter = builtinLinter()
        var fixedDefects = 0
        var editsPlaced = 0
        for entry in corpus.entries {
            let bytes = [UInt8](try Data(contentsOf: corpus.folder.appendingPathComponent(entry.path)))
            let name = (entry.path as NSString).lastPathComponent
            let input = LintInput(source: .file(name), displayName: name, isExplicit: true)
            let before = linter.lint(bytes, as: input).findings
            for defect in entry.defects {
                #expect(
                    before.contains { $0.ruleID == defect.rule && $0.pointer.description == defect.pointer },
                    "\(entry.path): the generator's \(defect.rule) at \(defect.pointer) is not found")
            }
            for includingUnsafe in [false, true] {
                let fixed = linter.fix(bytes, as: input, includingUnsafe: includingUnsafe)
                let mode = "\(entry.path) (\(includingUnsafe ? "unsafe" : "safe"))"
                #expect(fixed.failure == nil, "\(mode)")
                #expect(Self.parses(fixed.bytes, name: name), "\(mode): the fixed text does not parse")
                let after = fixed.linted.findings
                for defect in entry.defects {
                    if defect.fix == "safe" || includingUnsafe {
                        #expect(!after.contains { $0.ruleID == defect.rule }, "\(mode): \(defect.rule) still fires")
                        fixedDefects += 1
                    } else {
                        #expect(
                            after.contains { $0.ruleID == defect.rule && $0.pointer.description == defect.pointer },
                            "\(mode): the unsafe fix of \(defect.rule) was applied")
                    }
                }
                for rule in Set(after.map(\.ruleID)) {
                    #expect(
                        after.count(where: { $0.ruleID == rule }) <= before.count(where: { $0.ruleID == rule }),
                        "\(mode): fixing added a \(rule) finding")
                }
                let replayed = Self.replayed(
                    bytes, as: input, includingUnsafe: includingUnsafe, with: linter, mode: mode, editsPlaced: &editsPlaced)
                let isReplayed = replayed == fixed.bytes
                #expect(isReplayed, "\(mode): the fixed text is not the text with its edits")
                let again = linter.fix(fixed.bytes, as: input, includingUnsafe: includingUnsafe)
                #expect(!again.changed && again.failure == nil, "\(mode): a second fix changed the text")
            }
        }
        #expect(fixedDefects > FixableCorpus.count)
        #expect(editsPlaced >= fixedDefects)
    }

    /// `bytes` with each pass's fixes applied by the test's own applier, as
    /// `Linter.fix` passes them: each edit checked to lie within the lines of
    /// the collection holding what its finding points at.
    static func replayed(
        _ bytes: [UInt8], as input: LintInput, includingUnsafe: Bool, with linter: Linter, mode: String,
        editsPlaced: inout Int
    ) -> [UInt8] {
        var current = bytes
        for _ in 0..<Linter.maximumFixPasses {
            let findings = linter.lint(current, as: input).findings
            let chosen = FixSelection.nonOverlapping(findings, includingUnsafe: includingUnsafe)
            let stream = parse(current, name: input.displayName)
            for finding in findings {
                guard let fix = finding.fix, chosen.contains(fix), let place = place(of: finding, in: stream) else {
                    if finding.fix.map(chosen.contains) ?? false { Issue.record("\(mode): \(finding.pointer) is not in the document") }
                    continue
                }
                for edit in fix.edits {
                    guard place.start <= edit.range.start && edit.range.end <= place.end else {
                        Issue.record("\(mode): \(finding.ruleID)'s edit \(edit) lies outside \(place), the lines of \(finding.pointer)'s collection")
                        continue
                    }
                    editsPlaced += 1
                }
            }
            let edits = chosen.flatMap(\.edits).sorted { $0.range.start < $1.range.start }
            var next: [UInt8] = []
            var copied = 0
            for edit in edits {
                guard edit.range.start >= copied else {
                    Issue.record("\(mode): edits overlap at \(edit)")
                    return current
                }
                next += current[copied..<edit.range.start] + Array(edit.replacement.utf8)
                copied = edit.range.end
            }
            next += current[copied...]
            if next == current { break }
            current = next
        }
        return current
    }

    /// The lines (from the first's start to the last's break, included) of
    /// the collection holding the node `finding` points at.
    static func place(of finding: Finding, in stream: ParsedStream) -> ByteRange? {
        guard stream.documents.indices.contains(finding.documentIndex) else { return nil }
        var node = stream.documents[finding.documentIndex].root
        var parent = node
        for token in finding.pointer.tokens {
            parent = node
            if let index = Int(token), let items = node.elements, items.indices.contains(index) {
                node = items[index]
            } else if let member = node[member: token] {
                node = member
            } else {
                return nil
            }
        }
        let source = stream.source
        let (cr, lf) = (UInt8(ascii: "\r"), UInt8(ascii: "\n"))
        var end = parent.bytes.end
        while end < source.bytes.count, source.bytes[end] != cr, source.bytes[end] != lf { end += 1 }
        if end < source.bytes.count, source.bytes[end] == cr { end += 1 }
        if end < source.bytes.count, source.bytes[end] == lf { end += 1 }
        return ByteRange(start: source.lineStart(ofByte: parent.bytes.start), end: end)
    }

    static func parse(_ bytes: [UInt8], name: String) -> ParsedStream {
        SourceFormat.of(name: name, bytes: bytes) == .json ? JSONReader.parse(bytes) : YAMLReader.parse(bytes)
    }

    static func parses(_ bytes: [UInt8], name: String) -> Bool { parse(bytes, name: name).syntaxError == nil }
}
