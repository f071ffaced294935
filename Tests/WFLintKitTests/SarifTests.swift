import DocumentModel
import Foundation
import Testing
@testable import WFLintKit

@Suite struct SarifTests {
    @Test func rendersTheGoldenLog() {
        Golden.check(OutputFormat.sarif.render(ReportingFixtures.report), matches: "report.sarif")
    }

    @Test func fullLogValidatesAgainstTheOfficialSchemaAndGitHubRules() throws {
        try SarifValidator.expectValid(OutputFormat.sarif.render(ReportingFixtures.report))
    }

    @Test func cleanLogValidatesAndHasAnEmptyResultsArray() throws {
        let log = OutputFormat.sarif.render(ReportingFixtures.cleanReport)
        try SarifValidator.expectValid(log)
        let run = try #require(try Self.firstRun(log))
        #expect((run["results"] as? [Any])?.isEmpty == true)
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == true)
        #expect(invocation["exitCode"] as? Int == 0)
    }

    @Test func resultCarriesUTF16ColumnsPointerAndFingerprints() throws {
        let run = try #require(try Self.firstRun(OutputFormat.sarif.render(ReportingFixtures.report)))
        let results = try #require(run["results"] as? [[String: Any]])
        let emoji = try #require(results.first { Self.uri(of: $0) == "data/%C3%BCn%C3%AF%20code.json" && $0["ruleId"] as? String == "WF007" })
        let location = try #require((emoji["locations"] as? [[String: Any]])?.first)
        let physical = try #require(location["physicalLocation"] as? [String: Any])
        let region = try #require(physical["region"] as? [String: Any])
        // "😀team" spans scalar columns 20..<27, UTF-16 columns 20..<28.
        #expect(region["startColumn"] as? Int == 20)
        #expect(region["endColumn"] as? Int == 28)
        #expect((region["snippet"] as? [String: Any])?["text"] as? String == "\"😀team\"")
        #expect((physical["artifactLocation"] as? [String: Any])?["uriBaseId"] as? String == "%SRCROOT%")
        let logical = try #require((location["logicalLocations"] as? [[String: Any]])?.first)
        #expect(logical["fullyQualifiedName"] as? String == "/WorkforceName")
        let fingerprints = try #require(emoji["partialFingerprints"] as? [String: String])
        let expectedHash = LineHashes(utf16: ReportingFixtures.jsonText.utf16).hash(ofLine: 2)
        #expect(fingerprints["primaryLocationLineHash"] == expectedHash)
        #expect(fingerprints["wflint/v1"]?.count == 16)
        #expect((emoji["suppressions"] as? [Any])?.isEmpty == true)
        #expect(emoji["level"] as? String == "error")
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let index = try #require(emoji["ruleIndex"] as? Int)
        #expect(rules[index]["id"] as? String == "WF007")
    }

    @Test func suppressedFindingStaysWithItsSuppression() throws {
        let run = try #require(try Self.firstRun(OutputFormat.sarif.render(ReportingFixtures.report)))
        let results = try #require(run["results"] as? [[String: Any]])
        let suppressed = try #require(results.first { $0["ruleId"] as? String == "WF301" })
        let suppression = try #require((suppressed["suppressions"] as? [[String: Any]])?.first)
        #expect(suppression["kind"] as? String == "external")
        #expect(suppression["justification"] as? String == "legacy tag, tracked in TICKET-12")
    }

    @Test func unreadableFileIsAnErrorNotificationAndFailsTheExecution() throws {
        let run = try #require(try Self.firstRun(OutputFormat.sarif.render(ReportingFixtures.report)))
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        #expect(invocation["exitCode"] as? Int == 2)
        let notification = try #require((invocation["toolExecutionNotifications"] as? [[String: Any]])?.first)
        #expect(notification["level"] as? String == "error")
        #expect((notification["message"] as? [String: Any])?["text"] as? String == #"could not read "locked.yaml": permission denied"#)
    }

    @Test func ruleDescriptorsCarryEverythingCodeScanningReads() throws {
        let run = try #require(try Self.firstRun(OutputFormat.sarif.render(ReportingFixtures.report)))
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["semanticVersion"] as? String == "0.1.0")
        let rule = try #require((driver["rules"] as? [[String: Any]])?.first { $0["id"] as? String == "WF201" })
        #expect(rule["name"] as? String == "cidr-invalid")
        #expect(rule["helpUri"] as? String == "https://github.com/wflint/wflint/blob/main/docs/rules.md#wf201-cidr-invalid")
        #expect((rule["defaultConfiguration"] as? [String: Any])?["level"] as? String == "error")
        let properties = try #require(rule["properties"] as? [String: Any])
        #expect(properties["tags"] as? [String] == ["network", "correctness"])
        #expect(properties["problem.severity"] as? String == "error")
        #expect((rule["help"] as? [String: Any])?["markdown"] as? String
            == "A CIDR in SourceIpConfig is not a valid CIDR block.\n\nSee the `cidr-invalid` section for examples.")
    }

    @Test func findingOfAnUnlistedRuleGetsADescriptorSoItsIndexIsValid() throws {
        var report = ReportingFixtures.report
        report.rules = []
        let log = OutputFormat.sarif.render(report)
        try SarifValidator.expectValid(log)
        let run = try #require(try Self.firstRun(log))
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        for result in try #require(run["results"] as? [[String: Any]]) {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
    }

    @Test func pathsBecomeRelativeOrFileURIs() {
        #expect(ArtifactURI(path: "./a//b c.yaml", sourceRoot: nil).uri == "a/b%20c.yaml")
        #expect(ArtifactURI(path: "./a//b c.yaml", sourceRoot: nil).isRelative)
        #expect(ArtifactURI(path: "/repo/x/a.yaml", sourceRoot: "/repo/").uri == "x/a.yaml")
        #expect(ArtifactURI(path: "/repo/x/a.yaml", sourceRoot: "/repo/").isRelative)
        #expect(ArtifactURI(path: "/elsewhere/a.yaml", sourceRoot: "/repo").uri == "file:///elsewhere/a.yaml")
        #expect(ArtifactURI(path: "/elsewhere/a.yaml", sourceRoot: "/repo").isRelative == false)
        #expect(ArtifactURI(path: "c:x#1?.yaml", sourceRoot: nil).uri == "c%3Ax%231%3F.yaml")
        #expect(ArtifactURI.directoryURI("/home/runner/work") == "file:///home/runner/work/")
    }

    @Test func sourceRootAppearsOnlyWhenGiven() throws {
        var report = ReportingFixtures.report
        #expect(!OutputFormat.sarif.render(report).contains("file://"))
        report.sourceRoot = "/home/runner/work/app/app"
        let log = OutputFormat.sarif.render(report)
        #expect(log.contains(#""uri": "file:///home/runner/work/app/app/""#))
        try SarifValidator.expectValid(log)
    }

    static func firstRun(_ log: String) throws -> [String: Any]? {
        let object = try JSONSerialization.jsonObject(with: Data(log.utf8)) as? [String: Any]
        return (object?["runs"] as? [[String: Any]])?.first
    }

    static func uri(of result: [String: Any]) -> String? {
        let location = (result["locations"] as? [[String: Any]])?.first
        let physical = location?["physicalLocation"] as? [String: Any]
        return (physical?["artifactLocation"] as? [String: Any])?["uri"] as? String
    }
}

/// Runs the shared validator, `<repo>/../shared/schemas/validate_sarif.py`
/// (a sibling of the clone, in CI as here), against the official OASIS schema
/// with GitHub's extra checks. A missing validator is a failure, never a pass.
enum SarifValidator {
    static let script = Golden.repositoryRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/schemas/validate_sarif.py")

    static func expectValid(_ log: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard FileManager.default.fileExists(atPath: script.path) else {
            Issue.record("SARIF validator not found at \(script.path): the schema check cannot run",
                         sourceLocation: sourceLocation)
            return
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("wflint-\(UUID().uuidString).sarif")
        try log.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, file.path, "--github"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "validate_sarif.py rejected the log:\n\(text)", sourceLocation: sourceLocation)
        // Advisory GitHub warnings are findings too: the log should have none.
        #expect(!text.contains("github-warning"), "validate_sarif.py warned:\n\(text)", sourceLocation: sourceLocation)
    }
}

@Suite struct ReportingToolInfoTests {
    @Test func defaultToolIsThisBuildAndLinksIntoDocsRules() {
        let rule = ReportingFixtures.rules[3]
        #expect(ToolInfo.wflint.version == WFLintVersion.current)
        #expect(ToolInfo.wflint.helpURI(for: rule) == WFLintVersion.informationURI + "/blob/main/docs/rules.md#wf201-cidr-invalid")
        #expect(ToolInfo.headingAnchor("WF010 unused-suppression (note)") == "wf010-unused-suppression-note")
    }
}
