import Foundation
import Testing
@testable import WFLintKit

/// The benchmark's corpus with findings on every document
/// (`Scripts/bench/gen_corpus.py --findings`, issue 12's findings workload;
/// docs/performance.md): the default corpus's documents with known defects
/// added. The benchmark times it and judges the count of its findings; these
/// are the properties that make those numbers mean something, none of them
/// timed.
@Suite struct FindingsCorpusTests {
    struct Defect: Decodable {
        let defect: String
        let rule: String
        let pointer: String
    }

    /// An entry of either manifest: the default corpus's names its one defect
    /// in the entry itself (`rule`, `pointer`), the findings corpus's lists
    /// them in `defects`.
    struct Entry: Decodable {
        let path: String
        let kind: String
        let format: String
        let rule: String?
        let pointer: String?
        let defects: [Defect]?
    }

    private struct Manifest: Decodable {
        let corpus: [Entry]
    }

    /// The benchmark's seed (gen_corpus.py's default).
    static let seed = "5"

    @Test func theFindingsCorpusIsTheSameEveryTimeAndTheCorpusWithEveryDocumentDefective() throws {
        let directory = try TemporaryDirectory()
        let runs: [(folder: String, options: [String])] = [("plain", []), ("findings", ["--findings"]), ("again", ["--findings"])]
        for (name, options) in runs {
            try BenchCorpusGenerator.run(into: directory.path(name), ["--corpus-only", "--seed", Self.seed] + options)
        }
        let plain = try Self.manifest(in: directory.url.appendingPathComponent("plain"))
        let findings = directory.url.appendingPathComponent("findings")
        let entries = try Self.manifest(in: findings)

        // The same seed, the same bytes: every file and the manifest.
        let files = try Self.files(under: findings)
        #expect(files.count == 5001)
        #expect(try Self.files(under: directory.url.appendingPathComponent("again")) == files)

        // The default corpus's documents, paths and kinds; its known defect, where a document had one, first.
        #expect(entries.map { "\($0.path) \($0.kind) \($0.format)" } == plain.map { "\($0.path) \($0.kind) \($0.format)" })
        for (entry, before) in zip(entries, plain) {
            guard let rule = before.rule, let pointer = before.pointer else { continue }
            #expect(
                entry.defects?.first.map { "\($0.rule) \($0.pointer)" } == "\(rule) \(pointer)",
                "\(entry.path): the default corpus's defect is not its first")
        }

        // A known defect in every document, two in every one whose first is not a mistyped key.
        for entry in entries {
            let defects = entry.defects ?? []
            #expect(defects.count == (defects.first?.defect == "mistyped-key" ? 1 : 2), "\(entry.path): \(defects.count) defects")
        }
        #expect(entries.reduce(0) { $0 + ($1.defects?.count ?? 0) } == 9494)
    }

    /// Linted as `wflint` lints the folder: every defect of the manifest found
    /// with its rule at its pointer, and the 9,000 findings the benchmark's
    /// target asks of the workload.
    @Test func everyKnownDefectIsFoundAndTheCorpusDrawsOverNineThousandFindings() throws {
        let directory = try TemporaryDirectory()
        try BenchCorpusGenerator.run(into: directory.path("gen"), ["--corpus-only", "--findings", "--seed", Self.seed])
        let folder = directory.url.appendingPathComponent("gen")
        let linter = builtinLinter()
        var count = 0
        for entry in try Self.manifest(in: folder) {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(entry.path)))
            let findings = linter.lint(bytes, as: LintInput(source: .file(entry.path), displayName: entry.path, isExplicit: false)).findings
            for defect in entry.defects ?? [] {
                #expect(
                    findings.contains { $0.ruleID == defect.rule && $0.pointer.description == defect.pointer },
                    "\(entry.path): the generator's \(defect.rule) at \(defect.pointer) is not found")
            }
            count += findings.count
        }
        #expect(count >= 9000)
    }

    private static func manifest(in folder: URL) throws -> [Entry] {
        try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: folder.appendingPathComponent("manifest.json"))).corpus
    }

    /// Every file below `folder`, by its path inside it, with its bytes.
    private static func files(under folder: URL) throws -> [String: Data] {
        guard let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else {
            throw FixtureError("cannot list \(folder.path)")
        }
        var files: [String: Data] = [:]
        let prefix = folder.standardizedFileURL.path + "/"
        for case let url as URL in walk {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(prefix.count))] = try Data(contentsOf: url)
        }
        return files
    }
}
