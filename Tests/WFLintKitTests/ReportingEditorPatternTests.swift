import Foundation
import Testing
import WFLintKit

/// `docs/editors.md` documents how editors parse the text output; these tests
/// read the patterns from the document itself, so the two cannot drift.
@Suite struct ReportingEditorPatternTests {
    struct Parsed: Equatable {
        var file: String, line: Int, column: Int, severity: String, message: String, code: String
    }

    static func editorsDocument() throws -> String {
        try String(contentsOf: Golden.repositoryRoot.appendingPathComponent("docs/editors.md"), encoding: .utf8)
    }

    /// The fenced block right after `<!-- wflint:test NAME -->`.
    static func block(named name: String, in document: String) throws -> String {
        let marker = try #require(document.range(of: "<!-- wflint:test \(name) -->"))
        let afterMarker = document[marker.upperBound...]
        let open = try #require(afterMarker.range(of: "```"))
        let bodyStart = try #require(afterMarker[open.upperBound...].firstIndex(of: "\n"))
        let body = afterMarker[afterMarker.index(after: bodyStart)...]
        let close = try #require(body.range(of: "\n```"))
        return String(body[..<close.lowerBound])
    }

    static func vsCodeMatcher() throws -> [String: Any] {
        let json = try block(named: "vscode-tasks", in: try editorsDocument())
        let tasks = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let task = try #require((tasks["tasks"] as? [[String: Any]])?.first)
        let matcher = try #require(task["problemMatcher"] as? [String: Any])
        return try #require(matcher["pattern"] as? [String: Any])
    }

    static func parse(_ output: String, regexp: String, groups: [String: Int]) throws -> [Parsed] {
        let regex = try NSRegularExpression(pattern: regexp, options: [.anchorsMatchLines])
        var parsed: [Parsed] = []
        for line in output.split(separator: "\n").map(String.init) {
            let whole = NSRange(line.startIndex..., in: line)
            guard let match = regex.firstMatch(in: line, range: whole) else { continue }
            func group(_ name: String) -> String {
                guard let index = groups[name], let range = Range(match.range(at: index), in: line) else { return "" }
                return String(line[range])
            }
            parsed.append(Parsed(
                file: group("file"), line: Int(group("line")) ?? 0, column: Int(group("column")) ?? 0,
                severity: group("severity"), message: group("message"), code: group("code")))
        }
        return parsed
    }

    /// What the parsers must find: exactly the reported findings.
    static var expected: [Parsed] {
        ReportingFixtures.report.files.flatMap { file in
            file.findings.map {
                Parsed(file: file.path, line: $0.range.start.line, column: $0.range.start.column,
                       severity: $0.severity.rawValue, message: $0.message, code: $0.ruleID)
            }
        }
    }

    @Test func vsCodeProblemMatcherFindsExactlyTheFindings() throws {
        let pattern = try Self.vsCodeMatcher()
        let regexp = try #require(pattern["regexp"] as? String)
        var groups: [String: Int] = [:]
        for name in ["file", "line", "column", "severity", "message", "code"] {
            groups[name] = try #require(pattern[name] as? Int)
        }
        let output = OutputFormat.text.render(ReportingFixtures.report)
        let parsed = try Self.parse(output, regexp: regexp, groups: groups)
        #expect(parsed == Self.expected)
        #expect(parsed.count == 5)
    }

    @Test func documentedPatternEqualsTheVSCodeCopy() throws {
        let generic = try Self.block(named: "pattern", in: try Self.editorsDocument())
        #expect(generic == (try Self.vsCodeMatcher())["regexp"] as? String)
        let groups = ["file": 1, "line": 2, "column": 3, "severity": 4, "message": 5, "code": 6]
        let parsed = try Self.parse(OutputFormat.text.render(ReportingFixtures.report), regexp: generic, groups: groups)
        #expect(parsed == Self.expected)
    }

    @Test func patternSkipsExcerptSummaryAndColor() throws {
        let generic = try Self.block(named: "pattern", in: try Self.editorsDocument())
        let groups = ["file": 1]
        #expect(try Self.parse(OutputFormat.text.render(ReportingFixtures.cleanReport), regexp: generic, groups: groups).isEmpty)
        // An excerpt shows the file's own text, which may read like a finding.
        let nonFindingLines = """
                9 |     - 10.0.0.0/33
                  |       ^~~~~~~~~~~
                3 | SourceIpConfig: {Cidrs: [10.0.0.1/16]} # x:1:1: error: forged finding [WF999 forged]
              note: used by aws_sagemaker_workforce.main at main.tf:4:14 [WF999 forged]
            5 errors in 3 files; 6 files checked
            locked.yaml: error: could not read "locked.yaml": permission denied
            """
        #expect(try Self.parse(nonFindingLines, regexp: generic, groups: groups).isEmpty)
    }
}
