import DocumentModel
import JSONReader
import PCRERegex

extension TerraformLinting {
    /// Lints a JSON source that is a Terraform plan or state (`terraform show
    /// -json`, `TerraformPlan`), or returns nil for one that is not, which is
    /// then read as the JSON document it is. Only a source that mentions
    /// `terraform_version` is parsed here, and in a walk only one that
    /// mentions the resource type too. Each resource's findings point into the
    /// file and carry its address as their logical location. A named plan
    /// without a workforce gets WF000.
    static func lintPlan(
        _ bytes: SourceBytes, file: String, checks: [any Check], rules: RuleTable, reportUnknown: Bool,
        readLimits: ReadLimits, matchContext: MatchContext, maximumFindings: Int,
        schema: TerraformResourceSchema = .builtin
    ) -> SourceLintResult? {
        guard contains(bytes, "terraform_version"), reportUnknown || contains(bytes, schema.type) else { return nil }
        let stream = JSONReader.parse(bytes, limits: readLimits)
        guard let root = stream.documents.first?.root, TerraformPlan.isPlan(root) else { return nil }
        let plan = TerraformPlan(root: root, type: schema.type)
        let resources = plan.resources.enumerated().map { index, resource in
            TerraformPlanTranslator.translate(resource, index: index, schema: schema)
        }
        // A plan holds every secret as evaluated, wherever it came from: that
        // one is there says nothing of what the configuration commits.
        let planChecks = checks.filter { !(($0 as? DeclarativeRule)?.looksForCommittedSecrets ?? false) }
        var (findings, sensitiveRanges, cutDocuments) = check(
            resources, file: file, checks: planChecks, rules: rules, matchContext: matchContext,
            maximumFindings: maximumFindings, schema: schema, isPlan: true, source: stream.source)
        if resources.isEmpty {
            guard reportUnknown else { return SourceLintResult(findings: [], sensitiveRanges: [], isSkipped: true) }
            var sink = FindingSink(rules: rules, file: file, documentIndex: 0)
            sink.report(
                CoreRule.unknownDocument, range: root.range, pointer: .root,
                message: "not a workforce document: the Terraform plan or state has no resource \"\(schema.type)\"")
            findings = sink.findings
        }
        var result = SourceLintResult(findings: findings.sorted(by: Finding.reportOrder), sensitiveRanges: sensitiveRanges)
        result.cutDocuments = cutDocuments
        return result
    }
}

extension DeclarativeRule {
    /// Whether the rule reports a secret written as a literal (`secret-literal`).
    var looksForCommittedSecrets: Bool { checks.contains { $0.function is SecretLiteralFunction } }
}
