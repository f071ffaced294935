import HCLReader
import Testing

/// The template of `x = <template>`.
private func template(_ written: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> HCLTemplate {
    let expression = try hclExpression(written, sourceLocation: sourceLocation)
    guard case .template(let template) = expression.kind else {
        Issue.record("not a template: \(render(expression))", sourceLocation: sourceLocation)
        throw CancellationError()
    }
    return template
}

@Suite struct HCLQuotedTemplateTests {
    @Test func escapesDecodeToExactScalars() throws {
        let value = try template(#""a\nb\rc\td\"e\\f\u00e9\U0001F600g""#).literalValue
        #expect(value.map { Array($0.unicodeScalars) } == Array("a\nb\rc\td\"e\\fé😀g".unicodeScalars))
        // A decomposed é stays two scalars.
        #expect(try template(#""e\u0301""#).literalValue.map { $0.unicodeScalars.count } == 2)
        #expect(try template(#""""#).literalValue == "")
        #expect(try template(#""""#).parts.isEmpty)
    }

    @Test func doubledIntroducersAreLiteral() throws {
        #expect(try template(#""$${a} %%{b} $ % $$ 100%""#).literalValue == "${a} %{b} $ % $$ 100%")
        #expect(try template(#""$$${a}""#).literalValue == "$${a}")
    }

    @Test func interpolationsAndTheirRanges() throws {
        let text = #"x = "Hello, ${var.name}! ${ 1 + 2 }""# + "\n"
        let value = try #require(try hclFile(text).body.attributes.first?.value)
        #expect(render(value) == #""Hello, ${var.name}! ${<1 + 2>}""#)
        guard case .template(let template) = value.kind else { Issue.record("not a template"); return }
        #expect(template.literalValue == nil)
        #expect(template.parts.map { source(text, $0.range) } == ["Hello, ", "${var.name}", "! ", "${ 1 + 2 }"])
        #expect(spans(value, in: text) == [#""Hello, ${var.name}! ${ 1 + 2 }""#, "var.name", "var", "1 + 2", "1", "2"])
    }

    @Test func nestedQuotedTemplatesAndNewlinesInsideInterpolation() throws {
        #expect(render(try hclExpression(#""a${"b${c}"}d""#)) == #""a${"b${c}"}d""#)
        #expect(render(try hclExpression("\"${\n  join(\",\", [\n    a,\n  ])\n}\"")) == #""${join(",", [a])}""#)
        #expect(render(try hclExpression(#""${ {a = 1}.a }""#)) == #""${{a = 1}.a}""#)
    }

    @Test func stripMarkersTrimAdjacentLiterals() throws {
        #expect(render(try hclExpression(#""hello ${~ "world" }""#)) == #""hello${~"world"}""#)
        #expect(render(try hclExpression(#""${"hello" ~}  ${" world"}""#)) == #""${"hello"~}${" world"}""#)
        #expect(render(try hclExpression(#""%{ if true ~} hello %{~ endif }""#)) == #""%{if true}hello%{endif}""#)
        #expect(render(try hclExpression(#""a \n ${~b~} \t c""#)) == #""a${~b~}c""#)
    }

    @Test func directivesNest() throws {
        let written = #""%{ for i, v in list }${i}%{ if v }yes%{ else }no%{ endif }, %{ endfor }""#
        #expect(render(try hclExpression(written)) == #""%{for i, v in list}${i}%{if v}yes%{else}no%{endif}, %{endfor}""#)
        let text = "x = \(written)\n"
        let value = try #require(try hclFile(text).body.attributes.first?.value)
        guard case .template(let template) = value.kind, case .loop(let loop) = template.parts.first?.kind else {
            Issue.record("not a for directive")
            return
        }
        #expect(source(text, loop.forTag.range) == "%{ for i, v in list }")
        #expect(source(text, loop.endTag.range) == "%{ endfor }")
        guard case .conditional(let branch) = loop.body[1].kind else { Issue.record("not an if"); return }
        #expect(source(text, loop.body[1].range) == "%{ if v }yes%{ else }no%{ endif }")
        #expect(branch.elseTag.map { source(text, $0.range) } == "%{ else }")
        #expect(render(branch.then) == "yes")
        #expect(branch.otherwise.map(render) == "no")
        #expect(render(try hclExpression(#""%{if a}x%{endif}""#)) == #""%{if a}x%{endif}""#)
    }

    @Test func stripMarkersOfDirectivesAreKept() throws {
        let text = #"x = "%{~ if a ~}b%{~ endif ~}""# + "\n"
        let value = try #require(try hclFile(text).body.attributes.first?.value)
        guard case .template(let template) = value.kind, case .conditional(let branch) = template.parts.first?.kind else {
            Issue.record("not an if")
            return
        }
        #expect(branch.ifTag.strip == HCLStripMarkers(leading: true, trailing: true))
        #expect(branch.endTag.strip == HCLStripMarkers(leading: true, trailing: true))
    }
}

@Suite struct HCLHeredocTests {
    @Test func heredocKeepsTextRawWithItsNewlines() throws {
        let text = "x = <<EOT\nline \\n one\n  ${var.a} two\n\nEOT\ny = 1\n"
        let file = try hclFile(text)
        let value = try #require(file.body.attributes.first?.value)
        #expect(render(value) == "<<EOT|line \\\\n one\\n  ${var.a} two\\n\\n|")
        #expect(source(text, value.range) == "<<EOT\nline \\n one\n  ${var.a} two\n\nEOT")
        #expect(file.body.attributes.map(\.name.text) == ["x", "y"])
        guard case .template(let template) = value.kind else { Issue.record("not a template"); return }
        #expect(template.style == .heredoc(marker: "EOT", indented: false))
    }

    @Test func indentedHeredocRemovesTheCommonIndentation() throws {
        let text = "x = <<-EOT\n    {\n      \"a\": 1\n\n    }\n    EOT\n"
        let value = try #require(try hclFile(text).body.attributes.first?.value)
        guard case .template(let template) = value.kind else { Issue.record("not a template"); return }
        #expect(template.literalValue == "{\n  \"a\": 1\n\n}\n")
        #expect(template.style == .heredoc(marker: "EOT", indented: true))
    }

    @Test func indentationCountsLinesStartingWithAnInterpolationAsNone() throws {
        let value = try template("<<-EOT\n    a\n${b}\n    c\n  EOT")
        #expect(render(value.parts) == "    a\\n${b}\\n    c\\n")
        let tabs = try template("<<-EOT\n\t\tx\n\t  y\nEOT")
        #expect(tabs.literalValue == "x\n y\n")
    }

    @Test func heredocWithCRLFAndDirectivesAndStripMarkers() throws {
        let text = "x = <<-EOT\r\n  %{ for s in list ~}\r\n  - ${s}\r\n  %{ endfor ~}\r\n  EOT\r\n"
        let value = try #require(try hclFile(text).body.attributes.first?.value)
        #expect(render(value) == "<<-EOT|%{for s in list}  - ${s}\\r\\n%{endfor}|")
    }

    @Test func markerLineMayBeIndentedAndTheLastLineOfTheFile() throws {
        #expect(try template("<<EOT\nhi\n   EOT   ").literalValue == "hi\n")
        #expect(try template("<<EOT\nEOT").literalValue == "")
        #expect(try template("<<EOT\nEOTX\nEOT").literalValue == "EOTX\n")
    }

    @Test func heredocInsideAnInterpolationAndACall() throws {
        let text = "x = jsonencode(<<EOT\na\nEOT\n)\ny = \"${<<A\nq\nA\n}\"\n"
        let file = try hclFile(text)
        #expect(file.body.attributes.map { render($0.value) } == ["jsonencode(<<EOT|a\\n|)", "\"${<<A|q\\n|}\""])
    }
}
