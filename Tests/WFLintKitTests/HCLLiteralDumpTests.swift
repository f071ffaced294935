import Testing
@testable import WFLintKit

/// The HCL reader's view that `wflint hcl-values` prints for the python-hcl2
/// differential test (Tests/Terraform): exact, and never a secret.
@Suite struct HCLLiteralDumpTests {
    static func dump(_ text: String) -> String {
        switch HCLLiteralDump.json(of: Array(text.utf8)) {
        case .success(let json): json.rendered()
        case .failure(let error): "\(error.position): \(error.message)"
        }
    }

    @Test func literalsTaggedValuesAndBlocks() {
        let text = """
            name = "a\\tb $${x}"
            n    = -1.5e3
            list = [true, null, var.x]
            map  = { "k" = 1, (var.k) = 2 }
            doc  = <<-EOT
              hi
              EOT
            resource "aws_sagemaker_workforce" "main" {
              oidc_config {
                client_secret = "s3cr3t"
                extra         = { client_secret = "s3cr3t", prompt = "login" }
              }
            }

            """
        #expect(Self.dump(text) == #"""
            {
              "attributes": {
                "name": "a\tb ${x}",
                "n": {
                  "$number": "-1.5e3"
                },
                "list": [
                  true,
                  null,
                  {
                    "$expression": "var.x"
                  }
                ],
                "map": {
                  "$expression": "{ \"k\" = 1, (var.k) = 2 }"
                },
                "doc": {
                  "$heredoc": "hi\n"
                }
              },
              "blocks": [
                {
                  "type": "resource",
                  "labels": [
                    "aws_sagemaker_workforce",
                    "main"
                  ],
                  "body": {
                    "attributes": {},
                    "blocks": [
                      {
                        "type": "oidc_config",
                        "labels": [],
                        "body": {
                          "attributes": {
                            "client_secret": {
                              "$sensitive": true
                            },
                            "extra": {
                              "client_secret": {
                                "$sensitive": true
                              },
                              "prompt": "login"
                            }
                          },
                          "blocks": []
                        }
                      }
                    ]
                  }
                }
              ]
            }

            """#)
        #expect(!Self.dump(text).contains("s3cr3t"))
    }

    /// A variable declared `sensitive = true` holds a secret in its
    /// `default`, as Terraform has it: never printed. Another's is.
    @Test func aSensitiveVariablesDefaultIsNeverPrinted() {
        let dump = Self.dump(
            "variable \"pw\" {\n  sensitive = true\n  default = \"hunter2\"\n}\nvariable \"x\" {\n  default = \"y\"\n}\n")
        let compact = dump.filter { !$0.isWhitespace }
        #expect(!dump.contains("hunter2"))
        #expect(compact.contains(#""attributes":{"sensitive":true,"default":{"$sensitive":true}}"#))
        #expect(compact.contains(#""attributes":{"default":"y"}"#))
    }

    @Test func aSyntaxErrorIsItsPlaceAndMessage() {
        #expect(Self.dump("a = [1,\n") == "2:1: expected an expression or ']' to close the tuple at 1:5, found the end of the file")
    }
}
