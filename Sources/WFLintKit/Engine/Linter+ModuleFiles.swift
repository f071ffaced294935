import DocumentModel

/// A Terraform file named on the command line that declares no workforce
/// resource itself (`variables.tf`, `locals.tf`, `terraform.tfvars`) but
/// sets values a workforce resource of its folder's module uses.
///
/// pre-commit names only the files a commit changes: a bad CIDR written in
/// `locals.tf` must fail the hook when `locals.tf` alone is linted, as it
/// does when `main.tf` is. So such a file is checked as a file of its module:
/// each workforce resource of the module is linted, and the findings those
/// lints show in this file are its own. Its suppression comments are then
/// judged against every workforce of the module, so an unused one gets WF010
/// and one a workforce needs does not (docs/terraform.md).
extension Linter {
    /// What the lints of the workforce resources of `input`'s module show in
    /// `input`'s file, before its suppression comments apply; nil when the
    /// module has no workforce resource in another file. Standard input
    /// (`--stdin-filename`) and an editor's buffer (`LintInput.isEditorBuffer`)
    /// are checked as the file their path names, the buffer in place of
    /// that saved file: the workforce files' lints read it as it holds it.
    func findingsOfItsModule(
        shownIn input: LintInput, bytes: SourceBytes, linted: TerraformLintedFiles,
        moduleFolders: TerraformModuleFolders?
    ) -> ModuleFileFindings? {
        // Only a named file or a buffer: the workforce files' own lints are
        // neither, so they never come here again (nor take the folder's lock twice).
        guard input.isExplicit || input.isEditorBuffer, !input.standsAlone else { return nil }
        let path = if case .file(let path) = input.source { path } else { input.displayName }
        let standIn = input.standsInForItsFile ? TerraformModuleFiles.StandIn(path: path, bytes: bytes.array) : nil
        // A buffer of a file not saved yet has no place in its folder's module.
        guard standIn == nil || FilePlace(path) != nil else { return nil }
        // A buffer's module is its own: the run's shared folder holds the
        // saved file. Its folder is read once for all its workforce files'
        // lints, as the run's is: each reading and parsing the folder again
        // made a buffer of a module of N workforce files N × N (2,000: 221 s).
        let moduleFolders = standIn == nil ? moduleFolders : TerraformModuleFolders()
        let module = TerraformModuleFiles.sources(
            for: path, displayName: input.displayName, varFiles: input.isInNamedFolder ? terraformVarFiles : [],
            maximumSize: limits.maximumFileSize, linted: linted, folders: moduleFolders, standIn: standIn)
        // Made once for every file of the folder the run names: a folder of
        // a thousand such files lints its workforce files once, not a thousand times.
        let shown = module.shownByWorkforces(withVarFiles: input.isInNamedFolder) {
            lintWorkforces(
                of: module.others, folder: PathParts(path).folder, input: input, standIn: standIn, linted: linted,
                moduleFolders: moduleFolders)
        }
        guard shown.hasWorkforce else { return nil }
        let place = FilePlace(path)
        // What stopped a check in the file itself is among its own findings.
        var found = ModuleFileFindings(stopped: shown.stopped.filter { $0.place == nil || $0.place != place })
        // By the file's place: a `--var-file` is named as it was given,
        // `./prod.tfvars` where the input is `prod.tfvars`.
        if let place, let own = shown.byFile[place] {
            found.findings = own.findings.map { $0.shown(in: input.displayName, for: own.path) }
            found.sensitiveRanges = own.sensitiveRanges
        }
        return found
    }

    /// Lints each workforce file among a module's `files` (not an override
    /// file: its resource is checked by its original's lint; nor one the
    /// configuration's `include:`/`exclude:` leave out) and gathers what each
    /// shows in the module's other files, each finding once.
    private func lintWorkforces(
        of files: [TerraformSourceFile], folder: String?, input: LintInput, standIn: TerraformModuleFiles.StandIn?,
        linted: TerraformLintedFiles, moduleFolders: TerraformModuleFolders?
    ) -> FindingsShownByWorkforces {
        var shown = FindingsShownByWorkforces()
        // Only their findings are read: the lines they show are not captured.
        var linter = self
        linter.capturesSource = false
        linter.terraformStandIn = standIn
        for file in files where file.isConfiguration && !file.isOverride && TerraformLinting.mentions(file.bytes, .builtin) {
            guard selectsFile?(file.path) ?? true else { continue }
            let name = PathParts(file.path).name
            let workforceInput = LintInput(
                source: .file(folder.map { $0 + "/" + name } ?? name), displayName: file.path, isExplicit: false,
                isInNamedFolder: input.isInNamedFolder)
            let outcome = linter.lint(SourceBytes(file.bytes), as: workforceInput, linted: linted, moduleFolders: moduleFolders)
            // A file that names the type without a resource (a `removed`
            // block, a comment) is no workforce; one that does not parse may be.
            guard !outcome.declaresNoWorkforce else { continue }
            shown.hasWorkforce = true
            // The module's own findings in its other files are shown by one
            // lint of the run; when it lints no workforce file of the module
            // (`wflint locals.tf`), by the first of these, and the others
            // leave them: each showing them made N files and M findings
            // N × M (2,000 × 2,000 WF507s: 12 s and 330 MB).
            if outcome.showedModuleFindings { linter.leavesTerraformModuleFindings = true }
            // What kept its resource from being checked whole: Terraform
            // refuses a module whose file does not parse, and `max-findings`
            // stopped the check. Shown where it is, with the named file's findings.
            let workforceFile = ReferencedFile(path: file.path, bytes: file.bytes, sensitiveRanges: outcome.sensitiveRanges)
            shown.noteStops(in: outcome.findings, of: workforceFile, at: nil, cut: outcome.cutsFindings)
            for elsewhere in outcome.referenced {
                guard let place = FilePlace(elsewhere.file.path) else { continue }
                // A definitions file or a `variables.tf` that does not parse
                // stops Terraform too (and every variable is unknown).
                shown.noteStops(in: elsewhere.findings, of: elsewhere.file, at: place)
                // Its own suppression comments apply once, in its own lint.
                shown.byFile[place, default: .init(path: elsewhere.file.path)].add(
                    elsewhere.findings + elsewhere.suppressed.map(\.finding), masking: elsewhere.file.allSensitiveRanges)
            }
        }
        return shown
    }
}

extension Linter {
    /// Findings an input's lint shows in another file that is an input too
    /// are named as that input names it (`./locals.tf` or `locals.tf`), and
    /// in a file that is none as the first lint to show it named it, so
    /// that the report shows each once. Those a named file reports itself,
    /// as a file of the module whose workforce made them
    /// (`findingsOfItsModule`), are left to it; a module of another folder
    /// that reads it (a `--var-file`, a linked file) still shows its own.
    /// A file is a place, a file in a folder (`FilePlace`). Decided once
    /// every input is linted, so that no order of the work matters.
    static func namingFilesShownElsewhereAsInputs(_ outcomes: [InputOutcome]) -> [InputOutcome] {
        guard outcomes.contains(where: { (try? $0.result.get())?.referenced.isEmpty == false }) else { return outcomes }
        // Each input file that was linted, by its place: its name, and
        // whether it is checked as a file of its folder's module. The first
        // name wins, as the run's list of inputs keeps the first (`FileWalker`).
        var inputs: [FilePlace: (name: String, isModuleFile: Bool)] = [:]
        for outcome in outcomes {
            guard case .file(let path) = outcome.input.source, case .success(let linted) = outcome.result,
                !linted.isSkipped, let place = FilePlace(path), inputs[place] == nil
            else { continue }
            inputs[place] = (outcome.input.displayName, linted.isCheckedAsModuleFile)
        }
        // A file that is no input is named as the first lint to show it named it.
        var shownNames: [FilePlace: String] = [:]
        return outcomes.map { outcome in
            guard case .success(var linted) = outcome.result, !linted.referenced.isEmpty else { return outcome }
            let folder = if case .file(let path) = outcome.input.source { FilePlace.folder(of: path) } else { nil as FileSystem.Identity? }
            linted.referenced = linted.referenced.compactMap { entry in
                guard let place = FilePlace(entry.file.path) else { return entry }
                let name: String
                if let input = inputs[place] {
                    if input.isModuleFile && place.folder == folder { return nil }
                    name = input.name
                } else {
                    name = shownNames[place] ?? entry.file.path
                    shownNames[place] = name
                }
                return name.isExactly(entry.file.path) ? entry : renamed(entry, to: name)
            }
            return InputOutcome(input: outcome.input, result: .success(linted))
        }
    }

    private static func renamed(
        _ entry: (file: ReferencedFile, findings: [Finding], suppressed: [SuppressedFinding]), to name: String
    ) -> (file: ReferencedFile, findings: [Finding], suppressed: [SuppressedFinding]) {
        let old = entry.file.path
        var file = ReferencedFile(path: name, bytes: entry.file.bytes, sensitiveRanges: entry.file.sensitiveRanges)
        file.moduleSensitiveRanges = entry.file.moduleSensitiveRanges
        file.directives = entry.file.directives
        let suppressed = entry.suppressed.map { silenced in
            var silenced = silenced
            silenced.finding = silenced.finding.shown(in: name, for: old)
            return silenced
        }
        return (file, entry.findings.map { $0.shown(in: name, for: old) }, suppressed)
    }
}

/// A file in its folder, by their identities: one file linked into two
/// folders is a file of each folder's module, so two places.
struct FilePlace: Hashable, Sendable {
    let file: FileSystem.Identity
    let folder: FileSystem.Identity

    init?(_ path: String) {
        guard let file = FileSystem.identity(path), let folder = Self.folder(of: path) else { return nil }
        (self.file, self.folder) = (file, folder)
    }

    static func folder(of path: String) -> FileSystem.Identity? {
        FileSystem.identity(PathParts(path).folder ?? ".")
    }
}

/// What kept a workforce's resource from being checked whole, and where it
/// is: a module file that does not parse, a check `max-findings` stopped
/// (WF001, WF011). `place` is the file's when it may be a named one.
struct StoppedCheck: Sendable {
    let file: ReferencedFile
    let findings: [Finding]
    let place: FilePlace?
}

/// What a named file's module check (`Linter.findingsOfItsModule`) found.
struct ModuleFileFindings {
    var stopped: [StoppedCheck]
    /// Shown in the file, named as the file is named.
    var findings: [Finding] = []
    /// The ranges of the secrets the module's workforces read in the file.
    var sensitiveRanges: [SourceRange] = []
}

/// What the lints of a module's workforce files show in the module's other
/// files, by file (`Linter.findingsOfItsModule`).
struct FindingsShownByWorkforces: Sendable {
    /// Whether the module has a workforce file at all.
    var hasWorkforce = false
    var byFile: [FilePlace: Shown] = [:]
    var stopped: [StoppedCheck] = []

    /// Notes the findings of `file` that stopped a check, if any, and a
    /// check `max-findings` cut (`cut`), whose WF011 may be turned off.
    mutating func noteStops(in findings: [Finding], of file: ReferencedFile, at place: FilePlace?, cut: Bool = false) {
        let stoppers = findings.filter { $0.ruleID == CoreRule.syntaxError || $0.ruleID == CoreRule.resourceLimit }
        if !stoppers.isEmpty || cut { stopped.append(StoppedCheck(file: file, findings: stoppers, place: place)) }
    }

    /// The findings shown in one file (as the lints named it, `path`), each
    /// once, and the ranges of secrets they know in it.
    struct Shown: Sendable {
        let path: String
        private(set) var findings: [Finding] = []
        private(set) var sensitiveRanges: [SourceRange] = []
        private var seen: Set<Finding> = []
        private var seenRanges: Set<SourceRange> = []

        init(path: String) {
            self.path = path
        }

        /// A module's own findings (an orphan override, a name declared
        /// twice) come from every workforce's lint: kept once.
        mutating func add(_ found: [Finding], masking ranges: [SourceRange]) {
            for finding in found where seen.insert(finding).inserted { findings.append(finding) }
            // Each once: every lint hands on its module's (2,000 lints of
            // 2,000 ranges held 344 MB).
            for range in ranges where seenRanges.insert(range).inserted { sensitiveRanges.append(range) }
        }
    }
}

extension Finding {
    /// The finding as a file named `name` shows it, when the lint that made
    /// it named that file `lintedName` (another spelling of its path).
    func shown(in name: String, for lintedName: String) -> Finding {
        guard !name.isExactly(lintedName) else { return self }
        var finding = self
        if finding.file.isExactly(lintedName) { finding.file = name }
        finding.related = related.map { place in
            var place = place
            if place.file.isExactly(lintedName) { place.file = name }
            return place
        }
        return finding
    }
}
