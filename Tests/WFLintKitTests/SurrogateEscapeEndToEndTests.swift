import Foundation
import Testing
@testable import WFLintKit

/// Surrogate escapes as `json.dumps` writes every character past U+FFFF, in
/// a `.json` file and in the same text saved as `.yaml` (JSON is YAML): the
/// AWS CLI reads both and botocore sends the escapes on, so a value whose
/// pattern takes any character passes, and a pair is shown as its character.
@Suite struct SurrogateEscapeEndToEndTests {
    static let request = #"""
        {"WorkforceName": "team-a", "OidcConfig": {"ClientId": "c", "ClientSecret": "${S}",
          "Issuer": "https://idp.example.com", "AuthorizationEndpoint": "https://idp.example.com/a",
          "TokenEndpoint": "https://idp.example.com/t", "UserInfoEndpoint": "https://idp.example.com/u",
          "LogoutEndpoint": "https://idp.example.com/l", "JwksUri": "https://idp.example.com/j",
          "AuthenticationRequestExtraParams": {"ui": "\ud83d\ude80 \ud800"}},
          "SourceIpConfig": {"Cidrs": ["10.0.0.0/16"]}, "Tags": [{"Key": "team\ud83d\ude80", "Value": "x"}]}

        """#

    @Test(arguments: ["team.json", "team.yaml"])
    func readAsTheAWSCLIReadsThem(name: String) throws {
        let directory = try TemporaryDirectory()
        try directory.write(name, Self.request)
        let run = try WFLintBinary.run(["--no-config", name], in: directory.url)
        #expect(run.stdout == """
            \(name):6:66: error: "Key" must match the API pattern '([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)', got "team🚀" [WF007 pattern]
                6 |   "SourceIpConfig": {"Cidrs": ["10.0.0.0/16"]}, "Tags": [{"Key": "team\\ud83d\\ude80", "Value": "x"}]}
                  |                                                                  ^~~~~~~~~~~~~~~~~~
            1 error in 1 file; 1 file checked

            """)
        #expect(run.status == 1)
    }

    /// Two lone surrogates are two different code units to the consumers:
    /// two keys, two ids, a merged key that an explicit one does not
    /// override; and each counts as one unit of a length. No fix writes one.
    @Test func loneSurrogatesStayApart() throws {
        let directory = try TemporaryDirectory()
        let long = String(repeating: "x", count: 600)
        let full = String(repeating: "y", count: 511)
        try directory.write("team.yaml", """
            WorkforceName: team-a
            OidcConfig: {ClientId: c, ClientSecret: "${S}", Issuer: "https://idp.example.com",
              AuthorizationEndpoint: "https://idp.example.com/a", TokenEndpoint: "https://idp.example.com/t",
              UserInfoEndpoint: "https://idp.example.com/u", LogoutEndpoint: "https://idp.example.com/l",
              JwksUri: "https://idp.example.com/j", AuthenticationRequestExtraParams: {
                <<: {"\\ud800": \(long)}, "\\udc00": b, "k": "\(full)\\ud800"}}
            SourceIpConfig: {Cidrs: [10.0.0.0/16]}
            WorkforceVpcConfig: {VpcId: vpc-01234567, SecurityGroupIds: ["sg-\\ud800", "sg-\\udc00"], Subnets: [subnet-01234567]}

            """)
        let run = try WFLintBinary.run(["--no-config", "--format", "json", "team.yaml"], in: directory.url)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let findings = try #require(report["findings"] as? [[String: Any]])
        let described = findings.map { "\($0["ruleId"]!) \($0["pointer"]!) \($0["message"]!) fix:\($0["fix"] is NSNull ? "none" : "some")" }
        #expect(described == [
            #"WF006 /OidcConfig/AuthenticationRequestExtraParams/\#u{10D800} "AuthenticationRequestExtraParams.\uD800" must be at most 512 characters long, got 600: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx..." fix:none"#,
            #"WF210 /WorkforceVpcConfig/SecurityGroupIds/0 security group id "sg-\uD800" is not "sg-" followed by 8 or 17 lower-case hexadecimal digits fix:none"#,
            #"WF210 /WorkforceVpcConfig/SecurityGroupIds/1 security group id "sg-\uDC00" is not "sg-" followed by 8 or 17 lower-case hexadecimal digits fix:none"#,
        ])
    }
}
