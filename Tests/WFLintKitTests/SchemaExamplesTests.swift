import Foundation
import Testing

@testable import WFLintKit

/// The schema rules stay silent on every valid example, whatever its kind.
@Suite struct SchemaExamplesTests {
    static let validExamples: [String] = {
        let folder = repositoryRoot.appendingPathComponent("examples/valid")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") || $0.hasSuffix(".yaml") }.sorted()
    }()

    @Test func thereAreValidExamplesOfEveryFormat() {
        #expect(Self.validExamples.contains { $0.hasSuffix(".json") } && Self.validExamples.contains { $0.hasSuffix(".yaml") })
    }

    @Test(arguments: validExamples)
    func aValidExampleHasNoSchemaFinding(name: String) throws {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("examples/valid/\(name)"), encoding: .utf8)
        let format: Format = name.hasSuffix(".json") ? .json : .yaml
        let document = try #require(parseDocument(text, as: format))
        // The two kinds detection cannot tell are named as `--operation` would.
        let operation: WFLintKit.Operation? = name.hasPrefix("update-workforce") ? .updateWorkforce
            : name.hasPrefix("list-workforces-request") ? .listWorkforces : nil
        let kind = try #require(DocumentKind.resolve(root: document.root, operation: operation))
        // `create-workforce-oidc.yaml` is a CreateWorkforce request, `...-response.json` a response.
        #expect(kind.rawValue.lowercased().hasPrefix(name.split(separator: "-").prefix(2).joined()))
        #expect(kind.isResponse == name.contains("-response"))
        #expect(schemaFindings(text, as: format, kind: kind) == [])
    }
}
