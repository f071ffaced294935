import DocumentModel
import Testing

@testable import WFLintKit

/// `FileIgnores` indexes the `ignore:` entries that concern one file by rule
/// and pointer. It must pick the entry the documented rule picks: the first,
/// in the configuration's order, whose glob matches the file, whose rules
/// hold the finding's, and whose pointer (when it has one) is the finding's
/// own or an ancestor's, compared by bytes.
@Suite struct IgnoreIndexTests {
    struct Entry {
        let path: String
        let rules: [String]
        let pointer: String?
    }

    static let paths = ["a.yaml", "*.yaml", "b/**", "*.json", "{a,c}.yaml"]
    static let rules = ["WF003", "WF004", "WF009"]
    /// Edge cases of the prefix test: the root, a key "" at the root, a
    /// trailing empty token, an escaped `/`, and a sibling that shares a
    /// prefix of characters but not of tokens (`/Tags/10` and `/Tags/1`).
    static let entryPointers: [String?] = [
        nil, "", "/", "/Tags", "/Tags/1", "/Tags/1/Key", "/Tags/10", "/Tags/", "/a~1b", "/a~1b/c", "/a",
    ]
    static let findingPointers: [[String]] = [
        [], [""], ["", "x"], ["Tags"], ["Tags", "1"], ["Tags", "1", "Key"], ["Tags", "10"], ["Tags", "10", "Key"],
        ["Tags", ""], ["Tags", "", "x"], ["a/b"], ["a/b", "c"], ["a", "b"], ["a"], ["Tagsx"],
    ]

    /// The documented rule, entry by entry.
    static func expected(_ entries: [Entry], rule: String, pointer: String, file: String) -> Int? {
        entries.indices.first { index in
            let entry = entries[index]
            guard entry.rules.contains(rule), (try? Glob(entry.path))?.matches(file) == true else { return false }
            guard let own = entry.pointer else { return true }
            return own.isEmpty || pointer.isExactly(own) || pointer.utf8.starts(with: (own + "/").utf8)
        }
    }

    static func configuration(_ entries: [Entry]) -> String {
        "ignore:\n" + entries.enumerated().map { index, entry in
            var text = "  - path: \"\(entry.path)\"\n    rules: [\(entry.rules.joined(separator: ", "))]\n"
            if let pointer = entry.pointer { text += "    pointer: \"\(pointer)\"\n" }
            return text + "    reason: entry \(index)\n"
        }.joined()
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func theIndexPicksTheFirstEntryTheRulePicks(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let pick = { (count: Int) in Int(random.next() % UInt64(count)) }
        let entries = (0..<(1 + pick(30))).map { _ in
            Entry(
                path: Self.paths[pick(Self.paths.count)],
                rules: Array(Set((0...pick(2)).map { _ in Self.rules[pick(Self.rules.count)] })).sorted(),
                pointer: Self.entryPointers[pick(Self.entryPointers.count)])
        }
        let configuration = try ConfigurationReader.parse(
            text: Self.configuration(entries), file: ".wflint.yaml", directory: "/repo")
        let ignores = try IgnoreRules(configuration, names: RuleNames(suppressionRules))
        for file in ["a.yaml", "c.yaml", "b/d/e.yaml", "x.json", "other.txt"] {
            let ignored = ignores.file(atAbsolutePath: "/repo/" + file)
            for rule in Self.rules {
                for tokens in Self.findingPointers {
                    let pointer = JSONPointer(tokens)
                    let finding = Finding(
                        ruleID: rule, ruleName: rule, severity: .error, message: "m", file: file, documentIndex: 0,
                        range: SourceRange(at: .start), pointer: pointer)
                    let index = Self.expected(entries, rule: rule, pointer: pointer.description, file: file)
                    #expect(
                        ignored.justification(for: finding) == index.map { "entry \($0)" },
                        "\(file) \(rule) \(pointer.description)")
                }
            }
        }
    }

    /// A file outside the configuration's folder is none of its business.
    @Test func aFileOutsideTheFolderIsNotIgnored() throws {
        let configuration = try ConfigurationReader.parse(
            text: "ignore:\n  - path: \"**\"\n    rules: WF003\n", file: ".wflint.yaml", directory: "/repo")
        let ignores = try IgnoreRules(configuration, names: RuleNames(suppressionRules))
        let finding = Finding(
            ruleID: "WF003", ruleName: "unknown-field", severity: .error, message: "m", file: "a.yaml",
            documentIndex: 0, range: SourceRange(at: .start), pointer: JSONPointer(["x"]))
        #expect(ignores.file(atAbsolutePath: "/repo/a.yaml").justification(for: finding) == "ignored by .wflint.yaml:2:5")
        #expect(ignores.file(atAbsolutePath: "/elsewhere/a.yaml").justification(for: finding) == nil)
    }
}
