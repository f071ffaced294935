import Testing
@testable import WFLintKit

/// WF214 vpc-duplicate-id: the repeated id is removed with the removal query.
@Suite struct VPCDuplicateIDFixTests {
    @Test func yamlBlockAndFlowListsOfOneDocument() throws {
        let input = """
            WorkforceName: labelers
            WorkforceVpcConfig:
              VpcId: vpc-12345678
              SecurityGroupIds:
              - sg-12345678  # web
              - sg-12345678  # web again
              Subnets: [subnet-12345678, subnet-87654321, subnet-12345678]  # three

            """
        #expect(try fixesOffered("WF214", in: input) == [
            #"6:5 /WorkforceVpcConfig/SecurityGroupIds/1 duplicate id "sg-12345678", first listed at 5:5 -> Remove the repeated entry (safe)"#,
            #"7:47 /WorkforceVpcConfig/Subnets/2 duplicate id "subnet-12345678", first listed at 7:13 -> Remove the repeated entry (safe)"#,
        ])
        try expectFixed(input, to: """
            WorkforceName: labelers
            WorkforceVpcConfig:
              VpcId: vpc-12345678
              SecurityGroupIds:
              - sg-12345678  # web
              Subnets: [subnet-12345678, subnet-87654321]  # three

            """, removing: "WF214", appliedCount: 2)
    }

    @Test func jsonWithCRLFAndByteOrderMark() throws {
        try expectFixed(
            crlfWithBOM(#"{"WorkforceName": "équipe", "WorkforceVpcConfig": {"VpcId": "vpc-12345678","#
                + "\n" + #"  "SecurityGroupIds": ["sg-12345678", "sg-12345678"], "Subnets": ["subnet-12345678"]}}"# + "\n"),
            name: "team.json",
            to: crlfWithBOM(#"{"WorkforceName": "équipe", "WorkforceVpcConfig": {"VpcId": "vpc-12345678","#
                + "\n" + #"  "SecurityGroupIds": ["sg-12345678"], "Subnets": ["subnet-12345678"]}}"# + "\n"),
            removing: "WF214", appliedCount: 1)
    }

    @Test func aListOfMoreThanSixteenIdsHasTheRepeatsOfAShorterOne() throws {
        // Up to sixteen values are searched in order, more are kept in a table: the same verdicts.
        func repeats(_ count: Int) throws -> [String] {
            let ids = (0..<count).map { "subnet-1234567\($0 % 5)" }
            return try fixesOffered("WF214", in: "WorkforceName: labelers\nWorkforceVpcConfig:\n  VpcId: vpc-12345678\n"
                + "  SecurityGroupIds: [sg-12345678]\n  Subnets: [\(ids.joined(separator: ", "))]\n")
        }
        let sixteen = try repeats(16)
        let seventeen = try repeats(17)
        #expect(sixteen.count == 11)
        #expect(sixteen.last == #"5:268 /WorkforceVpcConfig/Subnets/15 duplicate id "subnet-12345670", first listed at 5:13 -> Remove the repeated entry (safe)"#)
        #expect(Array(seventeen.prefix(11)) == sixteen)
        #expect(seventeen.last == #"5:285 /WorkforceVpcConfig/Subnets/16 duplicate id "subnet-12345671", first listed at 5:30 -> Remove the repeated entry (safe)"#)
    }

    @Test func aRepeatedTagKeyIsNotAListItemSoNoFixIsOffered() throws {
        // `unique` on `Tags[*].Key`: removing the key alone would break the tag.
        let input = "WorkforceName: labelers\nTags:\n  - {Key: team, Value: a}\n  - {Key: team, Value: b}\n"
        #expect(try fixesOffered("WF302", in: input) == [
            #"4:11 /Tags/1/Key duplicate tag key "team", first defined at 3:11 -> no fix"#
        ])
        expectUnchanged(input)
    }
}

/// WF122 scope-duplicate: each repeat of a token goes, with the space before it.
@Suite struct ScopeDuplicateFixTests {
    /// The members of a complete OidcConfig but its Scope.
    static let members = [
        ("ClientId", "workforce"), ("ClientSecret", "s3cr3t-Value-0001"), ("Issuer", "https://idp.example.com"),
        ("AuthorizationEndpoint", "https://idp.example.com/authorize"), ("TokenEndpoint", "https://idp.example.com/token"),
        ("UserInfoEndpoint", "https://idp.example.com/userinfo"), ("LogoutEndpoint", "https://idp.example.com/logout"),
        ("JwksUri", "https://idp.example.com/jwks"),
    ]
    /// A workforce whose OidcConfig (in block style) ends with the line `scopeLine`.
    static func oidc(_ scopeLine: String) -> String {
        "WorkforceName: labelers\nOidcConfig:\n" + members.map { "  \($0): \($1)\n" }.joined() + scopeLine
    }

    @Test func yamlBlockPlainScope() throws {
        let input = Self.oidc("  Scope: openid email openid profile email  # merged\n")
        #expect(try fixesOffered("WF122", in: input) == [
            #"11:10 /OidcConfig/Scope Scope "openid email openid profile email" repeats "openid", "email"; list each scope once -> Remove the repeated tokens (safe)"#
        ])
        try expectFixed(
            input, to: Self.oidc("  Scope: openid email profile  # merged\n"), removing: "WF122", appliedCount: 1)
    }

    @Test func yamlFlowQuotedScopesAndAnEscapedOne() throws {
        try expectFixed(
            Self.oidc("  Scope: 'openid openid openid'\nTags: [{Key: k, Value: \"openid openid\"}]\n"),
            to: Self.oidc("  Scope: 'openid'\nTags: [{Key: k, Value: \"openid openid\"}]\n"),
            removing: "WF122", appliedCount: 1)
        // An escape makes the written text differ from the value: not offered.
        expectUnchanged(Self.oidc("  Scope: \"openid\\x20openid\"\n"))
    }

    @Test func jsonWithCRLFAndByteOrderMark() throws {
        func json(scope: String) -> String {
            let members = (Self.members + [("Scope", scope)]).map { "\"\($0)\": \"\($1)\"" }
            return crlfWithBOM(
                #"{"WorkforceName": "équipe", "OidcConfig": {"#
                    + members.joined(separator: ",\n  ") + "}}\n")
        }
        try expectFixed(
            json(scope: "openid email email"), name: "team.json", to: json(scope: "openid email"),
            removing: "WF122", appliedCount: 1)
    }
}
