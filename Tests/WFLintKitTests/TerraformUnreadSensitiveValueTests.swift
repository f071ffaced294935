import Foundation
import Testing

/// Every value of a variable declared `sensitive = true` stays out of every
/// output, whether or not a workforce reads it: a module's other secrets (a
/// database password beside the workforce's variables) sit on lines that a
/// finding's excerpt shows (`TerraformModuleDeclarations.sensitiveValueRanges`).
/// Through the built binary, in all four formats.
@Suite struct TerraformUnreadSensitiveValueTests {
    static let formats = ["text", "json", "sarif", "github"]

    static let workforce = TerraformWorkforceText.cognito(cidrs: "[var.cidr]")

    /// A one-line `terraform.tfvars.json`, as tools write it: the CIDR's
    /// finding shows the line, and with it the password no workforce reads.
    @Test func anUnusedSensitiveValueOnTheLineOfAFindingIsMasked() throws {
        let directory = try TemporaryDirectory()
        try directory.write(
            "main.tf", Self.workforce + "variable \"cidr\" {}\nvariable \"db_password\" {\n  sensitive = true\n}\n")
        try directory.write("terraform.tfvars.json", #"{"cidr": "10.0.0.1/16", "db_password": "S3CRET-xyz-123"}"# + "\n")
        let run = try WFLintBinary.run(["--no-config", "main.tf"], in: directory.url)
        #expect(run.stdout == """
            terraform.tfvars.json:1:10: warning: CIDR "10.0.0.1/16" has host bits set; the block it allows is "10.0.0.0/16" [WF203 cidr-host-bits]
                1 | {"cidr": "10.0.0.1/16", "db_password": ****************}
                  |          ^~~~~~~~~~~~~
              note: used by aws_sagemaker_workforce.main at main.tf:8:14
            1 warning in 1 file; 1 file checked

            """)
        #expect(run.status == 0)
        for format in Self.formats {
            for input in ["main.tf", "terraform.tfvars.json", "."] {
                let output = try WFLintBinary.run(["--no-config", "--format", format, input], in: directory.url)
                #expect(!output.stdout.contains("S3CRET"), "\(format) \(input)")
                #expect(output.stdout.contains("10.0.0.1/16"), "\(format) \(input)")
            }
        }
    }

    /// `variables.tf` changed alone (pre-commit): an unused suppression's
    /// WF010 and a second declaration's WF505 show lines that set sensitive
    /// variables' defaults, one of them in a declaration without `sensitive`
    /// (the other declaration of the name says it).
    @Test func theDefaultsOfSensitiveVariablesAreMaskedInEveryExcerpt() throws {
        let directory = try TemporaryDirectory()
        try directory.write("main.tf", Self.workforce)
        try directory.write("variables.tf", """
            variable "cidr" {
              default = "10.0.0.0/16"
            }
            variable "db_password" {
              sensitive = true
              default   = "S3CRET-xyz-123" # wflint-disable-line WF140
            }
            variable "api_key" { sensitive = true }
            variable "api_key" { default = "S3CRET-abc-456" }

            """)
        let expected = """
            variables.tf:6:54: note: "WF140" in wflint-disable-line silences nothing: no WF140 finding on this line [WF010 unused-suppression]
                6 |   default   = **************** # wflint-disable-line WF140
                  |                                                      ^~~~~
            variables.tf:9:1: error: variable "api_key" is already declared at variables.tf:8:1; variable names must be unique in a module [WF505 tf-duplicate-name]
                9 | variable "api_key" { default = **************** }
                  | ^~~~~~~~~~~~~~~~~~
              note: first defined at variables.tf:8:1
            1 error, 1 note in 1 file; 1 file checked

            """
        let alone = try WFLintBinary.run(["--no-config", "variables.tf"], in: directory.url)
        #expect(alone.stdout == expected)
        #expect(alone.status == 1)
        for format in Self.formats {
            for inputs in [["variables.tf"], ["main.tf", "variables.tf"], ["."]] {
                let output = try WFLintBinary.run(["--no-config", "--format", format] + inputs, in: directory.url)
                #expect(!output.stdout.contains("S3CRET"), "\(format) \(inputs)")
                #expect(output.stdout.contains("WF505"), "\(format) \(inputs)")
            }
        }
    }

    /// A definitions file its module does not read (`prod.tfvars`, meant as a
    /// `--var-file`) named alone, as pre-commit names a changed file: no lint
    /// tells which of its values are secret, so all of them are masked in
    /// what it shows; passed as a `--var-file` too, its module tells, and a
    /// value that is no secret stays shown.
    @Test func theValuesOfADefinitionsFileNoModuleReadsAreMasked() throws {
        let directory = try TemporaryDirectory()
        try directory.write(
            "main.tf", Self.workforce + "variable \"cidr\" {}\nvariable \"db_password\" {\n  sensitive = true\n}\n")
        try directory.write("prod.tfvars", """
            db_password = "S3CRET-xyz-123" # wflint-disable-line WF204
            cidr        = "10.0.0.1/16" # wflint-disable-line WF204

            """)
        let alone = try WFLintBinary.run(["--no-config", "prod.tfvars"], in: directory.url)
        #expect(alone.stdout == """
            prod.tfvars:1:54: note: "WF204" in wflint-disable-line silences nothing: no WF204 finding on this line [WF010 unused-suppression]
                1 | db_password = **************** # wflint-disable-line WF204
                  |                                                      ^~~~~
            prod.tfvars:2:51: note: "WF204" in wflint-disable-line silences nothing: no WF204 finding on this line [WF010 unused-suppression]
                2 | cidr        = ************* # wflint-disable-line WF204
                  |                                                   ^~~~~
            2 notes in 1 file; 1 file checked

            """)
        let asVarFile = try WFLintBinary.run(["--no-config", "--var-file", "prod.tfvars", "prod.tfvars"], in: directory.url)
        #expect(asVarFile.stdout.contains("    1 | db_password = **************** # wflint-disable-line WF204\n"))
        #expect(asVarFile.stdout.contains("10.0.0.1/16"))
        for format in Self.formats {
            let output = try WFLintBinary.run(["--no-config", "--format", format, "prod.tfvars"], in: directory.url)
            #expect(!output.stdout.contains("S3CRET"), "\(format)")
            #expect(output.stdout.contains("WF010"), "\(format)")
        }
    }
}

