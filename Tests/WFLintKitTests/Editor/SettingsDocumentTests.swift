import DocumentModel
import Testing
@testable import WFLintKit

/// `.wflint.yaml` and rule packs as documents: their load error, at its place.
@Suite struct SettingsDocumentTests {
    static func error(_ text: String, path: String) -> String? {
        let bytes = Array(text.utf8)
        guard let kind = SettingsDocuments.kind(of: bytes, path: path) else { return "not a settings document" }
        return SettingsDocuments.loadError(of: bytes, path: path, kind: kind)?.description
    }

    @Test func configurationErrorsAtTheirPlace() {
        #expect(Self.error("rules:\n  WF009: of\n", path: "/p/.wflint.yaml")
            == #"/p/.wflint.yaml:2:10: invalid setting "of" for rule "WF009"; did you mean "off"? valid settings: error, note, off, warning"#)
        #expect(Self.error("rules:\n  WF3: off\n", path: "/p/.wflint.yml")?.hasPrefix("/p/.wflint.yml:2:3: ") == true)
        #expect(Self.error("fail-on: warning\n", path: "/p/.wflint.yaml") == nil)
        #expect(Self.error("packs: [missing.yaml]\n", path: "/nonexistent-dir/.wflint.yaml")
            == #"/nonexistent-dir/.wflint.yaml:1:9: cannot read the rule pack "missing.yaml": No such file or directory"#)
    }

    @Test func aRulePackByItsTopLevel() {
        let pack = "pack: mine\ndescription: d\nrules: []\n"
        let error = Self.error(pack, path: "/p/rules/mine.yaml")
        #expect(error == #"/p/rules/mine.yaml:2:1: unknown key "description" in the pack; valid keys: pack, rules"#)
        #expect(Self.error("WorkforceName: w\n", path: "/p/team.yaml") == "not a settings document")
    }

    /// Told without parsing when the words are missing, but not when an
    /// escape in a double-quoted key may spell them.
    @Test func aRulePackWhoseKeysAreSpelledWithEscapes() {
        let escaped = "\"\\x70ack\": mine\n\"rul\\u0065s\": []\ndescription: d\n"
        #expect(Self.error(escaped, path: "/p/rules/mine.yaml")
            == #"/p/rules/mine.yaml:3:1: unknown key "description" in the pack; valid keys: pack, rules"#)
        #expect(SettingsDocuments.mayBePack(Array("WorkforceName: pack\nTags: []\n".utf8)) == false)
        #expect(Self.error("WorkforceName: pack\nrules: []\n", path: "/p/team.yaml") == "not a settings document")
    }
}
