import DocumentModel
import Testing
@testable import WFLintKit

/// Item filters (`Tags[Key=CostCenter].Value`): their syntax, their check
/// against the shapes, and the items, positions and pointers they reach.
@Suite struct ItemFilterTests {
    static func filter(of text: String) throws -> ItemFilter {
        let path = try TargetPath.parse(text).get()
        guard case .filtered(let filter) = path.steps[1] else { throw ParseFailure(reason: "no filter in \(text)") }
        return filter
    }

    struct ParseFailure: Error { let reason: String }

    static func parseError(_ text: String) -> String? {
        guard case .failure(let error) = TargetPath.parse(text) else { return nil }
        return "\(error.offset): \(error.reason)"
    }

    @Test func filterSyntax() throws {
        #expect(try Self.filter(of: "Tags[Key=CostCenter].Value").description == "[Key=CostCenter]")
        #expect(try Self.filter(of: #"Tags[Key="Cost Center"].Value"#).description == "[Key=Cost Center]")
        #expect(try Self.filter(of: #"Tags[Key="a\"b\\c]d"]"#).description == #"[Key=a"b\c]d]"#)
        #expect(try Self.filter(of: "Tags[Key!=Owner]").description == "[Key!=Owner]")
        #expect(try Self.filter(of: #"Tags[Key=~"^Cost\d"]"#).description == #"[Key=~^Cost\d]"#)
        #expect(try TargetPath.parse("Tags[Key=Owner].Value").get().offsets == [0, 4, 16])
    }

    @Test func filterSyntaxErrors() {
        #expect(Self.parseError("Tags[Key=].Value") == "9: the item filter has no value; write \"\" for the empty string")
        #expect(Self.parseError("Tags[Key=Cost Center].Value")
            == "9: quote a filter value with spaces or special characters: [Key=\"Cost Center\"]")
        #expect(Self.parseError(#"Tags[Key="Cost].Value"#) == "9: the quoted filter value has no closing '\"'")
        #expect(Self.parseError("Tags[Key=Owner.Value") == "4: the item filter has no closing \"]\"")
        #expect(Self.parseError("Tags[Key<3]") == "4: \"[Key<3]\" is not \"[*]\" or an item filter such as \"[Key=CostCenter]\"")
        #expect(Self.parseError(#"Tags[Key=~"a(b"]"#)
            == "14: invalid PCRE2 pattern in the item filter: missing closing parenthesis at offset 3")
    }

    @Test func filterMembersAreCheckedAgainstTheShapes() {
        let pack = PackTargetTests.pack(
            "    kinds: CreateWorkforceRequest\n    target: Tags[Kye=CostCenter].Value", check: "      function: unique")
        #expect(PackTargetTests.loadError(pack) == """
            p.yaml:10:18: invalid target "Tags[Kye=CostCenter].Value": the filter's member "Kye" is not a member of the \
            items of "Tags" (in CreateWorkforceRequest); did you mean "Key"? valid members: Key, Value
            """)
        let onStrings = PackTargetTests.pack("    target: SourceIpConfig.Cidrs[Key=x]")
        #expect(PackTargetTests.loadError(onStrings) == """
            p.yaml:9:33: invalid target "SourceIpConfig.Cidrs[Key=x]": the items of "SourceIpConfig.Cidrs" are strings; \
            a filter needs items with members (in \(PackTargetTests.workforceKinds))
            """)
    }

    /// The findings of a rule that checks `target` with a 4-digit pattern on
    /// `document`, as `line:col pointer "message"` (the message is `bad {value}`).
    static func findings(target: String, in document: String) throws -> [String] {
        let pack = PackTargetTests.pack(
            "    kinds: [CreateWorkforceRequest]\n    target: '\(target)'",
            check: "      function: pattern\n      regex: '\\A[0-9]{4}\\z'")
        var set = RuleSet.builtin()
        try set.addPack(text: pack, file: "t.yaml")
        let rule = try #require(set.rule("T001"))
        let example = RuleExample(format: .yaml, text: document, operation: nil, position: .start, findings: [])
        return RuleExampleVerifier(ruleSet: set).findings(of: rule, on: example).own.map {
            "\($0.range.start) \($0.pointer) \"\($0.message)\""
        }
    }

    static let tags = """
        WorkforceName: w
        Tags:
          - {Key: Owner, Value: ml}
          - {Key: Cost Center, Value: x1}
          - {Key: CostCenter, Value: "12"}
          - {Key: Coste\u{301}, Value: "e"}
          - {Key: Cost\u{E9}, Value: "precomposed"}

        """

    @Test func filteredItemsHaveExactPositionsAndPointers() throws {
        #expect(try Self.findings(target: "Tags[Key=CostCenter].Value", in: Self.tags)
            == [#"5:30 /Tags/2/Value "bad 12""#])
        #expect(try Self.findings(target: #"Tags[Key="Cost Center"].Value"#, in: Self.tags)
            == [#"4:31 /Tags/1/Value "bad x1""#])
        #expect(try Self.findings(target: "Tags[Key!=CostCenter].Key", in: Self.tags) == [
            #"3:11 /Tags/0/Key "bad Owner""#,
            #"4:11 /Tags/1/Key "bad Cost Center""#,
            "6:11 /Tags/3/Key \"bad Coste\u{301}\"",
            "7:11 /Tags/4/Key \"bad Cost\u{E9}\"",
        ])
        #expect(try Self.findings(target: #"Tags[Key=~"^Cost ?C"].Value"#, in: Self.tags) == [
            #"4:31 /Tags/1/Value "bad x1""#,
            #"5:30 /Tags/2/Value "bad 12""#,
        ])
    }

    /// Filter values are compared scalar by scalar: a precomposed "é" does not
    /// select the key written with a combining accent, though Swift's `==`
    /// would call them equal.
    @Test func filterValuesCompareUnicodeScalars() throws {
        #expect(try Self.findings(target: "Tags[Key=Cost\u{E9}].Value", in: Self.tags)
            == [#"7:25 /Tags/4/Value "bad precomposed""#])
        #expect("Cost\u{E9}" == "Coste\u{301}")
    }
}
