import DocumentModel
import HCLReader
import PCRERegex

/// Lints a Terraform file: each `aws_sagemaker_workforce` resource is
/// translated into the CreateWorkforce request it sends and checked by every
/// check, as a JSON or YAML request is; the findings then name everything
/// the way Terraform does (`TerraformNames`, and Terraform's JSON pointers).
enum TerraformLinting {
    /// Lints `bytes`. A file met in a walk that does not even mention the
    /// resource type (most of a repository's Terraform) is skipped before it
    /// is parsed; one named on the command line without a resource gets WF000
    /// (but a `.tfvars` file, which never has one).
    static func lintSource(
        _ bytes: [UInt8], file: String, checks: [any Check], rules: RuleTable, reportUnknown: Bool,
        readLimits: ReadLimits, matchContext: MatchContext, maximumFindings: Int,
        schema: TerraformResourceSchema = .builtin
    ) -> SourceLintResult {
        guard reportUnknown || contains(bytes, schema.type) else {
            return SourceLintResult(findings: [], sensitiveRanges: [], isSkipped: true)
        }
        let parsed: HCLFile
        do {
            parsed = try HCLReader.parse(bytes, limits: readLimits)
        } catch {
            var sink = FindingSink(rules: rules, file: file, documentIndex: 0)
            let rule = error.syntaxError.exceededLimit == nil ? CoreRule.syntaxError : CoreRule.resourceLimit
            sink.report(rule, range: SourceRange(at: error.position), pointer: .root, message: error.message)
            return SourceLintResult(findings: sink.findings, sensitiveRanges: [])
        }
        let blocks = TerraformTranslator.resources(of: schema, in: parsed)
        var findings: [Finding] = []
        var sensitiveRanges: [SourceRange] = []
        var resources: [TerraformResource] = []
        for (index, block) in blocks.enumerated() {
            let resource = TerraformTranslator.translate(block, index: index, schema: schema, source: parsed.source)
            resources.append(resource)
            let checked = DocumentLinter.lintDocument(
                resource.document, kind: schema.kind, file: file, checks: checks, rules: rules,
                matchContext: matchContext, maximumFindings: maximumFindings,
                names: TerraformNames(schema: schema, resourceName: resource.name))
            // The translation's findings are held to `max-findings` as the
            // checks' are: a file of a million mistyped arguments reports as
            // many as that, then one WF011.
            var own = FindingSink(
                rules: rules, file: file, documentIndex: index,
                capacity: maximumFindings == .max ? .max : maximumFindings + 1)
            for node in resource.sensitive { own.markSensitive(node) }
            for finding in resource.findings {
                own.report(
                    finding.ruleID, range: finding.range, pointer: finding.pointer, message: finding.message,
                    related: finding.related)
            }
            own.keepFirst(maximumFindings)
            findings += checked.findings.map { finding in
                var finding = finding
                finding.pointer = resource.terraformPointer(finding.pointer)
                finding.message = schema.messages[finding.ruleID] ?? finding.message
                return finding
            }
            findings += own.findings
            sensitiveRanges += checked.sensitiveRanges + own.sensitiveRanges
        }
        // A variable values file holds no resource; it is read for its syntax
        // only (its values are for a later step: docs/terraform.md).
        if blocks.isEmpty && reportUnknown && !isVariableValues(file) {
            var sink = FindingSink(rules: rules, file: file, documentIndex: 0)
            sink.report(
                CoreRule.unknownDocument, range: SourceRange(at: .start), pointer: .root,
                message: "not a workforce document: the Terraform file has no resource \"\(schema.type)\"")
            findings += sink.findings
        }
        return SourceLintResult(
            findings: findings.sorted(by: Finding.reportOrder), sensitiveRanges: sensitiveRanges,
            directives: directives(in: parsed, resources: resources))
    }

    /// The `# wflint-disable…` and `// wflint-disable…` comments, each in
    /// the document of the resource it lies in.
    static func directives(in file: HCLFile, resources: [TerraformResource]) -> [SuppressionDirective] {
        file.comments.compactMap { comment in
            guard comment.style != .inline, comment.text.contains(SuppressionDirective.marker) else { return nil }
            let start = file.source.position(ofByte: comment.range.start)
            let index = resources.firstIndex { $0.range.contains(comment.range) } ?? 0
            return SuppressionDirective.parse(
                comment: Array(comment.text.unicodeScalars)[...], line: start.line, column: start.column,
                documentIndex: index, openerLength: comment.style == .doubleSlash ? 2 : 1)
        }
    }

    /// Whether `file` names a `.tfvars` file, which pre-commit hands over
    /// with the `.tf` files (both are its type `terraform`).
    static func isVariableValues(_ file: String) -> Bool { file.lowercased().hasSuffix(".tfvars") }

    /// Whether `bytes` hold `word`: a search at memory speed, before any parse.
    static func contains(_ bytes: [UInt8], _ word: String) -> Bool {
        let needle = Array(word.utf8)
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        var index = 0
        let last = bytes.count - needle.count
        while index <= last {
            guard let found = bytes[index...last].firstIndex(of: first) else { return false }
            if bytes[found..<(found + needle.count)].elementsEqual(needle) { return true }
            index = found + 1
        }
        return false
    }
}
