import Foundation
import Testing

/// Golden files under `Tests/WFLintKitTests/Golden/`. A mismatch fails with
/// the first differing line; files are rewritten only when the environment
/// has `WFLINT_UPDATE_GOLDEN=1`, never silently.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// The repository root (`Tests/WFLintKitTests/<file>` is three levels down).
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func check(_ actual: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["WFLINT_UPDATE_GOLDEN"] == "1" {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try actual.write(to: url, atomically: false, encoding: .utf8)
            } catch {
                Issue.record("could not write golden file \(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("golden file \(name) is missing; run with WFLINT_UPDATE_GOLDEN=1 to create it",
                         sourceLocation: sourceLocation)
            return
        }
        guard actual != expected else { return }
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let index = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(actualLines.count, expectedLines.count)
        let got = index < actualLines.count ? String(actualLines[index]) : "<end of output>"
        let want = index < expectedLines.count ? String(expectedLines[index]) : "<end of file>"
        Issue.record("""
            output differs from golden file \(name) at line \(index + 1):
              expected: \(want)
              actual:   \(got)
            (set WFLINT_UPDATE_GOLDEN=1 to accept the new output)
            """, sourceLocation: sourceLocation)
    }
}
