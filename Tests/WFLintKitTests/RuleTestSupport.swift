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
        var set = RuleSet.builtin()
        try set.addPack(text: pack, file: "t.yaml")
        return (set, try #require(set.rule(id)))
    }

    static func ruleSetWithExamplePacks() throws -> RuleSet {
        var set = RuleSet.builtin()
        try set.addPacks(at: root.appendingPathComponent("rules/examples").path)
        return set
    }

    /// The built-in shape data, from `rules/shapes/`.
    static let builtinShapesFile = "rules/shapes/sagemaker-workforce.yaml"
    static let builtinTerraformFile = "rules/shapes/terraform.yaml"

    /// The built-in shapes loaded from their data file, as the generator reads them.
    static func loadBuiltinShapes() throws -> ShapeCatalog {
        let text = try #require(read(builtinShapesFile), "\(builtinShapesFile) is missing")
        return try ShapeCatalog(yaml: text, file: builtinShapesFile)
    }

    /// The built-in packs loaded from `rules/*.yaml` (the YAML files directly
    /// in `rules/`, in name order), as the generator reads them.
    static func loadBuiltinPacks() throws -> RuleSet {
        var set = RuleSet()
        for file in try ruleFiles() where !file.path.dropFirst("rules/".count).contains("/") && file.path.hasSuffix(".yaml") {
            try set.add(try PackLoader.load(
                text: file.text, file: file.path, implementations: RuleSet.swiftImplementations, isBuiltin: true))
        }
        return set
    }

    /// Every file under `rules/` except `rules/examples/`, by path relative to
    /// the package root, sorted.
    static func ruleFiles() throws -> [(path: String, text: String)] {
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
            try expected.write(to: root.appendingPathComponent(relativePath), atomically: false, encoding: .utf8)
        }
        return false
    }
}
