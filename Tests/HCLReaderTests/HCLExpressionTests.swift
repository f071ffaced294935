import HCLReader
import Testing

@Suite struct HCLLiteralTests {
    @Test func numbersKeepTheirTextAndValue() throws {
        let tuple = try hclExpression("[0, 12, 1.5, 6.02e23, 1E-3, 2e+2, 123456789012345678901234567890]")
        guard case .tuple(let elements) = tuple.kind else { Issue.record("not a tuple"); return }
        let numbers = elements.compactMap { if case .number(let number) = $0.kind { number } else { nil } }
        #expect(numbers.map(\.text) == ["0", "12", "1.5", "6.02e23", "1E-3", "2e+2", "123456789012345678901234567890"])
        #expect(numbers.map(\.doubleValue) == [0, 12, 1.5, 6.02e23, 0.001, 200, 1.2345678901234568e29])
        #expect(spans(tuple, in: "x = " + "[0, 12, 1.5, 6.02e23, 1E-3, 2e+2, 123456789012345678901234567890]").count == 8)
    }

    @Test func keywordsAndANegativeNumber() throws {
        #expect(render(try hclExpression("[true, false, null, -1, -1.5e3]")) == "[true, false, null, -1, -1.5e3]")
        guard case .unary(.negate, let operand) = try hclExpression("-1").kind, case .number(let one) = operand.kind else {
            Issue.record("not a negated number")
            return
        }
        #expect(one.text == "1")
    }

    @Test func numberFollowedByADotAndALetterIsATraversal() throws {
        #expect(render(try hclExpression("1.e")) == "1.e")
    }
}

@Suite struct HCLCollectionTests {
    @Test func tuplesWithTrailingCommaAndLineBreaks() throws {
        let text = "x = [\n  1,\n  \"two\",\n  [3],\n]\n"
        let file = try hclFile(text)
        let value = try #require(file.body.attributes.first?.value)
        #expect(render(value) == "[1, \"two\", [3]]")
        #expect(spans(value, in: text) == ["[\n  1,\n  \"two\",\n  [3],\n]", "1", "\"two\"", "[3]", "3"])
        #expect(render(try hclExpression("[]")) == "[]")
    }

    @Test func objectItemsTakeEqualsOrColonAndCommasOrNewlines() throws {
        let text = "x = {\n  a = 1, b: 2\n  \"c d\" = 3\n\n  (k) = 4,\n  e = { f = [] }\n}\n"
        let file = try hclFile(text)
        let value = try #require(file.body.attributes.first?.value)
        #expect(render(value) == "{a = 1, b = 2, \"c d\" = 3, (k) = 4, e = {f = []}}")
        guard case .object(let items) = value.kind else { Issue.record("not an object"); return }
        #expect(items.map(\.literalKey) == ["a", "b", "c d", nil, "e"])
        #expect(items.map { source(text, $0.range) } == ["a = 1", "b: 2", "\"c d\" = 3", "(k) = 4", "e = { f = [] }"])
        #expect(render(try hclExpression("{}")) == "{}")
        #expect(render(try hclExpression("{ a = 1, }")) == "{a = 1}")
    }

    @Test func forKeyedObjectNeedsQuotesOrParentheses() throws {
        #expect(render(try hclExpression(#"{"for" = 1, baz = 2}"#)) == #"{"for" = 1, baz = 2}"#)
        #expect(render(try hclExpression("{baz = 2, for = 1}")) == "{baz = 2, for = 1}")
        #expect(render(try hclExpression("[(for), foo]")) == "[(for), foo]")
    }
}

@Suite struct HCLOperatorTests {
    @Test func precedenceLevelsBindAsTheSpecSays() throws {
        #expect(render(try hclExpression("a || b && c == d < e + f * g")) == "<a || <b && <c == <d < <e + <f * g>>>>>>")
        #expect(render(try hclExpression("a * b + c")) == "<<a * b> + c>")
        #expect(render(try hclExpression("x / y * z")) == "<x / y * z>")
        #expect(render(try hclExpression("a + b - c + d")) == "<a + b - c + d>")
        #expect(render(try hclExpression("a >= b != c <= d")) == "<<a >= b> != <c <= d>>")
        #expect(render(try hclExpression("a % 2 > 0 || b")) == "<<<a % 2> > 0> || b>")
        #expect(render(try hclExpression("(a + b) * c")) == "<(<a + b>) * c>")
    }

    @Test func unaryBindsTighterThanBinaryAndLooserThanTraversal() throws {
        #expect(render(try hclExpression("-46 + 5")) == "<-46 + 5>")
        #expect(render(try hclExpression("!a.b && !!c")) == "<!a.b && !!c>")
        #expect(render(try hclExpression("- a[0] * 2")) == "<-a[0] * 2>")
    }

    @Test func operatorRangesAndChainRanges() throws {
        let text = "x = a + b * c\n"
        let value = try #require(try hclFile(text).body.attributes.first?.value)
        #expect(spans(value, in: text) == ["a + b * c", "a", "b * c", "b", "c"])
        guard case .binary(_, let steps) = value.kind else { Issue.record("not binary"); return }
        #expect(steps.map { source(text, $0.operatorRange) } == ["+"])
    }

    @Test func conditionalsNestToTheRight() throws {
        #expect(render(try hclExpression("a ? b : c")) == "<a ? b : c>")
        #expect(render(try hclExpression("a == 1 ? b + 1 : c ? d : e")) == "<<a == 1> ? <b + 1> : <c ? d : e>>")
        #expect(render(try hclExpression("a ? b ? c : d : e")) == "<a ? <b ? c : d> : e>")
        #expect(render(try hclExpression("(\n  a\n  ? b\n  : c\n)")) == "(<a ? b : c>)")
    }
}

@Suite struct HCLCallAndTraversalTests {
    @Test func functionCalls() throws {
        #expect(render(try hclExpression("max(1, 2, 3)")) == "max(1, 2, 3)")
        #expect(render(try hclExpression("timestamp()")) == "timestamp()")
        #expect(render(try hclExpression("concat(a, b,)")) == "concat(a, b)")
        #expect(render(try hclExpression("max(list...)")) == "max(list...)")
        #expect(render(try hclExpression("min(1, [2, 3]...)")) == "min(1, [2, 3]...)")
        #expect(render(try hclExpression("jsonencode({\n  a = 1\n})")) == "jsonencode({a = 1})")
        let text = "x = provider::aws::arn_parse(var.arn).region\n"
        let value = try #require(try hclFile(text).body.attributes.first?.value)
        #expect(render(value) == "provider::aws::arn_parse(var.arn).region")
        guard case .traversal(let call, _) = value.kind, case .call(let function) = call.kind else {
            Issue.record("not a traversal of a call")
            return
        }
        #expect(function.name.text == "provider::aws::arn_parse")
        #expect(source(text, function.name.range) == "provider::aws::arn_parse")
        #expect(source(text, call.range) == "provider::aws::arn_parse(var.arn)")
    }

    @Test func traversalsIndexesAndSplats() throws {
        let text = #"x = aws_instance.web[0].tags["Name"]"# + "\n"
        let value = try #require(try hclFile(text).body.attributes.first?.value)
        #expect(render(value) == #"aws_instance.web[0].tags["Name"]"#)
        guard case .traversal(let root, let steps) = value.kind else { Issue.record("not a traversal"); return }
        #expect(render(root) == "aws_instance")
        #expect(steps.map { source(text, $0.range) } == [".web", "[0]", ".tags", #"["Name"]"#])
        #expect(render(try hclExpression("a.*.b.c[0]")) == "a.*.b.c[0]")
        #expect(render(try hclExpression("a[*].b[0].c")) == "a[*].b[0].c")
        #expect(render(try hclExpression("a[ * ]")) == "a[*]")
        #expect(render(try hclExpression("a.*[*].b")) == "a.*[*].b")
        #expect(render(try hclExpression("a.b[*].c[*].d")) == "a.b[*].c[*].d")
    }

    @Test func legacyIndexIsAnIndex() throws {
        let text = "x = a.0.b.12\n"
        let value = try #require(try hclFile(text).body.attributes.first?.value)
        #expect(render(value) == "a[0].b[12]")
        guard case .traversal(_, let steps) = value.kind else { Issue.record("not a traversal"); return }
        #expect(steps.map { source(text, $0.range) } == [".0", ".b", ".12"])
        #expect(spans(value, in: text) == ["a.0.b.12", "a", "0", "12"])
    }

    @Test func traversalOfAnyTerm() throws {
        #expect(render(try hclExpression("[1, 2][0]")) == "[1, 2][0]")
        #expect(render(try hclExpression("(a).b")) == "(a).b")
        #expect(render(try hclExpression("{a = 1}.a")) == "{a = 1}.a")
        #expect(render(try hclExpression("a[b[c]]")) == "a[b[c]]")
        #expect(render(try hclExpression("a.if.for.in")) == "a.if.for.in")
    }
}

@Suite struct HCLForExpressionTests {
    @Test func tupleAndObjectForms() throws {
        #expect(render(try hclExpression("[for v in var.list : upper(v)]")) == "[for v in var.list : upper(v)]")
        #expect(render(try hclExpression("[for i, v in l : v if i < 2]")) == "[for i, v in l : v if <i < 2>]")
        #expect(render(try hclExpression("{for k, v in m : k => v}")) == "{for k, v in m : k => v}")
        #expect(render(try hclExpression("{for i, v in l : v => i... if v != \"\"}"))
            == "{for i, v in l : v => i... if <v != \"\">}")
        let text = "x = {\n  for s in var.subnets :\n  s.id => s.cidr\n  if s.public\n}\n"
        let value = try #require(try hclFile(text).body.attributes.first?.value)
        #expect(render(value) == "{for s in var.subnets : s.id => s.cidr if s.public}")
        guard case .forExpression(let loop) = value.kind else { Issue.record("not a for"); return }
        #expect(loop.buildsObject)
        #expect(loop.keyVariable == nil)
        #expect(source(text, loop.valueVariable.range) == "s")
        #expect(spans(value, in: text).dropFirst() == ["var.subnets", "var", "s.id", "s", "s.cidr", "s", "s.public", "s"])
    }

    @Test func conditionalInsideFor() throws {
        #expect(render(try hclExpression("[for v in a ? b : c : v ? 1 : 2]")) == "[for v in <a ? b : c> : <v ? 1 : 2>]")
    }
}
