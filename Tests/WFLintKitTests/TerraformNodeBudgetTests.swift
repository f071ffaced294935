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
}
