import DocumentModel
import Foundation
import Testing
@testable import WFLintKit

/// Fixes in the JSON and SARIF outputs: pinned whole, valid SARIF, and
/// applying them gives what `--fix` writes.
@Suite struct MachineFixTests {
    /// An insertion after a character outside the BMP on its line (WF121,
    /// unsafe), a rewrite (WF203) and the removal of a whole line (WF204), in
    /// a file with a secret.
    static let yaml = """
        WorkforceName: w
        OidcConfig: {ClientId: "😀c", ClientSecret: "hunter22", Issuer: "https://idp", AuthorizationEndpoint: "https://idp/a", TokenEndpoint: "https://idp/t", UserInfoEndpoint: "https://idp/u", LogoutEndpoint: "https://idp/l", JwksUri: "https://idp/j", Scope: email profile}
        SourceIpConfig:
          Cidrs:
            - 10.0.0.1/16  # office
            - 10.0.1.0/24

        """

    static let json = """
        {
          "WorkforceName": "w",
          "CognitoConfig": {"UserPool": "us-east-1_abcDEF123", "ClientId": "abc"},
          "WorkforceVpcConfig": {
            "VpcId": "vpc-12345678",
            "SecurityGroupIds": ["sg-12345678", "sg-12345678"],
            "Subnets": ["subnet-0abc1234"]
          },
          "SourceIpConfig": {"Cidrs": ["10.0.0.0/16", "192.168.1.7/24"]}
        }
        """

    /// The report of `text` linted as `name` with the built-in rules.
    static func report(_ text: String, name: String) -> LintReport {
        let input = LintInput(source: .file(name), displayName: name, isExplicit: true)
        let linted = builtinLinter().lint(Array(text.utf8), as: input)
        var run = RunSummary(rules: [], workingDirectory: "/work")
        run.add(InputOutcome(input: input, result: .success(linted)))
        var report = run.report(exitStatus: .findings)
        report.tool = ReportingFixtures.tool
        return report
    }

    @Test func jsonAndSarifCarryEveryFixWhole() throws {
        let report = Self.report(Self.yaml, name: "team.yaml")
        let json = OutputFormat.json.render(report)
        let sarif = OutputFormat.sarif.render(report)
        Golden.check(json, matches: "fixes.json")
        Golden.check(sarif, matches: "fixes.sarif")
        #expect(!json.contains("hunter22") && !sarif.contains("hunter22"))
        try SarifValidator.expectValid(sarif)
    }

    @Test func aSuppressedFindingOffersNoFix() throws {
        let text = Self.yaml.replacingOccurrences(
            of: "    - 10.0.1.0/24", with: "    - 10.0.1.0/24  # wflint-disable-line WF204")
        let report = Self.report(text, name: "team.yaml")
        let log = try #require(try JSONSerialization.jsonObject(with: Data(OutputFormat.json.render(report).utf8)) as? [String: Any])
        let suppressed = try #require((log["suppressed"] as? [[String: Any]])?.first)
        #expect(suppressed["ruleId"] as? String == "WF204")
        #expect(suppressed["fix"] is NSNull)
        let results = try #require(try SarifTests.firstRun(OutputFormat.sarif.render(report))?["results"] as? [[String: Any]])
        #expect(results.map { $0["ruleId"] as? String ?? "" } == ["WF007", "WF140", "WF121", "WF203", "WF204"])
        #expect(results.map { $0["fixes"] != nil } == [false, false, true, true, false])
    }

    // MARK: - Equivalence

    /// One edit as a machine output gives it.
    struct Edit: Equatable {
        var byteOffset: Int, byteLength: Int, startLine: Int, startColumn: Int, endLine: Int, endColumn: Int
        var text: String
    }

    struct MachineFix: Equatable {
        var unsafe: Bool
        var edits: [Edit]
    }

    /// The fixes of the reported findings of a JSON report, by file.
    static func jsonFixes(_ output: String) throws -> [String: [MachineFix]] {
        let log = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        var fixes: [String: [MachineFix]] = [:]
        for finding in try #require(log["findings"] as? [[String: Any]]) {
            guard let fix = finding["fix"] as? [String: Any], let edits = fix["edits"] as? [[String: Any]] else { continue }
            fixes[finding["file"] as? String ?? "", default: []].append(MachineFix(
                unsafe: fix["applicability"] as? String == "unsafe",
                edits: edits.map { edit in
                    let start = edit["start"] as? [String: Int] ?? [:]
                    let end = edit["end"] as? [String: Int] ?? [:]
                    return Edit(
                        byteOffset: edit["byteOffset"] as? Int ?? -1, byteLength: edit["byteLength"] as? Int ?? -1,
                        startLine: start["line"] ?? 0, startColumn: start["column"] ?? 0,
                        endLine: end["line"] ?? 0, endColumn: end["column"] ?? 0, text: edit["text"] as? String ?? "")
                }))
        }
        return fixes
    }

    /// The fixes of the results of a SARIF log, by artifact URI.
    static func sarifFixes(_ output: String) throws -> [String: [MachineFix]] {
        var fixes: [String: [MachineFix]] = [:]
        for result in try #require(try SarifTests.firstRun(output)?["results"] as? [[String: Any]]) {
            for fix in result["fixes"] as? [[String: Any]] ?? [] {
                for change in fix["artifactChanges"] as? [[String: Any]] ?? [] {
                    let uri = (change["artifactLocation"] as? [String: Any])?["uri"] as? String ?? ""
                    let edits = (change["replacements"] as? [[String: Any]] ?? []).map { replacement in
                        let region = replacement["deletedRegion"] as? [String: Int] ?? [:]
                        return Edit(
                            byteOffset: region["byteOffset"] ?? -1, byteLength: region["byteLength"] ?? -1,
                            startLine: region["startLine"] ?? 0, startColumn: region["startColumn"] ?? 0,
                            endLine: region["endLine"] ?? 0, endColumn: region["endColumn"] ?? 0,
                            text: (replacement["insertedContent"] as? [String: String])?["text"] ?? "")
                    }
                    let properties = fix["properties"] as? [String: String]
                    fixes[uri, default: []].append(MachineFix(unsafe: properties?["applicability"] == "unsafe", edits: edits))
                }
            }
        }
        return fixes
    }

    /// The byte offset of a line and column of `bytes`: lines end at LF,
    /// CR LF or CR, line 1 starts after a byte-order mark, and a column counts
    /// Unicode scalars or (`utf16`) UTF-16 code units.
    static func offset(line: Int, column: Int, in bytes: [UInt8], utf16: Bool) -> Int {
        var offset = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var currentLine = 1
        while currentLine < line, offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            if byte == 0x0A || (byte == 0x0D && (offset == bytes.count || bytes[offset] != 0x0A)) { currentLine += 1 }
        }
        var counted = 1
        while counted < column, offset < bytes.count {
            let scalarLength = bytes[offset] < 0x80 ? 1 : bytes[offset] < 0xE0 ? 2 : bytes[offset] < 0xF0 ? 3 : 4
            counted += utf16 && scalarLength == 4 ? 2 : 1
            offset += scalarLength
        }
        return offset
    }

    /// A consumer applying one run's fixes as docs/output.md says: in order,
    /// the applicable ones, each that is not one already taken and overlaps
    /// none taken (shares no byte, inserts nowhere another starts); every
    /// edit read through `range`.
    static func apply(
        _ fixes: [MachineFix], to bytes: [UInt8], includingUnsafe: Bool, range: (Edit) -> Range<Int>
    ) -> [UInt8] {
        var taken: [Range<Int>] = []
        var chosen: [(Range<Int>, String)] = []
        var seen: [MachineFix] = []
        for fix in fixes where includingUnsafe || !fix.unsafe {
            let ranges = fix.edits.map(range)
            let conflicts = ranges.contains { a in
                taken.contains { b in a.overlaps(b) || (a.lowerBound == b.lowerBound && (a.isEmpty || b.isEmpty)) }
            }
            guard !seen.contains(fix), !conflicts else { continue }
            seen.append(fix)
            taken += ranges
            chosen += zip(ranges, fix.edits.map(\.text)).map { ($0, $1) }
        }
        var result = bytes
        for (range, text) in chosen.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) {
            result.replaceSubrange(range, with: Array(text.utf8))
        }
        return result
    }

    /// A fix's edits as bytes and text, without their lines and columns.
    static func bytesOnly(_ fix: MachineFix) -> [String] {
        ["\(fix.unsafe)"] + fix.edits.map { "\($0.byteOffset)+\($0.byteLength) -> \($0.text)" }
    }

    static let inputs: [(name: String, text: String)] = [
        ("team.yaml", yaml),
        ("crlf.yaml", crlfWithBOM(yaml)),
        ("vpc.json", json),
    ]

    @Test(arguments: [false, true])
    func applyingTheMachineEditsGivesWhatFixWrites(includingUnsafe: Bool) throws {
        let directory = try TemporaryDirectory()
        for input in Self.inputs { try directory.write(input.name, input.text) }
        let names = Self.inputs.map(\.name)
        let json = try WFLintBinary.run(["--no-config", "--format", "json"] + names, in: directory.url)
        let sarif = try WFLintBinary.run(["--no-config", "--format", "sarif"] + names, in: directory.url)
        let jsonFixes = try Self.jsonFixes(json.stdout)
        let sarifFixes = try Self.sarifFixes(sarif.stdout)
        let fix = try WFLintBinary.run(
            ["--no-config", "--fix"] + (includingUnsafe ? ["--unsafe-fixes"] : []) + names, in: directory.url)
        #expect(fix.stderr == "wflint: applied \(includingUnsafe ? 8 : 6) fixes, 3 files changed\n")
        for input in Self.inputs {
            let original = Array(input.text.utf8)
            let written = try Array(Data(contentsOf: directory.url.appendingPathComponent(input.name)))
            let fixes = try #require(jsonFixes[input.name])
            // The same edits; only the columns' unit differs.
            #expect(sarifFixes[input.name]?.map(Self.bytesOnly) == fixes.map(Self.bytesOnly), "\(input.name)")
            let byBytes = Self.apply(fixes, to: original, includingUnsafe: includingUnsafe) {
                $0.byteOffset..<($0.byteOffset + $0.byteLength)
            }
            let byScalarColumns = Self.apply(fixes, to: original, includingUnsafe: includingUnsafe) {
                Self.offset(line: $0.startLine, column: $0.startColumn, in: original, utf16: false)
                    ..< Self.offset(line: $0.endLine, column: $0.endColumn, in: original, utf16: false)
            }
            // SARIF's columns count UTF-16 code units.
            let sarifEdits = sarifFixes[input.name] ?? []
            let byUTF16Columns = Self.apply(sarifEdits, to: original, includingUnsafe: includingUnsafe) {
                Self.offset(line: $0.startLine, column: $0.startColumn, in: original, utf16: true)
                    ..< Self.offset(line: $0.endLine, column: $0.endColumn, in: original, utf16: true)
            }
            #expect(byBytes == written, "\(input.name)")
            #expect(byScalarColumns == written, "\(input.name)")
            #expect(byUTF16Columns == written, "\(input.name)")
            #expect(written != original, "\(input.name)")
        }
    }
}
