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

    /// A file over `max-file-size` is not read: its WF011 result had the
    /// hash of an empty line, which upload-sarif keeps as if it were the
    /// file's; it has none now, and upload-sarif computes it.
    @Test func aFileThatWasNotReadHasNoLineHash() throws {
        let repository = try TemporaryRepository(files: [
            ".wflint.yaml": "limits:\n  max-file-size: 16\n", "team.yaml": "WorkforceName: team-a\nX: 1\n",
        ])
        defer { repository.remove() }
        let run = try WFLintBinary.run(["--format", "sarif", "team.yaml"], in: repository.root)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let results = try #require(((log["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        #expect(results.map { $0["ruleId"] as? String } == ["WF011"])
        let fingerprints = try #require(results.first?["partialFingerprints"] as? [String: String])
        #expect(fingerprints.keys.sorted() == ["wflint/v1"])
    }

    /// A rule's level in `driver.rules` is the one the run gives it, as its
    /// results' are: code scanning lists the rule by it. It showed the
    /// pack's default whatever the configuration set.
    @Test func ruleDescriptorsCarryTheConfiguredSeverity() throws {
        let repository = try TemporaryRepository(files: [
            ".wflint.yaml": "rules:\n  cidr-host-bits: error\n  WF140: note\n  WF205: off\n",
            "team.yaml": "WorkforceName: team-a\nCognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}\n"
                + "SourceIpConfig: {Cidrs: [10.0.0.1/16]}\n",
        ])
        defer { repository.remove() }
        let run = try WFLintBinary.run(["--format", "sarif", "team.yaml"], in: repository.root)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let sarifRun = try #require((log["runs"] as? [[String: Any]])?.first)
        let rules = try #require(((sarifRun["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        func levels(_ id: String) -> [String?] {
            rules.filter { $0["id"] as? String == id }.flatMap { rule in [
                (rule["defaultConfiguration"] as? [String: Any])?["level"] as? String,
                (rule["properties"] as? [String: Any])?["problem.severity"] as? String,
            ] }
        }
        #expect(levels("WF203") == ["error", "error"])
        #expect(levels("WF140") == ["note", "recommendation"])
        #expect(levels("WF201") == ["error", "error"])
        #expect(levels("WF205") == [])
        let results = try #require(sarifRun["results"] as? [[String: Any]])
        #expect(results.map { "\($0["ruleId"] ?? "") \($0["level"] ?? "")" } == ["WF203 error"])
    }

    /// A file named by its absolute path, inside the folder wflint runs in,
    /// is the same artifact as named relatively: the log was `file:///…`
    /// (the machine's folders in it, other fingerprints), where docs/output.md
    /// promises paths relative to `%SRCROOT%`. Outside that folder it stays
    /// a `file://` URI.
    @Test func anAbsolutePathInsideTheWorkingDirectoryIsRelative() throws {
        let directory = try TemporaryDirectory()
        try directory.write("w.json", #"{"WorkforceName": "bad name", "CognitoConfig": {"UserPool": "us-east-1_abcDEF123", "ClientId": "c"}}"#)
        let relative = try WFLintBinary.run(["--no-config", "--format", "sarif", "w.json"], in: directory.url)
        let absolute = try WFLintBinary.run(["--no-config", "--format", "sarif", directory.path("w.json")], in: directory.url)
        #expect(relative.stdout.contains(#""uri": "w.json""#))
        #expect(absolute.stdout == relative.stdout)
        let sibling = try TemporaryDirectory()
        let elsewhere = try WFLintBinary.run(["--no-config", "--format", "sarif", directory.path("w.json")], in: sibling.url)
        #expect(elsewhere.stdout.contains(#""uri": "file://"#))
    }

    @Test func suppressedFindingStaysWithItsSuppression() throws {
        let run = try #require(try Self.firstRun(OutputFormat.sarif.render(ReportingFixtures.report)))
        let results = try #require(run["results"] as? [[String: Any]])
        let suppressed = try #require(results.first { $0["ruleId"] as? String == "WF301" })
        let suppression = try #require((suppressed["suppressions"] as? [[String: Any]])?.first)
        #expect(suppression["kind"] as? String == "external")
        #expect(suppression["justification"] as? String == "legacy tag, tracked in TICKET-12")
    }

    /// A file's results are its reported and silenced findings merged in
    /// report order (the silenced ones sorted first if they are not); of two
    /// equal findings, the reported one first (a baseline silences one of two).
    @Test func silencedFindingsTakeTheirPlaceAmongAFilesResults() throws {
        let path = ReportingFixtures.yamlPath
        let reported = ReportingFixtures.yamlFile.findings
        let line = { (line: Int, rule: String) in
            ReportingFixtures.finding(rule, "pattern", "at \(line)", file: path, (line, 1), (line, 2), pointer: [])
        }
        let file = LintReport.FileReport(
            path: path, findings: [reported[0], reported[2]],
            suppressed: [
                SuppressedFinding(finding: line(7, "WF007"), kind: .inSource),
                SuppressedFinding(finding: line(1, "WF007"), kind: .inSource),
                SuppressedFinding(finding: reported[2], kind: .external),
                SuppressedFinding(finding: reported[1], kind: .external),
            ],
            source: SourceLines(ReportingFixtures.yamlText))
        let report = LintReport(
            tool: ReportingFixtures.tool, files: [file], filesChecked: 1, rules: ReportingFixtures.rules, exitCode: 1)
        let run = try #require(try Self.firstRun(OutputFormat.sarif.render(report)))
        let results = try #require(run["results"] as? [[String: Any]])
        let order = results.map { result -> String in
            let location = (result["locations"] as? [[String: Any]])?.first
            let region = (location?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
            let silenced = (result["suppressions"] as? [Any])?.isEmpty == false
            return "\(region?["startLine"] as? Int ?? 0)\(silenced ? " silenced" : "")"
        }
        #expect(order == ["1 silenced", "2", "6 silenced", "7 silenced", "9", "9 silenced"])
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
        // The root's name in another Unicode spelling is another folder.
        #expect(ArtifactURI(path: "/caf\u{E9}/a.yaml", sourceRoot: "/cafe\u{301}").uri == "file:///caf%C3%A9/a.yaml")
        #expect(ArtifactURI(path: "/cafe\u{301}/a.yaml", sourceRoot: "/cafe\u{301}").uri == "a.yaml")
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

/// Runs the repository's own validator, `Tests/SARIF/validate-sarif.py`:
/// the official OASIS SARIF 2.1.0 schema kept beside it, with Python's
/// jsonschema, plus GitHub code scanning's rules. Nothing outside the clone
/// is needed.
enum SarifValidator {
    static let script = Golden.repositoryRoot.appendingPathComponent("Tests/SARIF/validate-sarif.py")

    /// The validator's exit status and its report on `log`.
    static func run(_ log: String) throws -> (status: Int32, report: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("wflint-\(UUID().uuidString).sarif")
        try log.write(to: file, atomically: false, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }

        return try ChildProcess.with { process in
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", script.path, file.path]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = output
            try process.run()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return (process.terminationStatus, text)
        }
    }

    static func expectValid(_ log: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (status, report) = try run(log)
        #expect(status == 0, "validate-sarif.py rejected the log:\n\(report)", sourceLocation: sourceLocation)
        // GitHub's advice is a finding too: the log should draw none.
        #expect(!report.contains("github-warning"), "validate-sarif.py warned:\n\(report)", sourceLocation: sourceLocation)
    }
}

/// The validator itself: a check that cannot fail would pass any log.
@Suite struct SarifValidatorTests {
    /// The golden log with one change made to its JSON.
    static func broken(_ change: (inout [String: Any]) throws -> Void) throws -> String {
        let log = OutputFormat.sarif.render(ReportingFixtures.report)
        var object = try #require(try JSONSerialization.jsonObject(with: Data(log.utf8)) as? [String: Any])
        try change(&object)
        return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    static func changeFirstResult(_ change: @escaping (inout [String: Any]) -> Void) -> (inout [String: Any]) throws -> Void {
        { log in
            var runs = try #require(log["runs"] as? [[String: Any]])
            var results = try #require(runs[0]["results"] as? [[String: Any]])
            change(&results[0])
            runs[0]["results"] = results
            log["runs"] = runs
        }
    }

    @Test func schemaErrorsAreReportedWithTheirPath() throws {
        let (status, report) = try SarifValidator.run(try Self.broken { $0["version"] = nil })
        #expect(status == 1)
        #expect(report.contains("schema-error: $: 'version' is a required property"))
    }

    @Test(arguments: [
        ("empty message", "github-error: $.runs[0].results[0].message.text: required by GitHub and must not be empty"),
        ("wrong rule index", "github-error: $.runs[0].results[0].ruleIndex: 999 is not an index of tool.driver.rules"),
        ("no end column", "github-error: $.runs[0].results[0].locations[0].physicalLocation.region: GitHub lists endColumn as required"),
    ])
    func githubRulesRejectWhatCodeScanningCannotUse(_ change: String, _ expected: String) throws {
        let log = try Self.broken(Self.changeFirstResult { result in
            switch change {
            case "empty message": result["message"] = ["text": ""]
            case "wrong rule index": result["ruleIndex"] = 999
            case "no end column":
                var locations = result["locations"] as? [[String: Any]] ?? []
                var physical = locations[0]["physicalLocation"] as? [String: Any] ?? [:]
                var region = physical["region"] as? [String: Any] ?? [:]
                region["endColumn"] = nil
                physical["region"] = region
                locations[0]["physicalLocation"] = physical
                result["locations"] = locations
            default: Issue.record("unknown change \(change)")
            }
        })
        let (status, report) = try SarifValidator.run(log)
        #expect(status == 1)
        #expect(report.split(separator: "\n").contains { $0 == expected }, "got:\n\(report)")
    }

    @Test func githubAdviceIsAWarningThatKeepsTheLogValid() throws {
        let log = try Self.broken(Self.changeFirstResult { $0["partialFingerprints"] = nil })
        let (status, report) = try SarifValidator.run(log)
        #expect(status == 0)
        #expect(report.contains("github-warning: $.runs[0].results[0].partialFingerprints: should carry primaryLocationLineHash"))
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
