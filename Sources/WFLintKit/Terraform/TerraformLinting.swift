import DocumentModel
import HCLReader
import JSONReader
import PCRERegex

/// Lints a Terraform file: each `aws_sagemaker_workforce` resource is
/// translated into the CreateWorkforce request it sends and checked by every
/// check, as a JSON or YAML request is; the findings then name everything
/// the way Terraform does (`TerraformNames`, and Terraform's JSON pointers).
enum TerraformLinting {
    /// Terraform's two syntaxes: native HCL (`.tf`, `.tfvars`) and JSON
    /// (`.tf.json`, `.tfvars.json`).
    enum Syntax {
        case native, json
    }

    /// Lints `bytes`. A file met in a walk that does not even mention the
    /// resource type (most of a repository's Terraform) is skipped before it
    /// is parsed (but a variable values file, read for its syntax, and
    /// skipped when it parses); one named on the command line without a
    /// resource gets WF000 (but a variable values file, which never has one).
    static func lintSource(
        _ bytes: [UInt8], syntax: Syntax = .native, file: String, checks: [any Check], rules: RuleTable,
        reportUnknown: Bool, readLimits: ReadLimits, matchContext: MatchContext, maximumFindings: Int,
        schema: TerraformResourceSchema = .builtin, module moduleFiles: TerraformModuleSources = TerraformModuleSources()
    ) -> SourceLintResult {
        let isVariableValues = isVariableValues(file)
        guard !skips(bytes, file: file, reportUnknown: reportUnknown, schema: schema) else {
            return SourceLintResult(findings: [], sensitiveRanges: [], isSkipped: true)
        }
        let translated: (resources: [TerraformResource], directives: [SuppressionDirective], module: TerraformModule?)
        do {
            translated = try syntax == .native
                ? nativeResources(bytes, file: file, schema: schema, readLimits: readLimits, module: moduleFiles)
                : jsonResources(bytes, schema: schema, readLimits: readLimits, file: file, module: moduleFiles)
        } catch {
            return unreadable(error.error, file: file, rules: rules, isInSecret: error.isInSecret)
        }
        if isVariableValues && !reportUnknown && translated.resources.isEmpty {
            return SourceLintResult(findings: [], sensitiveRanges: [], isSkipped: true)
        }
        var (findings, sensitiveRanges, cutDocuments) = check(
            translated.resources, file: file, checks: checks, rules: rules, matchContext: matchContext,
            maximumFindings: maximumFindings, schema: schema, module: translated.module,
            source: translated.module.map { $0.files[$0.linted].source })
        // A variable values file holds no resource; it is read for its syntax
        // only (its values are for a later step: docs/terraform.md). A file
        // with a resource has a module, even when another input checks it
        // (an override file's).
        if translated.module == nil && reportUnknown && !isVariableValues {
            findings += noResource(file: file, rules: rules, schema: schema)
            // The note shows line 1, whose `default` may be a sensitive
            // variable's (a file on one line): masked as a syntax error's is.
            if TerraformSyntaxError.lineNamesASecret(1, in: bytes) { sensitiveRanges.append(wholeLine(of: .start)) }
        }
        // A definitions or configuration file of the module that does not
        // parse stops Terraform: its error is shown there, as the values'
        // findings are; so does an override file's block that overrides nothing, and a
        // name the primary files declare twice. One lint of the run shows
        // them (`TerraformModuleDeclarations.moduleFindingsLint`).
        let showsModuleFindings = translated.module.map { module in
            moduleFiles.showsModuleFindings && module.declared.showsModuleFindings(module.linted)
        } ?? false
        if let module = translated.module {
            let (shown, masks, wasCut) = moduleFindings(
                of: module, rules: rules, showsModuleFindings: showsModuleFindings,
                knowsEveryFile: moduleFiles.knowsEveryFile, maximumFindings: maximumFindings)
            findings += shown
            // Module findings are the first document's (`documentIndex` 0).
            if wasCut { cutDocuments.insert(0) }
            // A range in the linted file masks its own lines; one in another
            // file goes with the findings shown there (`TerraformPlacement`).
            for (index, ranges) in masks {
                if index == module.linted { sensitiveRanges += ranges } else { module.sensitiveRanges[index, default: []] += ranges }
            }
        }
        var result = SourceLintResult(
            findings: findings.sorted(by: Finding.reportOrder), sensitiveRanges: sensitiveRanges,
            directives: translated.directives)
        result.cutDocuments = cutDocuments
        result.referencedFiles = translated.module.map { TerraformPlacement.referencedFiles(findings, in: $0) } ?? []
        result.directivesServeOtherInputs = translated.module.map(TerraformOverrides.defersToAnotherInput) ?? false
        result.declaresNoWorkforce = translated.module == nil
        result.showedModuleFindings = showsModuleFindings
        return result
    }

    /// The module's own findings this lint shows, and the ranges to mask,
    /// by file: the values that may be secrets (`sensitiveValueRanges`; in
    /// the linted file only, as the module's others are handed on as they
    /// are, `TerraformPlacement.referencedFiles`); the WF001 of a module
    /// file that does not parse; WF504 and WF505;
    /// WF507 and WF508 at each reference the module does not resolve, when
    /// every configuration file is known, with the value that holds it when
    /// it may be a secret's and a line that names a secret, as a syntax
    /// error's is (a local value `smtp_secret = "${var.x}..."` is no
    /// workforce's, so nothing else knows its text is one). Each line is
    /// read once however many references it holds. Held to `max-findings`
    /// a file, as a resource's translation findings are: a file of 200,000
    /// references to undeclared variables reported as many (387 MB), and
    /// now that many, then one WF011. `wasCut`: the linted file's were cut.
    private static func moduleFindings(
        of module: TerraformModule, rules: RuleTable, showsModuleFindings: Bool, knowsEveryFile: Bool,
        maximumFindings: Int
    ) -> (findings: [Finding], masks: [(file: Int, ranges: [SourceRange])], wasCut: Bool) {
        let declared = module.declared
        var findings: [Finding] = []
        var masks = declared.sensitiveValueRanges[module.linted].map { [(file: module.linted, ranges: $0)] } ?? []
        // Each file's findings, reported in the file's order once all are
        // known, into a sink that keeps one past the limit: the cut then
        // keeps the first in the file, and `keepFirst`'s WF011 is at the
        // first left out (reported as found, a reference in a nested block
        // was left out before later ones).
        var pending: [Int: [(range: SourceRange, report: (inout FindingSink) -> Void)]] = [:]
        func report(
            _ rule: String, in file: Int, range: SourceRange, pointer: JSONPointer, message: String, related: [RelatedPlace] = []
        ) {
            pending[file, default: []].append((range, { sink in
                sink.report(rule, range: range, pointer: pointer, message: message, related: related)
            }))
        }
        func kept() -> (findings: [Finding], wasCut: Bool) {
            var wasCut = false
            var kept: [Finding] = []
            for file in pending.keys.sorted() {
                var sink = FindingSink(
                    rules: rules, file: module.files[file].path, documentIndex: 0,
                    capacity: maximumFindings == .max ? .max : maximumFindings + 1)
                for item in pending[file]!.sorted(by: { $0.range.start < $1.range.start }) { item.report(&sink) }
                sink.keepFirst(maximumFindings)
                if file == module.linted { wasCut = sink.wasCut }
                kept += sink.findings
            }
            return (kept, wasCut)
        }
        if showsModuleFindings {
            let broken = declared.brokenDefinitions.map { ($0.file, TerraformSyntaxError($0.error)) } + declared.brokenConfigurations
            for (index, error) in broken {
                let shown = unreadable(error.error, file: module.files[index].path, rules: rules, isInSecret: error.isInSecret)
                findings += shown.findings
                masks.append((index, shown.sensitiveRanges))
            }
        }
        let shownHere = { (file: Int) in file == module.linted || showsModuleFindings && !declared.hasALintOfItsOwn(file) }
        for missing in declared.missingOriginals where shownHere(missing.file) {
            report(CoreRule.tfOrphanOverride, in: missing.file, range: missing.range, pointer: missing.pointer, message: missing.message)
        }
        for duplicate in declared.duplicates where shownHere(duplicate.file) {
            let first = RelatedPlace(
                message: RelatedLocation.firstDefinition, range: duplicate.first.range, file: module.files[duplicate.first.file].path)
            report(
                CoreRule.tfDuplicateName, in: duplicate.file, range: duplicate.range, pointer: duplicate.pointer,
                message: duplicate.message, related: [first])
        }
        guard knowsEveryFile else {
            let (shown, wasCut) = kept()
            return (findings + shown, masks, wasCut)
        }
        var linesRead: Set<[Int]> = []
        for reference in declared.undeclaredReferences(ofTheFile: module.linted, module: showsModuleFindings) {
            report(reference.rule, in: reference.file, range: reference.range, pointer: reference.pointer, message: reference.message)
            if let secret = reference.secret { masks.append((reference.file, [secret])) }
            guard linesRead.insert([reference.file, reference.range.start.line]).inserted,
                TerraformSyntaxError.lineNamesASecret(atByte: reference.offset, in: module.files[reference.file].source.bytes)
            else { continue }
            masks.append((reference.file, [wholeLine(of: reference.range.start)]))
        }
        let (shown, wasCut) = kept()
        return (findings + shown, masks, wasCut)
    }

    /// The resources of a native syntax file, its suppression comments, and
    /// its module (`moduleFiles`, the other files of its folder) when it has
    /// a resource whose references the module may resolve.
    static func nativeResources(
        _ bytes: [UInt8], file: String, schema: TerraformResourceSchema, readLimits: ReadLimits,
        module moduleFiles: TerraformModuleSources = TerraformModuleSources()
    ) throws(TerraformSyntaxError) -> (
        resources: [TerraformResource], directives: [SuppressionDirective], module: TerraformModule?
    ) {
        let parsed: HCLFile
        do {
            parsed = try parseHCL(bytes, limits: readLimits)
        } catch {
            throw TerraformSyntaxError(error, of: bytes, limits: readLimits, isVariableValues: isVariableValues(file))
        }
        // A definitions file with a block stops Terraform as one that does not parse.
        if isVariableValues(file), let error = TerraformModuleFiles.definitionsError(in: parsed) {
            throw TerraformSyntaxError(error)
        }
        if !isVariableValues(file), let error = TerraformModuleFiles.configurationError(in: parsed) {
            throw TerraformSyntaxError(error)
        }
        let blocks = TerraformTranslator.resources(of: schema, in: parsed)
        let module = blocks.isEmpty
            ? nil
            : TerraformModule.of(
                linted: .native(parsed.body), source: parsed.source, bytes: bytes, path: file, sources: moduleFiles,
                limits: readLimits, schema: schema)
        let resources = module.map(TerraformOverrides.resources) ?? []
        return (resources, directives(in: parsed, resources: resources), module)
    }

    /// A file in Terraform's native syntax, parsed. An argument set twice in
    /// one body is an error (hclsyntax refuses the file: "Attribute
    /// redefined"), but in a workforce resource, whose translation reports
    /// it as WF002 duplicate-key and still checks the rest of the resource.
    static func parseHCL(_ bytes: [UInt8], limits: ReadLimits, quotingSource: Bool = true) throws(HCLSyntaxError) -> HCLFile {
        try HCLReader.parse(
            bytes, limits: limits, quotingSource: quotingSource, repeatable: ("resource", TerraformResourceSchema.builtin.type))
    }

    /// A file in Terraform's JSON syntax (`.tf.json`, `.tfvars.json`),
    /// parsed. A UTF-8 byte-order mark, which the native syntax skips, is an
    /// error here: Terraform hands the bytes to Go's JSON scanner, which
    /// stops at it ("Invalid start of value"). A string's byte that is not
    /// UTF-8 is U+FFFD, as Go decodes it (Terraform plans with it); elsewhere
    /// it is an error, as it is to Terraform.
    static func parseJSON(_ bytes: [UInt8], limits: ReadLimits) -> ParsedStream {
        let stream = JSONReader.parse(bytes, limits: limits, replacingInvalidUTF8InStrings: true)
        guard stream.syntaxError == nil, bytes.starts(with: SourceFormat.utf8BOM) else { return stream }
        let error = SyntaxError(
            message: "the file starts with a UTF-8 byte-order mark, which Terraform refuses in its JSON syntax "
                + "(\"Invalid start of value\"); save it as UTF-8 without a byte-order mark",
            position: .start)
        return ParsedStream(documents: [], syntaxError: error, source: stream.source)
    }

    /// What a file that does not parse gets: WF001 where the reader gave up,
    /// or WF011 for a read limit it went over. In a variable values file any
    /// value may be a secret, and which ones are is not known when it does
    /// not parse: the line shown is masked whole, as it is for an error in
    /// a secret's value (`TerraformSyntaxError.isInSecret`).
    static func unreadable(_ error: SyntaxError, file: String, rules: RuleTable, isInSecret: Bool = false) -> SourceLintResult {
        var sink = FindingSink(rules: rules, file: file, documentIndex: 0)
        let rule = error.exceededLimit == nil ? CoreRule.syntaxError : CoreRule.resourceLimit
        let masksLine = isInSecret || isVariableValues(file)
        // A JSON reader's message quotes the character it stopped at (`'\q'`, `U+0001`).
        let shown = masksLine ? error.concealingQuotedSource : error
        sink.report(rule, range: SourceRange(at: error.position), pointer: .root, message: shown.message)
        return SourceLintResult(
            findings: sink.findings, sensitiveRanges: masksLine ? [wholeLine(of: error.position)] : [], parses: false)
    }

    /// The line `position` is on, from its first column to the next line's.
    static func wholeLine(of position: SourcePosition) -> SourceRange {
        SourceRange(start: SourcePosition(line: position.line, column: 1), end: SourcePosition(line: position.line + 1, column: 1))
    }

    /// The WF000 of a file named on the command line without a resource.
    static func noResource(file: String, rules: RuleTable, schema: TerraformResourceSchema) -> [Finding] {
        var sink = FindingSink(rules: rules, file: file, documentIndex: 0)
        sink.report(
            CoreRule.unknownDocument, range: SourceRange(at: .start), pointer: .root,
            message: "not a workforce document: the Terraform file has no resource \"\(schema.type)\"")
        return sink.findings
    }

    /// Checks each translated resource as the document it is, by every
    /// check, and adds the translation's own findings; every finding is then
    /// named as Terraform names it. Shared by every Terraform syntax; a
    /// plan's sets are counted as written (`isPlan`), a configuration's each
    /// distinct value once (`TerraformNames.sentCount`).
    static func check(
        _ resources: [TerraformResource], file: String, checks: [any Check], rules: RuleTable, matchContext: MatchContext,
        maximumFindings: Int, schema: TerraformResourceSchema, module: TerraformModule? = nil, isPlan: Bool = false,
        source: SourceText? = nil
    ) -> (findings: [Finding], sensitiveRanges: [SourceRange], cutDocuments: Set<Int>) {
        var findings: [Finding] = []
        var sensitiveRanges: [SourceRange] = []
        var cutDocuments: Set<Int> = []
        var secretTexts: Set<String> = []
        // Which module file each value written elsewhere is in, for the
        // places messages and related locations name.
        let nodeFiles = module.map { module in
            module.fileOf.compactMapValues { $0 == module.linted ? nil : module.files[$0].path }
        } ?? [:]
        for resource in resources {
            let index = resource.document.index
            // What the translation found sensitive (a plan's `after_sensitive`,
            // a sensitive variable's value) the checks did not know of: it leaves their messages too.
            let sensitiveTexts = Set(resource.sensitive.flatMap(SensitiveValues.texts(in:)))
            // And the module's secrets this lint may not evaluate
            // (`sensitiveValuesSearched`) that a value of the resource holds, only
            // those: each message searched for every secret of the module
            // cost findings × secrets (750 files of non-ASCII secrets: 34 s).
            let moduleCopies = module.map { copiesOfSecrets(in: resource, search: $0.declared.sensitiveValueSearch) } ?? []
            let held = moduleCopies.isEmpty ? [] : (module?.declared.sensitiveValuesSearched ?? []).filter { text in
                moduleCopies.contains { copy in copy.scalarText.map { SensitiveValues.occurs(text, in: $0) } ?? false }
            }
            let concealed = sensitiveTexts.union(held)
            let checked = DocumentLinter.lintDocument(
                resource.document, kind: schema.kind, file: file, checks: checks, rules: rules,
                matchContext: matchContext, maximumFindings: maximumFindings,
                names: TerraformNames(
                    schema: schema, resourceName: resource.name, address: resource.address, nodeFiles: nodeFiles,
                    countsDistinct: !isPlan),
                sensitiveNodes: SensitiveValues.addresses(in: resource.sensitive), concealed: concealed)
            let own = translationFindings(
                of: resource, file: file, rules: rules, maximumFindings: maximumFindings, module: module)
            if checked.wasCut || own.wasCut { cutDocuments.insert(index) }
            // Again after a message is replaced by the schema's (Terraform's names).
            let secrets = ConcealedTexts(concealed)
            var renamed = checked.findings.map { finding in
                var finding = finding
                let apiPointer = finding.pointer
                finding.pointer = resource.terraformPointer(finding.pointer)
                finding.message = schema.messages[finding.ruleID] ?? finding.message
                if !secrets.isEmpty {
                    finding.message = secrets.conceal(finding.message)
                    finding.pointer = SensitiveValues.masked(finding.pointer, concealing: secrets)
                }
                if let module { TerraformPlacement.place(&finding, at: apiPointer, of: resource, in: module, schema: schema) }
                if finding.ruleID == TerraformPlacement.secretLiteralRule,
                    let advice = TerraformPlacement.secretAdvice(at: apiPointer, of: resource, in: module)
                {
                    finding.message = advice
                }
                return finding
            }
            var resourceSensitive = checked.sensitiveRanges + own.sensitiveRanges
            // The secrets themselves are marked already, here or in their files.
            let marked = Set(resourceSensitive)
            let sensitiveNodes = SensitiveValues.addresses(in: resource.sensitive)
            let copies = copiesOfSecrets(in: resource, secrets: checked.secretTexts.union(sensitiveTexts)) + moduleCopies
            for copy in copies
            where !marked.contains(copy.range) && !sensitiveNodes.contains(copy.address) {
                if let module, let other = module.file(of: copy), other != module.linted {
                    module.sensitiveRanges[other, default: []].append(copy.range)
                } else {
                    resourceSensitive.append(copy.range)
                }
            }
            if let module {
                resourceSensitive = TerraformPlacement.separateSensitive(resourceSensitive, of: resource, in: module)
                renamed += TerraformPlacement.unsensitiveSecretVariables(
                    of: resource, in: module, schema: schema, rules: rules, documentIndex: index)
            }
            findings += (renamed + own.findings).map { finding in
                var finding = finding
                finding.logicalLocation = resource.address
                return finding
            }
            sensitiveRanges += resourceSensitive
            // The secrets its checks marked: not every value an unevaluated
            // `client_secret` reads (a `lookup` key, a local's other members),
            // which would mask each such word wherever a finding shows it.
            secretTexts.formUnion(checked.secretTexts)
        }
        if let source, let across = SecretsAcrossDocuments(secretTexts) {
            concealAcrossResources(across, in: &findings, sensitiveRanges: &sensitiveRanges, file: file, source: source)
        }
        return (findings, sensitiveRanges, cutDocuments)
    }

    /// A secret of one resource copied into another resource of the file, or
    /// into an argument no check reads (an unknown one, a tag), is hidden as
    /// a YAML stream's secrets are across its documents: concealed in every
    /// message and pointer, and masked where the findings of the linted file
    /// (whose text `source` is) show its lines. Findings shown in another
    /// file of the module have their messages and pointers concealed.
    private static func concealAcrossResources(
        _ across: SecretsAcrossDocuments, in findings: inout [Finding], sensitiveRanges: inout [SourceRange],
        file: String, source: SourceText
    ) {
        let own = findings.indices.filter { findings[$0].file.isExactly(file) }
        var shown = own.map { findings[$0] }
        across.conceal(in: &shown, sensitiveRanges: &sensitiveRanges, source: source)
        for (place, index) in own.enumerated() { findings[index] = shown[place] }
        let concealed = ConcealedTexts(across.texts)
        for index in findings.indices where !findings[index].file.isExactly(file) {
            SecretsAcrossDocuments.conceal(across.texts, concealed, in: &findings[index])
        }
    }

    /// The values of `resource` that are one of `secrets` or hold one (a
    /// client secret pasted into a CIDR, a sensitive variable's value written
    /// again as a literal): masked whole in excerpts and snippets, as a YAML
    /// document's are (`FindingSink.markValuesHoldingSecrets`), wherever in
    /// the module they are written. The secrets themselves are among them.
    static func copiesOfSecrets(in resource: TerraformResource, secrets: Set<String>) -> [Node] {
        guard !secrets.isEmpty else { return [] }
        return copiesOfSecrets(in: resource, search: SecretsInValues(SecretsInValues.searched(secrets)))
    }

    /// The same with the search made already (a module's, once for its lints).
    static func copiesOfSecrets(in resource: TerraformResource, search: SecretsInValues) -> [Node] {
        guard !search.isEmpty else { return [] }
        var copies: [Node] = []
        SensitiveValues.visit([resource.document.root]) { node in
            guard node.aliasTarget == nil else { return false }
            guard case .scalar(let scalar) = node.content else { return true }
            if search.areHeld(by: scalar.text) { copies.append(node) }
            return false
        }
        return copies
    }

    /// The translation's findings of `resource` (WF003, WF501, WF502), each
    /// in the file it is written in (an override file's there), held to
    /// `max-findings` a file as the checks' are: a file of a million
    /// mistyped arguments reports as many as that, then one WF011. The
    /// sensitive ranges are those of `resource.sensitive`.
    static func translationFindings(
        of resource: TerraformResource, file: String, rules: RuleTable, maximumFindings: Int, module: TerraformModule?
    ) -> (findings: [Finding], sensitiveRanges: [SourceRange], wasCut: Bool) {
        var findings: [Finding] = []
        var sensitiveRanges: [SourceRange]?
        var wasCut = false
        // The linted file first: its sink's sensitive ranges are the resource's.
        let linted = module?.linted ?? 0
        // Each file's findings sorted out once: a walk of them all for each
        // file cost a resource with findings in N override files N × N.
        let byFile = Dictionary(grouping: resource.findings, by: \.file)
        for index in [linted] + byFile.keys.filter({ $0 != linted }).sorted() {
            let path = index == linted ? file : module?.files[index].path ?? file
            var sink = FindingSink(
                rules: rules, file: path, documentIndex: resource.document.index,
                capacity: maximumFindings == .max ? .max : maximumFindings + 1)
            for node in resource.sensitive { sink.markSensitive(node) }
            for finding in byFile[index] ?? [] {
                sink.report(
                    finding.ruleID, range: finding.range, pointer: finding.pointer, message: finding.message,
                    related: finding.related)
            }
            sink.keepFirst(maximumFindings)
            wasCut = wasCut || sink.wasCut
            findings += sink.findings
            sensitiveRanges = sensitiveRanges ?? sink.sensitiveRanges
        }
        return (findings, sensitiveRanges ?? [], wasCut)
    }

    /// The `# wflint-disable…` and `// wflint-disable…` comments, each in
    /// the document of the resource it lies in.
    static func directives(in file: HCLFile, resources: [TerraformResource]) -> [SuppressionDirective] {
        // Most files have no directive: one byte search of the file spares
        // each comment a String search (whose first use alone, the Swift
        // runtime's set-up of its generic types, cost a 2 KB file 0.47 M
        // instructions, more than the rest of its comments' handling).
        guard CommentScanner.mayContainDirective(file.source.bytes) else { return [] }
        return file.comments.compactMap { comment in
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
    static func isVariableValues(_ file: String) -> Bool {
        // Only the last component is lowered: the whole path's case cost
        // every walked `.tf` file a tenth of its skip.
        let last = file.utf8.lastIndex(of: UInt8(ascii: "/")).map { file.utf8.index(after: $0) } ?? file.startIndex
        let name = String(Substring(file.utf8[last...])).lowercased()
        return name.hasSuffix(".tfvars") || name.hasSuffix(".tfvars.json")
    }

    /// Where each value of a variable definitions file is written (an
    /// attribute's expression; a `.tfvars.json` member's value); none when it
    /// does not parse (its error's line is masked: `unreadable`).
    static func definitionValueRanges(_ bytes: [UInt8], file: String, limits: ReadLimits) -> [SourceRange] {
        if file.lowercased().hasSuffix(".json") {
            let entries = parseJSON(bytes, limits: limits).documents.first?.root.entries ?? []
            return entries.map(\.value.range)
        }
        guard let parsed = try? parseHCL(bytes, limits: limits) else { return [] }
        return parsed.body.attributes.map { parsed.source.range(of: $0.value.range) }
    }

    /// Whether a file is skipped unparsed: met in a walk (not
    /// `reportUnknown`), no variable values file, and without the resource
    /// type. `Linter` asks first, so that such a file costs one search.
    static func skips(
        _ bytes: some Collection<UInt8>, file: String, reportUnknown: Bool, schema: TerraformResourceSchema = .builtin
    ) -> Bool {
        !reportUnknown && !isVariableValues(file) && !mentions(bytes, schema)
    }

    /// Whether `bytes` name the resource type of `schema`.
    static func mentions(_ bytes: some Collection<UInt8>, _ schema: TerraformResourceSchema) -> Bool {
        schema.type == TerraformResourceSchema.builtin.type ? workforceSearch.occurs(in: bytes) : contains(bytes, schema.type)
    }

    /// Whether `bytes` hold `word`: a search at memory speed, before any
    /// parse (`ByteSearch`; the search for the built-in resource type,
    /// `workforceSearch`, is prepared once).
    static func contains(_ bytes: some Collection<UInt8>, _ word: String) -> Bool {
        ByteSearch(word).occurs(in: bytes)
    }

    /// The search for the built-in resource type, prepared once for every file.
    static let workforceSearch = ByteSearch(TerraformResourceSchema.builtin.type)

}
