import Testing
@testable import WFLintKit

/// Pack rules' `fix:` (rules/examples/fixes.yaml, and packs written here):
/// each edit planned from the document's ranges, every other byte kept, and
/// no fix where it could not be made cleanly.
@Suite struct PackFixTests {
    /// The built-in rules and the example packs, as `wflint --rules rules/examples/` runs.
    static func linter(adding pack: String? = nil) throws -> Linter {
        var set = try RuleTestSupport.ruleSetWithExamplePacks()
        if let pack { try set.addPack(text: pack, file: "t.yaml") }
        let table = RuleTable(set.descriptors)
        return Linter(checks: set.checks(enabledIn: table), rules: table, operation: nil)
    }

    static func input(_ name: String) -> LintInput { LintInput(source: .file(name), displayName: name, isExplicit: true) }

    /// `line:col -> fix message (kind)` of each finding of `ruleID`, or `-> no fix`.
    static func offered(_ ruleID: String, in text: String, name: String = "team.yaml", pack: String? = nil) throws -> [String] {
        let offers = try linter(adding: pack).lint(Array(text.utf8), as: input(name)).findings.filter { $0.ruleID == ruleID }.map { finding in
            "\(finding.range.start) -> " + (finding.fix.map { "\($0.message) (\($0.applicability.rawValue))" } ?? "no fix")
        }
        return offers
    }

    static func fixed(_ text: String, name: String = "team.yaml", unsafe: Bool = false, pack: String? = nil) throws -> String {
        let fixed = try linter(adding: pack).fix(Array(text.utf8), as: input(name), includingUnsafe: unsafe)
        #expect(fixed.failure == nil)
        return String(decoding: fixed.bytes, as: UTF8.self)
    }

    /// A pack whose rule T001 reports every tag value other than "ok" and
    /// replaces it with `to`, in the styles of the document it meets.
    static func replacing(with to: String) -> String {
        """
        pack: {name: t}
        rules:
          - id: T001
            name: tag-value-ok
            severity: error
            summary: s
            description: d
            kinds: [CreateWorkforceRequest]
            target: Tags[*].Value
            check: {function: enum, values: [ok]}
            message: 'tag value {value}'
            fix: {action: replace-value, to: '\(to)', kind: safe}
            examples:
              valid: ["WorkforceName: w"]
              invalid:
                - yaml: "WorkforceName: w\\nTags: [{Key: a, Value: b}]\\n"
                  findings: ["2:25"]

        """
    }

    /// One tag list a document, as a list names a key once (see the next test).
    @Test func aFixedReplacementKeepsEachValuesQuoting() throws {
        let input = """
            WorkforceName: labelers
            Tags:
              - Key: cost-center   # plain
                Value: "1"
            ---
            WorkforceName: labelers
            Tags: [{Key: 'Cost_Center', Value: "2"}]
            ---
            WorkforceName: labelers
            Tags: [{Key: "costcenter", Value: "3"}]

            """
        #expect(try Self.offered("CORP030", in: input) == [
            #"3:10 -> Replace "cost-center" with "CostCenter" (safe)"#,
            #"7:14 -> Replace "Cost_Center" with "CostCenter" (safe)"#,
            #"10:14 -> Replace "costcenter" with "CostCenter" (safe)"#,
        ])
        #expect(try Self.fixed(input) == """
            WorkforceName: labelers
            Tags:
              - Key: CostCenter   # plain
                Value: "1"
            ---
            WorkforceName: labelers
            Tags: [{Key: 'CostCenter', Value: "2"}]
            ---
            WorkforceName: labelers
            Tags: [{Key: "CostCenter", Value: "3"}]

            """)
    }

    /// A tag list names a key once (the API refuses a repeat, WF302): a
    /// misspelt key beside the key it means is not rewritten, and of two
    /// misspelt keys only the first (the other is planned again, and the
    /// key is taken). The old fixes made the list repeat `CostCenter`.
    @Test func aKeyReplacementNeverRepeatsAKeyOfTheList() throws {
        let beside = "WorkforceName: labelers\nTags:\n  - {Key: cost_center, Value: \"1\"}\n  - {Key: CostCenter, Value: \"2\"}\n"
        #expect(try Self.offered("CORP030", in: beside) == ["3:11 -> no fix"])
        let two = "WorkforceName: labelers\nTags:\n  - {Key: cost_center, Value: \"1\"}\n  - {Key: costcenter, Value: \"2\"}\n"
        #expect(try Self.offered("CORP030", in: two) == [
            #"3:11 -> Replace "cost_center" with "CostCenter" (safe)"#,
            #"4:11 -> Replace "costcenter" with "CostCenter" (safe)"#,
        ])
        #expect(try Self.fixed(two)
            == "WorkforceName: labelers\nTags:\n  - {Key: CostCenter, Value: \"1\"}\n  - {Key: costcenter, Value: \"2\"}\n")
    }

    @Test func aTemplateIsRenderedFromTheFindingWithItsFilters() throws {
        let input = crlfWithBOM(#"{"WorkforceName": "équipe", "Tags": [{"Key": "Owner", "Value": "  Zoë "}]}"# + "\n")
        #expect(try Self.offered("CORP031", in: input, name: "team.json") == [#"1:64 -> Trim the tag value to "Zoë" (safe)"#])
        #expect(try Self.fixed(input, name: "team.json")
            == crlfWithBOM(#"{"WorkforceName": "équipe", "Tags": [{"Key": "Owner", "Value": "Zoë"}]}"# + "\n"))
    }

    @Test func aReplacementThatWouldNeedAnEscapeIsNotOffered() throws {
        let input = """
            WorkforceName: labelers
            Tags:
              - {Key: a, Value: plain}
              - {Key: b, Value: 'single'}
              - {Key: c, Value: "double"}

            """
        // A double quote is written as it is only in plain and single-quoted scalars.
        #expect(try Self.offered("T001", in: input, pack: Self.replacing(with: #"say "{value}""#)) == [
            #"3:21 -> Replace "plain" with "say "plain"" (safe)"#,
            #"4:21 -> Replace "single" with "say "single"" (safe)"#,
            "5:21 -> no fix",
        ])
        // A single quote would have to be doubled in a single-quoted scalar.
        #expect(try Self.offered("T001", in: input, pack: Self.replacing(with: "it''s {value}")) == [
            #"3:21 -> Replace "plain" with "it's plain" (safe)"#, "4:21 -> no fix", #"5:21 -> Replace "double" with "it's double" (safe)"#,
        ])
        // "on" is a boolean to PyYAML, "- x" a list item, "x: y" a mapping, "#x" a comment, written plain;
        // "<<" the merge key, which every loader refuses as a value.
        for to in ["on", "- {value}", "{value}: x", "#{value}", "{value} ", "[{value}]", "1e3", "2024-01-01", "null", "<<"] {
            #expect(try Self.offered("T001", in: input, pack: Self.replacing(with: to)).first == "3:21 -> no fix", "\(to)")
        }
        #expect(try Self.fixed(input, pack: Self.replacing(with: "on")) == """
            WorkforceName: labelers
            Tags:
              - {Key: a, Value: plain}
              - {Key: b, Value: 'on'}
              - {Key: c, Value: "on"}

            """)
    }

    /// An edit of an anchored value an alias uses changes every use: unsafe,
    /// and said so. An alias itself, and a value written with an escape, get none.
    @Test func anAnchoredValueIsFixedUnsafelyAnAliasOrAnEscapedValueNot() throws {
        let input = """
            WorkforceName: labelers
            Tags:
              - {Key: &k cost-center, Value: "1"}
              - {Key: *k, Value: "2"}
              - {Key: "cost\\x2Dcenter", Value: "3"}
              - {Key: "costcenter", Value: "4"}

            """
        #expect(try Self.offered("CORP030", in: input) == [
            #"3:11 -> Replace "cost-center" with "CostCenter" (changes every alias of &k) (unsafe)"#,
            "4:11 -> no fix", "5:11 -> no fix", #"6:11 -> Replace "costcenter" with "CostCenter" (safe)"#,
        ])
    }

    @Test func renamingToAKeyTheMappingHasIsNotOffered() throws {
        let input = """
            WorkforceName: labelers
            OidcConfig:
              AuthenticationRequestExtraParams: {Prompt: login, prompt: consent, Max_Age: "0"}

            """
        #expect(try Self.offered("CORP032", in: input) == [
            "3:38 -> no fix", #"3:70 -> Rename "Max_Age" to "max_age" (unsafe)"#,
        ])
        #expect(try Self.fixed(input) == input)
        #expect(try Self.fixed(input, unsafe: true) == """
            WorkforceName: labelers
            OidcConfig:
              AuthenticationRequestExtraParams: {Prompt: login, prompt: consent, max_age: "0"}

            """)
    }

    /// The last item of a flow list goes with the comma before it; the
    /// comment on the item before stays, the removed item's goes.
    @Test func removingAnEntryKeepsTheCommentsAroundIt() throws {
        let input = """
            WorkforceName: labelers
            WorkforceVpcConfig:
              VpcId: vpc-12345678
              # The groups, in order of precedence.
              SecurityGroupIds: [
                sg-12345678,  # team
                sg-0fedcba9876543210  # retired
              ]
              Subnets: [subnet-12345678]

            """
        #expect(try Self.offered("CORP033", in: input) == ["7:5 -> Remove the retired security group (unsafe)"])
        #expect(try Self.fixed(input, unsafe: true) == """
            WorkforceName: labelers
            WorkforceVpcConfig:
              VpcId: vpc-12345678
              # The groups, in order of precedence.
              SecurityGroupIds: [
                sg-12345678  # team
              ]
              Subnets: [subnet-12345678]

            """)
    }

    /// A secret's text is never in a fix: none is planned for a sensitive value.
    @Test func noFixForASecret() throws {
        let pack = """
            pack: {name: t}
            rules:
              - id: T002
                name: secret-placeholder
                severity: error
                summary: s
                description: d
                target: OidcConfig.ClientSecret
                check: {function: secret-literal}
                message: 'literal secret {value}'
                fix: {action: replace-value, to: '${{OIDC_SECRET}}', kind: unsafe}
                examples:
                  valid: ["WorkforceName: w"]
                  invalid:
                    - yaml: "WorkforceName: w\\nOidcConfig: {ClientSecret: hunter2}\\n"
                      findings: ["2:28"]

            """
        let input = "WorkforceName: labelers\nOidcConfig: {ClientSecret: hunter2}\n"
        #expect(try Self.offered("T002", in: input, pack: pack) == ["2:28 -> no fix"])
    }

    @Test func aPackFixReplacesTheFixItsFunctionPlans() throws {
        let pack = """
            pack: {name: t}
            rules:
              - id: T003
                name: cidr-host-bits-removed
                severity: error
                summary: s
                description: d
                target: SourceIpConfig.Cidrs[*]
                check: {function: cidr, forbid-host-bits: true}
                message: 'host bits in {value}'
                fix: {action: remove-entry, kind: unsafe}
                examples:
                  valid: ["WorkforceName: w"]
                  invalid:
                    - yaml: "WorkforceName: w\\nSourceIpConfig: {Cidrs: [10.0.0.1/8, 10.0.0.0/8]}\\n"
                      findings: ["2:26"]

            """
        let input = "WorkforceName: w\nSourceIpConfig: {Cidrs: [10.0.0.1/8, 11.0.0.0/8]}\n"
        #expect(try Self.offered("T003", in: input, pack: pack) == ["2:26 -> Remove the entry (unsafe)"])
        #expect(try Self.offered("WF203", in: input, pack: pack) == ["2:26 -> Write the network address 10.0.0.0/8 (safe)"])
        let (_, rule) = try RuleTestSupport.ruleSet(adding: pack, rule: "T003")
        #expect(rule.fixes == [FixSummary(.unsafe, "remove the list entry")])
    }

    /// Each removal is planned on a list of two or more, but two in one pass
    /// took both items of a block list of two, leaving `SecurityGroupIds:`
    /// (null, a WF004 error): one waits, and is planned again on one item,
    /// where no removal is offered (the reviewer's case, CORP033).
    @Test func removalsInOnePassLeaveAListItsLastItem() throws {
        let input = """
            WorkforceName: labelers
            CognitoConfig: {UserPool: us-east-1_abc, ClientId: abc}
            WorkforceVpcConfig:
              VpcId: vpc-12345678
              SecurityGroupIds:
                - sg-0fedcba9876543210
                - sg-0fedcba9876543210
                - sg-0fedcba9876543210
              Subnets: [subnet-12345678]

            """
        #expect(try Self.offered("CORP033", in: input) == [
            "6:7 -> Remove the retired security group (unsafe)", "7:7 -> Remove the retired security group (unsafe)",
            "8:7 -> Remove the retired security group (unsafe)",
        ])
        #expect(try Self.fixed(input, unsafe: true) == """
            WorkforceName: labelers
            CognitoConfig: {UserPool: us-east-1_abc, ClientId: abc}
            WorkforceVpcConfig:
              VpcId: vpc-12345678
              SecurityGroupIds:
                - sg-0fedcba9876543210
              Subnets: [subnet-12345678]

            """)
    }

    /// A pack that forbids an allow-all entry and fixes it `action`
    /// (`remove-entry`, or `replace-value` with `to`).
    static func allowAll(fixing action: String) -> String {
        """
        pack: {name: net}
        rules:
          - id: NET001
            name: no-allow-all
            severity: error
            summary: s
            description: d
            kinds: [CreateWorkforceRequest]
            target: SourceIpConfig.Cidrs[*]
            check: {function: pattern, regex: '/0$', negate: true}
            message: 'CIDR "{value}" allows every address'
            fix: {\(action), kind: safe}
            examples:
              valid: ["WorkforceName: a\\nSourceIpConfig: {Cidrs: [10.0.0.0/8]}\\n"]
              invalid:
                - yaml: "WorkforceName: a\\nSourceIpConfig: {Cidrs: [10.0.0.0/8, 0.0.0.0/0]}\\n"
                  findings: ["2:38"]

        """
    }

    /// WF204's removal of an entry another covers is safe only while that
    /// entry stays: a pack's fix that removes or rewrites the covering
    /// allow-all entry in the same pass goes first, and the entries it covered
    /// are kept (both were removed with it, which dropped the office's ranges).
    @Test func aRedundantEntryStaysWhenTheEntryCoveringItIsFixedAway() throws {
        let head = "WorkforceName: acme\nCognitoConfig: {UserPool: us-east-1_aBcDeFgHi, ClientId: abc}\nSourceIpConfig:\n  Cidrs:\n"
        let office = "    - 10.0.0.0/8       # corporate\n    - 192.168.0.0/16   # lab\n"
        let allowAll = "    - 0.0.0.0/0        # temporary\n"
        let removing = Self.allowAll(fixing: "action: remove-entry")
        // The covering entry first, and last.
        #expect(try Self.fixed(head + allowAll + office, pack: removing) == head + office)
        #expect(try Self.fixed(head + office + allowAll, pack: removing) == head + office)
        // Rewritten to a narrower block: what it no longer covers stays.
        let rewriting = Self.allowAll(fixing: "action: replace-value, to: 10.0.0.0/8")
        #expect(try Self.fixed(head + "    - 0.0.0.0/0\n    - 192.168.10.0/24\n", pack: rewriting)
            == head + "    - 10.0.0.0/8\n    - 192.168.10.0/24\n")
        // Left alone, an allow-all entry keeps what it covers: WF204's
        // removal under it is unsafe. A narrower entry lets WF204 remove
        // what it covers, each entry in one pass.
        #expect(try Self.fixed(head + allowAll + office) == head + allowAll + office)
        #expect(try Self.fixed(head + "    - 10.0.0.0/8\n    - 10.1.0.0/16\n    - 10.1.2.0/24\n")
            == head + "    - 10.0.0.0/8\n")
    }
}
