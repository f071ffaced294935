import Testing
@testable import WFLintKit

/// The OidcConfig documents the scope fix tests edit: every member but
/// `Scope` is complete and valid, in YAML block, YAML flow or JSON.
enum ScopeDocuments {
    static var members: [(String, String)] { ScopeDuplicateFixTests.members }

    /// Block style; `scopeLine` is the last line of the OidcConfig.
    static func block(_ scopeLine: String) -> String { ScopeDuplicateFixTests.oidc(scopeLine) }

    /// Flow style, the OidcConfig on one line; `scope` is written as given.
    static func flow(_ scope: String) -> String {
        "WorkforceName: labelers  # flow\nOidcConfig: {" + members.map { "\($0): \($1), " }.joined()
            + "Scope: \(scope)}  # é\n"
    }

    /// JSON with CR LF line breaks and a byte-order mark; `scope` is the JSON string's content.
    static func json(_ scope: String) -> String {
        let members = (members + [("Scope", scope)]).map { "\"\($0)\": \"\($1)\"" }
        return crlfWithBOM(#"{"WorkforceName": "équipe", "OidcConfig": {"# + members.joined(separator: ",\n  ") + "}}\n")
    }
}

/// WF120 scope-format: a scope malformed only by its spacing gets single spaces (safe).
@Suite struct ScopeFormatFixTests {
    @Test func yamlBlockDoubleQuotedWithLeadingTrailingAndDoubleSpaces() throws {
        let input = ScopeDocuments.block("  Scope: \" openid  email profile \"  # spaced\n")
        #expect(try fixesOffered("WF120", in: input) == [
            #"11:10 /OidcConfig/Scope Scope " openid  email profile " is not a list of scope tokens separated by single spaces: it begins with a space -> Separate the scope tokens with single spaces (safe)"#
        ])
        try expectFixed(
            input, to: ScopeDocuments.block("  Scope: \"openid email profile\"  # spaced\n"),
            removing: "WF120", appliedCount: 1)
    }

    @Test func yamlBlockDoubleQuotedWithATab() throws {
        // A tab in a plain scalar is a syntax error to the AWS CLI; quoted, it is text.
        let input = ScopeDocuments.block("  Scope: \"openid\temail\"\n")
        #expect(try fixesOffered("WF120", in: input) == [
            "11:10 /OidcConfig/Scope Scope \"openid\temail\" is not a list of scope tokens separated by single spaces: "
                + #"it has the character "U+0009", which a scope token may not contain -> Separate the scope tokens with single spaces (safe)"#
        ])
        try expectFixed(
            input, to: ScopeDocuments.block("  Scope: \"openid email\"\n"), removing: "WF120", appliedCount: 1)
    }

    @Test func yamlFlowSingleQuoted() throws {
        try expectFixed(
            ScopeDocuments.flow("'openid   email '"), to: ScopeDocuments.flow("'openid email'"),
            removing: "WF120", appliedCount: 1)
    }

    @Test func jsonWithCRLFAndByteOrderMark() throws {
        try expectFixed(
            ScopeDocuments.json("openid  email"), name: "team.json", to: ScopeDocuments.json("openid email"),
            removing: "WF120", appliedCount: 1)
    }

    @Test func notOfferedWhenTheProblemIsNotOnlySpacing() throws {
        // A character no token may hold, an empty or blank scope, and a tab
        // written as an escape (the text is not the value as written).
        let refused = [
            ("  Scope: \"openid  émail\"\n", #"11:10 /OidcConfig/Scope Scope "openid  émail" is not a list of scope tokens separated by single spaces: it has two spaces in a row -> no fix"#),
            ("  Scope: \"\"\n", #"11:10 /OidcConfig/Scope Scope "" is not a list of scope tokens separated by single spaces: it is empty -> no fix"#),
            ("  Scope: '   '\n", #"11:10 /OidcConfig/Scope Scope "   " is not a list of scope tokens separated by single spaces: it begins with a space -> no fix"#),
            ("  Scope: \"openid\\temail\"\n", "11:10 /OidcConfig/Scope Scope \"openid\temail\" is not a list of scope tokens separated by single spaces: "
                + #"it has the character "U+0009", which a scope token may not contain -> no fix"#),
        ]
        for (line, expected) in refused {
            try expectRefused("WF120", in: ScopeDocuments.block(line), findings: [expected])
        }
    }
}

/// WF123 scope-comma: tokens written with commas are split at them (unsafe).
@Suite struct ScopeCommaFixTests {
    @Test func yamlBlockPlainOnlyWithUnsafeFixes() throws {
        let input = ScopeDocuments.block("  Scope: openid,email profile  # commas\n")
        #expect(try fixesOffered("WF123", in: input) == [
            #"11:10 /OidcConfig/Scope Scope token "openid,email" contains a comma; separate scopes with spaces -> Separate the scope tokens with spaces, not commas (unsafe)"#
        ])
        try expectUnsafeFix(
            input, to: ScopeDocuments.block("  Scope: openid email profile  # commas\n"), removing: "WF123")
    }

    @Test func yamlFlowDoubleQuotedWithLoneAndTrailingCommas() throws {
        try expectUnsafeFix(
            ScopeDocuments.flow("\"openid, email , profile,\""), to: ScopeDocuments.flow("\"openid email profile\""),
            removing: "WF123")
    }

    @Test func jsonWithCRLFAndByteOrderMark() throws {
        try expectUnsafeFix(
            ScopeDocuments.json("openid,email,,profile"), name: "team.json",
            to: ScopeDocuments.json("openid email profile"), removing: "WF123")
    }

    @Test func aSplitThatRepeatsATokenIsFinishedByTheDuplicateFix() throws {
        // Pass 1 splits (WF123), pass 2 removes the repeat it made (WF122).
        let fixed = fixedWithBuiltinRules(
            ScopeDocuments.block("  Scope: openid openid,email\n"), includingUnsafe: true)
        #expect(String(decoding: fixed.bytes, as: UTF8.self) == ScopeDocuments.block("  Scope: openid email\n"))
        #expect(fixed.appliedCount == 2)
        #expect(fixed.linted.findings.map(\.ruleID) == ["WF140"])
    }

    @Test func commasAloneGoAndAScopeOfCommasOnlyGetsNoFix() throws {
        let input = ScopeDocuments.block("  Scope: openid ,,\n")
        #expect(try fixesOffered("WF123", in: input) == [
            #"11:10 /OidcConfig/Scope Scope token ",," contains a comma; separate scopes with spaces -> Separate the scope tokens with spaces, not commas (unsafe)"#
        ])
        try expectFixed(
            input, to: ScopeDocuments.block("  Scope: openid\n"), removing: "WF123", appliedCount: 1, includingUnsafe: true)
        let commasOnly = ScopeDocuments.block("  Scope: \",\"\n")
        #expect(try fixesOffered("WF123", in: commasOnly) == [
            #"11:10 /OidcConfig/Scope Scope token "," contains a comma; separate scopes with spaces -> no fix"#
        ])
    }
}

/// WF121 scope-openid: `openid` is put first (unsafe).
@Suite struct ScopeOpenIDFixTests {
    @Test func yamlBlockPlainOnlyWithUnsafeFixes() throws {
        let input = ScopeDocuments.block("  Scope: OpenID email  # case\n")
        #expect(try fixesOffered("WF121", in: input) == [
            #"11:10 /OidcConfig/Scope Scope "OpenID email" lacks the token "openid", without which the provider issues no ID token -> Add "openid" to the scope (unsafe)"#
        ])
        try expectUnsafeFix(
            input, to: ScopeDocuments.block("  Scope: openid OpenID email  # case\n"), removing: "WF121")
    }

    @Test func yamlFlowSingleQuoted() throws {
        try expectUnsafeFix(
            ScopeDocuments.flow("'email profile'"), to: ScopeDocuments.flow("'openid email profile'"), removing: "WF121")
    }

    @Test func jsonWithCRLFAndByteOrderMark() throws {
        try expectUnsafeFix(
            ScopeDocuments.json("email"), name: "team.json", to: ScopeDocuments.json("openid email"), removing: "WF121")
    }

    @Test func notOfferedForAFoldedScope() throws {
        let folded = ScopeDocuments.block("  Scope: >-\n    email\n")
        try expectRefused("WF121", in: folded, findings: [
            #"11:10 /OidcConfig/Scope Scope "email" lacks the token "openid", without which the provider issues no ID token -> no fix"#
        ])
    }
}

/// A scope fix inside an anchored scope that an alias uses changes every use:
/// it is unsafe and says so.
@Suite struct AnchoredScopeFixTests {
    @Test func theSafeSpacingFixBecomesUnsafe() throws {
        let input = ScopeDocuments.block("  Scope: &s 'openid  email'\nTags: [{Key: k, Value: *s}]\n")
        #expect(try fixesOffered("WF120", in: input) == [
            #"11:10 /OidcConfig/Scope Scope "openid  email" is not a list of scope tokens separated by single spaces: it has two spaces in a row -> Separate the scope tokens with single spaces (changes every alias of &s) (unsafe)"#
        ])
        try expectUnsafeFix(
            input, to: ScopeDocuments.block("  Scope: &s 'openid email'\nTags: [{Key: k, Value: *s}]\n"),
            removing: "WF120")
    }
}

/// A pack rule with the `scope` check gets the same fixes as the built-in ones.
@Suite struct PackScopeFixTests {
    @Test func aPackRuleRequiringTokensPutsEachMissingOneFirst() throws {
        var ruleSet = RuleSet.builtin()
        try ruleSet.addPack(text: """
            pack:
              name: corp
              description: Our identity provider's needs.
            rules:
              - id: CORP1
                name: scope-profile
                severity: error
                summary: The scope asks for the profile.
                description: Our provider needs openid and profile.
                target: OidcConfig.Scope
                check:
                  function: scope
                  required-tokens: [profile, openid, profile]
                message: 'Scope lacks {tokens}'
                examples:
                  valid:
                    - |
                      WorkforceName: w
                      OidcConfig: {Scope: openid profile}
                  invalid:
                    - yaml: |
                        WorkforceName: w
                        OidcConfig: {Scope: openid}
                      findings:
                        - at: "2:21"
            """, file: "corp.yaml")
        let table = RuleTable(ruleSet.descriptors)
        let linter = Linter(checks: ruleSet.checks(enabledIn: table), rules: table, operation: nil)
        let input = ScopeDocuments.block("  Scope: email\n")
        let fixed = linter.fix(
            Array(input.utf8), as: LintInput(source: .file("team.yaml"), displayName: "team.yaml", isExplicit: true),
            includingUnsafe: true)
        // CORP1 and WF121 both insert at the scope's start: CORP1 (first in
        // report order) goes in pass 1, and then `openid` is there.
        #expect(String(decoding: fixed.bytes, as: UTF8.self) == ScopeDocuments.block("  Scope: profile openid email\n"))
        #expect(fixed.appliedCount == 1)
        #expect(!fixed.linted.findings.contains { $0.ruleID == "CORP1" || $0.ruleID == "WF121" })
    }
}
