import Testing
@testable import WFLintKit

/// A null entry of a map of strings (`authentication_request_extra_params`)
/// is not sent: `terraform apply` with hashicorp/aws 5.100, against a local
/// endpoint that recorded the request, sent `{ prompt = var.prompt, b = "" }`
/// with `prompt` null as `"AuthenticationRequestExtraParams":{"b":""}`, which
/// the API takes. wflint reported a WF004 "got null" there, and offered to
/// quote it, which would have sent the text `null`.
@Suite struct TerraformNullMapEntryTests {
    typealias Module = TerraformVariableTests.Module

    static let tooMany = #"WF006 /resource/aws_sagemaker_workforce/main/oidc_config/0/authentication_request_extra_params "oidc_config.authentication_request_extra_params" must have at most 10 entries, got 11"#

    /// An OIDC workforce whose extra parameters are `params`, beside a
    /// variable `prompt` that is null and a variable `params` whose default
    /// has a null entry.
    static func module(params: String) -> [String: String] {
        let workforce = TerraformWorkforceText.oidc(
            clientSecret: "var.s", extra: "    authentication_request_extra_params = \(params)\n")
        return ["main.tf": """
            variable "s" {
              sensitive = true
            }
            variable "prompt" {
              default = null
            }
            variable "params" {
              default = { prompt = null, b = "" }
            }

            """ + workforce]
    }

    /// `count` entries `kN = "v"`.
    static func pairs(_ count: Int) -> String {
        (0..<count).map { "k\($0) = \"v\"" }.joined(separator: ", ")
    }

    @Test(arguments: ["{ prompt = var.prompt, b = \"\" }", "{ prompt = null }", "var.params"])
    func aNullEntryIsLeftOut(params: String) throws {
        #expect(try Module(Self.module(params: params)).described() == [])
    }

    /// Left out, not the map made unknown: twelve entries of which one is
    /// null are eleven, one over the API's ten; eleven are ten.
    @Test func theEntriesLeftAreCounted() throws {
        let twelve = try Module(Self.module(params: "{ prompt = var.prompt, \(Self.pairs(11)) }")).described()
        #expect(twelve == ["mod/main.tf:21:43 " + Self.tooMany])
        #expect(try Module(Self.module(params: "{ prompt = var.prompt, \(Self.pairs(10)) }")).described() == [])
    }

    @Test func aNullEntryOfTheJSONSyntaxIsLeftOut() throws {
        let resource = TerraformWorkforceText.oidcJSON(
            clientSecret: "${var.s}", extra: #""authentication_request_extra_params": {"prompt": null, "b": "x"}"#)
        let module = try Module([
            "main.tf.json": #"{"variable": {"s": {"sensitive": true}}, "resource": {"aws_sagemaker_workforce": {"main": {"#
                + resource + "}}}}\n"
        ])
        #expect(try module.described("main.tf.json") == [])
    }
}
