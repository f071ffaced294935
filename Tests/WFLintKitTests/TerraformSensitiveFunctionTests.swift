import Foundation
import Testing

/// A value Terraform keeps sensitive stays out of every output, whole.
/// Through the built binary, in every format.
@Suite struct TerraformSensitiveFunctionTests {
    static let formats = ["text", "json", "sarif", "github"]

    /// A sensitive variable's value that holds the client secret: the
    /// secret and the rest of the value are concealed together, longest
    /// first. Before, the secret went first and `got "bad_***"` showed the
    /// rest of the sensitive value.
    @Test func aSensitiveValueHoldingTheClientSecretIsConcealedWhole() throws {
        let directory = try TemporaryDirectory()
        try directory.write("main.tf", TerraformWorkforceText.oidc(name: "var.n", clientSecret: #""Zq8hunter2Xy""#)
            + "variable \"n\" {\n  sensitive = true\n  default   = \"bad_Zq8hunter2Xy\"\n}\n")
        let run = try WFLintBinary.run(["--no-config", "--ignore", "WF140", "main.tf"], in: directory.url)
        #expect(run.stdout == """
            main.tf:16:15: error: "workforce_name" must match the API pattern '[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}', got "***" [WF007 pattern]
               16 |   default   = ******************
                  |               ^~~~~~~~~~~~~~~~~~
              note: used by aws_sagemaker_workforce.main at main.tf:2:20
            1 error in 1 file; 1 file checked

            """)
        try Self.expectNoSecret(in: directory, inputs: [["main.tf"]], expecting: "WF007", hiding: ["bad_", "Zq8"])
    }

    /// No output of `inputs` in any format holds the secret (or any of
    /// `hiding`), and each reports `rule`.
    static func expectNoSecret(
        in directory: TemporaryDirectory, inputs: [[String]], expecting rule: String, hiding: [String] = ["Zq8"]
    ) throws {
        for format in formats {
            for input in inputs {
                let output = try WFLintBinary.run(["--no-config", "--format", format] + input, in: directory.url)
                for text in hiding { #expect(!output.stdout.contains(text), "\(format) \(input): \(text)") }
                #expect(output.stdout.contains(rule), "\(format) \(input)")
            }
        }
    }
}
