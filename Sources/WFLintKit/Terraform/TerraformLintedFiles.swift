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
    /// Configuration files (`.tf`, `.tf.json`), by place: the same file
    /// linked into another folder is a file of that folder's module, which
    /// this input's lint does not check.
    private var configurations: Set<FilePlace> = []

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
                let folder = PathParts(path).folder ?? "."
                let folderIdentity = folders[folder] ?? FileSystem.identity(folder)
                folders[folder] = folderIdentity
                guard let folderIdentity, let identity = FileSystem.identity(path) else { continue }
                configurations.insert(FilePlace(file: identity, folder: folderIdentity))
            }
        }
    }

    var isEmpty: Bool { definitions.isEmpty && configurations.isEmpty }

    /// Whether the file at `path`, in the folder whose identity is `folder`,
    /// is one of them.
    func contains(_ path: String, inFolder folder: FileSystem.Identity?) -> Bool {
        guard !isEmpty, let identity = FileSystem.identity(path) else { return false }
        if TerraformModuleFiles.isConfiguration(path) {
            return folder.map { configurations.contains(FilePlace(file: identity, folder: $0)) } ?? false
        }
        return definitions.contains(identity)
    }
}
