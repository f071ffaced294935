import DocumentModel
import HCLReader
import JSONReader
import YAMLReader

/// What an editor shows over a position (LSP's hover), as Markdown: the
/// `wflint explain` text of each rule whose finding covers it, and the API
/// member's documentation over a key (over a Terraform argument or block
/// name, in `.tf` or `.tf.json`, the member it is, with Terraform's names).
public enum Hover {
    /// The hover of `position` in `bytes`, the text of `input` whose
    /// findings (as shown) are `findings`; nil when there is nothing to show. `ruleSet` holds the
    /// rules the findings name; `operation` is the one the document is read
    /// as (`--operation`, the configuration's `operations:`), if any;
    /// `limits` those the document is read within (the configuration's).
    public static func markdown(
        at position: SourcePosition, in bytes: [UInt8], as input: LintInput, findings: [Finding],
        ruleSet: RuleSet, operation: Operation? = nil, limits: ReadLimits = .default, catalog: ShapeCatalog = .builtin
    ) -> String? {
        var parts = explanations(at: position, findings: findings, ruleSet: ruleSet)
        switch SourceFormat.of(name: input.displayName, bytes: bytes) {
        case .hcl:
            if let docs = terraformDocs(at: position, in: bytes, limits: limits, catalog: catalog) { parts.append(docs) }
        // Terraform's JSON syntax: its keys are Terraform's names, documented
        // as the members they are (a `.tfvars.json` holds values only).
        case .terraformJSON:
            if input.displayName.hasSuffix(".tf.json"),
                let docs = terraformJSONDocs(at: position, in: bytes, limits: limits, catalog: catalog)
            {
                parts.append(docs)
            }
        case .json, .yaml:
            if let docs = keyDocs(at: position, in: bytes, as: input, operation: operation, limits: limits, catalog: catalog) {
                parts.append(docs)
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "\n\n---\n\n")
    }

    /// `wflint explain`'s text of each rule (once) whose finding's range holds `position`.
    static func explanations(at position: SourcePosition, findings: [Finding], ruleSet: RuleSet) -> [String] {
        var seen = Set<String>()
        return findings.compactMap { finding in
            guard finding.range.start <= position, position <= finding.range.end, seen.insert(finding.ruleID).inserted,
                let rule = ruleSet.rule(finding.ruleID)
            else { return nil }
            return "```text\n" + RuleCatalogText.explain(rule).trimmedTrailingNewlines + "\n```"
        }
    }

    /// The member documentation of the key `position` is on, in a JSON or
    /// YAML document (the complete documents before a syntax error, if any).
    static func keyDocs(
        at position: SourcePosition, in bytes: [UInt8], as input: LintInput, operation: Operation?,
        limits: ReadLimits, catalog: ShapeCatalog
    ) -> String? {
        let stream = SourceFormat.of(name: input.displayName, bytes: bytes) == .json
            ? JSONReader.parse(bytes, limits: limits) : YAMLReader.parse(bytes, limits: limits)
        for document in stream.documents where document.root.range.start <= position && position <= document.root.range.end {
            guard let path = keyPath(to: position, in: document.root),
                let kind = DocumentKind.resolve(root: document.root, operation: operation, catalog: catalog),
                let member = catalog.member(at: path, from: catalog.root(of: kind))
            else { return nil }
            return MemberDocs.markdown(member, catalog: catalog)
        }
        return nil
    }

    /// The path to the key whose range holds `position`; nil when it is on
    /// no key. One branch is followed, so the walk is as long as the nesting.
    static func keyPath(to position: SourcePosition, in root: Node) -> [PathStep]? {
        var path: [PathStep] = []
        var node = root
        let holds = { (node: Node) in node.range.start <= position && position < node.range.end }
        while true {
            switch node.content {
            case .scalar: return nil
            case .sequence(let items):
                guard let item = items.first(where: holds) else { return nil }
                path.append(.item)
                node = item
            case .mapping(let entries):
                if let entry = entries.first(where: { holds($0.key) }) {
                    return entry.name.map { path + [.member($0)] }
                }
                guard let entry = entries.first(where: { holds($0.value) }), let name = entry.name else { return nil }
                path.append(.member(name))
                node = entry.value
            }
        }
    }
}
