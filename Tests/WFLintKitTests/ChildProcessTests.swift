import Foundation
import Testing

/// Every test starts its child processes through `ChildProcess`, which lets
/// one live at a time (its comment says why): no other file of the tests
/// makes a `Process`.
@Suite struct ChildProcessTests {
    @Test func onlyChildProcessMakesProcesses() throws {
        let tests = Golden.repositoryRoot.appendingPathComponent("Tests")
        // Spelled in two pieces, so that this file does not hold what it looks for.
        let makers = ["Process" + "()", "Process" + ".run("]
        var making: [String] = []
        let files = try #require(FileManager.default.enumerator(at: tests, includingPropertiesForKeys: nil))
        for case let file as URL in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            if makers.contains(where: { text.contains($0) }) {
                making.append(String(file.path.dropFirst(tests.path.count + 1)))
            }
        }
        #expect(making == ["WFLintKitTests/ChildProcess.swift"])
    }
}
