import Testing
@testable import WFLintKit

/// docs/rule-packs.md keeps up with the code: every check function the
/// registry holds has its own section naming each of its options and message
/// variables, no section describes a function that does not exist, and the
/// pack, rule, check and example keys the loader accepts are all documented.
@Suite struct RulePackDocsTests {
    static let path = "docs/rule-packs.md"

    /// The markdown sections under "## Check functions", by the function name
    /// in their `### \`name\`` heading.
    static func functionSections(_ markdown: String) -> [String: String] {
        var sections: [String: String] = [:]
        var inFunctions = false
        var current: String?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") {
                inFunctions = line == "## Check functions"
                current = nil
            } else if inFunctions, line.hasPrefix("### `"), line.hasSuffix("`") {
                let name = String(line.dropFirst(5).dropLast())
                current = name
                sections[name] = ""
            } else if let name = current {
                sections[name, default: ""] += line + "\n"
            }
        }
        return sections
    }

    static func markdown() throws -> String {
        try #require(RuleTestSupport.read(path), "\(path) is missing")
    }

    @Test func everyCheckFunctionHasASectionWithEveryOptionAndVariable() throws {
        let sections = Self.functionSections(try Self.markdown())
        #expect(CheckFunctions.all.count >= 15)
        for function in CheckFunctions.all {
            let name = function.name
            guard let section = sections[name] else {
                Issue.record("\(Self.path) has no heading ### `\(name)` under ## Check functions")
                continue
            }
            // Booleans first, so a failure names what is missing instead of dumping the section.
            for option in function.optionNames {
                let mentioned = section.contains("`\(option)`")
                #expect(mentioned, "\(Self.path): section `\(name)` does not mention option `\(option)`")
            }
            for variable in function.variables {
                let mentioned = section.contains("`{\(variable)}`")
                #expect(mentioned, "\(Self.path): section `\(name)` does not mention `{\(variable)}`")
            }
            let hasExample = section.contains("function: \(name)")
            #expect(hasExample, "\(Self.path): section `\(name)` has no YAML example")
        }
    }

    @Test func noSectionDescribesAnUnknownFunction() throws {
        let documented = Set(Self.functionSections(try Self.markdown()).keys)
        let registered = Set(CheckFunctions.names)
        #expect(documented.subtracting(registered).isEmpty, "sections for unknown functions: \(documented.subtracting(registered).sorted())")
    }

    @Test func everyKeyTheLoaderAcceptsIsDocumented() throws {
        let markdown = try Self.markdown()
        let keys = PackLoader.packKeys + PackLoader.metadataKeys + PackLoader.declarativeRuleKeys
            + PackLoader.swiftRuleKeys + PackLoader.checkKeys + ExampleReader.exampleKeys + ExampleReader.findingKeys
            + ["one-of", "or-absent", "valid", "invalid"]
        for key in Set(keys).sorted() {
            #expect(markdown.contains("`\(key)`"), "\(Self.path) does not mention the key `\(key)`")
        }
        let values = KindGroup.allCases.map(\.rawValue) + DocumentKind.allCases.map(\.rawValue)
            + PackLoader.replaceableRules + RuleSet.swiftImplementations.sorted() + Operation.allCases.map(\.rawValue)
        for value in values {
            #expect(markdown.contains("`\(value)`"), "\(Self.path) does not mention `\(value)`")
        }
    }
}
