import Foundation
import Testing
@testable import WFLintKit

/// Paths and loading shared by the rule-pack tests.
enum RuleTestSupport {
    /// The package root, found from this file's path.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func read(_ relativePath: String) -> String? {
        try? String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// The built-in rules plus the example org packs of `rules/examples/`.
    /// The built-in rules plus `pack` (read as `t.yaml`), and its rule `id`.
    static func ruleSet(adding pack: String, rule id: String) throws -> (set: RuleSet, rule: Rule) {
        var set = try RuleSet.builtin()
        try set.addPack(text: pack, file: "t.yaml")
        return (set, try #require(set.rule(id)))
    }

    static func ruleSetWithExamplePacks() throws -> RuleSet {
        var set = try RuleSet.builtin()
        try set.addPacks(at: root.appendingPathComponent("rules/examples").path)
        return set
    }

    /// Every file under `rules/` except `rules/examples/`, by path relative to
    /// the package root, sorted: what `EmbeddedRules` must hold.
    static func embeddableRuleFiles() throws -> [(path: String, text: String)] {
        let rulesDirectory = root.appendingPathComponent("rules")
        guard let enumerator = FileManager.default.enumerator(at: rulesDirectory, includingPropertiesForKeys: [.isRegularFileKey])
        else { return [] }
        var files: [(String, String)] = []
        for case let url as URL in enumerator {
            let relative = "rules/" + url.path.dropFirst(rulesDirectory.path.count + 1)
            guard !relative.hasPrefix("rules/examples/"),
                  (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
            else { continue }
            files.append((relative, try String(contentsOf: url, encoding: .utf8)))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    static var isUpdatingGenerated: Bool { ProcessInfo.processInfo.environment["WFLINT_UPDATE_GENERATED"] == "1" }

    /// Whether a generated file on disk equals `expected`; when it does not and
    /// `WFLINT_UPDATE_GENERATED=1` is set, rewrites it (and still returns false).
    static func isGeneratedCurrent(_ relativePath: String, expected: String) throws -> Bool {
        if read(relativePath) == expected { return true }
        if isUpdatingGenerated {
            try expected.write(to: root.appendingPathComponent(relativePath), atomically: true, encoding: .utf8)
        }
        return false
    }
}

/// The Swift source of `Sources/WFLintKit/Generated/EmbeddedRules.swift`.
enum EmbeddedRulesGenerator {
    static func source(_ files: [(path: String, text: String)]) -> String {
        var out = """
        // Generated from the files under rules/ (except rules/examples/) by Scripts/generate; do not edit.
        // The rule packs and shape data compiled into wflint, so an installed binary needs no source tree.

        enum EmbeddedRules {
            /// The path of every embedded file, as in the source tree, sorted.
            static let paths: [String] = [

        """
        for file in files { out += "        \"\(file.path)\",\n" }
        out += """
            ]

            /// The text of the embedded file at `path`, or nil.
            static func text(of path: String) -> String? {
                switch path {

        """
        for file in files {
            let hashes = String(repeating: "#", count: longestHashRun(file.text) + 1)
            let body = file.text.hasSuffix("\n") ? file.text : file.text + "\n"
            out += "        case \"\(file.path)\":\n            return \(hashes)\"\"\"\n\(body)\n\"\"\"\(hashes)\n"
        }
        out += """
                default:
                    return nil
                }
            }
        }

        """
        return out
    }

    private static func longestHashRun(_ text: String) -> Int {
        var longest = 0
        var run = 0
        for ch in text {
            run = ch == "#" ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
    }
}
