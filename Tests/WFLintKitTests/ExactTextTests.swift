import DocumentModel
import Testing

@testable import WFLintKit

/// Document text is compared by Unicode scalars, as RFC 8259 section 8.3,
/// botocore and the API compare it, never by Swift's canonical equivalence.
/// Expectations on non-ASCII text compare through `ExactText`: `==` on
/// `[String]` could not tell the texts apart.
@Suite struct ExactTextTests {
    static let members = "expected one of 'CognitoConfig', 'IpAddressType', 'OidcConfig', 'SourceIpConfig', 'Tags', 'WorkforceName', 'WorkforceVpcConfig'"

    @Test func canonicallyEquivalentTextsDifferButEqualOnesDoNot() {
        #expect("\u{212B}" == "\u{C5}")  // why ExactText exists
        #expect(!"\u{212B}".isExactly("\u{C5}"))
        #expect(!"e\u{301}".isExactly("\u{E9}"))
        #expect(!"\u{212A}ey".isExactly("Key"))
        #expect("Key".isExactly("Key"))
        #expect(Set(["\u{212B}", "\u{C5}", "A\u{30A}"].map(ExactText.init)).count == 3)
        #expect(Set(["\u{C5}", "\u{C5}"].map(ExactText.init)).count == 1)
        #expect(["\u{C5}"].containsExactly("\u{C5}") && !["\u{C5}"].containsExactly("\u{212B}"))
    }

    /// Equal texts are equal whatever form each string takes (a small string,
    /// native storage holding a short text, another copy of a long one), and
    /// unequal ones of one length are not (`isExactly` ends early on equal bits).
    @Test func textsCompareAlikeInEveryFormOfString() {
        var stored = String()
        stored.reserveCapacity(64)
        stored += "Key"
        #expect(stored.isExactly("Key") && "Key".isExactly(stored))
        let long = String(repeating: "ab", count: 20)
        let copy = String(decoding: Array(long.utf8), as: UTF8.self)
        #expect(long.isExactly(copy) && copy.isExactly(long) && long.isExactly(long))
        #expect(!long.isExactly(String(repeating: "ab", count: 19) + "ac"))
        #expect(!"Kez".isExactly("Key") && !stored.isExactly("Kez"))
        #expect(!"\u{C5}x".isExactly("\u{212B}"))
    }

    @Test func pointersToCanonicallyEquivalentKeysDiffer() {
        let angstrom = JSONPointer(["Tags", "\u{212B}"])
        let ringA = JSONPointer(["Tags", "\u{C5}"])
        #expect(angstrom != ringA)
        #expect(Set([angstrom, ringA, JSONPointer(["Tags", "\u{212B}"])]).count == 2)
        #expect((angstrom < ringA) != (ringA < angstrom))
    }

    @Test func baselineKeysAreExact() {
        let angstrom = Baseline.Key(ruleID: "WF003", file: "a.json", pointer: "/\u{212B}", fingerprint: "f")
        let ringA = Baseline.Key(ruleID: "WF003", file: "a.json", pointer: "/\u{C5}", fingerprint: "f")
        #expect(angstrom != ringA)
        #expect(Set([angstrom, ringA, angstrom]).count == 2)
    }

    @Test func canonicallyEquivalentKeysAreNotDuplicates() {
        let json = #"{"WorkforceName": "w", "e\u0301": 1, "\u00e9": 2}"#
        #expect(schemaFindings(json, as: .json).map(ExactText.init) == [
            "WF003 1:24 /e\u{301} \"e\u{301}\" is not a member of CreateWorkforceRequest; \(Self.members)",
            "WF003 1:38 /\u{E9} \"\u{E9}\" is not a member of CreateWorkforceRequest; \(Self.members)",
        ].map(ExactText.init))
    }

    @Test func theSameKeyTwiceIsStillADuplicate() {
        let json = #"{"WorkforceName": "w", "\u00e9": 1, "\u00e9": 2}"#
        #expect(schemaFindings(json, as: .json).map(ExactText.init) == [
            "WF002 1:37 /\u{E9} duplicate key \"\u{E9}\", first defined at 1:24",
            "WF003 1:37 /\u{E9} \"\u{E9}\" is not a member of CreateWorkforceRequest; \(Self.members)",
        ].map(ExactText.init))
    }

    @Test func aKelvinSignIsNotTheLetterK() {
        let json = #"{"WorkforceName": "w", "Tags": [{"\u212aey": "team", "Value": "x"}]}"#
        #expect(schemaFindings(json, as: .json).map(ExactText.init) == [
            #"WF005 1:33 /Tags/0 Tag is missing required member "Key""#,
            "WF003 1:34 /Tags/0/\u{212A}ey \"\u{212A}ey\" is not a member of Tag; did you mean 'Key'? "
                + "(the key looks the same but is written U+212A U+0065 U+0079)",
        ].map(ExactText.init))
    }

    @Test func enumValuesAreComparedExactly() {
        let json = #"{"WorkforceName": "w", "IpAddressType": "ipv4"}"#
        #expect(schemaFindings(json, as: .json).map(ExactText.init) == [])
        #expect(schemaFindings(#"{"WorkforceName": "w", "IpAddressType": "ipv\u0034"}"#, as: .json) == [])
    }
}

/// The pack rules' comparisons (`unique`, `includes`, kind detection) through
/// a whole run of the built-in rules and the example packs.
@Suite struct ExactTextRuleTests {
    static func findings(_ json: String) throws -> [String] {
        let linter = try ParallelLintingTests.linter()
        let linted = linter.lint(Array(json.utf8), as: LintInput(source: .file("t.json"), displayName: "t.json", isExplicit: true))
        return linted.findings.map { "\($0.ruleID) \($0.range.start) \($0.pointer) \($0.message)" }
    }

    @Test func tagKeysThatAreOnlyCanonicallyEquivalentAreNotDuplicates() throws {
        let tags = #"{"Key": "\u212b", "Value": "a"}, {"Key": "\u00c5", "Value": "b"}"#
        let found = try Self.findings(#"{"WorkforceName": "w", "Tags": [\#(tags)]}"#)
        #expect(!found.contains { $0.hasPrefix("WF302") }, "\(found)")
    }

    @Test func theSameTagKeyTwiceIsStillADuplicate() throws {
        let tags = #"{"Key": "\u00c5", "Value": "a"}, {"Key": "\u00c5", "Value": "b"}"#
        let found = try Self.findings(#"{"WorkforceName": "w", "Tags": [\#(tags)]}"#)
        #expect(found.filter { $0.hasPrefix("WF302") }.map(ExactText.init) == [
            "WF302 1:74 /Tags/1/Key duplicate tag key \"\u{C5}\", first defined at 1:41",
        ].map(ExactText.init))
    }
}

/// A pack's own values (`includes`, `enum`, `when: one-of`) are compared with
/// the document's text by code point too.
@Suite struct ExactTextPackTests {
    static let pack = #"""
        pack: {name: exact}
        rules:
          - id: EX001
            name: angstrom-tag
            severity: error
            summary: s
            description: d
            kinds: [CreateWorkforceRequest]
            check: {function: includes, list: Tags, member: Key, values: ["\u00C5"]}
            message: 'no tag "{missing}"'
          - id: EX002
            name: angstrom-value
            severity: error
            summary: s
            description: d
            kinds: [CreateWorkforceRequest]
            target: Tags[*].Value
            check: {function: enum, values: ["\u00C5"]}
            message: 'value {value} is not one of {expected}'
          - id: EX003
            name: angstrom-team-has-vpc
            severity: error
            summary: s
            description: d
            kinds: [CreateWorkforceRequest]
            when: {WorkforceName: {one-of: ["\u00C5"]}}
            check: {function: required, members: [WorkforceVpcConfig]}
            message: 'needs {member}'
        """#

    static func findings(_ json: String) throws -> [String] {
        let pack = try PackLoader.load(
            text: pack, file: "exact.yaml", implementations: RuleSet.swiftImplementations, examples: .leftOut)
        let descriptors = pack.rules.map(\.descriptor)
        let table = RuleTable(descriptors)
        var set = RuleSet()
        try set.add(pack)
        let linter = Linter(checks: set.checks(enabledIn: table), rules: table, operation: nil)
        let linted = linter.lint(Array(json.utf8), as: LintInput(source: .file("t.json"), displayName: "t.json", isExplicit: true))
        return linted.findings.map { "\($0.ruleID) \($0.range.start) \($0.pointer) \($0.message)" }
    }

    @Test func aCanonicallyEquivalentTextDoesNotSatisfyAPacksValue() throws {
        let json = #"{"WorkforceName": "\u212b", "Tags": [{"Key": "\u212b", "Value": "\u212b"}]}"#
        #expect(try Self.findings(json).map(ExactText.init) == [
            "EX001 1:29 /Tags no tag \"\u{C5}\"",
            "EX002 1:65 /Tags/0/Value value \u{212B} is not one of \"\u{C5}\"",
        ].map(ExactText.init))
    }

    @Test func theExactTextSatisfiesIt() throws {
        let json = #"{"WorkforceName": "\u00c5", "Tags": [{"Key": "\u00c5", "Value": "\u00c5"}]}"#
        #expect(try Self.findings(json) == ["EX003 1:1  needs WorkforceVpcConfig"])
    }
}
