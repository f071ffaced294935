import Foundation
import HCLReader
import Testing

/// The robustness set (Tests/Fixtures/terraform/modules): module files
/// written in the styles large public modules use (long locals, for
/// expressions with grouping, heredoc and `jsonencode` policies,
/// `templatefile` calls, nested dynamic blocks, splats old and new, legacy
/// `.0` indexes, `provider::` functions, `moved`/`removed`/`import`/`check`
/// blocks, validation and lifecycle conditions, CRLF, Unicode identifiers).
/// Terraform takes every one of them, so the reader must too.
@Suite struct HCLModuleRobustnessTests {
    static var directory: URL { HCLFixtureTests.directory.appendingPathComponent("modules") }

    static var files: [String] {
        let enumerator = FileManager.default.enumerator(atPath: directory.path)
        let all = (enumerator?.allObjects as? [String]) ?? []
        return all.filter { $0.hasSuffix(".tf") }.sorted()
    }

    /// The set is what it claims to be: six modules, a few thousand lines.
    @Test func theSetIsThereAndLarge() throws {
        #expect(Set(Self.files.map { $0.split(separator: "/")[0] })
            == ["cluster", "iam", "labeling", "monitoring", "network", "storage"])
        let lines = try Self.files.reduce(0) { total, name in
            total + (try Data(contentsOf: Self.directory.appendingPathComponent(name))).filter { $0 == 0x0A }.count
        }
        #expect(lines > 2_500)
    }

    @Test(arguments: files)
    func everyModuleFileParses(name: String) throws {
        let data = try Data(contentsOf: Self.directory.appendingPathComponent(name))
        let file = try HCLReader.parse(Array(data))
        #expect(!file.body.items.isEmpty)
        #expect(file.body.range.end == data.count)
    }

    /// A few constructs of the set, read as HCL reads them.
    @Test func constructsOfTheSetReadExactly() throws {
        let network = try Self.parse("network/main.tf")
        let private_ = try #require(network.file.body.blocks.first { $0.labels.map(\.value) == ["aws_subnet", "private"] })
        let forEach = try #require(private_.body.attributes.first).value
        guard case .forExpression(let loop) = forEach.kind else { Issue.record("not a for expression"); return }
        #expect(loop.buildsObject && loop.groupsValues && loop.keyVariable?.text == "index")
        #expect(render(try #require(loop.key)) == "local.az_by_index[tostring(<index % length(var.azs)>)]")

        let storage = try Self.parse("storage/main.tf")
        let locals = try #require(storage.file.body.blocks.first).body.attributes
        let legacy = try #require(locals.first { $0.name.text == "legacy_first_prefix" })
        #expect(render(legacy.value) == "values(local.prefixes)[0]")
        #expect(storage.file.source.range(of: legacy.value.range).description == "25:25-25:49")
        let notice = try #require(locals.first { $0.name.text == "notice" })
        #expect(render(notice.value) == #""Bucket ${local.bucket_name} holds %{if var.contains_pii}personal data"#
            + #"%{else}no personal data%{endif}; retention ${var.retention_days} days.""#)

        let cluster = try Self.parse("cluster/main.tf")
        let clusterLocals = try #require(cluster.file.body.blocks.first { $0.type.text == "locals" }).body.attributes
        let account = try #require(clusterLocals.first { $0.name.text == "account_arn" })
        guard case .call(let call) = account.value.kind else { Issue.record("not a call"); return }
        #expect(call.name.text == "provider::aws::arn_build" && call.arguments.count == 5)
        #expect(cluster.file.body.blocks.map(\.type.text).suffix(5) == ["moved", "moved", "removed", "check", "check"])

        let monitoring = try Self.parse("monitoring/main.tf")
        let alarms = try #require(monitoring.file.body.blocks.first).body.attributes
        #expect(render(try #require(alarms.first { $0.name.text == "queue_alarms" }).value).hasSuffix("]...)"))
        #expect(alarms.last?.name.text == "étiquettes")
        let footer = try #require(alarms.first { $0.name.text == "message_footer" }).value
        guard case .template(let heredoc) = footer.kind else { Issue.record("not a heredoc"); return }
        // `%{~` strips the line's indentation before it, and HCL then counts
        // that line as indented by none: `<<-` removes nothing.
        #expect(render(heredoc.parts) == #"    Runbook: ${var.runbook_url}\n%{if <var.environment == "prod">}\n"#
            + #"    Escalate to the on-call engineer after 15 minutes.\n%{else}\n    Non-production: no escalation.\n"#
            + #"%{endif}\n"#)

        let outputs = try Self.parse("storage/outputs.tf")
        #expect(outputs.file.source.range(of: outputs.file.body.blocks[1].range).description == "7:1-10:2")
    }

    static func parse(_ name: String) throws -> (file: HCLFile, text: String) {
        let data = try Data(contentsOf: directory.appendingPathComponent(name))
        return (try HCLReader.parse(Array(data)), String(decoding: data, as: UTF8.self))
    }
}
