import DocumentModel
import HCLReader
import Testing

/// What an audit of hashicorp/hcl's `hclsyntax/spec.md`, construct by
/// construct, found without a test that pins its positions: each is read
/// here with the byte range of every node it makes. (The other constructs
/// are pinned in the suites beside this one.)
@Suite struct HCLSpecAuditTests {
    /// Spec, "Splat Operators": `.*` and `[*]` are steps with their own ranges.
    @Test func splatStepsHaveTheirRanges() throws {
        let text = "x = aws_subnet.private.*.id[0]\ny = var.list[*].name\n"
        let file = try hclFile(text)
        guard case .traversal(_, let attributeSplat) = file.body.attributes[0].value.kind,
            case .traversal(_, let fullSplat) = file.body.attributes[1].value.kind
        else {
            Issue.record("not traversals")
            return
        }
        #expect(attributeSplat.map { source(text, $0.range) } == [".private", ".*", ".id", "[0]"])
        #expect(fullSplat.map { source(text, $0.range) } == [".list", "[*]", ".name"])
        #expect(file.source.range(of: fullSplat[1].range).description == "2:13-2:16")
    }

    /// Spec, "Function Calls": `...` expands the last argument; the call's
    /// range ends at its `)`, and `provider::NS::NAME` is one name.
    @Test func expansionAndNamespacedCallsHaveTheirRanges() throws {
        let text = "x = provider::terraform::encode_tfvars(merge(var.maps...))\n"
        let value = try #require(try hclFile(text).body.attributes.first).value
        #expect(spans(value, in: text) == [
            "provider::terraform::encode_tfvars(merge(var.maps...))", "merge(var.maps...)", "var.maps", "var",
        ])
        guard case .call(let outer) = value.kind, case .call(let inner) = outer.arguments[0].kind else {
            Issue.record("not calls")
            return
        }
        #expect(outer.name.text == "provider::terraform::encode_tfvars" && !outer.expandsFinalArgument)
        #expect(inner.expandsFinalArgument && inner.arguments.count == 1)
    }

    /// Spec, "For Expressions": the grouping `...` and the `if` clause, over
    /// several lines, every part at its place.
    @Test func forExpressionWithGroupingAndConditionOverLines() throws {
        let text = "x = {\n  for k, v in var.m :\n  v.zone => k...\n  if v.enabled\n}\n"
        let value = try #require(try hclFile(text).body.attributes.first).value
        guard case .forExpression(let loop) = value.kind else { Issue.record("not a for expression"); return }
        #expect(loop.groupsValues && loop.buildsObject)
        #expect(source(text, try #require(loop.keyVariable).range) == "k")
        #expect(spans(value, in: text).dropFirst() == ["var.m", "var", "v.zone", "v", "k", "v.enabled", "v"])
        #expect(SourceText(bytes: Array(text.utf8)).range(of: try #require(loop.condition).range).description == "4:6-4:15")
    }

    /// Spec, "Identifiers" and "Keywords": `for`, `if`, `in`, `null`, `true`
    /// are identifiers in a body; they are keywords only in expressions.
    @Test func keywordsAreAttributeNamesInABody() throws {
        let text = "for = 1\nif = 2\nin = 3\nnull = 4\ntrue = 5\n"
        let file = try hclFile(text)
        #expect(file.body.attributes.map(\.name.text) == ["for", "if", "in", "null", "true"])
        #expect(file.body.attributes.map { file.source.range(of: $0.name.range).description }
            == ["1:1-1:4", "2:1-2:3", "3:1-3:3", "4:1-4:5", "5:1-5:5"])
    }

    /// Spec, "Collection Values": an object key is a bare name (its literal
    /// text), a quoted string, `true`/`false`, or any expression, which a
    /// traversal or parentheses make.
    @Test func objectKeyForms() throws {
        let text = #"x = { name = 1, "quoted key" = 2, true = 3, (var.k) = 4, a.b = 5, "${p}-s" = 6 }"# + "\n"
        let value = try #require(try hclFile(text).body.attributes.first).value
        guard case .object(let items) = value.kind else { Issue.record("not an object"); return }
        #expect(items.map(\.literalKey) == ["name", "quoted key", "true", nil, nil, nil])
        #expect(items.map { source(text, $0.key.range) } == ["name", #""quoted key""#, "true", "(var.k)", "a.b", #""${p}-s""#])
        #expect(items.map { source(text, $0.range) }.last == #""${p}-s" = 6"#)
    }

    /// Spec, "Structural Elements": a line comment ends an attribute as a
    /// newline does; inside brackets and parentheses newlines are
    /// whitespace, and so are they inside a template's interpolation.
    @Test func newlineRules() throws {
        let text = "a = 1 // one\nb = (\n  2\n  +\n  3\n)\nc = \"${\n  d\n}\" # end\n"
        let file = try hclFile(text)
        #expect(file.body.attributes.map { render($0.value) } == ["1", "(<2 + 3>)", #""${d}""#])
        #expect(file.body.attributes.map { file.source.range(of: $0.range).description }
            == ["1:1-1:6", "2:1-6:2", "7:1-9:3"])
        #expect(file.comments.map(\.text) == ["// one", "# end"])
    }

    /// Spec, "Template Interpolation Unwrapping" and "Template Literals":
    /// `\UNNNNNNNN` past the BMP, and `$${`/`%%{` right after an
    /// interpolation keep their own ranges as literal parts.
    @Test func escapesAndDoubledIntroducersBesideSequences() throws {
        let text = #"x = "${a}$${b}\U0001F600%%{c}""# + "\n"
        let value = try #require(try hclFile(text).body.attributes.first).value
        guard case .template(let template) = value.kind else { Issue.record("not a template"); return }
        #expect(render(template.parts) == "${a}${b}😀%{c}")
        #expect(template.parts.map { source(text, $0.range) } == ["${a}", #"$${b}\U0001F600%%{c}"#])
    }

    /// Spec, "Heredoc Templates": `<<-` counts the indentation of each line
    /// in characters; a tab and a space are one each.
    @Test func flushHeredocCountsCharacters() throws {
        let text = "x = <<-EOT\n\t\tone\n\t  two\n\t\n\tEOT\n"
        let value = try #require(try hclFile(text).body.attributes.first).value
        guard case .template(let template) = value.kind else { Issue.record("not a heredoc"); return }
        // A line of whitespace only is not counted, and keeps its whitespace.
        #expect(template.literalValue == "one\n two\n\t\n")
        #expect(SourceText(bytes: Array(text.utf8)).range(of: value.range).description == "1:5-5:5")
    }
}
