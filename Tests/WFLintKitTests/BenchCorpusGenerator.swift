import Foundation

/// The benchmark's input generator (`Scripts/bench/gen_corpus.py`), run by
/// the tests that read what it writes: always with a given seed, so the same
/// bytes every time.
enum BenchCorpusGenerator {
    /// Runs the generator with `arguments` (after `--out`) into `folder`.
    static func run(into folder: String, _ arguments: [String]) throws {
        let status = try ChildProcess.with { process in
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [
                "python3", Golden.repositoryRoot.appendingPathComponent("Scripts/bench/gen_corpus.py").path,
                "--out", folder,
            ] + arguments
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        }
        guard status == 0 else { throw FixtureError("gen_corpus.py \(arguments.joined(separator: " ")) failed") }
    }
}
