import DocumentModel
import Testing
@testable import WFLintKit

/// Terraform makes every string NFC (`TerraformUnicode`), so a value is
/// checked as the API gets it. Each expectation is compared by its Unicode
/// scalars: `String`'s `==` holds canonically equivalent strings equal, and
/// would pass whichever form wflint reported.
@Suite struct TerraformUnicodeTests {
    static let p = TerraformLintingTests.prefix
    /// `e` and a combining acute accent: one character, `é` (U+00E9), in NFC.
    static let decomposedE = "e\u{301}"
    /// DEVANAGARI LETTER QA, a composition exclusion: U+0915 U+093C in NFC.
    static let qa = "\u{958}"

    static func scalars(_ texts: [String]) -> [[Unicode.Scalar]] { texts.map { Array($0.unicodeScalars) } }

    /// An OIDC workforce whose `authentication_request_extra_params` (at
    /// most 10 entries, each value at most 512 characters) is `params`, an
    /// object's items on lines 13 on, and its secret a sensitive variable.
    static func workforce(params: String) -> String {
        TerraformWorkforceText.oidc(
            clientSecret: "var.secret", extra: "    authentication_request_extra_params = {\n\(params)\n    }\n")
            + "variable \"secret\" {\n  type      = string\n  sensitive = true\n}\n"
    }

    /// WF006 for a value of 257 × U+0958 at `place`: 514 characters once normalized, quoted
    /// to its 57th scalar (28 × U+0915 U+093C, then U+0915).
    static func tooLong(_ place: String, member: String = "qa") -> String {
        "\(place) WF006 \(p)/oidc_config/0/authentication_request_extra_params/\(member) "
            + "\"oidc_config.authentication_request_extra_params.\(member)\" must be at most 512 characters long, got 514: \""
            + String(repeating: "\u{915}\u{93C}", count: 28) + "\u{915}...\""
    }

    @Test func nfcIsTheFormTerraformSends() {
        let cases: [(written: String, nfc: String)] = [
            (Self.decomposedE, "\u{E9}"),
            (Self.qa, "\u{915}\u{93C}"),
            // Hangul jamo compose algorithmically; marks are put in canonical order, then composed.
            ("\u{1100}\u{1161}\u{11A8}", "\u{AC01}"),
            ("a\u{302}\u{323}", "\u{1EAD}"),
            // ANGSTROM SIGN and OHM SIGN are singletons: their NFC is another letter.
            ("\u{212B}\u{2126}", "\u{C5}\u{3A9}"),
            ("labelers-01", "labelers-01"),
        ]
        #expect(Self.scalars(cases.map { TerraformUnicode.nfc($0.written) }) == Self.scalars(cases.map(\.nfc)))
    }

    @Test func aStringsLengthIsCountedInTheFormTerraformSends() {
        // 300 × `e` U+0301 is 600 scalars as written, 300 sent; 257 × U+0958 is 257 written, 514 sent.
        let params = """
                  accent = "\(String(repeating: Self.decomposedE, count: 300))"
                  qa     = "\(String(repeating: Self.qa, count: 257))"
            """
        let found = TerraformLintingTests.findings(Self.workforce(params: params))
        #expect(Self.scalars(found) == Self.scalars([Self.tooLong("14:16")]))
    }

    @Test func aTFJSONStringIsCountedInTheFormTerraformSends() {
        let params = """
              "authentication_request_extra_params": {
                "accent": "\(String(repeating: Self.decomposedE, count: 300))",
                "qa": "\(String(repeating: Self.qa, count: 257))"
              }
            """
        let body = TerraformWorkforceText.oidcJSON(clientSecret: "${var.secret}", extra: params)
        let text = TerraformJSONSyntaxTests.resource(body, variables: #""secret": {"sensitive": true}"#)
        let found = TerraformJSONSyntaxTests.findings(text)
        #expect(Self.scalars(found) == Self.scalars([Self.tooLong("17:19")]))
    }

    /// Two keys written in the two forms of `é` are one key to Terraform
    /// (`{ "é" = 1, "é" = 2 }` is `{"é" = 2}` in `terraform console`): ten
    /// entries, not eleven.
    @Test func keysThatDifferOnlyInFormAreOneKey() {
        let keys = (1...9).map { "      k\($0) = \"v\"" } + [
            "      \"\u{E9}\" = \"first\"",
            "      \"\(Self.decomposedE)\" = \"second\"",
        ]
        #expect(TerraformLintingTests.findings(Self.workforce(params: keys.joined(separator: "\n"))) == [])
        let eleven = keys + ["      k10 = \"v\""]
        #expect(TerraformLintingTests.findings(Self.workforce(params: eleven.joined(separator: "\n"))) == [
            "12:43 WF006 \(Self.p)/oidc_config/0/authentication_request_extra_params "
                + "\"oidc_config.authentication_request_extra_params\" must have at most 10 entries, got 11",
        ])
    }

    /// A variable's value from a `.tfvars` or `.tfvars.json` file is a string of Terraform's too.
    @Test func aVariableValueIsCountedInTheFormTerraformSends() throws {
        let value = String(repeating: Self.qa, count: 257)
        let workforce = Self.workforce(params: "      qa = var.qa") + "variable \"qa\" {}\n"
        let files = [
            ("terraform.tfvars", "qa = \"\(value)\"\n", "mod/terraform.tfvars:1:6"),
            ("terraform.tfvars.json", "{\"qa\": \"\(value)\"}\n", "mod/terraform.tfvars.json:1:8"),
        ]
        for (name, text, place) in files {
            let found = try TerraformVariableTests.Module(["main.tf": workforce, name: text]).described()
            #expect(Self.scalars(found) == Self.scalars([
                Self.tooLong(place), "  note: used by aws_sagemaker_workforce.main at mod/main.tf:13:12",
            ]), "\(name)")
        }
    }
}
