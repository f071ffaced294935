import Testing
import WFLintKit

@testable import LanguageServer

/// What each file is shown when open documents' lints show diagnostics in
/// other files (`DiagnosticContributions`): diagnostics are plain strings
/// here, publications `uri: [diagnostics]`.
@Suite struct DiagnosticContributionsTests {
    static func published(_ publications: [DiagnosticContributions.Publication]) -> [String] {
        publications.map { publication in
            let texts = publication.diagnostics.map { diagnostic in
                guard case .string(let text) = diagnostic else { return "?" }
                return text
            }
            return "\(publication.uri): \(texts)"
        }
    }

    static func lint(
        _ contributions: inout DiagnosticContributions, _ document: String, own: [String] = [],
        _ elsewhere: [String: [String]] = [:], keepsOwn: Bool = true
    ) -> [String] {
        published(contributions.lint(
            document, own: own.map(JSONOutput.string), elsewhere: elsewhere.mapValues { $0.map(JSONOutput.string) },
            keepsOwn: keepsOwn))
    }

    @Test func aFileIsPublishedWhileTheLintShowsDiagnosticsThereAndClearedOnceItNoLongerDoes() {
        var contributions = DiagnosticContributions()
        #expect(Self.lint(&contributions, "main.tf", own: ["m"], ["vars": ["v1"], "b": ["b1"]]) == [
            "main.tf: [\"m\"]", "b: [\"b1\"]", "vars: [\"v1\"]",
        ])
        #expect(Self.lint(&contributions, "main.tf", ["vars": ["v2"], "empty": []]) == [
            "main.tf: []", "b: []", "vars: [\"v2\"]",
        ])
        #expect(Self.lint(&contributions, "main.tf") == ["main.tf: []", "vars: []"])
        #expect(Self.lint(&contributions, "main.tf") == ["main.tf: []"])
    }

    @Test func twoDocumentsShowTheUnionOnceEachAndClosingOneWithdrawsOnlyItsOwn() {
        var contributions = DiagnosticContributions()
        _ = Self.lint(&contributions, "a.tf", ["vars": ["from a", "broken"]])
        #expect(Self.lint(&contributions, "b.tf", own: ["b own"], ["vars": ["broken", "from b"], "a.tf": ["to a"]]) == [
            "b.tf: [\"b own\"]", "a.tf: [\"to a\"]", "vars: [\"from a\", \"broken\", \"from b\"]",
        ])
        // The file's own lint (it holds no workforce) keeps what others show there.
        #expect(Self.lint(&contributions, "vars") == ["vars: [\"from a\", \"broken\", \"from b\"]"])
        #expect(Self.lint(&contributions, "a.tf", own: ["a own"]) == ["a.tf: [\"a own\", \"to a\"]", "vars: [\"broken\", \"from b\"]"])
        #expect(Self.published(contributions.close("b.tf")) == ["b.tf: []", "a.tf: [\"a own\"]", "vars: []"])
        #expect(Self.published(contributions.close("a.tf")) == ["a.tf: []"])
    }

    @Test func aDocumentThatKeepsNothingOfItsOwnShowsOnlyOthersWhenAnotherLints() {
        var contributions = DiagnosticContributions()
        #expect(Self.lint(&contributions, "team.yaml", own: ["y"], keepsOwn: false) == ["team.yaml: [\"y\"]"])
        #expect(Self.lint(&contributions, "main.tf", ["team.yaml": ["t"]]) == ["main.tf: []", "team.yaml: [\"t\"]"])
        #expect(Self.lint(&contributions, "team.yaml", own: ["y"], keepsOwn: false) == ["team.yaml: [\"y\", \"t\"]"])
    }
}
