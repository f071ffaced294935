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
    /// What the documents told of the `#`s on the lines with a suppression
    /// marker, when the caller asked (`lintSource`'s `commentSites`).
    public var commentSites: CommentSites?
    /// The suppression directives of a source whose comments its reader
    /// gives (Terraform), found without the YAML comment scanner.
    var directives: [SuppressionDirective]?
    /// Whether `directives` may silence findings another input's lint shows
    /// in this source (a Terraform override file whose resource an earlier
    /// input checks): then none of them gets WF010 for silencing nothing,
    /// which this lint alone cannot tell (an unknown name still gets one).
    var directivesServeOtherInputs = false
    /// A rule pack met in a directory walk: not a file wflint checks, so not
    /// counted as one (`RulePackFile`).
    public var isSkipped = false
    /// Whether every document of the source parsed: a source that does not is
    /// never fixed, so its findings offer no fix.
    public var parses = true
    /// The other files some findings point into (a Terraform value written in
    /// a `.tfvars` file): what is needed to show them.
    public var referencedFiles: [ReferencedFile] = []
    /// The secrets a stream's documents hide in one another, which a diff
    /// masks wherever it shows them (`SecretsAcrossDocuments`).
    public var secretTexts: Set<String> = []
    /// The documents (by index) whose findings `max-findings` cut: whether a
    /// suppression comment silences nothing cannot be told there, whether
    /// or not their WF011 is reported.
    var cutDocuments: Set<Int> = []
    /// A Terraform file that parsed and declares no workforce resource (a
    /// file of `variable`s or `locals`, a `.tfvars` file): what it holds is
    /// checked by the lints of its module's workforce resources
    /// (`Linter.findingsOfItsModule`).
    var declaresNoWorkforce = false
    /// A Terraform file whose lint showed its module's own findings in the
    /// files no lint of their own shows (`TerraformModuleDeclarations.moduleFindingsLint`).
    var showedModuleFindings = false

    public init(
        findings: [Finding], sensitiveRanges: [SourceRange], commentSites: CommentSites? = nil, isSkipped: Bool = false,
        parses: Bool = true
    ) {
        self.findings = findings
        self.sensitiveRanges = sensitiveRanges
        self.commentSites = commentSites
        self.isSkipped = isSkipped
        self.parses = parses
    }

    init(findings: [Finding], sensitiveRanges: [SourceRange], directives: [SuppressionDirective]) {
        self.init(findings: findings, sensitiveRanges: sensitiveRanges)
        self.directives = directives
    }
}

/// A file other than the linted one that findings point into: a Terraform
/// module's `.tfvars` file or another `.tf` file, where a value was written.
public struct ReferencedFile: Sendable {
    /// As `Finding.file` names it.
    public let path: String
    public let bytes: [UInt8]
    /// The ranges of sensitive values in it, to mask in every output.
    public var sensitiveRanges: [SourceRange]
    /// More of them, as its Terraform module's declarations found them (a
    /// value a `client_secret` of the module reads): one array that every
    /// lint of the module hands on without a copy of its own. A lint's
    /// outcome is kept until the run's report; a copy in each of N lints of
    /// N ranges held 2,000 workforce files' lints' 250 MiB.
    public var moduleSensitiveRanges: [SourceRange] = []

    /// `sensitiveRanges` and `moduleSensitiveRanges`.
    public var allSensitiveRanges: [SourceRange] {
        moduleSensitiveRanges.isEmpty ? sensitiveRanges : sensitiveRanges + moduleSensitiveRanges
    }
    /// Its suppression comments, which silence findings shown in it.
    var directives: [SuppressionDirective] = []
}

/// Lints documents with a rule set's checks: shared by the engine (`Linter`)
/// and the rule-example tests, so that examples run through the same path a
/// user's file does.
public enum DocumentLinter {
    /// Runs `checks` over one document of a known kind: every check's
    /// `supersede` first (so precedence holds whatever the order of checks),
    /// then every `check`. With the `source` it was read from, findings carry
    /// the fixes their checks plan (see `Fixes/`). `sensitiveNodes`: values
    /// kept secret though no key says so (`DocumentContext.sensitiveNodes`),
    /// and `concealed` their texts and any other the messages must not show
    /// (`FindingSink.alsoConceal`).
    public static func lintDocument(
        _ document: Document, kind: DocumentKind, file: String, checks: [any Check], rules: RuleTable,
        matchContext: MatchContext = .default, maximumFindings: Int = .max, source: SourceText? = nil,
        names: (any MemberNaming)? = nil, sensitiveNodes: Set<Int> = [], concealed: Set<String> = [],
        startsWithByteOrderMark: Bool = false
    ) -> FindingSink {
        let conditionSets = document.hasAliases
            ? checks.compactMap { ($0 as? DeclarativeRule)?.conditions }.filter { !$0.isEmpty } : []
        let context = DocumentContext(
            file: file, document: document, kind: kind, matchContext: matchContext, conditionSets: conditionSets,
            source: source, names: names, sensitiveNodes: sensitiveNodes)
        var supersession = Supersession()
        for check in checks { check.supersede(in: context, &supersession) }
        // One over the maximum, so that a document that went over is seen to.
        var sink = FindingSink(
            rules: rules, file: file, documentIndex: document.index,
            capacity: maximumFindings == .max ? .max : maximumFindings + 1)
        sink.alsoConceal(concealed)
        // First, as its place is: counted in `max-findings` as every finding is.
        if startsWithByteOrderMark && !kind.isResponse { reportByteOrderMark(into: &sink) }
        for check in checks { check.check(context, supersession: supersession, into: &sink) }
        sink.placeAtAliasSites(of: document)
        sink.keepFirst(maximumFindings)
        return sink
    }

    /// WF001 for a JSON request whose file starts with a UTF-8 byte-order
    /// mark: the AWS CLI reads `--cli-input-json file://` in the locale's
    /// encoding and hands the text to Python's `json.loads`, which refuses it
    /// ("Unexpected UTF-8 BOM"), as does `json.load` in a boto3 script.
    /// (YAML allows one, and ruamel.yaml and PyYAML read it.) Told of a
    /// request only: a walk's other JSON files are left alone, and a response
    /// is the CLI's output, never its input. The document is still checked,
    /// as it parses.
    static func reportByteOrderMark(into sink: inout FindingSink) {
        sink.report(
            CoreRule.syntaxError, range: SourceRange(at: .start), pointer: .root,
            message: "the file starts with a UTF-8 byte-order mark, which the AWS CLI refuses in JSON "
                + "(Python's json.loads: \"Unexpected UTF-8 BOM\"); save it as UTF-8 without a byte-order mark")
    }

    /// Parses `bytes` as `format` and lints every document: a syntax error is
    /// WF001, a document over `readLimits` WF011 (the documents before either
    /// are still linted); a document whose kind
    /// cannot be told is skipped, and when no document of the source is a
    /// workforce document and `reportUnknown` is set (a file named on the
    /// command line), the source gets one WF000 note at its first root.
    ///
    /// A YAML stream is read document by document, each checked as soon as it
    /// is complete and then freed; a stream of many documents (a rendered
    /// deployment bundle) has them checked on up to `jobs` threads while it is
    /// read (`StreamedChecks`). The findings are sorted into report order
    /// either way, so the output does not depend on `jobs`.
    ///
    /// At most `maximumFindings` a document are reported, then one WF011 at
    /// the first finding left out (`FindingSink.keepFirst`).
    ///
    /// `commentSites` (the file's lines with a suppression marker) comes back
    /// in the result with what the documents tell of them.
    public static func lintSource(
        _ bytes: [UInt8], format: SourceFormat, file: String, operation: Operation?,
        checks: [any Check], rules: RuleTable, reportUnknown: Bool, jobs: Int = 1,
        readLimits: ReadLimits = .default, matchContext: MatchContext = .default,
        maximumFindings: Int = LintLimits.defaultFindings, commentSites: CommentSites? = nil,
        terraformModule: TerraformModuleSources = TerraformModuleSources()
    ) -> SourceLintResult {
        lintSource(
            SourceBytes(bytes), format: format, file: file, operation: operation, checks: checks, rules: rules,
            reportUnknown: reportUnknown, jobs: jobs, readLimits: readLimits, matchContext: matchContext,
            maximumFindings: maximumFindings, commentSites: commentSites, terraformModule: terraformModule)
    }

    /// The same, over a source held as `SourceBytes` (read or mapped).
    public static func lintSource(
        _ bytes: SourceBytes, format: SourceFormat, file: String, operation: Operation?,
        checks: [any Check], rules: RuleTable, reportUnknown: Bool, jobs: Int = 1,
        readLimits: ReadLimits = .default, matchContext: MatchContext = .default,
        maximumFindings: Int = LintLimits.defaultFindings, commentSites: CommentSites? = nil,
        terraformModule: TerraformModuleSources = TerraformModuleSources()
    ) -> SourceLintResult {
        if format == .hcl || format == .terraformJSON {
            return TerraformLinting.lintSource(
                bytes.array, syntax: format == .hcl ? .native : .json, file: file, checks: checks, rules: rules,
                reportUnknown: reportUnknown, readLimits: readLimits, matchContext: matchContext,
                maximumFindings: maximumFindings, module: terraformModule)
        }
        if format == .json,
            let plan = TerraformLinting.lintPlan(
                bytes, file: file, checks: checks, rules: rules, reportUnknown: reportUnknown, readLimits: readLimits,
                matchContext: matchContext, maximumFindings: maximumFindings)
        {
            return plan
        }
        // Told once for the source, not at each of its documents.
        let startsWithByteOrderMark = format == .json && bytes.starts(with: SourceFormat.utf8BOM)
        let streamed = StreamedChecks(jobs: jobs, recordsDocumentEnds: commentSites != nil) { document, source -> FindingSink? in
            // A file named on the command line under an operation (--operation,
            // or `operations:` in the configuration) is that operation's request
            // whatever its keys: the user said so, and the AWS CLI would send it,
            // and refuse it, as one. In a walk, only detection decides, so that
            // a package.json never becomes a workforce document.
            let claimed = reportUnknown ? operation?.requestKind : nil
            guard let kind = DocumentKind.resolve(root: document.root, operation: operation) ?? claimed else {
                return nil
            }
            var sink = lintDocument(
                document, kind: kind, file: file, checks: checks, rules: rules, matchContext: matchContext,
                maximumFindings: maximumFindings, source: source,
                startsWithByteOrderMark: startsWithByteOrderMark && document.index == 0)
            sink.markValuesHoldingSecrets(in: document, source: source)
            return sink
        }
        var read = ReadDocuments(mayBePack: format == .yaml, streamed: streamed)
        let (stream, documentCount) = format == .json
            ? read.all(JSONReader.parse(bytes, limits: readLimits))
            // A file with a directive marker keeps its comments: they tell
            // which of its `#`s start one (`CommentScanner`).
            : YAMLReader.stream(bytes, limits: readLimits, keepingComments: commentSites != nil) {
                read.receive($0, source: $1)
            }
        let held = read.held.prefix(documentCount)
        if stream.syntaxError == nil, let first = held.first, RulePackFile.isPack(first.document) {
            // Nothing was handed on, unless a document read again became a pack's.
            _ = streamed.finish(documentCount: 0)
            guard reportUnknown else { return SourceLintResult(findings: [], sensitiveRanges: [], isSkipped: true) }
            return SourceLintResult(
                findings: RulePackFile.validate(bytes.array, file: file, rules: rules).findings, sensitiveRanges: [],
                commentSites: commentSites.map {
                    gathered($0, from: stream, documentEndLines: held.map(\.document.root.range.end.line), documentCount: documentCount)
                })
        }
        // A first document that looked like a pack, in a stream that is not one.
        for item in held { streamed.receive(item.document, source: item.source) }
        let claimsEmpty = claimsEmptyFile(stream, documentCount: documentCount, reportUnknown: reportUnknown, operation: operation)
        if claimsEmpty { streamed.receive(emptyFileDocument, source: stream.source) }
        var outcomes = streamed.finish(documentCount: claimsEmpty ? 1 : documentCount)
        let recognized = outcomes.isAnyRecognized
        var extra = FindingSink(rules: rules, file: file, documentIndex: 0)
        // YAML the AWS CLI cannot load, and never reads: as any other file that is no workforce document.
        let isNoWorkforceYAML = format == .yaml && !recognized && !(reportUnknown && operation != nil)
            && stream.syntaxError.map {
                holdsNoWorkforceDocument(bytes, failingWith: $0, operation: operation, limits: readLimits)
            } ?? false
        if let error = stream.syntaxError, !isNoWorkforceYAML {
            extra = FindingSink(rules: rules, file: file, documentIndex: error.documentIndex)
            let rule = error.exceededLimit == nil ? CoreRule.syntaxError : CoreRule.resourceLimit
            let shown = error.concealingQuotedSecret(in: bytes)
            extra.report(rule, range: SourceRange(at: shown.position), pointer: .root, message: shown.message)
        } else if reportUnknown && !recognized {
            let root = documentCount > 0 ? read.firstRoot : nil
            let message = TerraformLookalike.holds(bytes.withUnsafeBufferPointer { Array($0.prefix(TerraformLookalike.searched)) })
                ? "not a workforce document: it reads as Terraform, which wflint reads from a .tf file; name the file "
                    + "so, or standard input with --stdin-filename main.tf"
                : "not a workforce document: its top-level keys match no document kind; "
                    + "name its operation with --operation if it is an UpdateWorkforce or ListWorkforces request"
            extra.report(
                CoreRule.unknownDocument, range: root ?? SourceRange(at: .start), pointer: .root, message: message)
        }
        // Put in order in place: a long stream's findings are not copied again.
        var findings = outcomes.findings
        outcomes.findings = []
        findings += extra.findings
        findings.sort(by: Finding.reportOrder)
        var sensitiveRanges = outcomes.sensitiveRanges
        outcomes.sensitiveRanges = []
        sensitiveRanges += extra.sensitiveRanges
        // A document that does not parse counts: its excerpt shows lines too.
        let documentsInStream = documentCount + (stream.syntaxError == nil ? 0 : 1)
        let acrossDocuments = documentsInStream > 1 ? SecretsAcrossDocuments(outcomes.secretTexts) : nil
        acrossDocuments?.conceal(in: &findings, sensitiveRanges: &sensitiveRanges, source: stream.source)
        var result = SourceLintResult(
            findings: findings,
            sensitiveRanges: sensitiveRanges,
            commentSites: commentSites.map {
                gathered(
                    $0, from: stream, documentEndLines: Array(streamed.documentEndLines.prefix(documentCount)),
                    documentCount: documentCount)
            },
            parses: stream.syntaxError == nil)
        result.cutDocuments = outcomes.cutDocuments
        result.secretTexts = acrossDocuments?.texts ?? []
        return result
    }

    /// Whether YAML whose reading stopped at `error` holds no workforce
    /// document, by the top-level keys of each of its documents, told as
    /// `DocumentKind.resolve` tells a document's kind: libyaml parses it, and
    /// what stopped the reading is the AWS CLI's loader (a tag it has no
    /// constructor for, as CloudFormation's `!Sub`, Ansible's `!vault`; a
    /// date that is no date), which never reads such a file. It is then
    /// skipped in a walk and a note (WF000) when named, as any other YAML
    /// file that is no workforce document is; a workforce document that the
    /// AWS CLI cannot load is still WF001, and so is a file named under an
    /// operation. A limit that stopped the reading (WF011) stands.
    private static func holdsNoWorkforceDocument(
        _ bytes: SourceBytes, failingWith error: SyntaxError, operation: Operation?, limits: ReadLimits
    ) -> Bool {
        guard error.exceededLimit == nil, let documents = YAMLReader.topLevelKeys(bytes, limits: limits) else {
            return false
        }
        // A merge key may bring any member in: it is read as a workforce's.
        return documents.allSatisfy { keys in
            DocumentKind.resolve(topLevelKeys: keys, operation: operation) == nil && !keys.contains("<<")
        }
    }

    /// `sites` with what the read told of its `#`s: the comments, and where
    /// each of the first `documentCount` documents ends.
    private static func gathered(
        _ sites: CommentSites, from stream: ParsedStream, documentEndLines: [Int], documentCount: Int
    ) -> CommentSites {
        var sites = sites
        sites.read(comments: stream.source.comments, upTo: stream.commentsReadUpTo)
        sites.documentEndLines = documentEndLines
        sites.trailingDocument = stream.syntaxError?.documentIndex ?? max(documentCount - 1, 0)
        return sites
    }
}

extension DocumentLinter {
    /// Whether an empty file (no document at all) is checked as the request
    /// of the operation it was named under: the loaders read it as null, which
    /// the AWS CLI refuses, so it must not pass as "not a workforce document".
    static func claimsEmptyFile(
        _ stream: ParsedStream, documentCount: Int, reportUnknown: Bool, operation: Operation?
    ) -> Bool {
        documentCount == 0 && stream.syntaxError == nil && reportUnknown && operation != nil
    }

    /// What an empty file loads as: one null document at its start.
    static let emptyFileDocument = Document(
        index: 0, root: Node(.scalar(Scalar(text: "", style: .plain, value: .null)), range: SourceRange(at: .start)))

    /// Below this many documents a source is checked on one thread: handing
    /// out a few small documents costs more than it saves.
    static let minimumDocumentsToSpread = 64
}

/// The reader's side of `lintSource`: each document goes to the checks as it
/// is read, except that a first document shaped like a rule pack holds it and
/// every later one back until the end tells whether the source is a pack
/// (no syntax error in the stream; `RulePackFile`).
private struct ReadDocuments {
    let mayBePack: Bool
    let streamed: StreamedChecks
    private(set) var held: [(document: Document, source: SourceText)] = []
    private(set) var firstRoot: SourceRange?

    init(mayBePack: Bool, streamed: StreamedChecks) {
        self.mayBePack = mayBePack
        self.streamed = streamed
    }

    /// A document delivered again at an index replaces the one before (`YAMLReader.stream`).
    mutating func receive(_ document: Document, source: SourceText) {
        if document.index == 0 {
            firstRoot = document.root.range
            if held.isEmpty && mayBePack && RulePackFile.isPack(document) {
                held.append((document, source))
                return
            }
        }
        if held.isEmpty {
            streamed.receive(document, source: source)
        } else if document.index < held.count {
            held[document.index] = (document, source)
        } else {
            held.append((document, source))
        }
    }

    /// A source parsed whole (JSON: one document), handed over the same way.
    mutating func all(_ stream: ParsedStream) -> (stream: ParsedStream, documentCount: Int) {
        for document in stream.documents { receive(document, source: stream.source) }
        var rest = stream
        rest.documents = []
        return (rest, stream.documents.count)
    }
}
