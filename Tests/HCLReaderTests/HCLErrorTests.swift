import DocumentModel
import HCLReader
import Testing

@Suite struct HCLErrorTests {
    static let structure: [(String, String)] = [
        ("a = 1 b = 2", "1:7: expected a newline after the value of 'a', found 'b'"),
        ("a = 1,\nb = 2", "1:6: expected a newline after the value of 'a', found ',': attributes are separated by newlines"),
        ("\"a\" = 1", "1:1: expected an attribute or block name, found a quoted string: attribute names are not quoted"),
        ("= 1", "1:1: expected an attribute or block name, found '='"),
        ("a\n= 1", "1:2: expected '=' after the attribute name 'a', or labels and '{' after the block type, found a newline"),
        ("a b\n{\n}", "1:4: expected '{' on the line of the block header 'a', found a newline"),
        ("block {\n", "2:1: expected '}' to close the block 'block' opened at 1:7, found the end of the file"),
        ("block { a = 1, b = 2 }", "1:14: expected '}' after the attribute of the one-line block 'block', found ',': "
            + "a block on one line holds a single attribute; write more on lines of their own"),
        ("block { a = 1\n}", "1:14: expected '}' after the attribute of the one-line block 'block', found a newline: "
            + "a block on one line holds a single attribute; write more on lines of their own"),
        ("block { inner {} }", "1:9: a one-line block holds a single attribute: put the block 'inner' on a line of its "
            + "own in a block written over several lines"),
        ("block {} x", "1:10: expected a newline after the '}' of the block 'block', found 'x'"),
        ("b {\n  c {\n    d = 1\n  }\n  e = 2 3\n}", "5:9: expected a newline after the value of 'e', found '3'"),
        ("block \"${x}\" {}", "1:8: a block label is a plain string: it cannot hold '${' or '%{' (write '$${' or '%%{' for the text)"),
        ("a = 1 ; b", "1:7: expected a newline after the value of 'a', found ';'"),
        ("/* open", "1:1: the comment '/*' has no closing '*/' before the end of the file"),
        ("a = 1\r2", "1:6: expected a newline after the value of 'a', found U+000D"),
        ("a = \"é\" é", "1:9: expected a newline after the value of 'a', found 'é'"),
        ("a = x\n.b", "2:1: expected an attribute or block name, found '.'"),
        ("a = 1\na = 2", "2:1: the argument 'a' was already set at 1:1; each argument may be set only once"),
        ("b {\n  a = [\n    1,\n  ]\n  a = 2\n}", "5:3: the argument 'a' was already set at 2:3; each argument may be set only once"),
        ("a = 1\na = [1 2]", "2:8: expected ',' or ']' after an element of the tuple at 2:5, found '2'"),
    ]

    static let expressions: [(String, String)] = [
        ("a = ", "1:5: expected an expression, found the end of the file"),
        ("a = 1 +\n 2", "1:8: expected an expression, found a newline: an expression that continues on the next line "
            + "must be inside parentheses or brackets"),
        ("a = c ?\n 1 : 2", "1:8: expected an expression, found a newline: an expression that continues on the next line "
            + "must be inside parentheses or brackets"),
        ("a = (1", "1:7: expected ')' to close the '(' at 1:5, found the end of the file"),
        ("a = [1 2]", "1:8: expected ',' or ']' after an element of the tuple at 1:5, found '2'"),
        ("a = [\n  1\n  2\n]", "3:3: expected ',' or ']' after an element of the tuple at 1:5, found '2'"),
        ("a = {b = 1 c = 2}", "1:12: expected ',', a newline or '}' after an item of the object at 1:5, found 'c'"),
        ("a = {b 1}", "1:8: expected '=' or ':' after the object key, found '1'"),
        ("a = {", "1:6: expected '}' to close the object at 1:5, found the end of the file"),
        ("a = [1,\n", "2:1: expected an expression or ']' to close the tuple at 1:5, found the end of the file"),
        ("a = [", "1:6: expected an expression or ']' to close the tuple at 1:5, found the end of the file"),
        ("a = merge(\n  x,\n", "3:1: expected an argument or ')' to close 'merge(' at 1:10, found the end of the file"),
        ("a = {for = 1}", "1:10: expected a variable name after 'for', found '='"),
        ("a = f(1 2)", "1:9: expected ',' or ')' after an argument of 'f(' at 1:6, found '2'"),
        ("a = f(x..., y)", "1:11: expected ')' after '...' (only the last argument can be expanded), found ','"),
        ("a = p::(1)", "1:8: expected a function name after '::', found '('"),
        ("a = p::x", "1:9: expected '(' after the function name 'p::x', found the end of the file"),
        ("a = x.", "1:7: expected an attribute name, an index or '*' after '.', found the end of the file"),
        ("a = x.0.1", "1:7: the legacy index '.0.1' chains two indexes, which HCL does not allow: write [0][1]"),
        ("a = x.*.*", "1:8: a splat '.*' cannot follow another '.*' (use [*] to splat inside a splat)"),
        ("a = x[*a]", "1:8: expected ']' after '[*' (a full splat is written [*]), found 'a'"),
        ("a = x[1", "1:8: expected ']' to close the index at 1:6, found the end of the file"),
        ("a = [for]", "1:9: expected a variable name after 'for', found ']'"),
        ("a = [for x y]", "1:12: expected 'in' after the variables of the for expression, found 'y'"),
        ("a = [for x in y]", "1:16: expected ':' after the collection of the for expression, found ']'"),
        ("a = [for k in y : a => b]", "1:19: a for expression in brackets builds a tuple, which has no keys: '=>' belongs in one in braces"),
        ("a = [for x in y : x...]", "1:20: '...' groups values only in a for expression that builds an object, in braces"),
        ("a = {for x in y : x}", "1:19: a for expression in braces builds an object: expected 'key => value' after ':'"),
        ("a = {for x in y : x => x ]", "1:26: expected '}' to end the for expression at 1:5, found ']'"),
        ("a = c ? 1", "1:10: expected ':' and the result when false of the conditional at 1:7, found the end of the file"),
        ("a = 1.2.3", "1:5: invalid number '1.2.3'"),
        ("a = @", "1:5: expected an expression, found '@'"),
        ("a = `x`", "1:5: expected an expression, found '`'"),
        ("a = 1 == 1 ==", "1:14: expected an expression, found the end of the file"),
        ("a = \u{7}", "1:5: expected an expression, found U+0007"),
    ]

    static let templates: [(String, String)] = [
        ("a = \"abc", "1:9: expected '\"' to close the string at 1:5, found the end of the file"),
        ("a = \"ab\ncd\"", "1:8: expected '\"' to close the string at 1:5, found a line break: a quoted string is one line "
            + "(write \\n, or use a heredoc)"),
        ("a = \"\\q\"", "1:6: invalid escape '\\q' in a string: HCL knows \\n, \\r, \\t, \\\", \\\\, \\uNNNN and \\UNNNNNNNN"),
        ("a = \"\\u12\"", "1:6: '\\u' must be followed by 4 hex digits"),
        ("a = \"\\u+123\"", "1:6: '\\u' must be followed by 4 hex digits"),
        ("a = \"\\UD8000000\"", "1:6: '\\UD8000000' is not a Unicode character (a surrogate, or past U+10FFFF)"),
        ("a = \"\\UFFFFFFFF\"", "1:6: '\\UFFFFFFFF' is not a Unicode character (a surrogate, or past U+10FFFF)"),
        ("a = \"\\uD800\"", "1:6: '\\uD800' is not a Unicode character (a surrogate, or past U+10FFFF)"),
        ("a = \"x\\\ny\"", "1:7: a backslash must be followed by an escape letter, found U+000A"),
        ("a = \"${x\"", "1:9: expected '}' to close the interpolation at 1:6, found '\"'"),
        ("a = \"${x y}\"", "1:10: expected '}' to close the interpolation at 1:6, found 'y'"),
        ("a = \"${x ~ }\"", "1:10: expected '}' to close the interpolation at 1:6, found '~'"),
        ("a = \"%{ esle }\"", "1:9: unknown template directive 'esle': expected if, for, else, endif or endfor"),
        ("a = \"%{ 1 }\"", "1:9: expected a directive (if, for, else, endif or endfor) after '%{', found '1'"),
        ("a = \"%{ else }\"", "1:6: '%{ else }' without an open '%{ if }' or '%{ for }'"),
        ("a = \"%{ if x }%{ endfor }\"", "1:15: '%{ endfor }' where the '%{ if }' at 1:6 needs its '%{ endif }'"),
        ("a = \"%{ if x }a\"", "1:16: the '%{ if }' at 1:6 has no '%{ endif }' before the end of the template"),
        ("a = \"%{ for x in y }%{ else }%{ endfor }\"", "1:21: '%{ else }' where the '%{ for }' at 1:6 needs its '%{ endfor }'"),
        ("a = \"%{ if x }%{ else }%{ else }%{ endif }\"",
            "1:24: '%{ else }' after the '%{ else }' of the '%{ if }' at 1:6, which ends with '%{ endif }'"),
        ("a = \"%{ for x y }%{ endfor }\"", "1:15: expected 'in' after the variables of the for directive, found 'y'"),
        ("a = <<EOT x\nEOT", "1:10: expected a newline after '<<EOT': a heredoc's text starts on the next line"),
        ("a = <<EOT\nabc\n", "3:1: the heredoc '<<EOT' at 1:5 has no closing 'EOT' line before the end of the file"),
        ("a = <<-EOT\n  %{ if x }\n  EOT\n", "3:3: the '%{ if }' at 2:3 has no '%{ endif }' before the end of the template"),
    ]

    @Test(arguments: structure + expressions + templates)
    func brokenHCLGivesAPreciseError(text: String, expected: String) {
        #expect(hclError(text) == expected)
    }

    @Test func invalidUTF8IsReportedAtItsByte() {
        #expect(hclError([0x61, 0x20, 0x3D, 0x20, 0x22, 0xC3, 0x28, 0x22]) == "1:6: invalid UTF-8 byte 0xC3")
        // An encoded surrogate is not UTF-8.
        #expect(hclError(Array("# ok\na = \"".utf8) + [0xED, 0xA0, 0x80] + Array("\"\n".utf8)) == "2:6: invalid UTF-8 byte 0xED")
        // In a name, a heredoc, and cut short at the end of the file.
        #expect(hclError(Array("caf".utf8) + [0xE9] + Array(" = 1\n".utf8)) == "1:4: invalid UTF-8 byte 0xE9")
        #expect(hclError(Array("a = <<EOT\ncaf".utf8) + [0xE9] + Array("\nEOT\n".utf8)) == "2:4: invalid UTF-8 byte 0xE9")
        #expect(hclError(Array("a = \"x".utf8) + [0xE2, 0x82]) == "1:7: invalid UTF-8 byte 0xE2")
        // Before a later error, it is the error.
        #expect(hclError(Array("a = \"".utf8) + [0xFF] + Array("\"\nb = = 2\n".utf8)) == "1:6: invalid UTF-8 byte 0xFF")
    }

    /// Terraform reads a comment's bytes without decoding them: a comment in
    /// Latin-1 (`# caf\xE9`), in every style, and one cut short at the end
    /// of the file, plan; so they parse.
    @Test func aCommentMayHoldBytesThatAreNotUTF8() throws {
        let file = try HCLReader.parse(
            Array("# caf".utf8) + [0xE9] + Array("\n/* na".utf8) + [0xEF] + Array("ve */ a = 1 // ".utf8) + [0xFF]
                + Array("\nb = \"ok\" # ".utf8) + [0xE2, 0x82])
        #expect(file.body.items.count == 2)
        #expect(file.comments.count == 4)
        #expect(hclError(Array("# ok\n# ".utf8) + [0xED, 0xA0, 0x80]) == nil)
    }

    @Test func errorCarriesItsByteOffsetAndIsASyntaxError() throws {
        let bytes = Array("a = 1\nb = [1 2]\n".utf8)
        do {
            _ = try HCLReader.parse(bytes)
            Issue.record("parsed")
        } catch {
            #expect(error.offset == 13)
            #expect(error.syntaxError.position == SourcePosition(line: 2, column: 8))
            #expect(error.syntaxError.exceededLimit == nil)
            #expect(error.description == "2:8: expected ',' or ']' after an element of the tuple at 2:5, found '2'")
        }
    }

    /// An error names the blocks and the attribute it was found in, and read
    /// with `quotingSource: false` quotes nothing of the text (for a secret's
    /// value, whose caller tells from that context that it is one).
    @Test(arguments: [
        (
            "x {\n  oidc \"a\" {\n    s = \"pw\" word9\n  }\n}\n", "x oidc a s",
            "3:14: expected a newline after the value of 's', found 'word9'",
            "3:14: expected a newline after the value of 's', found a name"
        ),
        (
            "locals {\n  idp = { client_secret = \"pw\" word9 }\n}\n", "locals idp client_secret",
            "2:32: expected ',', a newline or '}' after an item of the object at 2:9, found 'word9'",
            "2:32: expected ',', a newline or '}' after an item of the object at 2:9, found a name"
        ),
        ("v = 9pw", "v", "1:6: expected a newline after the value of 'v', found 'pw'", "1:6: expected a newline after the value of 'v', found a name"),
        ("v = [1 2]", "v", "1:8: expected ',' or ']' after an element of the tuple at 1:5, found '2'",
         "1:8: expected ',' or ']' after an element of the tuple at 1:5, found a number"),
        ("v = \"p\\qw\"", "v", "1:7: invalid escape '\\q' in a string: HCL knows \\n, \\r, \\t, \\\", \\\\, \\uNNNN and \\UNNNNNNNN",
         "1:7: invalid escape in a string: HCL knows \\n, \\r, \\t, \\\", \\\\, \\uNNNN and \\UNNNNNNNN"),
        ("v = \"\\uD800\"", "v", "1:6: '\\uD800' is not a Unicode character (a surrogate, or past U+10FFFF)",
         "1:6: the escape is not a Unicode character (a surrogate, or past U+10FFFF)"),
        ("v = \"%{ pw }\"", "v", "1:9: unknown template directive 'pw': expected if, for, else, endif or endfor",
         "1:9: unknown template directive: expected if, for, else, endif or endfor"),
        ("v = 1 ~", "v", "1:7: expected a newline after the value of 'v', found '~'", "1:7: expected a newline after the value of 'v', found a character"),
        ("b {\n} x", "", "2:3: expected a newline after the '}' of the block 'b', found 'x'",
         "2:3: expected a newline after the '}' of the block 'b', found a name"),
        ("variable \"pw\" {\n  default = \"x\"\n  default = \"y\"\n}\n", "variable pw default",
         "3:3: the argument 'default' was already set at 2:3; each argument may be set only once",
         "3:3: the argument was already set at 2:3; each argument may be set only once"),
    ])
    func anErrorHasItsContextAndMayQuoteNothing(text: String, context: String, quoted: String, unquoted: String) {
        let bytes = Array(text.utf8)
        #expect(hclError(bytes) == quoted)
        do {
            _ = try HCLReader.parse(bytes, quotingSource: false)
            Issue.record("parsed")
        } catch {
            #expect(error.description == unquoted)
            #expect(error.context.joined(separator: " ") == context)
        }
    }

    /// hclsyntax refuses an argument set twice in one body ("Attribute
    /// redefined"), not the name set again in another body, a block
    /// repeated, nor an object's key repeated (evaluation's matter).
    @Test func anArgumentIsSetOnceInEachBody() {
        #expect(hclError("a = 1\nb {\n  a = 2\n}\nc { a = 3 }\nb {\n  a = 4\n}\na {\n}\n") == nil)
        #expect(hclError("a = {b = 1, b = 2}\n") == nil)
    }

    /// A caller that reports a repeat itself names the blocks it may be in:
    /// those of a type and first label, and every block inside them.
    @Test func anArgumentMayRepeatInTheBlocksTheCallerNames() throws {
        let text = "resource \"t\" \"x\" {\n  a = 1\n  a = 2\n  b {\n    c = 1\n    c = 2\n  }\n}\n"
        let file = try HCLReader.parse(Array(text.utf8), repeatable: ("resource", "t"))
        #expect(file.body.blocks.first?.body.attributes.map(\.name.text) == ["a", "a"])
        #expect(hclError(text) == "3:3: the argument 'a' was already set at 2:3; each argument may be set only once")
        let other = text.replacingOccurrences(of: "\"t\"", with: "\"u\"") + "a = 1\na = 2\n"
        do {
            _ = try HCLReader.parse(Array(other.utf8), repeatable: ("resource", "t"))
            Issue.record("parsed")
        } catch {
            #expect(error.description == "3:3: the argument 'a' was already set at 2:3; each argument may be set only once")
        }
    }

    @Test func positionsAfterCRLFAndNonASCII() {
        #expect(hclError("a = \"日本\"\r\nb = [1 2]") == "2:8: expected ',' or ']' after an element of the tuple at 2:5, found '2'")
        #expect(hclError("ä = \"日本\" 2") == "1:10: expected a newline after the value of 'ä', found '2'")
        #expect(hclError([0xEF, 0xBB, 0xBF] + Array("a = [".utf8)) == "1:6: expected an expression or ']' to close the tuple at 1:5, found the end of the file")
    }
}
