@testable import WFLintKit
import Foundation
import Testing

/// The robustness set through the built binary: realistic modules
/// (Tests/Fixtures/terraform/modules) lint to exactly their one defect, and
/// broken HCL (Tests/Fixtures/terraform-broken) is a WF001 at the place
/// where the reader gave up, saying what it expected.
@Suite struct TerraformRobustnessTests {
    static var modules: String { "Tests/Fixtures/terraform/modules" }

    /// A walk parses only the files that name the resource (labeling's
    /// main.tf and outputs.tf); the one finding is the CIDR written with its
    /// host bits. Everything else the workforce reads is unknown: a secret
    /// from Secrets Manager, a data source's CIDR, sorted subnet ids.
    @Test func theModuleFoldersLintToTheirOneFinding() throws {
        let run = try WFLintBinary.run(["--no-config", Self.modules])
        #expect(run.stdout == """
            \(Self.modules)/labeling/main.tf:61:7: warning: CIDR "198.51.100.17/28" has host bits set; \
            the block it allows is "198.51.100.16/28" [WF203 cidr-host-bits]
               61 |       "198.51.100.17/28", # the office range, written with its host bits
                  |       ^~~~~~~~~~~~~~~~~~
            1 warning in 1 file; 2 files checked

            """)
        #expect(run.status == 0)
    }

    /// Named one by one, every module file is read in full: none is a
    /// syntax error; those of a module without a workforce get the WF000
    /// note, and labeling's `outputs.tf` and `variables.tf` none: they are
    /// checked as files of their workforce's module (nothing is wrong in them).
    @Test func everyModuleFileNamedExplicitlyParses() throws {
        let root = Golden.repositoryRoot.appendingPathComponent(Self.modules)
        let names = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".tf") }.sorted()
        #expect(names.count == 19)
        let run = try WFLintBinary.run(["--no-config", "--format", "json"] + names.map { "\(Self.modules)/\($0)" })
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let rules = (report["findings"] as? [[String: Any]] ?? []).map { "\($0["ruleId"] ?? "")" }
        let unknown = (report["findings"] as? [[String: Any]] ?? []).filter { "\($0["ruleId"] ?? "")" == "WF000" }
        #expect(unknown.count == 16)
        #expect(!unknown.contains { "\($0["file"] ?? "")".contains("/labeling/") })
        #expect(rules.filter { $0 != "WF000" } == ["WF203"])
    }

    static var broken: [(file: String, line: String)] { [
        ("brace-on-next-line.tf", "1:26: error: expected '{' on the line of the block header 'resource', found a newline"),
        ("comma-after-attribute.tf",
         "2:12: error: expected a newline after the value of 'zones', found ',': attributes are separated by newlines"),
        ("conditional-split-over-lines.tf", "3:5: error: expected an attribute or block name, found '?'"),
        ("ellipsis-not-last.tf",
         "2:26: error: expected ')' after '...' (only the last argument can be expanded), found ','"),
        ("extra-closing-brace.tf", "4:2: error: expected a newline after the '}' of the block 'module', found '}'"),
        ("for-without-colon.tf", "2:34: error: expected ':' after the collection of the for expression, found 'upper'"),
        ("if-without-endif.tf", "2:43: error: the '%{ if }' at 2:20 has no '%{ endif }' before the end of the template"),
        ("json-in-a-tf-file.tf", "1:1: error: expected an attribute or block name, found '{'"),
        ("missing-equals.tf",
         "2:28: error: expected '{' on the line of the block header 'workforce_name', found a newline "
            + "(an attribute is written 'workforce_name = \"...\"')"),
        ("single-quoted-string.tf", "2:10: error: expected an expression, found '''"),
        ("two-attributes-on-a-line.tf", "2:9: error: expected a newline after the value of 'a', found 'b'"),
        ("unclosed-block.tf",
         "7:1: error: expected '}' to close the block 'resource' opened at 1:33, found the end of the file"),
        ("unclosed-interpolation.tf", "2:35: error: expected '}' to close the interpolation at 2:23, found '\"'"),
        ("unclosed-splat.tf", "2:31: error: expected ']' after '[*' (a full splat is written [*]), found '.'"),
        ("unterminated-heredoc.tf",
         "6:1: error: the heredoc '<<EOF' at 2:12 has no closing 'EOF' line before the end of the file"),
        ("unterminated-string.tf",
         "2:22: error: expected '\"' to close the string at 2:13, found a line break: a quoted string is one line "
            + "(write \\n, or use a heredoc)"),
    ] }

    /// Each broken file, named on the command line, is one WF001 at its
    /// line and column; the run exits 1.
    @Test func brokenFilesGiveTheirExactSyntaxError() throws {
        let folder = "Tests/Fixtures/terraform-broken"
        let present = (try FileManager.default.contentsOfDirectory(
            atPath: Golden.repositoryRoot.appendingPathComponent(folder).path)).sorted()
        #expect(present == Self.broken.map(\.file))
        let run = try WFLintBinary.run(["--no-config"] + Self.broken.map { "\(folder)/\($0.file)" })
        let headlines = run.stdout.split(separator: "\n").filter { $0.hasPrefix(folder) }.map(String.init)
        #expect(headlines == Self.broken.map { "\(folder)/\($0.file):\($0.line) [WF001 syntax-error]" })
        #expect(run.stdout.hasSuffix("16 errors in 16 files; 16 files checked\n"))
        #expect(run.status == 1)
    }
}

/// The byte search that lets a walk skip Terraform without a workforce
/// before parsing it.
@Suite struct TerraformSkipSearchTests {
    @Test func findsTheWordAnywhereAndNothingElse() {
        let word = "aws_sagemaker_workforce"
        func has(_ text: String) -> Bool { TerraformLinting.contains(Array(text.utf8), word) }
        #expect(has("aws_sagemaker_workforce"))
        #expect(has("resource \"aws_sagemaker_workforce\" \"main\" {}"))
        #expect(has(String(repeating: "a", count: 10_000) + "aws_sagemaker_workforce"))
        #expect(!has("aws_sagemaker_workforc"))
        #expect(!has("resource \"aws_sagemaker_workteam\" \"x\" {}\naws_sagemaker_workforc"))
        #expect(!has(""))
        #expect(!TerraformLinting.contains(Array("abc".utf8), ""))
    }

    /// The search tests sixteen places at once, then the places left: the
    /// word is found wherever it starts, in a block, across two, or in the
    /// tail, in a text of "k" and "g" at the offsets the probes test.
    @Test func findsTheWordAtEveryOffsetOfABlockAndTheTail() {
        let word = Array("aws_sagemaker_workforce".utf8)
        let search = TerraformLinting.workforceSearch
        let filler = Array("gemaker_worker__".utf8)
        for length in [word.count, 40, 64, 100] {
            let text = Array((0..<length).map { filler[$0 % filler.count] })
            #expect(!search.occurs(in: text), "length \(length)")
            for start in 0...(length - word.count) {
                var withWord = text
                withWord.replaceSubrange(start..<(start + word.count), with: word)
                #expect(search.occurs(in: withWord), "length \(length), at \(start)")
                var almost = withWord
                almost[start + word.count - 1] = UInt8(ascii: "E")
                #expect(!search.occurs(in: almost), "length \(length), at \(start), last byte changed")
            }
        }
    }

    /// The two bytes every place is tested for are the word's rarest
    /// letters: "k" (offset 10) and "g" (offset 6); a one-byte word tests
    /// its one byte twice.
    @Test func probesTheRarestLetters() {
        #expect(TerraformLinting.workforceSearch.probes == (first: 10, second: 6))
        #expect(ByteSearch("x").probes == (first: 0, second: 0))
        #expect(ByteSearch("x").occurs(in: Array("abcx".utf8)))
        #expect(!ByteSearch("x").occurs(in: Array("abc".utf8)))
        #expect(ByteSearch("__").probes == (first: 0, second: 0))
    }
}
