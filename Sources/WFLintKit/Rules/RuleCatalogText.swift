import DocumentModel

/// The texts that show the loaded rules: `wflint rules`, `wflint explain` and
/// `docs/rules.md`.
public enum RuleCatalogText {
    /// `wflint rules`: one line a rule, sorted by id, in aligned columns
    /// (id, name, severity, summary) under a header.
    public static func list(_ rules: [Rule], in table: RuleTable? = nil) -> String {
        let sorted = rules.sorted { $0.id < $1.id }
        let rows = [["ID", "NAME", "SEVERITY", "SUMMARY"]]
            + sorted.map { [$0.id, $0.name, severityText($0, in: table), $0.descriptor.summary] }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            (0..<3).map { row[$0].padding(to: widths[$0]) }.joined(separator: "  ") + "  " + row[3]
        }.joined(separator: "\n") + "\n"
    }

    /// The severity a lint run with `table` (the configuration's `rules:`)
    /// gives `rule`, `off` when it runs no such rule; the pack's without one.
    private static func severityText(_ rule: Rule, in table: RuleTable?) -> String {
        guard let table else { return rule.descriptor.severity.rawValue }
        return table.entry(rule.id)?.severity.rawValue ?? "off"
    }

    /// `wflint explain ID-or-NAME`: the rule's header, summary, where it
    /// applies, description and every example with its expected findings.
    public static func explain(_ rule: Rule) -> String {
        let descriptor = rule.descriptor
        var lines = [
            "\(descriptor.id) \(descriptor.name) (\(descriptor.severity.rawValue))",
            "",
            descriptor.summary,
            "",
            "Applies to: \(kindsText(descriptor))",
        ]
        // A built-in rule's section of rules.md, as SARIF and JSON link it.
        if let uri = ToolInfo.wflint.helpURI(for: descriptor) { lines.append("Help: \(uri)") }
        if case .swift(_, let why) = rule.implementation { lines.append("Implemented in Swift: \(why.trimmed)") }
        lines += fixLines(rule).map { "Fix: \($0)" }
        lines += ["", descriptor.description.trimmed, ""]
        for (title, examples) in [("Valid", rule.examples.valid), ("Invalid", rule.examples.invalid)] {
            for (index, example) in examples.enumerated() {
                lines.append("\(title) example \(index + 1) (\(exampleCaption(example))):")
                lines += indented(example.text)
                lines.append("")
                if let fixed = example.fixed {
                    lines.append("\(title) example \(index + 1) after \(fixCommand(rule)):")
                    lines += indented(fixed)
                    lines.append("")
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func indented(_ text: String) -> [String] {
        text.trimmedTrailingNewlines.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
    }

    /// `safe (applied by --fix): rewrite the entry to its network address`, one
    /// a fix the rule plans; `none` for a rule without.
    private static func fixLines(_ rule: Rule) -> [String] {
        rule.fixes.isEmpty ? ["none"] : rule.fixes.map { "\($0.kindText): \($0.description)" }
    }

    /// What a `fixed:` example shows: `wflint --fix`, with `--unsafe-fixes` when the rule has unsafe fixes.
    private static func fixCommand(_ rule: Rule) -> String {
        rule.fixes.contains { $0.applicabilities.contains(.unsafe) } ? "wflint --fix --unsafe-fixes" : "wflint --fix"
    }

    /// `safe`, `unsafe`, `safe or unsafe`, or empty: the kinds of a rule's fixes, for the index table.
    private static func fixKinds(_ rule: Rule) -> String {
        let kinds = Set(rule.fixes.flatMap(\.applicabilities))
        return [FixApplicability.safe, .unsafe].filter(kinds.contains).map(\.rawValue).joined(separator: " or ")
    }

    /// `docs/rules.md`: an index table, then one section a rule (what it
    /// checks, why it matters and what to do, examples).
    public static func markdown(_ rules: [Rule]) -> String {
        let sorted = rules.sorted { $0.id < $1.id }
        var out = [
            "# wflint rules",
            "",
            "<!-- Generated from the packs in rules/ by Scripts/generate; do not edit. -->",
            "",
            "Every rule wflint runs by default, built from the packs in [`rules/`](../rules). "
                + "`wflint rules` lists them and `wflint explain ID-or-NAME` prints one.",
            "",
            "| id | name | severity | fix | summary |",
            "|---|---|---|---|---|",
        ]
        out += sorted.map { rule in
            "| [\(rule.id)](#\(anchor(rule))) | \(rule.name) | \(rule.descriptor.severity.rawValue) | \(fixKinds(rule)) | "
                + "\(rule.descriptor.summary.escapingTablePipes) |"
        }
        for rule in sorted { out += [""] + section(rule) }
        return out.joined(separator: "\n") + "\n"
    }

    /// The GitHub anchor of a rule's section heading (`wf201-cidr-invalid`).
    public static func anchor(_ rule: Rule) -> String { "\(rule.id.lowercased())-\(rule.name)" }

    private static func section(_ rule: Rule) -> [String] {
        let descriptor = rule.descriptor
        var out = [
            "## \(descriptor.id) \(descriptor.name)",
            "",
            "### What it checks",
            "",
            descriptor.summary,
            "",
            "- Severity: `\(descriptor.severity.rawValue)`",
            "- Applies to: \(kindsText(descriptor))",
            "- Pack: `\(rule.file)`",
        ]
        if case .swift(_, let why) = rule.implementation { out.append("- Implemented in Swift: \(why.trimmed)") }
        out += fixLines(rule).map { "- Fix: \($0)" }
        out += ["", "### Why it matters, what to do, reference", "", descriptor.description.trimmed, "", "### Examples"]
        for (title, examples) in [("Valid", rule.examples.valid), ("Invalid", rule.examples.invalid)] {
            for example in examples {
                out += ["", "\(title) (\(exampleCaption(example))):", "", "```\(example.format.rawValue)"]
                out.append(example.text.trimmedTrailingNewlines)
                out.append("```")
                if let fixed = example.fixed {
                    out += ["", "After `\(fixCommand(rule))`:", "", "```\(example.format.rawValue)"]
                    out.append(fixed.trimmedTrailingNewlines)
                    out.append("```")
                }
            }
        }
        return out
    }

    private static func exampleCaption(_ example: RuleExample) -> String {
        var parts = [example.format.rawValue]
        if let file = example.file { parts.append("as \(file)") }
        if let operation = example.operation { parts.append("read as \(operation.rawValue)") }
        if !example.findings.isEmpty {
            let positions = example.findings.map { $0.position.description }.joined(separator: ", ")
            parts.append(example.findings.count == 1 ? "finding at \(positions)" : "findings at \(positions)")
        }
        return parts.joined(separator: ", ")
    }

    private static func kindsText(_ descriptor: RuleDescriptor) -> String {
        guard let kinds = descriptor.kinds else { return "every document kind" }
        return kinds.map(\.rawValue).sorted().joined(separator: ", ")
    }
}

extension String {
    func padding(to width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }

    var trimmed: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }

    /// `|` escaped for a markdown table cell.
    var escapingTablePipes: String {
        var out = ""
        for ch in self { if ch == "|" { out += "\\|" } else { out.append(ch) } }
        return out
    }

    var trimmedTrailingNewlines: String {
        var text = Substring(self)
        while text.last == "\n" { text.removeLast() }
        return String(text)
    }
}
