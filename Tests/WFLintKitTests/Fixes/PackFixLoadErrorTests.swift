import Testing
@testable import WFLintKit

/// A pack rule's `fix:` is checked when the pack loads: each mistake is an
/// error at its place (`pack-file:line:col: message`).
@Suite struct PackFixLoadErrorTests {
    /// `PackLoadErrorTests.pack` with `target`, `check` (a flow mapping) and
    /// `fix` (its lines, at the fix's indentation): the rule's `fix:` key is
    /// on line 13, its first line on line 14.
    static func pack(target: String, check: String, fix: String) -> String {
        PackLoadErrorTests.pack(
            check: "      " + check,
            extra: "    fix:\n" + fix.split(separator: "\n").map { "      " + $0 + "\n" }.joined())
            .replacingOccurrences(of: "target: SourceIpConfig.Cidrs[*]", with: "target: \(target)")
    }

    static func error(target: String = "Tags[*].Key", check: String = "{function: pattern, regex: '^x'}", fix: String) -> String? {
        PackLoadErrorTests.loadError(pack(target: target, check: check, fix: fix))
    }

    @Test func aValidFixOfEachActionLoads() {
        #expect(Self.error(fix: "action: replace-value\nto: '{value|lower|trim}'\nkind: safe") == nil)
        #expect(Self.error(target: "Tags[*]", check: "{function: required, members: [Value]}", fix: "action: remove-entry\nkind: unsafe") == nil)
        #expect(Self.error(
            target: "OidcConfig.AuthenticationRequestExtraParams.@key", fix: "action: rename-key\nto: '{value|upper}'\nkind: unsafe"
        ) == nil)
    }

    @Test func unknownActionKindAndKeys() {
        #expect(Self.error(fix: "action: replace-values\nto: x\nkind: safe") == """
            p.yaml:14:15: unknown fix action "replace-values"; did you mean "replace-value"? valid fix actions: remove-entry, rename-key, \
            replace-value
            """)
        #expect(Self.error(fix: "action: replace\nto: x\nkind: safe")
            == "p.yaml:14:15: unknown fix action \"replace\"; valid fix actions: remove-entry, rename-key, replace-value")
        #expect(Self.error(fix: "action: replace-value\nto: x\nkind: maybe")
            == "p.yaml:16:13: unknown fix kind \"maybe\"; valid fix kinds: safe, unsafe")
        #expect(Self.error(fix: "action: replace-value\nto: x\nkind: safe\nwith: y") == """
            p.yaml:17:7: unknown key "with" in "fix"; valid keys: action, kind, message, to
            """)
        #expect(Self.error(fix: "action: replace-value\nto: x") == "p.yaml:14:7: \"fix\" lacks the key \"kind\"")
        #expect(Self.error(fix: "kind: safe") == "p.yaml:14:7: \"fix\" lacks the key \"action\"")
    }

    @Test func removeEntryNeedsListItemsAndNoTo() {
        #expect(Self.error(target: "OidcConfig.Scope", fix: "action: remove-entry\nkind: safe") == """
            p.yaml:14:15: fix "remove-entry" removes list items, but target "OidcConfig.Scope" is not one: its last step must be "[*]" or a filter
            """)
        #expect(Self.error(target: "Tags[*]", check: "{function: required, members: [Value]}", fix: "action: remove-entry\nto: x\nkind: safe")
            == "p.yaml:15:7: fix \"remove-entry\" takes no \"to\"")
        #expect(Self.error(target: "\"\"", check: "{function: required, members: [WorkforceName]}", fix: "action: remove-entry\nkind: safe") == """
            p.yaml:14:15: fix "remove-entry" removes list items, but target "" is not one: its last step must be "[*]" or a filter
            """)
    }

    @Test func replaceValueNeedsStringValues() {
        #expect(Self.error(fix: "action: replace-value\nkind: safe") == """
            p.yaml:14:7: fix "replace-value" needs "to": the new text, fixed or a template such as '{value|lower}'
            """)
        #expect(Self.error(target: "Tags", check: "{function: count, max: 3}", fix: "action: replace-value\nto: x\nkind: safe") == """
            p.yaml:14:15: fix "replace-value" replaces string values, but check "count" looks at lists or maps or structures
            """)
        #expect(Self.error(
            target: "OidcConfig.AuthenticationRequestExtraParams.@key", fix: "action: replace-value\nto: x\nkind: safe"
        ) == """
            p.yaml:14:15: fix "replace-value" replaces values, but target "OidcConfig.AuthenticationRequestExtraParams.@key" is keys: use "rename-key"
            """)
        #expect(Self.error(target: "IpAddressType", fix: "action: replace-value\nto: ipv5\nkind: safe")
            == "p.yaml:15:11: the fix's \"to\" \"ipv5\" is not a value the API allows for \"IpAddressType\": ipv4, dualstack")
        #expect(Self.error(target: "WorkforceName", fix: "action: replace-value\nto: '\(String(repeating: "a", count: 64))'\nkind: safe")
            == "p.yaml:15:11: the fix's \"to\" \"\(String(repeating: "a", count: 64))\" is longer than the 63 characters the API allows for \"WorkforceName\"")
    }

    @Test func templatesAreCheckedLikeMessages() {
        #expect(Self.error(fix: "action: replace-value\nto: '{valeu}'\nkind: safe") == """
            p.yaml:15:12: the fix's "to" has the unknown placeholder "{valeu}"; valid placeholders: {name}, {negate}, {regex}, {value}
            """)
        #expect(Self.error(fix: "action: replace-value\nto: '{value|lowercase}'\nkind: safe") == """
            p.yaml:15:12: the fix's "to" has the unknown filter "lowercase" in "{value|lowercase}"; valid filters: lower, upper, trim
            """)
        #expect(Self.error(fix: "action: replace-value\nto: ' '\nkind: safe") == "p.yaml:15:11: the fix's \"to\" must not be empty")
        #expect(Self.error(fix: "action: replace-value\nto: \"a\\tb\"\nkind: safe") == """
            p.yaml:15:13: the fix's "to" holds U+0009, which no scalar holds without an escape; a fix never writes escapes
            """)
        #expect(Self.error(fix: "action: replace-value\nto: x\nkind: safe\nmessage: 'Write {nope}'") == """
            p.yaml:17:23: the fix message has the unknown placeholder "{nope}"; valid placeholders: {name}, {negate}, {regex}, {value}
            """)
    }

    @Test func renameKeyNeedsKeysAndValidNames() {
        #expect(Self.error(target: "Tags[*]", check: "{function: required, members: [Value]}", fix: "action: rename-key\nto: x\nkind: safe") == """
            p.yaml:14:15: fix "rename-key" renames keys, but target "Tags[*]" is not a key or a member: end it in "@key", "*" or a member name
            """)
        #expect(Self.error(target: "OidcConfig.Scope", fix: "action: rename-key\nto: Scopes\nkind: unsafe") == """
            p.yaml:15:11: the fix renames to "Scopes", which is not a member of "OidcConfig"; did you mean "Scope"? valid members: \
            ClientId, ClientSecret, Issuer, AuthorizationEndpoint, TokenEndpoint, UserInfoEndpoint, LogoutEndpoint, JwksUri, Scope, \
            AuthenticationRequestExtraParams
            """)
        #expect(Self.error(target: "OidcConfig.Scope", fix: "action: rename-key\nto: '{value|lower}'\nkind: unsafe") == """
            p.yaml:15:11: the fix renames members of "OidcConfig", whose names the API fixes: "to" must be a member name, not a template
            """)
    }
}
