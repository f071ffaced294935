import Testing
@testable import WFLintKit

/// A variable whose `type` is `number` (or a collection of numbers) holds
/// the number a string converts to, and a string argument gets that
/// number's string: `default = "+7"` reaches `"team-${var.n}"` as
/// `team-7`. Each expected value is what `terraform console` (v1.11.4)
/// shows for the same variable.
@Suite struct TerraformNumberTypeTests {
    typealias Module = TerraformVariableTests.Module

    static let namePattern = #"WF007 /resource/aws_sagemaker_workforce/main/workforce_name "workforce_name" must match the API pattern '[a-zA-Z0-9]([a-zA-Z0-9\-]){0,62}', got "#

    /// `variable "n"` with `type` (none when nil) and `default`, then a workforce named `name`.
    static func files(type: String?, default value: String, name: String = "\"team-${var.n}\"") -> [String: String] {
        let typeLine = type.map { "  type    = \($0)\n" } ?? ""
        return ["main.tf": "variable \"n\" {\n\(typeLine)  default = \(value)\n}\n" + TerraformWorkforceText.cognito(name: name)]
    }

    @Test(arguments: ["\"+7\"", "\"7.\"", "\"1.0\"", "\"-.5e+1\"", "\"inf\""])
    func aNumberTypedStringIsSentAsItsNumber(written: String) throws {
        // `team-+7`, `team-7.`, `team-1.0`, `team--.5e+1`, `team-inf` as
        // written, each off the pattern; Terraform sends `team-7`, `team-7`,
        // `team-1`, `team--5` and `team-+Inf`, and only the last is.
        let expected: [String: [String]] = ["\"inf\"": ["mod/main.tf:6:20 " + Self.namePattern + #""team-+Inf""#]]
        let described = try Module(Self.files(type: "number", default: written)).described()
        #expect(described == expected[written, default: []])
    }

    @Test func anUntypedOrStringTypedVariableIsSentAsWritten() throws {
        for type in [nil, "string"] {
            let described = try Module(Self.files(type: type, default: "\"+7\"")).described()
            let line = type == nil ? 5 : 6
            #expect(described == ["mod/main.tf:\(line):20 " + Self.namePattern + #""team-+7""#], "type \(type ?? "none")")
        }
    }

    @Test func aStringTerraformRefusesAsANumberIsCheckedAsWritten() throws {
        // `terraform console`: "Invalid default value for variable"; wflint
        // checks the value as written, as for any type a value breaks.
        let described = try Module(Self.files(type: "number", default: "\" 7\"")).described()
        #expect(described == ["mod/main.tf:6:20 " + Self.namePattern + #""team- 7""#])
    }

    @Test func eachElementOfANumberCollectionIsConverted() throws {
        // `["1.0", "2"]` is `[1, 2]`: the CIDR is `10.0.0.1/24`, a host
        // bit set (a warning), not the invalid `10.0.0.1.0/24`.
        let module = try Module([
            "main.tf": """
                variable "v" {
                  type    = list(number)
                  default = ["1.0", "2"]
                }
                variable "m" {
                  type    = map(number)
                  default = { a = "+0" }
                }

                """ + TerraformWorkforceText.cognito(cidrs: #"["10.0.0.${var.v[0]}/24", "10.0.1.${var.m.a}/24"]"#)
        ])
        let described = try module.described()
        #expect(described == [
            #"mod/main.tf:16:14 WF203 /resource/aws_sagemaker_workforce/main/source_ip_config/0/cidrs/0 CIDR "10.0.0.1/24" has host bits set; the block it allows is "10.0.0.0/24""#
        ])
    }

    @Test func aValueFromATfvarsFileIsConvertedByTheDeclaredType() throws {
        let files = Self.files(type: "number", default: "1", name: "var.n").merging(["terraform.tfvars": "n = \"+7\"\n"]) { $1 }
        #expect(try Module(files).described() == [])
        let untyped = Self.files(type: nil, default: "1", name: "var.n").merging(["terraform.tfvars": "n = \"+7\"\n"]) { $1 }
        #expect(try Module(untyped).described() == [
            "mod/terraform.tfvars:1:5 " + Self.namePattern + #""+7""#,
            "  note: used by aws_sagemaker_workforce.main at mod/main.tf:5:20",
        ])
    }

    @Test func anOverrideFilesTypeConvertsThePrimaryFilesDefault() throws {
        var files = Self.files(type: nil, default: "\"+7\"")
        files["main_override.tf"] = "variable \"n\" {\n  type = number\n}\n"
        #expect(try Module(files).described() == [])
    }

    @Test func theJSONSyntaxsTypeConvertsToo() throws {
        let module = try Module([
            "main.tf.json": #"""
                {"variable": {"n": {"type": "number", "default": "+7"}},
                 "resource": {"aws_sagemaker_workforce": {"main": {"workforce_name": "team-${var.n}",
                   "cognito_config": {"client_id": "c", "user_pool": "us-east-1_abcDEF123"}}}}}
                """#
        ])
        #expect(try module.described("main.tf.json") == [])
    }
}
