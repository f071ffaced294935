import DocumentModel
import Glibc
import Testing
import WFLintKit

@testable import LanguageServer

/// A value of a Terraform variable declared `sensitive = true`, or the
/// token a syntax error in a client secret stops at, is in no diagnostic
/// the server publishes: the document is linted as the server
/// lints it (`Workspace`, in its module's folder) and its findings converted
/// as the server converts them (`DiagnosticBuilder`); the findings are still
/// there, at their places.
@Suite struct SensitiveDiagnosticsTests {
    /// The module's `main.tf` for each way the value reaches the resource.
    static func mainFile(_ way: String) -> String {
        let reference = way == "traversal" ? "[var.net.cidrs[0], var.net.cidrs[1]]" : "local.y.a"
        let declaration = way == "traversal"
            ? "variable \"net\" {\n  sensitive = true\n  default   = { cidrs = [\"10.9.8.7/8\", \"192.168.1.300/24\"] }\n}\n"
            : "variable \"allowed\" {\n  sensitive = true\n  default   = [\"10.9.8.7/8\", \"192.168.1.300/24\"]\n}\n"
                + "locals {\n  y = { a = var.allowed }\n}\n"
        return declaration + """
            resource "aws_sagemaker_workforce" "main" {
              workforce_name   = "labelers"
              source_ip_config { cidrs = \(reference) }
              cognito_config {
                client_id = "c"
                user_pool = "us-east-1_abcDEF123"
              }
            }

            """
    }

    /// Each diagnostic as `line:character code message`, LSP's 0-based places.
    static func expected(_ way: String) -> [String] {
        let column = way == "traversal" ? 25 : 15
        return [
            "2:\(column) WF203 CIDR \"***\" has host bits set; the block it allows is \"***\" [cidr-host-bits]",
            "2:\(column + 14) WF201 CIDR \"***\" is invalid: ***; expected an address and a prefix length, like "
                + "\"10.0.0.0/16\" or \"2001:db8::/32\" [cidr-invalid]",
        ]
    }

    @Test(arguments: ["local", "traversal"])
    func noDiagnosticHoldsTheValue(_ way: String) throws {
        let diagnostics = try Self.diagnostics(of: Self.mainFile(way))
        let described = diagnostics.compactMap(Self.described)
        #expect(described == Self.expected(way), "\(described)")
        let published = JSONOutput.array(diagnostics).compact()
        for fragment in ["10.9.8.7", "192.168.1.300", "10.0.0.0/8", "\"300\"", "\\\"300\\\""] {
            #expect(!published.contains(fragment), "\(fragment) in \(published)")
        }
    }

    /// A syntax error in a client secret does not quote the token it found.
    @Test func aSyntaxErrorInTheClientSecretQuotesNothing() throws {
        let text = Self.mainFile("local").replacing(
            "cognito_config {\n    client_id = \"c\"\n    user_pool = \"us-east-1_abcDEF123\"",
            with: "oidc_config {\n    client_id     = \"c\"\n    client_secret = \"Hunter2Pass\" word9Secret")
        let diagnostics = try Self.diagnostics(of: text)
        #expect(diagnostics.compactMap(Self.described) == [
            "12:34 WF001 expected a newline after the value of 'client_secret', found a name [syntax-error]",
        ])
        let published = JSONOutput.array(diagnostics).compact()
        #expect(!published.contains("Hunter2") && !published.contains("word9"))
    }

    /// The diagnostics the server publishes for `text`, the `main.tf` of a module folder of its own.
    static func diagnostics(of text: String) throws -> [JSONOutput] {
        let folder = try #require(Self.temporaryFolder())
        defer { Self.remove(folder, files: ["main.tf"]) }
        let path = folder + "/main.tf"
        let bytes = Array(text.utf8)
        try #require(Self.write(bytes, to: path))
        guard case .linted(let findings, let rules, _) = Workspace().lint(bytes, path: path) else {
            Issue.record("not linted")
            return []
        }
        let builder = DiagnosticBuilder(
            uri: DocumentURI.uri(of: path), lines: LineTable(bytes), encoding: .utf16, rules: rules, otherFile: { _ in nil })
        return findings.sorted(by: Finding.reportOrder).map(builder.diagnostic)
    }

    /// `line:character code message` of a diagnostic.
    static func described(_ diagnostic: JSONOutput) -> String? {
        guard case .object(let members) = diagnostic,
            case .object(let range)? = members.first(where: { $0.0 == "range" })?.1,
            case .object(let start)? = range.first(where: { $0.0 == "start" })?.1,
            case .integer(let line)? = start.first(where: { $0.0 == "line" })?.1,
            case .integer(let character)? = start.first(where: { $0.0 == "character" })?.1,
            case .string(let code)? = members.first(where: { $0.0 == "code" })?.1,
            case .string(let message)? = members.first(where: { $0.0 == "message" })?.1
        else { return nil }
        return "\(line):\(character) \(code) \(message)"
    }

    static func temporaryFolder() -> String? {
        var template = Array("/tmp/wflint-lsp-secret-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { return nil }
        return String(cString: made)
    }

    static func write(_ bytes: [UInt8], to path: String) -> Bool {
        guard let file = fopen(path, "wb") else { return false }
        defer { fclose(file) }
        return fwrite(bytes, 1, bytes.count, file) == bytes.count
    }

    static func remove(_ folder: String, files: [String]) {
        for file in files { unlink(folder + "/" + file) }
        rmdir(folder)
    }
}
