import DocumentModel
import PCRERegex
@testable import WFLintKit

/// Writes the Swift source of `Sources/WFLintKit/Generated/BuiltinShapes.swift`
/// and `BuiltinRules.swift`: the built-in shapes and packs as loaded from
/// `rules/` (the one source of truth), rebuilt by code at start instead of
/// parsed from YAML. What it writes for a value is the value's whole state,
/// so the compiled-in values written again give the same text
/// (`GeneratedFilesTests`). Patterns are `Pattern.deferred`: the loader
/// compiled each one to get here.
enum BuiltinSourceGenerator {
    struct Unsupported: Error, CustomStringConvertible {
        let description: String
    }

    static let header = "// Generated from rules/ by Scripts/generate; do not edit.\n"

    // MARK: Shapes

    static func shapes(_ catalog: ShapeCatalog, from file: String) -> String {
        var out = header + """
            // The API shapes of \(file), in their loaded form.

            import PCRERegex

            enum BuiltinShapes {
                static let catalog = ShapeCatalog(shapes: byName, roots: [

            """
        for kind in DocumentKind.allCases {
            out += "        .\(kind): \(literal(catalog.root(of: kind).name)),\n"
        }
        out += "    ])\n\n    private static let byName: [String: Shape] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })\n\n"
        out += "    private static let all: [Shape] = [\n"
        for name in catalog.shapes.keys.sorted() {
            guard let shape = catalog.shapes[name] else { continue }
            out += "        \(self.shape(shape)),\n"
        }
        return out + "    ]\n}\n"
    }

    private static func shape(_ shape: Shape) -> String {
        var arguments = ["name: \(literal(shape.name))", "type: .\(shape.type)"]
        if !shape.members.isEmpty {
            let members = shape.members.map { member in
                "Shape.Member(name: \(literal(member.name)), shape: \(literal(member.shape))"
                    + (member.documentation.map { ", documentation: \(literal($0))" } ?? "") + ")"
            }
            arguments.append("members: [\(members.joined(separator: ", "))]")
        }
        if !shape.required.isEmpty { arguments.append("required: \(strings(shape.required))") }
        if let element = shape.element { arguments.append("element: \(literal(element))") }
        if let key = shape.key { arguments.append("key: \(literal(key))") }
        if let value = shape.value { arguments.append("value: \(literal(value))") }
        if let min = shape.min { arguments.append("min: \(min)") }
        if let max = shape.max { arguments.append("max: \(max)") }
        if let pattern = shape.pattern { arguments.append("pattern: \(self.pattern(pattern))") }
        if let values = shape.enumValues { arguments.append("enumValues: \(strings(values))") }
        if shape.isSensitive { arguments.append("isSensitive: true") }
        return "Shape(\(arguments.joined(separator: ", ")))"
    }

    // MARK: Rules

    static func rules(_ set: RuleSet) throws -> String {
        var out = header + """
            // The built-in rule packs, rules/*.yaml, in their loaded form.

            import DocumentModel
            import PCRERegex

            /// The ids of the rules implemented in Swift, by their names in the packs:
            /// the packs declare them, and the Swift code that reports them names them here.
            public enum CoreRule {

            """
        for rule in set.rules {
            guard case .swift = rule.implementation else { continue }
            out += "    /// \(rule.id) \(rule.name)\n    public static let \(identifier(rule.name)) = \(literal(rule.id))\n"
        }
        out += "}\n\nenum BuiltinRules {\n    static let ruleSet = RuleSet(packs: [\n"
        for pack in set.packs {
            out += "        RulePack(\n            file: \(literal(pack.file)), name: \(literal(pack.name)), isBuiltin: \(pack.isBuiltin),\n"
            out += "            description: \(literal(pack.description)),\n"
            out += "            rules: [\(pack.rules.map { "\(functionName($0))()" }.joined(separator: ", "))]),\n"
        }
        out += "    ])\n"
        for rule in set.rules { out += "\n" + (try self.rule(rule)) }
        return out + "}\n"
    }

    private static func functionName(_ rule: Rule) -> String { rule.id.lowercased() }

    private static func rule(_ rule: Rule) throws -> String {
        let d = rule.descriptor
        let kinds = d.kinds.map { kinds in "[\(kinds.sorted { $0.rawValue < $1.rawValue }.map { ".\($0)" }.joined(separator: ", "))]" }
        var out = "    private static func \(functionName(rule))() -> Rule {\n"
        out += "        let descriptor = RuleDescriptor(\n"
        out += "            id: \(literal(d.id)), name: \(literal(d.name)), severity: .\(d.severity),\n"
        out += "            summary: \(literal(d.summary)),\n"
        out += "            description: \(literal(d.description)),\n"
        out += "            kinds: \(kinds ?? "nil"), help: \(help(d.help)))\n"
        out += "        return Rule(\n"
        out += "            descriptor: descriptor,\n"
        out += "            implementation: \(try implementation(rule.implementation)),\n"
        out += "            examples: \(examples(rule.examples)),\n"
        out += "            file: \(literal(rule.file)), position: \(position(rule.position)), "
        out += "namePosition: \(position(rule.namePosition)),\n"
        out += "            pack: \(literal(rule.pack)), isBuiltin: \(rule.isBuiltin))\n"
        return out + "    }\n"
    }

    private static func help(_ link: HelpLink) -> String {
        switch link {
        case .rulesCatalog: return ".rulesCatalog"
        case .uri(let uri): return ".uri(\(literal(uri)))"
        case .none: return "HelpLink.none"
        }
    }

    private static func implementation(_ implementation: Rule.Implementation) throws -> String {
        switch implementation {
        case .swift(let name, let why):
            return ".swift(name: \(literal(name)), why: \(literal(why)))"
        case .declarative(let rule):
            let checks = try rule.checks.map { check in
                "DeclarativeRule.TargetedFunction(targets: [\(check.targets.map(path).joined(separator: ", "))], "
                    + "function: \(try function(check.function)), optionValues: \(dictionary(check.optionValues)))"
            }
            let conditions = rule.conditions.map { condition in
                "RuleCondition(path: \(path(condition.path)), values: \(strings(condition.values)), orAbsent: \(condition.orAbsent))"
            }
            let fix = rule.fix.map { ",\n            fix: \(self.fix($0))" } ?? ""
            return """
                .declarative(DeclarativeRule(
                            descriptor: descriptor, scope: .\(rule.scope),
                            conditions: [\(conditions.joined(separator: ", "))],
                            checks: [
                                \(checks.joined(separator: ",\n                "))],
                            message: \(template(rule.message)),
                            replaces: \(strings(rule.replaces))\(fix)))
                """
        }
    }

    private static func template(_ template: MessageTemplate) -> String {
        let pieces = template.pieces.map { piece in
            switch piece {
            case .text(let text): return ".text(\(literal(text)))"
            case .placeholder(let name): return ".placeholder(\(literal(name)))"
            case .filtered(let name, let filters):
                return ".filtered(\(literal(name)), [\(filters.map { ".\($0)" }.joined(separator: ", "))])"
            }
        }
        return "MessageTemplate(pieces: [\(pieces.joined(separator: ", "))])"
    }

    private static func fix(_ fix: PackFix) -> String {
        let action: String
        switch fix.action {
        case .replaceValue(let to): action = ".replaceValue(\(template(to)))"
        case .removeEntry: action = ".removeEntry"
        case .renameKey(let to): action = ".renameKey(\(template(to)))"
        }
        let summary = "FixSummary([\(fix.summary.applicabilities.map { ".\($0)" }.joined(separator: ", "))], "
            + "\(literal(fix.summary.description)))"
        return "PackFix(action: \(action), applicability: .\(fix.applicability), "
            + "message: \(fix.message.map(template) ?? "nil"), summary: \(summary))"
    }

    private static func path(_ path: TargetPath) -> String {
        let steps = path.steps.map { step -> String in
            switch step {
            case .member(let name): return ".member(\(literal(name)))"
            case .elements: return ".elements"
            case .values: return ".values"
            case .keys: return ".keys"
            case .filtered(let filter):
                let test: String
                switch filter.test {
                case .equal(let value): test = ".equal(\(literal(value)))"
                case .notEqual(let value): test = ".notEqual(\(literal(value)))"
                case .matches(let pattern): test = ".matches(\(self.pattern(pattern)))"
                }
                return ".filtered(ItemFilter(member: \(literal(filter.member)), test: \(test)))"
            }
        }
        return "TargetPath(steps: [\(steps.joined(separator: ", "))], offsets: \(path.offsets), "
            + "description: \(literal(path.description)))"
    }

    /// A check function's construction from its stored properties (each
    /// function's memberwise initializer, so a new property cannot be missed).
    private static func function(_ function: any CheckFunction) throws -> String {
        switch function {
        case let f as PatternFunction: return "PatternFunction(regex: \(pattern(f.regex)), negate: \(f.negate))"
        case let f as EnumFunction:
            return "EnumFunction(values: \(strings(f.values)), ignoreCase: \(f.ignoreCase), negate: \(f.negate))"
        case let f as LengthFunction: return "LengthFunction(bounds: \(bounds(f.bounds)))"
        case let f as CountFunction: return "CountFunction(bounds: \(bounds(f.bounds)))"
        case let f as RangeFunction: return "RangeFunction(bounds: \(bounds(f.bounds)))"
        case let f as RequiredFunction:
            return "RequiredFunction(members: \(strings(f.members)), atLeastOne: \(f.atLeastOne))"
        case let f as ForbiddenFunction: return "ForbiddenFunction(members: \(strings(f.members)))"
        case let f as ExclusiveFunction: return "ExclusiveFunction(members: \(strings(f.members)))"
        case let f as UniqueFunction: return "UniqueFunction(ignoreCase: \(f.ignoreCase))"
        case let f as TimestampOrderFunction: return "TimestampOrderFunction(before: \(literal(f.before)))"
        case let f as SecretLiteralFunction: return "SecretLiteralFunction(placeholders: \(patterns(f.placeholders)))"
        case let f as IncludesFunction:
            return "IncludesFunction(list: \(literal(f.list)), member: \(optional(f.member)), values: \(strings(f.values)))"
        case let f as CIDRFunction:
            let families = f.families.map { "[\($0.sorted { $0.rawValue < $1.rawValue }.map { ".\($0)" }.joined(separator: ", "))]" }
            let within = f.within.map { "[\($0.map(network).joined(separator: ", "))]" }
            return "CIDRFunction(reportInvalid: \(f.reportInvalid), forbidHostBits: \(f.forbidHostBits), "
                + "forbidRedundant: \(f.forbidRedundant), forbidAllowAll: \(f.forbidAllowAll), "
                + "families: \(families ?? "nil"), within: \(within ?? "nil"))"
        case let f as URLFunction:
            return "URLFunction(schemes: \(strings(f.schemes)), requireScheme: \(f.requireScheme), reportInvalid: \(f.reportInvalid), "
                + "forbidQueryFragment: \(f.forbidQueryFragment), sameHostAs: \(optional(f.sameHostAs)), "
                + "allowedHosts: \(f.allowedHosts.map(patterns) ?? "nil"))"
        case let f as ScopeFunction:
            return "ScopeFunction(reportInvalid: \(f.reportInvalid), requiredTokens: \(f.requiredTokens.map(strings) ?? "nil"), "
                + "forbidDuplicates: \(f.forbidDuplicates), forbidComma: \(f.forbidComma))"
        default:
            throw Unsupported(description: "no Swift source for check function \(type(of: function)): add it here")
        }
    }

    private static func bounds(_ bounds: Bounds) -> String {
        "Bounds(min: \(bounds.min.map { "\($0)" } ?? "nil"), max: \(bounds.max.map { "\($0)" } ?? "nil"))"
    }

    private static func network(_ network: IPNetwork) -> String {
        "IPNetwork(family: .\(network.family), address: \(network.address), prefixLength: \(network.prefixLength))"
    }

    private static func examples(_ examples: RuleExamples) -> String {
        func list(_ items: [RuleExample]) -> String {
            "[\(items.map(example).joined(separator: ",\n                "))]"
        }
        return "RuleExamples(\n                valid: \(list(examples.valid)),\n                invalid: \(list(examples.invalid)))"
    }

    private static func example(_ example: RuleExample) -> String {
        let findings = example.findings.map { finding in
            "ExpectedFinding(position: \(position(finding.position)), pointer: \(optional(finding.pointer)), "
                + "message: \(optional(finding.message)))"
        }
        return "RuleExample(format: .\(example.format), text: \(literal(example.text)), "
            + "operation: \(example.operation.map { ".\($0)" } ?? "nil"), position: \(position(example.position)), "
            + "findings: [\(findings.joined(separator: ", "))]\(example.fixed.map { ", fixed: \(literal($0))" } ?? "")"
            + "\(example.file.map { ", file: \(literal($0))" } ?? ""))"
    }

    // MARK: Values

    private static func pattern(_ pattern: Pattern) -> String {
        "Pattern.deferred(\(literal(pattern.source)), wholeValue: \(pattern.wholeValue), caseless: \(pattern.caseless), "
            + "dialect: .\(pattern.dialect))"
    }

    private static func patterns(_ patterns: [Pattern]) -> String { "[\(patterns.map(pattern).joined(separator: ", "))]" }

    private static func position(_ position: SourcePosition) -> String {
        "SourcePosition(line: \(position.line), column: \(position.column))"
    }

    private static func strings(_ strings: [String]) -> String { "[\(strings.map(literal).joined(separator: ", "))]" }

    private static func optional(_ string: String?) -> String { string.map(literal) ?? "nil" }

    private static func dictionary(_ values: [String: String]) -> String {
        values.isEmpty ? "[:]" : "[\(values.keys.sorted().map { "\(literal($0)): \(literal(values[$0] ?? ""))" }.joined(separator: ", "))]"
    }

    /// `unknown-document` → `unknownDocument`; a keyword in backquotes.
    static func identifier(_ name: String) -> String {
        let words = name.split(separator: "-")
        let camel = (words.first.map(String.init) ?? "") + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        return ["enum", "class", "struct", "func", "var", "let", "in", "is", "as"].contains(camel) ? "`\(camel)`" : camel
    }

    /// A Swift literal of `text`: a raw multi-line literal for text of several
    /// printable lines (the descriptions read as they do in the pack), else a
    /// one-line literal with escapes.
    static func literal(_ text: String) -> String {
        if text.contains("\n"), text.unicodeScalars.allSatisfy({ $0 == "\n" || isPrintable($0) }) {
            let hashes = String(repeating: "#", count: longestHashRun(text) + 1)
            return "\(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)"
        }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if isPrintable(scalar) { out.unicodeScalars.append(scalar) } else { out += "\\u{\(String(scalar.value, radix: 16))}" }
            }
        }
        return out + "\""
    }

    /// A tab or a scalar that shows as itself in source: no control, format
    /// or separator character.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\t" { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned: return false
        default: return true
        }
    }

    private static func longestHashRun(_ text: String) -> Int {
        var longest = 0
        var run = 0
        for scalar in text.unicodeScalars {
            run = scalar == "#" ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
    }
}

// MARK: Terraform

extension BuiltinSourceGenerator {
    static func terraform(_ schema: TerraformResourceSchema, from file: String) -> String {
        header + """
            // The Terraform resource mapping of \(file), in its loaded form.

            enum BuiltinTerraform {
                static let workforce = TerraformResourceSchema(
                    type: \(literal(schema.type)), kind: .\(schema.kind),
                    metaArguments: \(strings(schema.metaArguments)),
                    messages: [\(schema.messages.keys.sorted().map { "\(literal($0)): \(literal(schema.messages[$0] ?? ""))" }.joined(separator: ", "))],
                    body: \(block(schema.body, indent: "        ")))
            }

            """
    }

    private static func block(_ block: TerraformBlockSchema, indent: String) -> String {
        let inner = indent + "    "
        var out = "TerraformBlockSchema(\n\(inner)arguments: ["
        out += block.arguments.map { argument in
            "\n\(inner)    TerraformArgument(name: \(literal(argument.name)), api: \(literal(argument.api)), type: .\(argument.type)"
                + (argument.sentWhenEmpty ? "" : ", sentWhenEmpty: false")
                + (argument.isReadBack ? "" : ", isReadBack: false") + "),"
        }.joined()
        out += block.arguments.isEmpty ? "],\n" : "\n\(inner)],\n"
        out += "\(inner)blocks: ["
        out += block.blocks.map { nested in
            "\n\(inner)    TerraformNestedBlock(\n\(inner)        name: \(literal(nested.name)), api: \(literal(nested.api)), maxItems: \(nested.maxItems),\n"
                + "\(inner)        body: \(self.block(nested.body, indent: inner + "        "))),"
        }.joined()
        out += block.blocks.isEmpty ? "],\n" : "\n\(inner)],\n"
        return out + "\(inner)computed: \(strings(block.computed)))"
    }
}
