import DocumentModel

/// The files a run lints, as the Terraform modules that read them mark them
/// (`TerraformSourceFile.isLinted`): a module's file that is an input of the
/// run has a lint of its own, which reports what is in it, and the module's
/// findings in its other files are shown by one lint of the run, not by each
/// (`TerraformModuleDeclarations.moduleFindingsLint`).
public struct TerraformLintedFiles: Sendable {
    /// Variable definitions files, by identity: one that is an input
    /// reports its own syntax error, however many modules read it (as a
    /// `--var-file`, or through a link).
    private var definitions: Set<FileSystem.Identity> = []
    /// Configuration files (`.tf`, `.tf.json`), by their folder and name:
    /// a link to an input, in its folder or another, is another file of a
    /// module, which the run does not lint (a walk lints a file once,
    /// whatever its names), so its module's findings are another lint's.
    private var configurations: Set<Place> = []

    private struct Place: Hashable {
        let folder: FileSystem.Identity
        /// Compared byte for byte: `é.tf` composed and decomposed are two files.
        let name: ExactText
    }

    /// No file: every module's findings are shown by each of its lints.
    public init() {}

    /// The Terraform files among `paths`, a run's input files; the others
    /// are left out unread.
    init(inputs paths: [String]) {
        // Each folder is looked up once, however many of its files the run lints.
        var folders: [String: FileSystem.Identity?] = [:]
        for path in paths {
            if TerraformLinting.isVariableValues(path) {
                if let identity = FileSystem.identity(path) { definitions.insert(identity) }
            } else if TerraformModuleFiles.isConfiguration(path) {
                let parts = PathParts(path)
                let folder = parts.folder ?? "."
                let folderIdentity = folders[folder] ?? FileSystem.identity(folder)
                folders[folder] = folderIdentity
                guard let folderIdentity else { continue }
                configurations.insert(Place(folder: folderIdentity, name: ExactText(parts.name)))
            }
        }
    }

    var isEmpty: Bool { definitions.isEmpty && configurations.isEmpty }

    /// Whether the file at `path`, in the folder whose identity is `folder`,
    /// is one of them.
    func contains(_ path: String, inFolder folder: FileSystem.Identity?) -> Bool {
        guard !isEmpty else { return false }
        if TerraformModuleFiles.isConfiguration(path) {
            return folder.map { configurations.contains(Place(folder: $0, name: ExactText(PathParts(path).name))) } ?? false
        }
        return FileSystem.identity(path).map(definitions.contains) ?? false
    }
}
