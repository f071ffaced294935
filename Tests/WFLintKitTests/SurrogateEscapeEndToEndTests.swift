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
}
