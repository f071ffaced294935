import DocumentModel
import JSONReader
import PCRERegex
import YAMLReader

/// What linting one source (a file, standard input, a rule example) produced:
/// the findings in report order, and the ranges of sensitive values that no
/// excerpt may show.
public struct SourceLintResult: Sendable {
    public var findings: [Finding]
    public var sensitiveRanges: [SourceRange]
    /// The parsed documents (the complete ones, before a syntax error), for
    /// telling comments from scalars when the file has suppression comments.
    public var documents: [Document] = []
    /// A rule pack met in a directory walk: not a file wflint checks, so not
    /// counted as one (`RulePackFile`).
    public var isSkipped = false
}

/// Lints documents with a rule set's checks: shared by the engine (`Linter`)
/// and the rule-example tests, so that examples run through the same path a
/// user's file does.
public enum DocumentLinter {
    /// Runs `checks` over one document of a known kind: every check's
    /// `supersede` first (so precedence holds whatever the order of checks),
    /// then every `check`. With the `source` it was read from, findings carry
    /// the fixes their checks plan (see `Fixes/`).
    public static func lintDocument(
        _ document: Document, kind: DocumentKind, file: String, checks: [any Check], rules: RuleTable,
        matchContext: MatchContext = .default, capacity: Int = .max, source: SourceText? = nil
    ) -> FindingSink {
        let conditionSets = document.hasAliases
            ? checks.compactMap { ($0 as? DeclarativeRule)?.conditions }.filter { !$0.isEmpty } : []
        let context = DocumentContext(
            file: file, document: document, kind: kind, matchContext: matchContext, conditionSets: conditionSets,
            source: source)
        var supersession = Supersession()
        for check in checks { check.supersede(in: context, &supersession) }
        var sink = FindingSink(rules: rules, file: file, documentIndex: document.index, capacity: capacity)
        for check in checks { check.check(context, supersession: supersession, into: &sink) }
        sink.placeAtAliasSites(of: document)
        return sink
    }

    /// Parses `bytes` as `format` and lints every document: a syntax error is
    /// WF001, a document over `readLimits` WF011 (the documents before either
    /// are still linted); a document whose kind
    /// cannot be told is skipped, and when no document of the source is a
    /// workforce document and `reportUnknown` is set (a file named on the
    /// command line), the source gets one WF000 note at its first root.
    ///
    /// A stream of many documents (a rendered deployment bundle) has its
    /// documents checked on up to `jobs` threads; the findings are sorted into
    /// report order either way, so the output does not depend on `jobs`.
    ///
    /// At most `maximumFindings` are reported, then one WF011 at the first
    /// finding left out (see `keepingAtMost`).
    public static func lintSource(
        _ bytes: [UInt8], format: SourceFormat, file: String, operation: Operation?,
        checks: [any Check], rules: RuleTable, reportUnknown: Bool, jobs: Int = 1,
        readLimits: ReadLimits = .default, matchContext: MatchContext = .default,
        maximumFindings: Int = LintLimits.defaultFindings
    ) -> SourceLintResult {
        let stream =
            format == .json ? JSONReader.parse(bytes, limits: readLimits) : YAMLReader.parse(bytes, limits: readLimits)
        if format == .yaml && stream.syntaxError == nil && RulePackFile.isPack(stream.documents) {
            guard reportUnknown else { return SourceLintResult(findings: [], sensitiveRanges: [], isSkipped: true) }
            return SourceLintResult(
                findings: RulePackFile.validate(bytes, file: file, rules: rules).findings, sensitiveRanges: [],
                documents: stream.documents)
        }
        let documents = claimsEmptyFile(stream, reportUnknown: reportUnknown, operation: operation)
            ? [emptyFileDocument] : stream.documents
        let documentJobs = documents.count >= minimumDocumentsToSpread ? jobs : 1
        let documentSinks = parallelMap(documents, jobs: documentJobs) { document -> FindingSink? in
            // A file named on the command line under an operation (--operation,
            // or `operations:` in the configuration) is that operation's request
            // whatever its keys: the user said so, and the AWS CLI would send it,
            // and refuse it, as one. In a walk, only detection decides, so that
            // a package.json never becomes a workforce document.
            let claimed = reportUnknown ? operation?.requestKind : nil
            guard let kind = DocumentKind.resolve(root: document.root, operation: operation) ?? claimed else {
                return nil
            }
            // One over the maximum, so that a document that went over is seen to.
            return lintDocument(
                document, kind: kind, file: file, checks: checks, rules: rules, matchContext: matchContext,
                capacity: maximumFindings + 1, source: stream.source)
        }
        var sinks = documentSinks.compactMap { $0 }
        let recognized = !sinks.isEmpty
        var extra = FindingSink(rules: rules, file: file, documentIndex: 0)
        if let error = stream.syntaxError {
            extra = FindingSink(rules: rules, file: file, documentIndex: error.documentIndex)
            let rule = error.exceededLimit == nil ? CoreRule.syntaxError : CoreRule.resourceLimit
            extra.report(rule, range: SourceRange(at: error.position), pointer: .root, message: error.message)
        } else if reportUnknown && !recognized {
            let root = stream.documents.first?.root
            extra.report(
                CoreRule.unknownDocument, range: root?.range ?? SourceRange(at: .start), pointer: .root,
                message: "not a workforce document: its top-level keys match no document kind; "
                    + "name its operation with --operation if it is an UpdateWorkforce or ListWorkforces request")
        }
        sinks.append(extra)
        let findings = sinks.flatMap(\.findings).sorted(by: Finding.reportOrder)
        return SourceLintResult(
            findings: keepingAtMost(maximumFindings, of: findings, rules: rules, file: file),
            sensitiveRanges: sinks.flatMap(\.sensitiveRanges), documents: stream.documents)
    }

    /// The first `maximum` of `findings` (in report order), and past them one
    /// WF011 where the first finding left out is. A document's own findings
    /// stop at one over the maximum while it is checked (`FindingSink.capacity`),
    /// so when one document goes over, which of its findings are kept follows
    /// the order of the checks; a file only goes over with aliases or by far
    /// more defects than anyone reads.
    static func keepingAtMost(_ maximum: Int, of findings: [Finding], rules: RuleTable, file: String) -> [Finding] {
        guard findings.count > maximum else { return findings }
        let firstLeftOut = findings[maximum]
        var sink = FindingSink(rules: rules, file: file, documentIndex: firstLeftOut.documentIndex)
        sink.report(
            CoreRule.resourceLimit, range: firstLeftOut.range, pointer: firstLeftOut.pointer,
            message: "the file has more than \(maximum) findings; the rest are not reported "
                + "(\(ResourceLimit.findings.settingName))")
        return Array(findings.prefix(maximum)) + sink.findings
    }
}

extension DocumentLinter {
    /// Whether an empty file (no document at all) is checked as the request
    /// of the operation it was named under: the loaders read it as null, which
    /// the AWS CLI refuses, so it must not pass as "not a workforce document".
    static func claimsEmptyFile(_ stream: ParsedStream, reportUnknown: Bool, operation: Operation?) -> Bool {
        stream.documents.isEmpty && stream.syntaxError == nil && reportUnknown && operation != nil
    }

    /// What an empty file loads as: one null document at its start.
    static let emptyFileDocument = Document(
        index: 0, root: Node(.scalar(Scalar(text: "", style: .plain, value: .null)), range: SourceRange(at: .start)))

    /// Below this many documents a source is checked on one thread: handing
    /// out a few small documents costs more than it saves.
    static let minimumDocumentsToSpread = 64
}
