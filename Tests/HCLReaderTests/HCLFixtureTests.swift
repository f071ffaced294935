import Foundation
import HCLReader
import Testing

/// Terraform files written in the styles of large public modules
/// (Tests/Fixtures/terraform): they must all parse, and their literal values
/// read exactly.
@Suite struct HCLFixtureTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/terraform")

    /// The fixtures of this suite; `modules/` is the robustness set's
    /// (HCLModuleRobustnessTests).
    static let files: [String] = {
        let enumerator = FileManager.default.enumerator(atPath: directory.path)
        let all = (enumerator?.allObjects as? [String]) ?? []
        return all.filter { ($0.hasSuffix(".tf") || $0.hasSuffix(".tfvars")) && !$0.hasPrefix("modules/") }.sorted()
    }()

    static func parse(_ name: String) throws -> (file: HCLFile, text: String) {
        let data = try Data(contentsOf: directory.appendingPathComponent(name))
        return (try HCLReader.parse(Array(data)), String(decoding: data, as: UTF8.self))
    }

    @Test func theFixturesAreThere() {
        #expect(Self.files == [
            "identity/policies.tf", "network/main.tf", "network/variables.tf", "workforce/main.tf",
            "workforce/terraform.tfvars", "workforce/variables.tf",
        ])
    }

    @Test(arguments: files)
    func everyFixtureParses(name: String) throws {
        let (file, _) = try Self.parse(name)
        #expect(!file.body.items.isEmpty)
    }

    @Test func blocksOfTheWorkforceModule() throws {
        let (file, text) = try Self.parse("workforce/main.tf")
        #expect(file.body.blocks.map { ([$0.type.text] + $0.labels.map(\.value)).joined(separator: " ") } == [
            "terraform", "provider aws", "locals", "resource aws_sagemaker_workforce main",
            "resource aws_sagemaker_workteam labelers", "resource aws_cognito_user_pool labeling", "check workforce_cidrs",
            "moved", "import", "output subdomain", "output team_arns", "output summary", "output arn_region",
        ])
        let workforce = file.body.blocks[3]
        #expect(workforce.body.items.map(\.name) == [
            "workforce_name", "dynamic oidc_config", "dynamic cognito_config", "source_ip_config", "workforce_vpc_config",
        ])
        #expect(file.source.range(of: workforce.range).description == "37:1-75:2")
        let oidc = workforce.body.blocks[0]
        let content = try #require(oidc.body.blocks.first)
        let secret = try #require(content.body.attributes.first { $0.name.text == "client_secret" })
        #expect(render(secret.value) == "var.idp_client_secret")
        #expect(file.source.range(of: secret.value.range).description == "45:32-45:53")
        #expect(render(try #require(oidc.body.attributes.first).value) == "<local.use_oidc ? [1] : []>")
        #expect(source(text, try #require(file.body.blocks.last?.body.attributes.first).value.range)
            == "provider::aws::arn_parse(aws_sagemaker_workforce.main.arn).region")
    }

    @Test func heredocPoliciesAndTemplateDirectives() throws {
        let (file, _) = try Self.parse("identity/policies.tf")
        let role = file.body.blocks[3]
        let policy = try #require(role.body.attributes.first { $0.name.text == "assume_role_policy" })
        guard case .template(let assume) = policy.value.kind else { Issue.record("not a heredoc"); return }
        #expect(assume.style == .heredoc(marker: "EOF", indented: false))
        #expect(assume.parts.count == 3)
        #expect(render(assume.parts[1...].prefix(1).map { $0 }) == "${local.account_id}")
        let inline = try #require(file.body.blocks.last { $0.labels.last?.value == "inline_template" })
        let document = try #require(inline.body.attributes.last).value
        guard case .template(let template) = document.kind else { Issue.record("not a heredoc"); return }
        // As in HCL: `%{~` strips the spaces before it, which leaves an empty
        // literal at a line start, and that line's indentation (none) is the
        // fewest, so `<<-` removes nothing here.
        #expect(render(template.parts) == #"    {\n      \"Version\": \"2012-10-17\",\n      \"Statement\": [\n"#
            + #"%{for i, topic in var.topics}        {\n          \"Effect\": \"Allow\",\n"#
            + #"          \"Action\": \"sns:Publish\",\n          \"Resource\": \"${topic}\"\n        }"#
            + #"%{if <i < <length(var.topics) - 1>>},%{endif}\n%{endfor}      ]\n    }\n"#)
    }

    @Test func literalValuesOfTheTfvars() throws {
        let (file, _) = try Self.parse("workforce/terraform.tfvars")
        let values = file.body.attributes.map { "\($0.name.text) = \(literal($0.value) ?? "not literal")" }
        #expect(values == [
            #"name = "labeling""#,
            #"region = "us-east-1""#,
            #"idp = {"type": "oidc", "domain": "login.example.com", "tenant": "default", "client_id": "0oa1b2c3d4e5f6g7h8i9"}"#,
            #"allowed_cidrs = ["10.0.0.0/8", "192.168.10.0/24", "203.0.113.7/32"]"#,
            #"teams = [{"name": "images", "description": "Image \"bounding box\" team\tEU", "groups": ["labelers-images"]}, "#
                + #"{"name": "text", "groups": ["labelers-text", "reviewers"]}]"#,
            "max_workers = 250",
            "review_ratio = 0.125",
            "budget = 1.5e4",
            "enabled = true",
            "notification_arn = null",
            #"unicode_note = "Équipe d'étiquetage — 東京 é😀""#,
            #"escaped_template = "${not_interpolated} and %{ not_a_directive }""#,
            #"description = "Workforce for the labeling platform.\n  Indented line kept relative.\n""#,
        ])
        #expect(file.comments.map(\.text) == ["# Values of the labeling workforce in production.", "// office", "# VPN egress"])
    }

    @Test func defaultsOfTheNetworkVariables() throws {
        let (file, _) = try Self.parse("network/variables.tf")
        let defaults = file.body.blocks.compactMap { block in
            block.body.attributes.first { $0.name.text == "default" }.map { "\(block.labels[0].value): \(literal($0.value) ?? "?")" }
        }
        #expect(defaults.contains(#"private_subnets: ["10.0.1.0/24", "10.0.2.0/24", "10.0.3.0/24"]"#))
        #expect(defaults.contains(#"tags: {"Terraform": "true", "Environment": "dev", "cost:team": "ml-platform"}"#))
        #expect(defaults.contains("ratio: -0.5"))
        #expect(defaults.contains(#"endpoint_ingress_rules: [{"from_port": 443, "to_port": 443, "protocol": "tcp", "cidr_blocks": "10.0.0.0/8"}]"#))
    }
}

/// A literal value in a JSON-like notation (a negated number included), or
/// nil when the expression is not one.
private func literal(_ expression: HCLExpression) -> String? {
    switch expression.kind {
    case .number(let number): return number.text
    case .bool(let value): return "\(value)"
    case .null: return "null"
    case .template(let template): return template.literalValue.map(quoted)
    case .unary(.negate, let operand):
        if case .number(let number) = operand.kind { return "-" + number.text }
        return nil
    case .tuple(let elements):
        let values = elements.map(literal)
        return values.contains(nil) ? nil : "[" + values.map { $0! }.joined(separator: ", ") + "]"
    case .object(let items):
        let pairs = items.map { item in item.literalKey.flatMap { key in literal(item.value).map { quoted(key) + ": " + $0 } } }
        return pairs.contains(nil) ? nil : "{" + pairs.map { $0! }.joined(separator: ", ") + "}"
    default: return nil
    }
}

private func quoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\t", with: "\\t") + "\""
}

extension HCLBodyItem {
    /// `name` of an attribute, `type label...` of a block.
    var name: String {
        switch self {
        case .attribute(let attribute): attribute.name.text
        case .block(let block): ([block.type.text] + block.labels.map(\.value)).joined(separator: " ")
        }
    }
}
