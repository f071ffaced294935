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
    /// module has no workforce resource in another file, or `input` is not
    /// a file on disk (standard input stands for a file the module's other
    /// files would read from disk, not as the buffer holds it).
    func findingsOfItsModule(
        shownIn input: LintInput, linted: Set<FileSystem.Identity>, moduleFolders: TerraformModuleFolders?
    ) -> FindingsShownByWorkforces.Shown? {
        guard case .file(let path) = input.source, input.isExplicit, !input.standsAlone else { return nil }
        let module = TerraformModuleFiles.sources(
            for: path, displayName: input.displayName, varFiles: input.isInNamedFolder ? terraformVarFiles : [],
            maximumSize: limits.maximumFileSize, linted: linted, folders: moduleFolders)
        // Made once for every file of the folder the run names: a folder of
        // a thousand such files lints its workforce files once, not a thousand times.
        let shown = module.shownByWorkforces(withVarFiles: input.isInNamedFolder) {
            lintWorkforces(of: module.others, folder: PathParts(path).folder, input: input, linted: linted, moduleFolders: moduleFolders)
        }
        guard shown.hasWorkforce else { return nil }
        return shown.byFile[ExactText(input.displayName)] ?? FindingsShownByWorkforces.Shown()
    }

    /// Lints each workforce file among a module's `files` (not an override
    /// file: its resource is checked by its original's lint) and gathers
    /// what each shows in the module's other files, each shown once.
    private func lintWorkforces(
        of files: [TerraformSourceFile], folder: String?, input: LintInput, linted: Set<FileSystem.Identity>,
        moduleFolders: TerraformModuleFolders?
    ) -> FindingsShownByWorkforces {
        let workforceFiles = files.filter { file in
            file.isConfiguration && !file.isOverride && TerraformLinting.mentions(file.bytes, .builtin)
        }
        var shown = FindingsShownByWorkforces(hasWorkforce: !workforceFiles.isEmpty)
        for file in workforceFiles {
            let name = PathParts(file.path).name
            let workforceInput = LintInput(
                source: .file(folder.map { $0 + "/" + name } ?? name), displayName: file.path, isExplicit: false,
                isInNamedFolder: input.isInNamedFolder)
            let outcome = lint(SourceBytes(file.bytes), as: workforceInput, linted: linted, moduleFolders: moduleFolders)
            for elsewhere in outcome.referenced {
                // Its own suppression comments apply once, in its own lint.
                shown.byFile[ExactText(elsewhere.file.path), default: .init()].add(
                    elsewhere.findings + elsewhere.suppressed.map(\.finding), masking: elsewhere.file.sensitiveRanges)
            }
        }
        return shown
    }
}

/// What the lints of a module's workforce files show in the module's other
/// files, by file (`Linter.findingsOfItsModule`).
struct FindingsShownByWorkforces: Sendable {
    /// Whether the module has a workforce file at all.
    let hasWorkforce: Bool
    var byFile: [ExactText: Shown] = [:]

    /// The findings shown in one file, and the ranges of secrets they show in it.
    struct Shown: Sendable {
        private(set) var findings: [Finding] = []
        private(set) var sensitiveRanges: [SourceRange] = []

        mutating func add(_ found: [Finding], masking ranges: [SourceRange]) {
            findings += found
            sensitiveRanges += ranges
        }
    }
}
