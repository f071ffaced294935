import DocumentModel
import Foundation
import Testing
import WFLintKit

/// The same findings, at the same positions, in all four formats.
@Suite struct ReportingConsistencyTests {
    struct Key: Hashable {
        var file: String, line: Int, column: Int, rule: String
    }

    static let report = ReportingFixtures.report

    static var expected: [Key] {
        report.files.flatMap { file in
            file.findings.map { Key(file: file.path, line: $0.range.start.line, column: $0.range.start.column, rule: $0.ruleID) }
        }
    }

    @Test func textHeadlines() {
        let lines = OutputFormat.text.render(Self.report).split(separator: "\n")
        for key in Self.expected {
            #expect(lines.contains { $0.hasPrefix("\(key.file):\(key.line):\(key.column): ") && $0.contains("[\(key.rule) ") })
        }
    }

    @Test func jsonFindings() throws {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(OutputFormat.json.render(Self.report).utf8)) as? [String: Any])
        let findings = try #require(document["findings"] as? [[String: Any]])
        let keys = findings.map { finding in
            let start = finding["start"] as? [String: Int]
            return Key(file: finding["file"] as? String ?? "", line: start?["line"] ?? 0, column: start?["column"] ?? 0,
                       rule: finding["ruleId"] as? String ?? "")
        }
        #expect(keys == Self.expected)
    }

    @Test func githubCommands() {
        let lines = OutputFormat.github.render(Self.report).split(separator: "\n").filter { !$0.contains("unreadable-file") }
        let keys = lines.map { line -> Key in
            let properties = line.dropFirst("::error ".count).prefix { $0 != ":" }.split(separator: ",")
            var values: [String: String] = [:]
            for property in properties {
                let parts = property.split(separator: "=", maxSplits: 1)
                if parts.count == 2 { values[String(parts[0])] = String(parts[1]) }
            }
            return Key(file: values["file"] ?? "", line: Int(values["line"] ?? "") ?? 0, column: Int(values["col"] ?? "") ?? 0,
                       rule: String(values["title"]?.prefix { $0 != " " } ?? ""))
        }
        #expect(keys == Self.expected)
    }

    /// SARIF counts UTF-16 units; converting back through the source gives the
    /// same scalar columns.
    @Test func sarifResults() throws {
        let log = try #require(try JSONSerialization.jsonObject(with: Data(OutputFormat.sarif.render(Self.report).utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        let reported = results.filter { ($0["suppressions"] as? [Any])?.isEmpty == true }
        #expect(reported.count == Self.expected.count)
        for (result, key) in zip(reported, Self.expected) {
            let physical = ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any]
            let region = try #require(physical?["region"] as? [String: Any])
            let file = try #require(Self.report.files.first { $0.path == key.file })
            #expect(result["ruleId"] as? String == key.rule)
            #expect(region["startLine"] as? Int == key.line)
            #expect(region["startColumn"] as? Int == file.source.utf16Column(line: key.line, column: key.column))
        }
    }
}
