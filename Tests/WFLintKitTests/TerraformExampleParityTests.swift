import DocumentModel
import HCLReader
import Testing
@testable import WFLintKit

/// Every example of every built-in rule (`triggering`/`non-triggering`
/// documents and `fixed:` texts), written as the `aws_sagemaker_workforce`
/// that sends the same CreateWorkforce request, gets the same findings as
/// the API document: the same rule ids at the same places, each API pointer
/// mapped to its Terraform pointer. An example Terraform cannot express is
/// skipped only when `skipped` lists it with its reason, and the translation
/// must still fail for that reason.
@Suite struct TerraformExampleParityTests {
    /// The built-in rules' ids (plain strings: see `RuleExampleCase`).
    static var ruleIDs: [String] { RuleSet.builtin().rules.map(\.id) }

    @Test(arguments: ruleIDs)
    func examplesTranslatedToTerraformGetTheSameFindings(ruleID: String) throws {
        let ruleSet = RuleSet.builtin()
        let rule = try #require(ruleSet.rules.first { $0.id == ruleID })
        let verifier = RuleExampleVerifier(ruleSet: ruleSet)
        for (name, example, text) in Self.documents(of: rule) {
            let translation = TerraformExampleTranslation.translate(text, format: example.format, operation: example.operation)
            let listed = Self.skipped[name]
            switch translation {
            case .failure(let reason):
                #expect(listed == reason, Comment(rawValue:
                    "\(name) at \(rule.file):\(example.position) cannot be written in Terraform (\(reason))"))
            case .success(let terraform):
                #expect(listed == nil, Comment(rawValue: "\(name) is listed as inexpressible but translates"))
                let apiExample = RuleExample(
                    format: example.format, text: text, operation: example.operation, position: example.position,
                    findings: [])
                let expected = verifier.findings(of: rule, on: apiExample).all
                    .map { "\($0.ruleID) \(terraform.terraformPointer($0.pointer))" }.sorted()
                let actual = builtinLinter()
                    .lint(Array(terraform.hcl.utf8), as: LintInput(source: .file("main.tf"), displayName: "main.tf", isExplicit: true))
                    .findings.map { "\($0.ruleID) \($0.pointer)" }.sorted()
                #expect(actual == expected, Comment(rawValue: "\(name) at \(rule.file):\(example.position), as Terraform:\n\(terraform.hcl)"))
            }
        }
    }

    /// Each document of a rule's examples, named `ID valid|invalid N` (and
    /// `... fixed` for the text its fixes make).
    static func documents(of rule: Rule) -> [(name: String, example: RuleExample, text: String)] {
        var documents: [(String, RuleExample, String)] = []
        for (examples, kind) in [(rule.examples.valid, "valid"), (rule.examples.invalid, "invalid")] {
            for (index, example) in examples.enumerated() {
                documents.append(("\(rule.id) \(kind) \(index)", example, example.text))
                if let fixed = example.fixed { documents.append(("\(rule.id) \(kind) \(index) fixed", example, fixed)) }
            }
        }
        return documents
    }

    /// The examples Terraform cannot express, and why.
    static var skipped: [String: Inexpressible] {
        [
            "WF000 invalid 0": .notACreateWorkforceRequest,  // rules/core.yaml:35:11
            "WF001 invalid 0": .notWellFormed,  // rules/core.yaml:65:11
            "WF003 invalid 0": .mistypedMember,  // rules/core.yaml:122:11
            "WF003 invalid 1": .alreadyTerraform,  // rules/core.yaml:143:11
            "WF004 invalid 0": .convertedByTerraform,  // rules/core.yaml:167:11
            "WF004 invalid 1": .notACreateWorkforceRequest,  // rules/core.yaml:172:11
            "WF006 invalid 0": .notACreateWorkforceRequest,  // rules/core.yaml:235:11
            "WF006 valid 0": .notACreateWorkforceRequest,  // rules/core.yaml:231:11
            "WF008 invalid 0 fixed": .noProviderArgument,  // rules/core.yaml:287:11
            "WF008 invalid 0": .noProviderArgument,  // rules/core.yaml:287:11
            "WF008 valid 0": .noProviderArgument,  // rules/core.yaml:283:11
            "WF009 invalid 0": .yamlReading,  // rules/core.yaml:360:11
            "WF009 invalid 1 fixed": .notACreateWorkforceRequest,  // rules/core.yaml:370:11
            "WF009 invalid 1": .notACreateWorkforceRequest,  // rules/core.yaml:370:11
            "WF009 invalid 2": .yamlReading,  // rules/core.yaml:379:11
            "WF010 invalid 0": .suppressionComment,  // rules/core.yaml:364:11
            "WF010 invalid 1": .suppressionComment,  // rules/core.yaml:401:11
            "WF010 valid 0": .suppressionComment,  // rules/core.yaml:358:11
            "WF011 invalid 0": .notWellFormed,  // rules/core.yaml:405:11
            "WF011 valid 0": .yamlReading,  // rules/core.yaml:398:11
            "WF012 invalid 0": .notACreateWorkforceRequest,  // rules/core.yaml:456:11
            "WF012 invalid 1": .notACreateWorkforceRequest,  // rules/core.yaml:468:11
            "WF012 valid 0": .notACreateWorkforceRequest,  // rules/core.yaml:439:11
            "WF101 invalid 1": .notACreateWorkforceRequest,  // rules/identity.yaml:42:11
            "WF110 invalid 1": .notACreateWorkforceRequest,  // rules/identity.yaml:129:11
            "WF111 invalid 1": .notACreateWorkforceRequest,  // rules/identity.yaml:207:11
            "WF112 invalid 2": .notACreateWorkforceRequest,  // rules/identity.yaml:317:11
            "WF120 invalid 1": .unsentWhenEmpty,  // rules/identity.yaml:415:11
            "WF201 invalid 1": .notACreateWorkforceRequest,  // rules/network.yaml:69:11
            "WF202 invalid 2": .notACreateWorkforceRequest,  // rules/network.yaml:143:11
            "WF202 valid 1": .notACreateWorkforceRequest,  // rules/network.yaml:114:11
            "WF206 valid 0": .noProviderArgument,  // rules/network.yaml:269:11
            "WF206 valid 1": .noProviderArgument,  // rules/network.yaml:274:11
            "WF213 invalid 1": .notACreateWorkforceRequest,  // rules/network.yaml:439:11
            "WF301 invalid 0": .noProviderArgument,  // rules/tags.yaml:32:11
            "WF301 invalid 1": .noProviderArgument,  // rules/tags.yaml:41:11
            "WF301 valid 0": .noProviderArgument,  // rules/tags.yaml:25:11
            "WF302 invalid 0": .noProviderArgument,  // rules/tags.yaml:71:11
            "WF302 valid 0": .noProviderArgument,  // rules/tags.yaml:65:11
            "WF401 invalid 0": .notACreateWorkforceRequest,  // rules/list-model-package-groups.yaml:43:11
            "WF401 invalid 1": .notACreateWorkforceRequest,  // rules/list-model-package-groups.yaml:50:11
            "WF401 invalid 2": .notACreateWorkforceRequest,  // rules/list-model-package-groups.yaml:55:11
            "WF401 valid 0": .notACreateWorkforceRequest,  // rules/list-model-package-groups.yaml:32:11
            "WF401 valid 1": .notACreateWorkforceRequest,  // rules/list-model-package-groups.yaml:35:11
            "WF401 valid 2": .notACreateWorkforceRequest,  // rules/list-model-package-groups.yaml:37:11
            "WF401 valid 3": .notACreateWorkforceRequest,  // rules/list-model-package-groups.yaml:39:11
            "WF501 invalid 0": .alreadyTerraform,  // rules/terraform.yaml:39:11
            "WF501 valid 0": .alreadyTerraform,  // rules/terraform.yaml:30:11
            "WF502 invalid 0": .alreadyTerraform,  // rules/terraform.yaml:111:11
            "WF502 invalid 1": .alreadyTerraform,  // rules/terraform.yaml:129:11
            "WF502 valid 0": .alreadyTerraform,  // rules/terraform.yaml:83:11
            "WF502 valid 1": .alreadyTerraform,  // rules/terraform.yaml:94:11
            "WF503 invalid 0": .alreadyTerraform,  // rules/terraform.yaml:188:11
            "WF503 valid 0": .alreadyTerraform,  // rules/terraform.yaml:169:11
            "WF504 invalid 0": .alreadyTerraform,  // rules/terraform.yaml:247:11
            "WF504 valid 0": .alreadyTerraform,  // rules/terraform.yaml:238:11
            "WF505 invalid 0": .alreadyTerraform,  // rules/terraform.yaml:300:11
            "WF505 valid 0": .alreadyTerraform,  // rules/terraform.yaml:281:11
            "WF506 invalid 0": .alreadyTerraform,  // rules/terraform.yaml:362:11
            "WF506 valid 0": .alreadyTerraform,  // rules/terraform.yaml:343:11
            "WF507 invalid 0": .alreadyTerraform,  // rules/terraform.yaml:424:11
            "WF507 valid 0": .alreadyTerraform,  // rules/terraform.yaml:409:11
            "WF508 invalid 0": .alreadyTerraform,  // rules/terraform.yaml:484:11
            "WF508 valid 0": .alreadyTerraform,  // rules/terraform.yaml:469:11
        ]
    }

    /// A string reads back from the translation's HCL as the same text, even
    /// where it looks like a template or holds what needs escaping.
    @Test func quotedStringsReadBackExactly() throws {
        let text = "a \"q\" \\ ${x} $${y} %{z} 100% $\n\r\t\u{1}\u{7F} é😀"
        let file = try HCLReader.parse(Array("v = \(TerraformExampleTranslation.quoted(text))\n".utf8))
        guard case .template(let template) = file.body.attributes.first?.value.kind else {
            Issue.record("not a string")
            return
        }
        #expect(template.literalValue == text)
    }

    /// The parity is no empty promise: most examples translate.
    @Test func mostExamplesTranslate() {
        let documents = RuleSet.builtin().rules.flatMap(Self.documents(of:))
        let translated = documents.filter { _, example, text in
            (try? TerraformExampleTranslation.translate(text, format: example.format, operation: example.operation).get()) != nil
        }
        #expect(documents.count == 137)
        #expect(translated.count == 73)
        #expect(documents.count == translated.count + Self.skipped.count)
    }
}
