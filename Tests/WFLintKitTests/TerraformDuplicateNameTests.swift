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
