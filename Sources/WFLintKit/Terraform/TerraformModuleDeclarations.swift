import DocumentModel
import HCLReader
import JSONReader

/// What the files of one Terraform module declare, as Terraform loads the
/// module: its configuration files (`.tf`, `.tf.json`: their `variable`,
/// `locals` and resource blocks), then its variable definitions files in
/// Terraform's order of precedence, each value over the last.
///
/// It is made once for a module folder a run lints several files of, and
/// shared by their modules (`TerraformModule`, which only evaluates): every
/// file of the folder sees the same module. Before, each linted file
/// declared its whole module again, so a folder of N workforce files cost
/// N × N declarations (`TerraformModuleFolders`). Nothing changes it once
/// made, so the run's workers read it together.
final class TerraformModuleDeclarations: Sendable {
    /// A file of the module.
    struct File: Sendable {
        let path: String
        let source: SourceText
        /// Its bytes as read, which every lint's report of findings in it
        /// shares (`ReferencedFile.bytes`); nil for the linted file of a
        /// module of its own, whose source is all there is.
        var bytes: [UInt8]? = nil
        /// Its `# wflint-disable…` comments (none in JSON).
        var directives: [SuppressionDirective] = []
        /// An override file (`TerraformModuleFiles.isOverride`): declared
        /// after the others, merged into what they declare.
        var isOverride = false
        /// Also an input of the run, which lints its resources itself.
        var isLinted = false
    }

    /// One file the module is made of, in the order Terraform reads them:
    /// the linted file, already parsed, or another file of its folder (or a
    /// `--var-file`), parsed when the module reads it (once a run: `ModuleFileParse`).
    enum Member {
        case linted(path: String, source: SourceText, body: Body)
        case file(TerraformSourceFile)
    }

    /// A configuration file's body, declared once every file is read.
    enum Body {
        case native(HCLBody)
        case json(Node)
    }

    let files: [File]
    let schema: TerraformResourceSchema
    let variables: [String: TerraformModule.Variable]
    let locals: [String: TerraformModule.Assignment]
    /// `var.NAME` and `local.NAME` that a workforce resource of any file
    /// reads as a secret, with the member paths read (`[]`: the whole
    /// value; `TerraformSecretReads`): every lint marks those parts of
    /// their values sensitive, also one whose own resources read them otherwise.
    let secretReads: [String: [[String]]]
    /// The variable definitions files' values, by variable name.
    let assignments: [String: TerraformModule.Assignment]
    /// Where each value of a variable that may be sensitive is written, by
    /// file: every `default` of its declarations and every value a
    /// definitions file gives it, whether or not a workforce reads it.
    /// Terraform keeps a sensitive variable out of its output wherever it is
    /// set, and a module's other secrets (a database password beside the
    /// workforce's variables) sit on lines a finding's excerpt may show.
    let sensitiveValueRanges: [Int: [SourceRange]]
    /// The texts of the secrets written in those values (each literal
    /// string, also in NFC, and each number as its string;
    /// `Builder.secretTexts`) that a lint looks
    /// for in its resource's values, the longest
    /// `SecretsInValues.maximumSearched`, and their search, made once
    /// (`TerraformLinting.copiesOfSecrets`). A lint that does not evaluate a
    /// secret may show a copy of it in another value (`name = "bad <the
    /// secret>"` beside `secret = "<the secret>"` in a file of locals, read
    /// as `workforce_name` by one file and as `client_secret` by another) in
    /// its messages, pointers and excerpts.
    let sensitiveValuesSearched: Set<String>
    let sensitiveValueSearch: SecretsInValues
    /// Every resource of `schema`'s type, in Terraform's order: the primary
    /// files' first, then the override files' in lexical order of their
    /// names, each file's in source order.
    let resourceBlocks: [TerraformModule.ResourceBlock]
    /// The override files' variables, locals and resources that override nothing.
    let missingOriginals: [TerraformModule.MissingOriginal]
    /// The names the primary files declare twice, in Terraform's order.
    let duplicates: [TerraformModule.Duplicate]
    /// The references to a variable or local value no file declares (WF507)
    /// that are the module's findings (`moduleFindingsLint`), in the module's order
    /// of files, then in source order; and those of each workforce file,
    /// which only its own lint shows. Both are empty when a configuration
    /// file was not read or does not parse (it may declare the names).
    private let undeclaredShownByAll: [TerraformUndeclaredReference]
    private let undeclaredShownByOwnLint: [Int: [TerraformUndeclaredReference]]
    /// The file whose lint shows the module's findings in the files no lint
    /// of their own shows (a file of locals, an override file, a file no
    /// input names): the first primary file with a resource of the module's
    /// type that the run lints, in the module's order. The other lints leave
    /// them to it: with N workforce files, each showing the M findings made
    /// N × M findings, and the report merged them N times (2,000 files and
    /// 2,000 WF507s in a file of locals: 68 s and 1.4 GB). Nil when the run
    /// lints no such file (it names a `locals.tf` alone): any lint may show
    /// them, and a named file's module check keeps them to its first
    /// (`TerraformModuleSources.showsModuleFindings`). A lint that shows
    /// nothing in a file still hands on the secrets it knows there (`RunSummary`).
    let moduleFindingsLint: Int?
    /// The definitions files that do not parse and that no other input of
    /// the run reports: each file's index in `files`, and its error.
    let brokenDefinitions: [(file: Int, error: SyntaxError)]
    /// The other configuration files of the module (`.tf`, `.tf.json`) that
    /// do not parse: Terraform refuses the module, so each error is shown at
    /// its place, once a run however many inputs read it (the report merges
    /// equal findings), even when a walk skips the file for having no
    /// workforce. What such a file declares is unknown.
    let brokenConfigurations: [(file: Int, error: TerraformSyntaxError)]
    /// A definitions file does not parse or cannot be read: no variable's value is known.
    let definitionsAreBroken: Bool
    /// The index in `files` of each member given, nil for one that gives no
    /// file (a `.tf` file that could not be read).
    let memberFiles: [Int?]
    /// `resourceBlocks`' indices by file, in that order, and the override
    /// chain of each resource name: a linted file asks for its own blocks and
    /// for one name's chain, never walks them all.
    private let blocksByFile: [Int: [Int]]
    private let chains: [String: OverrideChain]
    /// Each file's indices in `files` by its path's exact text (a `--var-file`
    /// that is the module's own `terraform.tfvars` is there twice).
    private let filesByPath: [ExactText: [Int]]

    init(_ members: [Member], limits: ReadLimits, schema: TerraformResourceSchema) {
        var builder = Builder(schema: schema)
        let memberFiles = members.map { builder.read($0, limits: limits) }
        builder.declareBodies()
        files = builder.files
        self.schema = schema
        variables = builder.variables
        locals = builder.locals
        secretReads = builder.secretReads.reads
        assignments = builder.assignments
        let sensitive = builder.sensitiveValues
        sensitiveValueRanges = builder.ranges(of: sensitive.all)
        sensitiveValuesSearched = SecretsInValues.searched(builder.secretTexts)
        sensitiveValueSearch = SecretsInValues(sensitiveValuesSearched)
        resourceBlocks = builder.resourceBlocks
        missingOriginals = builder.missingOriginals
        duplicates = builder.duplicates
        var shownByAll: [TerraformUndeclaredReference] = []
        var shownByOwnLint: [Int: [TerraformUndeclaredReference]] = [:]
        brokenDefinitions = builder.brokenDefinitions
        brokenConfigurations = builder.brokenConfigurations
        definitionsAreBroken = builder.definitionsAreBroken
        self.memberFiles = memberFiles
        var byFile: [Int: [Int]] = [:]
        var chains: [String: OverrideChain] = [:]
        for (index, block) in builder.resourceBlocks.enumerated() {
            byFile[block.file, default: []].append(index)
            chains[block.name, default: OverrideChain()].add(index, file: builder.files[block.file])
        }
        blocksByFile = byFile
        self.chains = chains
        // A file whose bytes do not name the type (`aws_sagemaker_workforc\u0065`)
        // is skipped by its own lint's first look, before it is parsed.
        moduleFindingsLint = builder.files.indices.first { index in
            let file = builder.files[index]
            return file.isLinted && !file.isOverride && byFile[index] != nil
                && TerraformLinting.mentions(file.source.bytes, schema)
        }
        // Split once, so that a lint of a module of many workforce files
        // does not pass over every file's references. A reference in a
        // primary file with a workforce is that file's lint's, as the rest
        // of its resources' findings are (a file of the module no input
        // names is not linted, and nor are its resources); an override
        // file's merges into another file's resource, and a file of locals
        // is the module's (`moduleFindingsLint`).
        for reference in builder.undeclaredReferences {
            let file = builder.files[reference.file]
            if !file.isOverride && byFile[reference.file] != nil {
                shownByOwnLint[reference.file, default: []].append(reference)
            } else {
                shownByAll.append(reference)
            }
        }
        undeclaredShownByAll = shownByAll
        undeclaredShownByOwnLint = shownByOwnLint
        var byPath: [ExactText: [Int]] = [:]
        for (index, file) in builder.files.enumerated() { byPath[ExactText(file.path), default: []].append(index) }
        filesByPath = byPath
    }

    /// The indices in `resourceBlocks` of file `file`'s blocks, in source order.
    func blocks(inFile file: Int) -> [Int] { blocksByFile[file] ?? [] }

    /// The override chain of the resources named `name`.
    func chain(named name: String) -> OverrideChain { chains[name] ?? OverrideChain() }

    /// Whether the module's findings in file `file` (a WF504, a WF505) are
    /// shown by the file's own lint: it is an input of the run with a
    /// resource of the module's type (`TerraformLinting`). With N such
    /// files, each lint showing all of them was N × N findings made and
    /// dropped (4,000 override files that override nothing, 30 s and 770
    /// MB). The others' are shown by the lint of `moduleFindingsLint`.
    func hasALintOfItsOwn(_ file: Int) -> Bool {
        files[file].isLinted && !blocks(inFile: file).isEmpty
    }

    /// Whether the lint of file `linted` shows the module's findings in the
    /// files without a lint of their own (`moduleFindingsLint`).
    func showsModuleFindings(_ linted: Int) -> Bool {
        moduleFindingsLint.map { $0 == linted } ?? true
    }

    /// The WF507 references in workforce file `file`, which only its own lint
    /// shows; and, with `module`, those in the files without a lint of their own.
    func undeclaredReferences(ofTheFile file: Int, module: Bool) -> [TerraformUndeclaredReference] {
        (undeclaredShownByOwnLint[file] ?? []) + (module ? undeclaredShownByAll : [])
    }

    /// The indices in `files` of the files at `path`, compared exactly.
    func files(at path: String) -> [Int] { filesByPath[ExactText(path)] ?? [] }
}

extension TerraformModuleDeclarations {
    /// The blocks of one resource name that Terraform merges into one
    /// resource (`TerraformOverrides`), each an index in `resourceBlocks`:
    /// the first block of a primary file, and every block of an override
    /// file, in the module's order. Made once for the module: each linted
    /// override file looking through its chain made N override files cost N × N.
    struct OverrideChain: Sendable {
        private(set) var original: Int?
        private(set) var overrides: [Int] = []
        /// The first of these blocks in a file the run lints.
        private(set) var firstLinted: Int?

        /// Adds block `index` (of `file`), after every block added before it.
        fileprivate mutating func add(_ index: Int, file: File) {
            if file.isOverride {
                overrides.append(index)
            } else if original == nil {
                original = index
            } else {
                // A later primary block of the name (WF505) merges the
                // overrides only in its own file's lint.
                return
            }
            if file.isLinted && firstLinted == nil { firstLinted = index }
        }
    }

    /// Reads the members and declares what they declare; its results become
    /// the declarations' constants.
    private struct Builder {
        /// What a primary file declares under a name Terraform keeps unique
        /// in a module: a resource of the module's type, a variable, a local value.
        struct Declaration {
            /// A prefix no name has, so that one name of two kinds is two keys.
            enum Kind: String {
                case resource = "resource "
                case variable = "variable "
                case local = "local "
            }
            let kind: Kind
            let name: String
            let file: Int
            let range: SourceRange
        }

        let schema: TerraformResourceSchema
        var files: [File] = []
        var variables: [String: TerraformModule.Variable] = [:]
        var locals: [String: TerraformModule.Assignment] = [:]
        var assignments: [String: TerraformModule.Assignment] = [:]
        var resourceBlocks: [TerraformModule.ResourceBlock] = []
        var missingOriginals: [TerraformModule.MissingOriginal] = []
        var duplicates: [TerraformModule.Duplicate] = []
        var undeclaredReferences: [TerraformUndeclaredReference] = []
        var secretReads = TerraformSecretReads.Found()
        /// What the resources' secret arguments write (`TerraformSecretReads.writtenSecrets`).
        var writtenSecrets: [TerraformModule.Assignment] = []
        /// What the module wraps in `sensitive(...)`: secrets, wherever written.
        private var sensitiveCalls = TerraformSensitiveCalls.Found()
        /// A configuration file could not be read: what it declares is not known.
        private var configurationUnread = false
        /// The variables among `duplicates`.
        private var variablesDeclaredTwice: Set<String> = []
        var brokenDefinitions: [(file: Int, error: SyntaxError)] = []
        var brokenConfigurations: [(file: Int, error: TerraformSyntaxError)] = []
        var definitionsAreBroken = false
        private var declarations: [Declaration] = []
        /// Every value written for each variable: its declarations' defaults
        /// (an override's too) and the definitions files' values, not only
        /// the ones that win.
        private var writtenValues: [String: [TerraformModule.Assignment]] = [:]
        /// Each local value's expressions in the primary files: one defined
        /// twice (WF505) has each masked, as a variable's are.
        private var primaryLocalValues: [String: [TerraformModule.Assignment]] = [:]
        /// The values an override file writes for a variable or local value
        /// with no original (WF504): no resource reads them, so none is
        /// known to be a secret, and WF504 shows their lines.
        private var orphanValues: [TerraformModule.Assignment] = []
        /// The names of the primary files' resources of the module's type.
        private var primaryResources: Set<String> = []
        private var bodies: [(file: Int, body: Body)] = []

        init(schema: TerraformResourceSchema) {
            self.schema = schema
        }

        /// Adds `member` after the last; its index in `files`, nil when it gives no file.
        mutating func read(_ member: Member, limits: ReadLimits) -> Int? {
            let before = files.count
            switch member {
            case .linted(let path, let source, let body):
                // Declarations of its own lint's (not the run's folder's):
                // its file is the linted one, whatever the run's inputs.
                files.append(File(path: path, source: source, isOverride: TerraformModuleFiles.isOverride(path), isLinted: true))
                bodies.append((files.count - 1, body))
            case .file(let other):
                if other.isUnreadable {
                    definitionsAreBroken = true
                    configurationUnread = configurationUnread || other.isConfiguration
                } else if other.isJSON {
                    readJSON(other, limits: limits)
                } else {
                    readHCL(other, limits: limits)
                }
            }
            return files.count > before ? files.count - 1 : nil
        }

        /// Declares what each configuration file declares, as Terraform loads a
        /// module: the primary files first, then each override file in lexical
        /// order of its name (bytewise, as Terraform lists a folder), merged
        /// into what is declared before it.
        mutating func declareBodies() {
            // Each file's name is cut once for both sorts, not at each comparison.
            let names = files.map { TerraformModuleFiles.FileName($0.path) }
            let primary = bodies.filter { !files[$0.file].isOverride }
            let overrides = bodies.filter { files[$0.file].isOverride }.sorted { names[$0.file] < names[$1.file] }
            for (file, body) in primary + overrides {
                switch body {
                case .native(let body): declare(body, file: file)
                case .json(let root): declareJSON(root, file: file)
                }
            }
            findUndeclaredReferences(overridesInOrder: overrides)
            secretReads = TerraformSecretReads.find(in: bodies.map(\.body), schema: schema, locals: locals)
            writtenSecrets = TerraformSecretReads.writtenSecrets(in: bodies, schema: schema)
            sensitiveCalls = TerraformSensitiveCalls.find(in: bodies, files: files)
            bodies = []
            findDuplicates(names: names)
        }

        /// WF507 in every configuration file, once all are declared (a
        /// reference may name what a later file declares), in what Terraform
        /// evaluates once the override files are merged in: each in the
        /// lexical order of its name, replacing what the primary files and
        /// the override files before it write.
        /// `overrides`: the override files' bodies in that order (`declareBodies`).
        private mutating func findUndeclaredReferences(overridesInOrder overrides: [(file: Int, body: Body)]) {
            guard !configurationUnread, brokenConfigurations.isEmpty else { return }
            let declared = TerraformDeclaredNames(variables: variables.keys, locals: locals.keys)
            // What the override files after each one replace, from the last back.
            var later = TerraformUndeclaredReferences.Overridden()
            var replacedAfter: [Int: TerraformUndeclaredReferences.Overridden] = [:]
            for (file, body) in overrides.reversed() {
                replacedAfter[file] = later
                switch body {
                case .native(let body): TerraformUndeclaredReferences.overridden(by: body, resourceType: schema.type, into: &later)
                case .json(let root): TerraformUndeclaredReferences.overridden(byJSON: root, schema: schema, into: &later)
                }
            }
            var provisioners = TerraformUndeclaredReferences.MergedProvisioners()
            let overrideFiles = Set(overrides.map(\.file))
            for (_, body) in bodies.filter({ !overrideFiles.contains($0.file) }) + overrides {
                switch body {
                case .native(let body): provisioners.merge(body, resourceType: schema.type)
                case .json(let root): provisioners.merge(json: root, schema: schema)
                }
            }
            for (file, body) in bodies {
                let replaced = replacedAfter[file] ?? later
                switch body {
                case .native(let body):
                    undeclaredReferences += TerraformUndeclaredReferences.find(
                        in: body, file: file, source: files[file].source, resourceType: schema.type, declared: declared,
                        overridden: replaced, provisioners: provisioners)
                case .json(let root):
                    undeclaredReferences += TerraformUndeclaredReferences.find(
                        inJSON: root, file: file, schema: schema, declared: declared, overridden: replaced,
                        provisioners: provisioners)
                }
            }
        }

        /// Each name declared again after its first declaration, in the order
        /// Terraform reads the primary files (bytewise by name, then in source
        /// order), so that every file of the module linted finds the same first:
        /// Terraform refuses such a module ("Duplicate resource", "Duplicate
        /// variable declaration", "Duplicate local value definition").
        /// `names` holds each file's name, by its index in `files`.
        private mutating func findDuplicates(names: [TerraformModuleFiles.FileName]) {
            defer { declarations = [] }
            guard declarations.count > 1 else { return }
            let ordered = declarations.sorted { first, second in
                (names[first.file], first.range.start) < (names[second.file], second.range.start)
            }
            // Keyed by a plain String, index into `ordered`: interpolating the
            // kind would reflect on the enum, 2.3 M instructions a 2 KB file.
            var seen: [String: Int] = [:]
            for (index, declaration) in ordered.enumerated() {
                let key = declaration.kind.rawValue + declaration.name
                if let first = seen[key] {
                    duplicates.append(duplicate(declaration, of: ordered[first]))
                    if declaration.kind == .variable { variablesDeclaredTwice.insert(declaration.name) }
                } else {
                    seen[key] = index
                }
            }
        }

        private func duplicate(_ declaration: Declaration, of first: Declaration) -> TerraformModule.Duplicate {
            let place = "\(files[first.file].path):\(first.range.start)"
            let (what, pointer, rule): (String, JSONPointer, String) = switch declaration.kind {
            case .resource:
                ("\(schema.type) resource \"\(declaration.name)\" is already declared at \(place)",
                 JSONPointer(["resource", schema.type, declaration.name]), "resource names must be unique per type in a module")
            case .variable:
                ("variable \"\(declaration.name)\" is already declared at \(place)", JSONPointer(["variable", declaration.name]),
                 "variable names must be unique in a module")
            case .local:
                ("local value \"\(declaration.name)\" is already defined at \(place)", JSONPointer(["locals", declaration.name]),
                 "local value names must be unique in a module")
            }
            return TerraformModule.Duplicate(
                file: declaration.file, range: declaration.range, pointer: pointer, message: "\(what); \(rule)",
                first: (first.file, first.range))
        }

        /// A `.tf.json` file, or a `.tfvars.json` file (its members are variables' values).
        private mutating func readJSON(_ other: TerraformSourceFile, limits: ReadLimits) {
            let stream = other.parsedJSON(limits: limits)
            let root = stream.documents.first?.root
            if other.isConfiguration {
                // A `.tf.json` file that does not parse gives nothing, as a `.tf` one;
                // nor does one that writes a property twice where Terraform refuses
                // it, or a template that does not parse.
                if let error = stream.syntaxError {
                    return brokenConfiguration(other, TerraformSyntaxError(json: error, of: other.bytes, source: stream.source))
                }
                guard let root else { return }
                if let error = TerraformJSONRepeats.firstError(in: root)
                    ?? TerraformJSONTemplates.firstError(in: root, schema: schema)
                {
                    return brokenConfiguration(other, TerraformSyntaxError(json: error, of: other.bytes, source: stream.source))
                }
                files.append(File(path: other.path, source: stream.source, bytes: other.bytes, isOverride: other.isOverride, isLinted: other.isLinted))
                return bodies.append((files.count - 1, .json(root)))
            }
            if let error = stream.syntaxError ?? TerraformModuleFiles.objectError(root) { return broken(other, error) }
            guard case .mapping(let entries)? = root?.content else { return }
            files.append(File(path: other.path, source: stream.source, bytes: other.bytes))
            for entry in entries {
                guard let name = entry.name else { continue }
                assignments[name] = .json(file: files.count - 1, entry.value)
                writtenValues[name, default: []].append(.json(file: files.count - 1, entry.value))
            }
        }

        /// A `.tf` file (its `variable` and `locals` blocks) or a `.tfvars` file
        /// (its arguments are variables' values); a `.tf` file that does not
        /// parse gives nothing.
        private mutating func readHCL(_ other: TerraformSourceFile, limits: ReadLimits) {
            let parsed: HCLFile
            switch other.parsedHCL(limits: limits) {
            case .success(let file):
                parsed = file
            case .failure(let error):
                guard other.isConfiguration else {
                    return broken(other, TerraformSyntaxError(error, of: other.bytes, limits: limits, isVariableValues: true).error)
                }
                return brokenConfiguration(other, TerraformSyntaxError(error, of: other.bytes, limits: limits, isVariableValues: false))
            }
            if !other.isConfiguration, let error = TerraformModuleFiles.definitionsError(in: parsed) { return broken(other, error) }
            if other.isConfiguration, let error = TerraformModuleFiles.configurationError(in: parsed) {
                return brokenConfiguration(other, TerraformSyntaxError(error))
            }
            files.append(File(
                path: other.path, source: parsed.source, bytes: other.bytes, directives: TerraformLinting.directives(in: parsed, resources: []),
                isOverride: other.isOverride, isLinted: other.isLinted))
            if other.isConfiguration {
                bodies.append((files.count - 1, .native(parsed.body)))
            } else {
                for attribute in parsed.body.attributes {
                    assignments[attribute.name.text] = .expression(file: files.count - 1, attribute.value)
                    writtenValues[attribute.name.text, default: []].append(.expression(file: files.count - 1, attribute.value))
                }
            }
        }

        private mutating func brokenConfiguration(_ other: TerraformSourceFile, _ error: TerraformSyntaxError) {
            files.append(File(path: other.path, source: SourceText(bytes: other.bytes), bytes: other.bytes))
            brokenConfigurations.append((files.count - 1, error))
        }

        /// A definitions file that does not parse: no variable is known, and its
        /// error is reported unless the run lints the file itself.
        private mutating func broken(_ other: TerraformSourceFile, _ error: SyntaxError) {
            files.append(File(path: other.path, source: SourceText(bytes: other.bytes), bytes: other.bytes))
            definitionsAreBroken = true
            if !other.isLinted { brokenDefinitions.append((files.count - 1, error)) }
        }

        /// The `variable`, `locals` and resource blocks of a `.tf` file.
        private mutating func declare(_ body: HCLBody, file: Int) {
            let source = files[file].source
            for block in body.blocks {
                switch block.type.text {
                case "variable":
                    guard block.labels.count == 1, let label = block.labels.first else { continue }
                    let attributes = block.body.attributes
                    let flag = { (name: String) in attributes.first { $0.name.text == name }.map { Self.literalBool($0.value) } }
                    // Absent, not sensitive; not a literal, not known before evaluation.
                    let isSensitive: Bool? = flag("sensitive") ?? false
                    let isNullable = flag("nullable") != .some(false)
                    let isEphemeral = flag("ephemeral") == .some(true)
                    declareVariable(
                        label.value,
                        TerraformModule.Variable(
                            file: file, labelRange: source.range(of: label.range),
                            defaultValue: attributes.first { $0.name.text == "default" }.map { .expression(file: file, $0.value) },
                            isSensitive: isSensitive, isNullable: isNullable, isEphemeral: isEphemeral,
                            declaredType: attributes.first { $0.name.text == "type" }.map { .init($0.value) },
                            numberConversion: attributes.first { $0.name.text == "type" }.flatMap { .init($0.value) }),
                        written: Set(attributes.map(\.name.text)), header: source.range(of: Self.header(block)))
                case "locals":
                    for attribute in block.body.attributes {
                        declareLocal(
                            attribute.name.text, .expression(file: file, attribute.value), file: file,
                            at: source.range(of: attribute.name.range))
                    }
                default:
                    guard block.type.text == "resource", block.labels.count == 2, block.labels[0].value == schema.type else {
                        continue
                    }
                    declareResource(TerraformModule.ResourceBlock(
                        file: file, name: block.labels[1].value, written: .native(block),
                        header: source.range(of: Self.header(block))))
                }
            }
        }

        /// A block's type and labels: where Terraform reports the block.
        private static func header(_ block: HCLBlock) -> ByteRange {
            ByteRange(start: block.type.range.start, end: block.labels.last?.range.end ?? block.type.range.end)
        }

        /// A variable declared in file `file`; in an override file, each
        /// argument it writes (`written`) replaces the original's, and one with
        /// no original is WF504 at its `header`. The original's place stays the
        /// variable's (Terraform keeps its declaration's range).
        private mutating func declareVariable(
            _ name: String, _ variable: TerraformModule.Variable, written: Set<String>, header: SourceRange
        ) {
            if let value = variable.defaultValue { writtenValues[name, default: []].append(value) }
            guard files[variable.file].isOverride else {
                declarations.append(Declaration(kind: .variable, name: name, file: variable.file, range: header))
                // Declared twice (WF505): the later declaration, as Terraform
                // keeps it, but sensitive when either may be: a value one
                // declaration marks sensitive stays out of every output,
                // whichever file declares the variable last.
                var declared = variable
                if let earlier = variables[name] {
                    declared.isSensitive = Self.sensitive(earlier.isSensitive, variable.isSensitive)
                }
                variables[name] = declared
                return
            }
            guard var original = variables[name] else {
                if let value = variable.defaultValue { orphanValues.append(value) }
                return missing(
                    "there is no variable \"\(name)\" to override; an override file can only override a variable declared in "
                        + "a primary configuration file of the module", file: variable.file, at: header,
                    pointer: JSONPointer(["variable", name]))
            }
            if written.contains("default") { original.defaultValue = variable.defaultValue }
            if written.contains("sensitive") { original.isSensitive = variable.isSensitive }
            if written.contains("nullable") { original.isNullable = variable.isNullable }
            if written.contains("ephemeral") { original.isEphemeral = variable.isEphemeral }
            if written.contains("type") {
                original.declaredType = variable.declaredType
                original.numberConversion = variable.numberConversion
            }
            variables[name] = original
        }

        /// `sensitiveValueRanges`: the values of each declared variable that
        /// may be sensitive (`sensitive` not a literal `false`, the safe side
        /// `TerraformModule.variableValue` takes too), and of each declared
        /// twice (WF505): which of its values a reader meant cannot be told,
        /// and only the one that wins was kept out as a secret's (the first
        /// default of `"pw": [{"default": ...}, {"default": ...}]` was shown);
        /// and of each local value defined twice; and each value of an
        /// override with no original (`orphanValues`: `locals { client_secret
        /// = "..." }` on one line was shown in clear); and each value a
        /// workforce resource reads as a secret (`TerraformSecretReads`), or
        /// the module wraps in `sensitive(...)` (`TerraformSensitiveCalls`).
        func ranges(of values: [TerraformModule.Assignment]) -> [Int: [SourceRange]] {
            var ranges: [Int: [SourceRange]] = [:]
            for value in values {
                let (file, range) = place(of: value)
                ranges[file, default: []].append(range)
            }
            return ranges
        }

        /// The literal strings of the secrets among `sensitiveValues`, of
        /// the workforces' own secret arguments (`writtenSecrets`), and of
        /// the `.tf.json` calls of `sensitive(...)`, also in NFC
        /// (`TerraformModuleDeclarations.sensitiveValuesSearched`).
        var secretTexts: Set<String> {
            var texts: Set<String> = []
            // A workforce's own secret arguments give texts, not ranges: the
            // lint of their file masks them, and ranges in every file would
            // make each lint read every file of the module.
            let written = sensitiveValues.secrets + writtenSecrets
            for text in written.flatMap(Self.literalTexts) + sensitiveCalls.jsonTexts where !text.isEmpty {
                texts.insert(text)
                texts.insert(TerraformUnicode.nfc(text))
                // A number-typed variable sends a string as its number
                // (`"+0031415926535.50"` as `31415926535.5`): that too.
                if let number = TerraformNumberConversion.numberString(of: text) { texts.insert(number) }
            }
            return texts
        }

        /// The values `sensitiveValueRanges` masks where they are written
        /// (`all`), and the secrets among them: a sensitive variable's values,
        /// what a workforce reads as a secret and what `sensitive(...)`
        /// wraps, not a value masked only
        /// because which one wins cannot be told (a name declared twice, an
        /// orphan override), which messages show.
        var sensitiveValues: (all: [TerraformModule.Assignment], secrets: [TerraformModule.Assignment]) {
            let secrets = sensitiveVariableValues + secretValues + sensitiveCalls.values
            let twice = writtenValues.filter { variablesDeclaredTwice.contains($0.key) && !Self.isSensitive(variables[$0.key]) }
            // A local value defined twice: WF505 shows its second line to
            // every lint of the module, also one whose resources do not
            // read it, while another file's `client_secret` may (`wflint
            // a.tf` showed `b.tf`'s secret).
            let masked = Array(twice.values.joined()) + primaryLocalValues.values.filter({ $0.count > 1 }).joined() + orphanValues
            return (secrets + masked, secrets)
        }

        /// The values written for each variable that may be sensitive.
        private var sensitiveVariableValues: [TerraformModule.Assignment] {
            Array(writtenValues.filter { Self.isSensitive(variables[$0.key]) }.values.joined())
        }

        /// `sensitive` not a literal `false`: the safe side `TerraformModule.variableValue` takes too.
        private static func isSensitive(_ variable: TerraformModule.Variable?) -> Bool { variable.map { $0.isSensitive != false } ?? false }

        /// A value a workforce resource reads as a secret, where it is
        /// written: a lint that does not evaluate it may show its line.
        private var secretValues: [TerraformModule.Assignment] {
            var values = secretReads.writtenParts
            for (key, paths) in secretReads.reads where key.hasPrefix("var.") {
                for value in writtenValues[String(key.dropFirst(4))] ?? [] {
                    values += paths.flatMap { TerraformSecretReads.writtenValues(of: value, at: $0) }
                }
            }
            return values
        }

        /// The literal strings written in `value`, keys left out (a key
        /// names a part), without recursion: a value may be deeply nested.
        private static func literalTexts(in value: TerraformModule.Assignment) -> [String] {
            var texts: [String] = []
            switch value {
            case .expression(_, let expression):
                texts = expression.literalStrings
            case .json(_, let node), .jsonConfiguration(_, let node):
                let isTemplate = if case .jsonConfiguration = value { true } else { false }
                for scalar in TerraformValues.scalars(in: node) {
                    guard case .scalar(let written) = scalar.content else { continue }
                    switch written.value {
                    case .string(let text):
                        guard isTemplate else {
                            texts.append(text)
                            continue
                        }
                        if let literal = TerraformJSONValues.literal(text) {
                            texts.append(literal)
                        } else if let template = TerraformJSONValues.template(text) {
                            // Parsed as a heredoc, whose last line break is
                            // the heredoc's: each run without its own last
                            // one masks more, never less.
                            texts += template.expression.literalStrings.map { run in
                                run.hasSuffix("\n") ? String(run.dropLast()) : run
                            }
                        }
                    case .integer, .float:
                        // A number is sent as its string, which a copy may hold.
                        if let text = TerraformNumberText.stringValue(of: written) { texts.append(text) }
                    default:
                        continue
                    }
                }
            }
            return texts
        }

        /// The file and range of a written value.
        private func place(of value: TerraformModule.Assignment) -> (file: Int, range: SourceRange) {
            switch value {
            case .expression(let file, let expression): (file, files[file].source.range(of: expression.range))
            case .json(let file, let node), .jsonConfiguration(let file, let node): (file, node.range)
            }
        }

        /// Whether a variable declared twice is sensitive: true when either
        /// declaration says so, unknown (nil, the safe side) when either
        /// cannot be told, false only when both say false.
        private static func sensitive(_ first: Bool?, _ second: Bool?) -> Bool? {
            if first == true || second == true { return true }
            return first == nil || second == nil ? nil : false
        }

        /// A local value of file `file`; in an override file it replaces the
        /// original of its name, and one with no original is WF504 at its name.
        private mutating func declareLocal(_ name: String, _ value: TerraformModule.Assignment, file: Int, at range: SourceRange) {
            guard !files[file].isOverride || locals[name] != nil else {
                orphanValues.append(value)
                return missing(
                    "there is no local value \"\(name)\" to override; an override file can only override a local value "
                        + "defined in a primary configuration file of the module", file: file, at: range,
                    pointer: JSONPointer(["locals", name]))
            }
            if !files[file].isOverride {
                declarations.append(Declaration(kind: .local, name: name, file: file, range: range))
                primaryLocalValues[name, default: []].append(value)
            }
            locals[name] = value
        }

        /// A resource of the module's type; one in an override file with no
        /// original in a primary file is WF504 at its header. An override file
        /// is declared after every primary one, so the primary names are all
        /// known by then: one lookup, not a walk of the blocks.
        private mutating func declareResource(_ block: TerraformModule.ResourceBlock) {
            if !files[block.file].isOverride {
                declarations.append(Declaration(kind: .resource, name: block.name, file: block.file, range: block.header))
                primaryResources.insert(block.name)
            } else if !primaryResources.contains(block.name) {
                missing(
                    "there is no \(schema.type) resource named \"\(block.name)\" to override; an override file can only "
                        + "override a resource block defined in a primary configuration file of the module",
                    file: block.file, at: block.header, pointer: JSONPointer(["resource", schema.type, block.name]))
            }
            resourceBlocks.append(block)
        }

        private mutating func missing(_ message: String, file: Int, at range: SourceRange, pointer: JSONPointer) {
            missingOriginals.append(TerraformModule.MissingOriginal(file: file, range: range, pointer: pointer, message: message))
        }

        /// The `variable`, `locals` and resources of a `.tf.json` file (HCL's JSON syntax:
        /// `{"variable": {"NAME": {"default": ...}}, "locals": {"NAME": ...}}`,
        /// where each object may be an array of objects).
        private mutating func declareJSON(_ root: Node, file: Int) {
            typealias JSON = TerraformJSONTranslator
            for body in JSON.objects(root) {
                for declared in JSON.members(body, named: "variable").flatMap(JSON.objects) {
                    for entry in declared.entries ?? [] {
                        guard let name = entry.name, name != JSON.comment else { continue }
                        // An array of bodies under one name declares it once for
                        // each, which Terraform refuses ("Duplicate variable
                        // declaration"): each later one is WF505 at its `{`.
                        for (index, block) in JSON.objects(entry.value).enumerated() {
                            declareJSONVariable(name, block, file: file, header: index == 0 ? entry.key.range : block.range)
                        }
                    }
                }
                for written in JSON.members(body, named: "locals").flatMap(JSON.objects) {
                    for entry in written.entries ?? [] {
                        guard let name = entry.name, name != JSON.comment else { continue }
                        declareLocal(name, .jsonConfiguration(file: file, entry.value), file: file, at: entry.key.range)
                    }
                }
            }
            for block in JSON.resources(of: schema, in: root) {
                declareResource(TerraformModule.ResourceBlock(
                    file: file, name: block.name, written: .json(block), header: block.key?.range ?? block.body.range))
            }
        }

        /// The bool a variable's `sensitive`, `nullable` or `ephemeral` is
        /// when written literally: `true` or `false`, or a string Terraform
        /// converts to one (`"true"`, `"1"`, `"false"`, `"0"`: `nullable =
        /// "false"` is false); nil for anything else.
        static func literalBool(_ text: String) -> Bool? {
            switch text {
            case "true", "1": true
            case "false", "0": false
            default: nil
            }
        }

        static func literalBool(_ expression: HCLExpression) -> Bool? {
            switch expression.kind {
            case .bool(let flag): flag
            case .template(let template): template.literalValue.flatMap(literalBool)
            default: nil
            }
        }

        static func literalBool(_ node: Node) -> Bool? {
            guard case .scalar(let scalar) = node.content else { return nil }
            switch scalar.value {
            case .bool(let flag): return flag
            case .string(let text): return literalBool(text)
            default: return nil
            }
        }

        /// Variable `name`, declared by JSON body `block` at `header`.
        private mutating func declareJSONVariable(_ name: String, _ block: Node, file: Int, header: SourceRange) {
            typealias JSON = TerraformJSONTranslator
            // A body that writes a property twice is refused before it is
            // declared (`TerraformJSONRepeats`): each is read once, as in `.tf`.
            // Absent, not sensitive; not a literal, not known before evaluation.
            let isSensitive: Bool? = JSON.members(block, named: "sensitive").first.map(Self.literalBool) ?? false
            let isNullable = JSON.members(block, named: "nullable").first.map(Self.literalBool) != .some(false)
            let isEphemeral = JSON.members(block, named: "ephemeral").first.map(Self.literalBool) == .some(true)
            declareVariable(
                name,
                TerraformModule.Variable(
                    file: file, labelRange: header,
                    // Literal: Terraform reads a default without evaluating it.
                    defaultValue: JSON.members(block, named: "default").first.map { .json(file: file, $0) },
                    isSensitive: isSensitive, isNullable: isNullable, isEphemeral: isEphemeral,
                    declaredType: JSON.members(block, named: "type").first.map { type in
                        type.string.map(TerraformModule.DeclaredType.init(json:)) ?? .other
                    },
                    numberConversion: JSON.members(block, named: "type").first?.string.flatMap(TerraformNumberConversion.init(json:))),
                written: Set((block.entries ?? []).compactMap(\.name)), header: header)
        }
    }
}

extension HCLExpression {
    /// The literal strings written in it, and its number literals as the
    /// strings Terraform sends them as (`TerraformNumberText`), keys left
    /// out (a key names a part), without recursion: a value may be deeply
    /// nested. Not a call's arguments: `lookup(var.m, "workforce_name")`'s
    /// key is no secret, and taken for one it hid that name in every message.
    /// A template that interpolates gives each run of its literal text at
    /// least `SensitiveValues.minimumTemplateRunLength` long
    /// (`"Zq8s3cr3tVal${var.n}"`: the rendered secret starts with
    /// `Zq8s3cr3tVal`, and a copy of it elsewhere must not show that part;
    /// `"${var.secret}-prod"`'s `-prod` is the template's wording, and
    /// taken for a secret it hid `-prod` in every message of the module),
    /// then what its interpolations and directives write.
    var literalStrings: [String] {
        var texts: [String] = []
        var pending = [self]
        while let next = pending.popLast() {
            switch next.kind {
            case .template(let template):
                if let text = template.literalValue {
                    texts.append(text)
                    continue
                }
                var parts = template.parts
                while let part = parts.popLast() {
                    switch part.kind {
                    case .literal(let text):
                        if text.unicodeScalars.count >= SensitiveValues.minimumTemplateRunLength { texts.append(text) }
                    case .interpolation(let inner, _): pending.append(inner)
                    case .conditional(let branches): parts += branches.then + (branches.otherwise ?? [])
                    case .loop(let loop): parts += loop.body
                    }
                }
            case .number(let number): if let text = TerraformNumberText.string(of: number.text) { texts.append(text) }
            case .unary(.negate, let operand):
                if case .number(let number) = operand.kind, let text = TerraformNumberText.string(of: "-" + number.text) {
                    texts.append(text)
                }
            case .parentheses(let inner): pending.append(inner)
            case .tuple(let items): pending += items
            case .object(let items): pending += items.map(\.value)
            case .conditional(_, let whenTrue, let whenFalse): pending += [whenTrue, whenFalse]
            default: break
            }
        }
        return texts
    }
}
