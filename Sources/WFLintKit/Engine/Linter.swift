import DocumentModel
import PCRERegex

/// What became of one input: its findings, or the reason it could not be read.
public struct InputOutcome: Sendable {
    public let input: LintInput
    public let result: Result<LintedSource, FileSystem.Failure>
}

/// A read and linted source.
public struct LintedSource: Sendable {
    public let findings: [Finding]
    /// Findings a `# wflint-disable…` comment silenced.
    public let suppressed: [SuppressedFinding]
    public let sensitiveRanges: [SourceRange]
    /// The lines the findings show, captured when the source was linted;
    /// nil when there is no finding (its lines are never built).
    public let source: MaskedSource?
    /// Not a file wflint checks: a rule pack met in a directory walk.
    public var isSkipped = false
    /// Where the findings' fix edits are; nil when no finding has a fix.
    public var fixLocations: FixLocations? = nil
    /// The secrets of a stream's documents that a diff of it masks (`SourceLintResult.secretTexts`).
    public var secretTexts: Set<String> = []
    /// Findings shown in other files (a Terraform value written in a
    /// `.tfvars` file), with those files.
    public var referenced: [(file: ReferencedFile, findings: [Finding], suppressed: [SuppressedFinding])] = []
    /// A Terraform file that parsed and declares no workforce resource.
    var declaresNoWorkforce = false
    /// A Terraform file whose lint showed its module's own findings
    /// (`SourceLintResult.showedModuleFindings`).
    var showedModuleFindings = false
    /// Such a file, named, that reports what its module's workforces show in
    /// it (`Linter.findingsOfItsModule`): other inputs' lints leave it those.
    var isCheckedAsModuleFile = false
    /// Whether `max-findings` cut a check of it (its WF011 may be turned off).
    var cutsFindings = false
}

/// Reads and lints inputs, in parallel, with one rule set. Holds nothing per
/// file: everything shared (compiled patterns, shapes, checks) is built once,
/// before the first file.
public struct Linter: Sendable {
    public let checks: [any Check]
    public let rules: RuleTable
    /// The operation whose request every non-response document of an input
    /// is read as (`--operation`, or the configuration's `operations:` globs),
    /// or nil to tell the kind from the document's keys.
    public let operationForPath: @Sendable (String) -> Operation?
    /// Whether and how `# wflint-disable…` comments in YAML files are honoured.
    public let inlineSuppressions: InlineSuppressionPolicy?
    public let limits: LintLimits
    /// Whether each source's capture hashes its lines for SARIF's
    /// `primaryLocationLineHash`, which reads the whole file: only a SARIF
    /// report needs them (`--format sarif` sets it; the other formats clear it).
    public var hashesLines = true
    /// Whether each source's findings get the lines they show captured
    /// (`LintedSource.source`), which excerpts and fingerprints need and a
    /// language server's diagnostics do not: for a 200 KB document whose
    /// finding spans a list of ten thousand lines, a fifteenth of its lint.
    public var capturesSource = true
    /// The `--var-file` files, read once: the last variable definitions of
    /// every root module, the folders named on the command line
    /// (`LintInput.isInNamedFolder`; docs/terraform.md).
    public var terraformVarFiles: [TerraformSourceFile] = []
    /// The configuration's `include:` and `exclude:`, by a path as findings
    /// name it: a workforce file they leave out is not linted for a named
    /// file of its module either (`findingsOfItsModule`). Nil: every file.
    public var selectsFile: (@Sendable (String) -> Bool)?
    /// PCRE2's form of `limits.match`, made once and shared by every thread.
    let matchContext: MatchContext
    /// A buffer read in place of its saved file in its folder's module, by
    /// the lints of that module's workforce files that check it as a file
    /// of the module (`findingsOfItsModule`).
    var terraformStandIn: TerraformModuleFiles.StandIn?
    /// Set once a lint of a named file's module check has shown the
    /// module's own findings (`Linter.findingsOfItsModule`).
    var leavesTerraformModuleFindings = false

    public init(
        checks: [any Check], rules: RuleTable,
        operationForPath: @escaping @Sendable (String) -> Operation?,
        inlineSuppressions: InlineSuppressionPolicy? = nil, limits: LintLimits = .default
    ) {
        self.checks = checks
        self.rules = rules
        self.operationForPath = operationForPath
        self.inlineSuppressions = inlineSuppressions
        self.limits = limits
        self.matchContext = limits.match == .default ? .default : MatchContext(limits.match)
    }

    /// A linter that reads every input as `operation` (nil: by its keys).
    public init(
        checks: [any Check], rules: RuleTable, operation: Operation?,
        inlineSuppressions: InlineSuppressionPolicy? = nil, limits: LintLimits = .default
    ) {
        self.init(
            checks: checks, rules: rules, operationForPath: { _ in operation }, inlineSuppressions: inlineSuppressions,
            limits: limits)
    }

    /// Lints every input on up to `jobs` threads; outcomes come back in input order.
    /// Even one job runs on a worker thread, for its stack (see `WorkerThreads`).
    public func lint(_ inputs: [LintInput], jobs: Int, standardInput: [UInt8]? = nil) -> [InputOutcome] {
        // A Terraform file that is an input is linted by its own lint: a
        // variable definitions file reports its own syntax error, a file
        // with a workforce its module's findings in it, and one lint shows
        // the module's findings in its other files (`TerraformLintedFiles`).
        let linted = TerraformLintedFiles(inputs: inputs.compactMap { input in
            if case .file(let path) = input.source { path } else { nil }
        })
        // Each Terraform module folder is read and parsed once for the run.
        let moduleFolders = TerraformModuleFolders(jobs: jobs)
        let lintInput = { @Sendable (input: LintInput) in
            InputOutcome(input: input, result: read(input, standardInput: standardInput).map { content in
                switch content {
                case .bytes(let bytes):
                    lint(bytes, as: input, jobs: jobs, linted: linted, moduleFolders: moduleFolders)
                case .source(let bytes):
                    lint(bytes, as: input, jobs: jobs, linted: linted, moduleFolders: moduleFolders)
                case .tooLarge(let size): tooLarge(input, byteCount: size)
                }
            })
        }
        let outcomes = jobs > 1 && inputs.count > 1
            ? parallelMap(inputs, jobs: jobs, lintInput) : WorkerThreads.runOne { inputs.map(lintInput) }
        return Self.namingFilesShownElsewhereAsInputs(outcomes)
    }

    /// An input's bytes: a file as a `SourceBytes` (`asSource`, what a lint
    /// reads) or, below the mapping size, as an array (what a fix rewrites).
    func read(
        _ input: LintInput, standardInput: [UInt8]?, asSource: Bool = true
    ) -> Result<FileSystem.Content, FileSystem.Failure> {
        switch input.source {
        case .file(let path):
            return FileSystem.readFile(
                path, maximumSize: limits.maximumFileSize, mappingFrom: Self.mappingFrom, asSource: asSource)
        case .standardInput:
            guard let standardInput else { return FileSystem.readStandardInput(maximumSize: limits.maximumFileSize) }
            return .success(standardInput.count > limits.maximumFileSize ? .tooLarge(byteCount: standardInput.count) : .bytes(standardInput))
        }
    }

    /// The one finding of an input over the size limit, which was not read.
    func tooLarge(_ input: LintInput, byteCount: Int?) -> LintedSource {
        var sink = FindingSink(rules: rules, file: input.displayName, documentIndex: 0)
        let limit = "the \(ByteCount.describe(limits.maximumFileSize)) limit (\(ResourceLimit.fileSize.settingName))"
        sink.report(
            CoreRule.resourceLimit, range: SourceRange(at: .start), pointer: .root,
            message: byteCount.map { "the file is \($0) bytes, over \(limit); it was not read" }
                ?? "the input is larger than \(limit); it was not read")
        let findings = sink.findings
        // No line hash: the file's lines were not read, and the hash of an
        // empty line would be a wrong one, which upload-sarif keeps (it
        // computes its own when there is none).
        return LintedSource(
            findings: findings, suppressed: [], sensitiveRanges: [],
            source: MaskedSource(capturing: [], showing: findings.map(\.range), sensitiveRanges: [], lineHashes: false))
    }

    /// Lints one source's bytes; a source of many documents uses up to `jobs`
    /// threads. `linted`: the Terraform files the run lints as inputs
    /// (`TerraformLintedFiles`).
    /// `moduleFolders`: the Terraform module folders the run has read, shared
    /// by its inputs (nil: this source's module is read for it alone).
    public func lint(
        _ bytes: [UInt8], as input: LintInput, jobs: Int = 1, linted: TerraformLintedFiles = TerraformLintedFiles(),
        moduleFolders: TerraformModuleFolders? = nil
    ) -> LintedSource {
        lint(SourceBytes(bytes), as: input, jobs: jobs, linted: linted, moduleFolders: moduleFolders)
    }

    /// Files from this size on are mapped, not read (`SourceBytes.mapping`):
    /// a stream's memory then does not grow with its length. Below it,
    /// reading costs less than a mapping's page faults.
    static let mappingFrom = 1 << 24

    /// The same, for a source already held as `SourceBytes`.
    public func lint(
        _ bytes: SourceBytes, as input: LintInput, jobs: Int = 1, linted: TerraformLintedFiles = TerraformLintedFiles(),
        moduleFolders: TerraformModuleFolders? = nil
    ) -> LintedSource {
        let format = SourceFormat.of(name: input.displayName, bytes: bytes)
        // An editor's buffer of a Terraform file is read as a named file is,
        // so that one of a workforce's module is checked as a file of it; one
        // that turns out to be of no such module is linted again as a walk
        // meets it (below), and gets what it got before: no WF000.
        let asModuleFile = input.isEditorBuffer && !input.isExplicit && (format == .hcl || format == .terraformJSON)
        let reportUnknown = input.isExplicit || asModuleFile
        // Most of a repository's Terraform: one search, and nothing else
        // (TerraformLinting.lintSource would skip it after the same search).
        if format == .hcl && TerraformLinting.skips(bytes, file: input.displayName, reportUnknown: reportUnknown) {
            return LintedSource(findings: [], suppressed: [], sensitiveRanges: [], source: nil, isSkipped: true)
        }
        // Only YAML's comments are scanned for here (Terraform's reader gives
        // its own); the byte search keeps files without any directive
        // (almost all) off the scanner.
        let commentSites = inlineSuppressions != nil && format == .yaml && CommentScanner.mayContainDirective(bytes)
            ? CommentSites(markerLines: CommentScanner.markerLines(in: bytes)) : nil
        let result = DocumentLinter.lintSource(
            bytes, format: format, file: input.displayName,
            operation: operationForPath(input.displayName),
            checks: checks, rules: rules, reportUnknown: reportUnknown, jobs: jobs,
            readLimits: limits.read, matchContext: matchContext, maximumFindings: limits.maximumFindings,
            commentSites: commentSites,
            terraformModule: terraformModule(
                of: bytes, format: format, input: input, linted: linted, folders: moduleFolders))
        // Findings about values written in another file are shown there. File
        // names compared exactly: a sibling named in another Unicode spelling
        // is another file (`RunSummary`).
        let elsewhere = result.findings.filter { !$0.file.isExactly(input.displayName) }
        // Sorted out by file once: a pass over them all for each file cost
        // 12,800 files, each with a finding, 28 s.
        let byFile = Dictionary(grouping: elsewhere) { ExactText($0.file) }
        let referenced = result.referencedFiles.map { file in
            shownElsewhere(byFile[ExactText(file.path)] ?? [], in: file)
        }
        var own = elsewhere.isEmpty ? result.findings : result.findings.filter { $0.file.isExactly(input.displayName) }
        var sensitiveRanges = result.sensitiveRanges
        var notes = result.directivesServeOtherInputs ? UnusedNotes.unknownNamesOnly : .all
        // A buffer that does not parse may be any file of a workforce's
        // module (`variables.tf` mid-edit): its own syntax error is shown as
        // `--stdin-filename` shows it, if the module has a workforce.
        let module = result.declaresNoWorkforce || (asModuleFile && !result.parses)
            ? findingsOfItsModule(shownIn: input, bytes: bytes, linted: linted, moduleFolders: moduleFolders) : nil
        if asModuleFile && module == nil && (result.declaresNoWorkforce || !result.parses) {
            var walked = input
            walked.isEditorBuffer = false
            return lint(bytes, as: walked, jobs: jobs, linted: linted, moduleFolders: moduleFolders)
        }
        if let module {
            // A file of a workforce's module is no unknown document.
            // The module's lints read this file too: a syntax error they
            // show in it is the one its own lint found.
            let fromModule = module.findings.filter { found in
                !own.contains { $0.ruleID == found.ruleID && $0.range == found.range && $0.message == found.message }
            }
            own = (own.filter { $0.ruleID != CoreRule.unknownDocument } + fromModule).sorted(by: Finding.reportOrder)
            sensitiveRanges += module.sensitiveRanges
            // A resource not checked whole may have needed any comment here.
            if !module.stopped.isEmpty { notes = .unknownNamesOnly }
        }
        if result.declaresNoWorkforce, isDefinitionsFileNoModuleReads(input) {
            sensitiveRanges += TerraformLinting.definitionValueRanges(bytes.array, file: input.displayName, limits: limits.read)
        }
        // `fix` never changes a source that does not parse: nothing to offer.
        var findings = result.parses ? own : own.map(\.withoutFix)
        var suppressed: [SuppressedFinding] = []
        if let policy = inlineSuppressions, let directives = result.directives ?? result.commentSites.map(CommentScanner.directives) {
            let outcome = policy.apply(
                directives, to: findings, file: input.displayName, rules: rules,
                notes: notes, cutDocuments: result.cutDocuments)
            (findings, suppressed) = (outcome.findings, outcome.suppressed)
        }
        var source: MaskedSource?
        let fixLocations = FixLocations(findings, in: bytes)
        if capturesSource && (!findings.isEmpty || !suppressed.isEmpty) {
            // The lines of fix edits too: SARIF counts their columns in UTF-16.
            source = MaskedSource(
                capturing: bytes,
                showing: findings.map(\.range) + suppressed.map(\.finding.range) + (fixLocations?.ranges ?? [])
                    + (findings + suppressed.map(\.finding)).flatMap(\.related).map(\.range),
                sensitiveRanges: sensitiveRanges, lineHashes: hashesLines)
        }
        var linted = LintedSource(
            findings: findings, suppressed: suppressed, sensitiveRanges: sensitiveRanges, source: source,
            isSkipped: result.isSkipped, fixLocations: fixLocations,
            referenced: referenced
                + (module?.stopped.filter { !$0.findings.isEmpty }.map { ($0.file, $0.findings, []) } ?? []))
        linted.declaresNoWorkforce = result.declaresNoWorkforce
        linted.showedModuleFindings = result.showedModuleFindings
        linted.secretTexts = result.secretTexts
        linted.cutsFindings = !result.cutDocuments.isEmpty
        linted.isCheckedAsModuleFile = module != nil
        return linted
    }

    /// A variable definitions file its folder's module does not read (not
    /// `terraform.tfvars` or `*.auto.tfvars`) and the run does not pass as a
    /// `--var-file` (`prod.tfvars`, named alone as pre-commit names a changed
    /// file): no lint knows which of its values are secret, so every value is
    /// masked in what it shows (its comments' WF010s). One a module reads is
    /// masked where its lints say (`sensitive = true`).
    private func isDefinitionsFileNoModuleReads(_ input: LintInput) -> Bool {
        guard case .file(let path) = input.source, TerraformLinting.isVariableValues(path),
            !TerraformModuleFiles.isReadByItsModule(PathParts(path).name)
        else { return false }
        let identity = FileSystem.identity(path)
        return !terraformVarFiles.contains { varFile in
            varFile.path.isExactly(input.displayName) || (identity != nil && FileSystem.identity(varFile.path) == identity)
        }
    }

    /// Findings shown in `file`, less those its own suppression comments
    /// silence (an unused comment there may be meant for another input: no WF010).
    private func shownElsewhere(
        _ findings: [Finding], in file: ReferencedFile
    ) -> (file: ReferencedFile, findings: [Finding], suppressed: [SuppressedFinding]) {
        guard let policy = inlineSuppressions, !file.directives.isEmpty else { return (file, findings, []) }
        let outcome = policy.apply(file.directives, to: findings, file: file.path, rules: rules, notes: .none)
        return (file, outcome.findings, outcome.suppressed)
    }

    /// The other files of a Terraform file's module, read only when it has a
    /// workforce that may need their variables and locals. Standard input is
    /// the file `--stdin-filename` names, in that file's folder: the buffer
    /// replaces that file of the module, as an editor's unsaved buffer does.
    /// A text that stands alone (a rule pack's example) is its own module:
    /// its name is relative to no folder, and the current one's files must
    /// not join it.
    private func terraformModule(
        of bytes: SourceBytes, format: SourceFormat, input: LintInput, linted: TerraformLintedFiles,
        folders: TerraformModuleFolders?
    ) -> TerraformModuleSources {
        guard !input.standsAlone, format == .hcl || format == .terraformJSON, TerraformLinting.mentions(bytes, .builtin)
        else { return TerraformModuleSources() }
        let path = if case .file(let path) = input.source { path } else { input.displayName }
        var sources = TerraformModuleFiles.sources(
            for: path, displayName: input.displayName, varFiles: input.isInNamedFolder ? terraformVarFiles : [],
            maximumSize: limits.maximumFileSize, linted: linted, folders: folders, standIn: terraformStandIn)
        sources.showsModuleFindings = !leavesTerraformModuleFindings
        return sources
    }
}

extension Finding {
    /// The finding without its fix.
    fileprivate var withoutFix: Finding {
        var finding = self
        finding.fix = nil
        return finding
    }
}
