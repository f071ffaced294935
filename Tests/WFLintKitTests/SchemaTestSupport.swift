import DocumentModel
import JSONReader
import Testing
import YAMLReader

@testable import WFLintKit

/// The schema rules as the tests run them; the shipped descriptors come from
/// rules/core.yaml with the same ids, names and severities.
let schemaRuleTable = RuleTable([
    ("WF002", "duplicate-key", Severity.error), ("WF003", "unknown-field", .error),
    ("WF004", "wrong-type", .error), ("WF005", "missing-field", .error), ("WF006", "out-of-range", .error),
    ("WF007", "pattern", .error), ("WF008", "enum", .error), ("WF009", "yaml-ambiguous-scalar", .warning),
].map { RuleDescriptor(id: $0.0, name: $0.1, severity: $0.2, summary: $0.1, description: $0.1) })

enum Format: String, CaseIterable, CustomTestStringConvertible {
    case json, yaml
    var testDescription: String { rawValue }
}

/// The one document of `text`, parsed as `format`.
func parseDocument(_ text: String, as format: Format) -> Document? {
    let bytes = Array(text.utf8)
    let stream = format == .json ? JSONReader.parse(bytes) : YAMLReader.parse(bytes)
    #expect(stream.syntaxError == nil, "syntax error: \(String(describing: stream.syntaxError))")
    return stream.documents.first
}

/// Runs the schema checker over `text` and returns the sink, findings in report order.
func schemaSink(
    _ text: String, as format: Format, kind: DocumentKind? = nil, supersession: Supersession = Supersession()
) -> FindingSink? {
    guard let document = parseDocument(text, as: format) else { return nil }
    guard let kind = kind ?? DocumentKind.detect(document.root) else {
        Issue.record("no kind detected")
        return nil
    }
    var sink = FindingSink(rules: schemaRuleTable, file: "doc.\(format.rawValue)", documentIndex: 0)
    SchemaChecker().check(DocumentContext(file: sink.file, document: document, kind: kind),
                          supersession: supersession, into: &sink)
    return sink
}

/// Each finding as `WF003 3:5 /CognitoConfg message`, in report order.
func schemaFindings(
    _ text: String, as format: Format, kind: DocumentKind? = nil, supersession: Supersession = Supersession()
) -> [String] {
    guard let sink = schemaSink(text, as: format, kind: kind, supersession: supersession) else { return ["no document"] }
    return sink.findings.sorted(by: Finding.reportOrder).map {
        "\($0.ruleID) \($0.range.start) \($0.pointer) \($0.message)"
    }
}
