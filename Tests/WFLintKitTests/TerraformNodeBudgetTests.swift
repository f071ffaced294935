import Foundation
import Testing

/// The nodes references bring into a lint are bounded by `max-nodes`, for
/// all the resources of the linted file together. Past it, what a reference
/// reads is unknown and not checked, and the resource says so (WF011):
/// before, the later resources of a file went unchecked in silence, and a
/// baseline of the early ones' findings let a new problem in a later one pass.
@Suite struct TerraformNodeBudgetTests {
    @Test func aResourceWhoseReferencesArePastTheBudgetIsAWF011() throws {
        let directory = try TemporaryDirectory()
        let cidrs = (0..<40).map { "\"10.0.\($0).0/24\"" }.joined(separator: ", ")
        try directory.write("locals.tf", "locals {\n  big = [\(cidrs)]\n}\n")
        try directory.write("main.tf", (0..<4).map { index in
            """
            resource "aws_sagemaker_workforce" "w\(index)" {
              workforce_name = "w\(index)"
              cognito_config {
                client_id = "c"
                user_pool = "us-east-1_abcDEF123"
              }
              source_ip_config {
                cidrs = local.big
              }
            }

            """
        }.joined())
        try directory.write(".wflint.yaml", "limits:\n  max-nodes: 100\n")
        let run = try WFLintBinary.run(["main.tf"], in: directory.url)
        let past = { (name: String) in
            "the values aws_sagemaker_workforce.\(name) reads through references take this lint past 100 nodes "
                + "(limits.max-nodes); those past it are unknown and were not checked [WF011 resource-limit]"
        }
        let tooMany = "error: source_ip_config.cidrs has 40 entries; the allow list takes 1 to 10 [WF202 cidr-count]"
        #expect(run.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") } == [
            "locals.tf:2:9: \(tooMany)", "locals.tf:2:9: \(tooMany)",
            "main.tf:21:1: error: \(past("w2"))", "main.tf:31:1: error: \(past("w3"))",
            "4 errors in 2 files; 1 file checked",
        ])
        #expect(run.status == 1)
    }

    /// A chain of locals, each reading the last, is resolved one reference
    /// inside the next: 50,000 of them in a `.tf.json` file overflowed the
    /// worker's stack (exit 139). A chain is bounded by `max-depth`; past
    /// it, the value is unknown and the resource says so (WF011), in both
    /// syntaxes. A chain within the limit is still followed to its value.
    @Test func aChainOfReferencesPastMaxDepthIsAWF011NotACrash() throws {
        let directory = try TemporaryDirectory()
        let count = 50_000
        let locals = (1..<count).map { "\"l\($0)\": \"${local.l\($0 - 1)}\"" }.joined(separator: ", ")
        let cognito = #""cognito_config": {"client_id": "c", "user_pool": "us-east-1_abcDEF123"}"#
        try directory.write("long/main.tf.json", """
            {"locals": {"l0": "bad name", \(locals)},
             "resource": {"aws_sagemaker_workforce": {"main": {"workforce_name": "${local.l\(count - 1)}", \(cognito)}}}}

            """)
        try directory.write("short/main.tf", (1..<200).map { "locals {\n  l\($0) = local.l\($0 - 1)\n}\n" }.joined()
            + "locals {\n  l0 = \"bad name\"\n}\n" + TerraformWorkforceText.cognito(name: "local.l199"))
        let run = try WFLintBinary.run(["--no-config", "long/main.tf.json", "short/main.tf"], in: directory.url)
        let pastChain: String = "long/main.tf.json:2:43: error: a value aws_sagemaker_workforce.main reads goes through "
            + "more than 256 references, each reading the next (limits.max-depth); the rest is unknown and was not "
            + "checked [WF011 resource-limit]"
        let pattern: String = #"short/main.tf:599:8: error: "workforce_name" must match the API pattern "#
            + #"'[a-zA-Z0-9]([a-zA-Z0-9\-]){0,62}', got "bad name" [WF007 pattern]"#
        let headlines = run.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }.map(String.init)
        #expect(headlines == [pastChain, pattern, "2 errors in 2 files; 2 files checked"])
        #expect(run.status == 1)
    }
}
