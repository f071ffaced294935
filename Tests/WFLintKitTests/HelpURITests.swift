import DocumentModel
import Foundation
import Testing
@testable import WFLintKit

/// `help-uri`: a pack's link, overridden per rule, in SARIF's `helpUri`, the
/// JSON output and `wflint explain`; a user's rule without one has no link
/// (not a dead one into wflint's catalog), and built-in rules keep theirs.
@Suite struct HelpURITests {
    static func pack(packHelp: String = "", ruleHelp: String = "") -> String {
        """
        pack:
          name: corp
        \(packHelp.isEmpty ? "" : "  help-uri: \(packHelp)\n")rules:
          - id: CORP001
            name: name-prefix
            severity: error
            summary: The name lacks the corp- prefix.
            description: Corp names start with corp-.
        \(ruleHelp.isEmpty ? "" : "    help-uri: \(ruleHelp)\n")    kinds: [CreateWorkforceRequest]
            target: WorkforceName
            check: {function: pattern, regex: '^corp-'}
            message: 'name "{value}" lacks the corp- prefix'
            examples:
              valid: ["WorkforceName: corp-a\\nCognitoConfig: {UserPool: u_1, ClientId: c}\\n"]
              invalid:
                - yaml: "WorkforceName: a\\nCognitoConfig: {UserPool: u_1, ClientId: c}\\n"
                  findings: ["1:16"]

        """
    }

    static func help(_ text: String) throws -> HelpLink {
        let pack = try PackLoader.load(text: text, file: "corp.yaml", implementations: RuleSet.swiftImplementations)
        return try #require(pack.rules.first).descriptor.help
    }

    @Test func aRuleLinksToItsOwnThenItsPacksThenNothing() throws {
        #expect(try Self.help(Self.pack()) == .none)
        #expect(try Self.help(Self.pack(packHelp: "https://wiki.corp.example/policy")) == .uri("https://wiki.corp.example/policy"))
        #expect(try Self.help(Self.pack(packHelp: "https://wiki.corp.example/policy", ruleHelp: "'https://wiki.corp.example/policy#corp001'"))
            == .uri("https://wiki.corp.example/policy#corp001"))
        let builtin = RuleSet.builtin()
        #expect(builtin.rule("WF201")?.descriptor.help == .rulesCatalog)
    }

    @Test func aHelpURIMustBeAnHTTPOrHTTPSURL() throws {
        #expect(PackLoadErrorTests.loadError(Self.pack(packHelp: "wiki/policy"))
            == "p.yaml:3:13: help-uri \"wiki/policy\" must be an http or https URL, like \"https://wiki.example/policy\"")
        #expect(PackLoadErrorTests.loadError(Self.pack(ruleHelp: "'https://wiki.example/a b'"))
            == "p.yaml:9:15: help-uri \"https://wiki.example/a b\" must be an http or https URL, like \"https://wiki.example/policy\"")
        #expect(PackLoadErrorTests.loadError(Self.pack(ruleHelp: "'javascript:alert(1)'"))
            == "p.yaml:9:15: help-uri \"javascript:alert(1)\" must be an http or https URL, like \"https://wiki.example/policy\"")
        #expect(PackLoadErrorTests.loadError(Self.pack(packHelp: "'https:///policy'"))
            == "p.yaml:3:13: help-uri \"https:///policy\" must be an http or https URL, like \"https://wiki.example/policy\"")
        #expect(try Self.help(Self.pack(packHelp: "HTTP://wiki.corp.example/p")) == .uri("HTTP://wiki.corp.example/p"))
        // RFC 3986 with a host: what a SARIF `helpUri` and a browser take (the reviewer's cases).
        for bad in ["https://:80/", "https://[::1/x", "https://wiki.example/<x>\"", "https://wiki.example/a%zz",
                    "https://wiki.example/\u{9B}2J", "https://wiki.example:8a/", "https://user@/p",
                    // Brackets hold an IP literal only, and a fragment no second `#`.
                    "https://[zz]/a", "https://wiki.example/a[b]", "https://wiki.example/a#c#d", "https://[]/",
                    "https://wiki.example/?q=[1]"] {
            #expect(!PackSyntax.isWebURL(bad), "\(bad)")
        }
        for good in ["https://wiki.example:8443/a%20b?q=1#x", "http://[::1]:8080/p", "https://u:pw@wiki.example/",
                     "https://wiki.example", "http://[2001:db8::7]/", "http://[::ffff:192.0.2.1]/", "http://[v1.fe80::a+en1]/",
                     "https://wiki.example/p#a/b?c"] {
            #expect(PackSyntax.isWebURL(good), "\(good)")
        }
        #expect(PackLoadErrorTests.loadError(Self.pack(ruleHelp: "[x]"))
            == "p.yaml:9:15: help-uri must be a string, not a list")
    }

    /// The SARIF log of a run with two user packs, one with `help-uri`, one
    /// without, is valid, and only the linked rule has a `helpUri`.
    @Test func sarifJSONAndExplainUseThePacksLink() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wflint-help-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.pack(packHelp: "https://wiki.corp.example/policy")
            .write(to: folder.appendingPathComponent("linked.yaml"), atomically: false, encoding: .utf8)
        try Self.pack().replacingOccurrences(of: "CORP001", with: "CORP002")
            .replacingOccurrences(of: "name-prefix", with: "name-prefix-unlinked")
            .write(to: folder.appendingPathComponent("unlinked.yaml"), atomically: false, encoding: .utf8)
        let document = "WorkforceName: a\nCognitoConfig: {UserPool: u_1, ClientId: c}\n"
        let packs = ["--rules", "linked.yaml", "--rules", "unlinked.yaml", "-", "--stdin-filename", "wf.yaml"]

        let sarif = try WFLintBinary.run(["--format", "sarif"] + packs, in: folder, stdin: document)
        try SarifValidator.expectValid(sarif.stdout)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        let driver = try #require(((log["runs"] as? [[String: Any]])?.first?["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let byID = Dictionary(uniqueKeysWithValues: rules.map { ($0["id"] as? String ?? "", $0) })
        #expect(byID["CORP001"]?["helpUri"] as? String == "https://wiki.corp.example/policy")
        #expect(byID["CORP002"] != nil)
        #expect(byID["CORP002"]?["helpUri"] == nil)
        #expect(byID["WF201"]?["helpUri"] as? String == WFLintVersion.informationURI + "/blob/main/docs/rules.md#wf201-cidr-invalid")

        let json = try WFLintBinary.run(["--format", "json"] + packs, in: folder, stdin: document)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let findings = try #require(report["findings"] as? [[String: Any]])
        #expect(findings.map { $0["ruleId"] as? String } == ["CORP001", "CORP002"])
        #expect(findings.first?["helpUri"] as? String == "https://wiki.corp.example/policy")
        #expect(findings.last?["helpUri"] is NSNull)

        let explain = try WFLintBinary.run(["explain", "CORP001", "--rules", "linked.yaml"], in: folder)
        #expect(explain.stdout.contains("\nApplies to: CreateWorkforceRequest\nHelp: https://wiki.corp.example/policy\n"))
        let unlinked = try WFLintBinary.run(["explain", "CORP002", "--rules", "unlinked.yaml"], in: folder)
        #expect(!unlinked.stdout.contains("Help:"))
        // A built-in rule links to its section of rules.md, as in SARIF and JSON.
        let builtin = try WFLintBinary.run(["explain", "WF201", "--no-config"], in: folder)
        #expect(builtin.stdout.contains("\nHelp: https://") && builtin.stdout.contains("/docs/rules.md#wf201-cidr-invalid\n"))
    }
}
