import Testing
@testable import WFLintKit

/// WF505 tf-duplicate-name: Terraform refuses a module whose primary
/// files declare a workforce resource, a variable or a local value twice;
/// wflint reports the second in Terraform's reading order (files bytewise
/// by name, then source order), whichever file of the module it lints.
@Suite struct TerraformDuplicateNameTests {
    typealias Module = TerraformVariableTests.Module

    static let declarations = "variable \"region\" {}\nlocals {\n  office = \"10.0.0.0/16\"\n}\n"

    static var files: [String: String] {
        [
            "a.tf": declarations + TerraformWorkforceText.cognito(),
            "main.tf": declarations + TerraformWorkforceText.cognito(name: "\"reviewers\""),
            "b_override.tf": "variable \"region\" {\n  default = \"us-east-1\"\n}\n",
        ]
    }

    static let expected = [
        "mod/main.tf:1:1 WF505 /variable/region variable \"region\" is already declared at mod/a.tf:1:1; "
            + "variable names must be unique in a module",
        "  note: first defined at mod/a.tf:1:1",
        "mod/main.tf:3:3 WF505 /locals/office local value \"office\" is already defined at mod/a.tf:3:3; "
            + "local value names must be unique in a module",
        "  note: first defined at mod/a.tf:3:3",
        "mod/main.tf:5:1 WF505 /resource/aws_sagemaker_workforce/main aws_sagemaker_workforce resource \"main\" is "
            + "already declared at mod/a.tf:5:1; resource names must be unique per type in a module",
        "  note: first defined at mod/a.tf:5:1",
    ]

    /// The later file's declarations are the duplicates, linted from either
    /// file; an override file's block of the same name is no duplicate.
    @Test func theSecondDeclarationIsReportedFromEveryFileOfTheModule() throws {
        #expect(try Module(Self.files).described("main.tf") == Self.expected)
        #expect(try Module(Self.files).described("a.tf") == Self.expected)
    }

    /// A variable declared in two files has the later declaration's value,
    /// as Terraform's loader keeps it (it reads the files bytewise by name
    /// and reports the duplicate): the same for every file of the module,
    /// linted alone or in one run. Before, a file's own declarations came
    /// first, so each of these workforces took the other file's value.
    @Test func everyFileSeesTheLaterDeclarationOfADuplicate() throws {
        func file(_ label: String) -> String {
            "variable \"vpc\" {\n  default = \"net-from-\(label)\"\n}\n"
                + TerraformWorkforceText.cognito(label: label, vpcID: "var.vpc")
        }
        let files = ["a.tf": file("a"), "z.tf": file("z")]
        let duplicate = "mod/z.tf WF505 1:1"
        let fromZ = "mod/z.tf WF212 2:13"
        #expect(try TerraformVariableTests.run(Module(files), ["."]) == ([duplicate, fromZ, fromZ], 2))
        let message = "VPC id \"net-from-z\" is not \"vpc-\" followed by 8 or 17 lower-case hexadecimal digits"
        for label in ["a", "z"] {
            let described = try Module(files).described("\(label).tf").filter { $0.contains("WF212") || $0.contains("used by") }
            #expect(described == [
                "mod/z.tf:2:13 WF212 /resource/aws_sagemaker_workforce/\(label)/workforce_vpc_config/0/vpc_id \(message)",
                "  note: used by aws_sagemaker_workforce.\(label) at mod/\(label).tf:11:26",
            ])
        }
    }

    /// Distinct names, and one name used by a resource, a variable and a
    /// local value, are no duplicates.
    @Test func distinctNamesAreNoDuplicates() throws {
        let files = [
            "a.tf": "variable \"main\" {}\nlocals {\n  main = 1\n}\n" + TerraformWorkforceText.cognito(),
            "main.tf": "variable \"other\" {}\n",
        ]
        #expect(try Module(files).described("a.tf").filter { $0.contains("WF505") } == [])
    }
}
