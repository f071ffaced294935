import Testing

@testable import WFLintKit

/// What libyaml refuses and the AWS CLI's loader reads (docs/yaml.md): an
/// unknown directive, and a flow sequence's entry that starts with `:`. The
/// whole linter sees the AWS CLI's reading, at the written positions.
@Suite struct YAMLReadingGapsTests {
    static let cognito = "CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}\n"

    /// `rule line:col pointer message` of every finding, in report order.
    static func findings(_ text: String) throws -> [String] {
        try lintWithBuiltinRules(text).findings.sorted(by: Finding.reportOrder)
            .map { "\($0.ruleID) \($0.range.start) \($0.pointer) \($0.message)" }
    }

    @Test func anUnknownDirectiveIsIgnoredAsTheAWSCLIIgnoresIt() throws {
        #expect(try Self.findings("%FOO bar\n---\nWorkforceName: x\n" + Self.cognito) == [])
        #expect(try Self.findings("%FOO bar\n---\nWorkforceName: \"\"\n" + Self.cognito) == [
            #"WF006 3:16 /WorkforceName "WorkforceName" must be between 1 and 63 characters long, got 0: """#,
        ])
    }

    @Test func aDirectiveWithoutADocumentStartIsASyntaxError() throws {
        #expect(try Self.findings("%FOO bar\nWorkforceName: x\n" + Self.cognito) == [
            "WF001 2:1  expected '---' after the directives, but found 'W'",
        ])
    }

    @Test func aColonLedCIDRIsReadAndPyYAMLsRefusalIsAWarning() throws {
        let text = "WorkforceName: x\n" + Self.cognito
            + "IpAddressType: dualstack\nSourceIpConfig:\n  Cidrs: [::1/128, \"::2/128\", ::1/128]\n"
        let refused = "which PyYAML cannot load (it reads the ':' that starts a flow entry as a value indicator) "
            + #"(the AWS CLI reads a string); quote it: "::1/128""#
        #expect(try Self.findings(text) == [
            #"WF009 5:11 /SourceIpConfig/Cidrs/0 "Cidrs[0]" is the plain scalar ::1/128, \#(refused)"#,
            #"WF009 5:31 /SourceIpConfig/Cidrs/2 "Cidrs[2]" is the plain scalar ::1/128, \#(refused)"#,
            #"WF204 5:31 /SourceIpConfig/Cidrs/2 CIDR "::1/128" is already covered by "::1/128" at 5:11"#,
        ])
    }

    @Test func aColonLedValueInAFlowMappingStaysASyntaxError() throws {
        #expect(try Self.findings("WorkforceName: x\n" + Self.cognito + "Tags: [{Key: k, Value: ::1}]\n") == [
            "WF001 3:24  a flow mapping's value that starts with ':' is read as text by the AWS CLI's YAML loader "
                + "in some layouts only, and refused by PyYAML; wflint refuses it (quote the value)",
        ])
    }
}
