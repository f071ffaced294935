import DocumentModel

/// One input to lint: a path and whether the user named it (a file named on
/// the command line that is not a workforce document gets a WF000 note; one
/// met in a directory walk is skipped silently).
public struct LintInput: Sendable, Equatable {
    public enum Source: Sendable, Equatable {
        case file(String)
        case standardInput
    }

    public let source: Source
    /// The name findings carry: the path as the user wrote it, or the
    /// `--stdin-filename` for standard input.
    public let displayName: String
    public let isExplicit: Bool
    /// Whether its folder is a root module, which `--var-file` applies to:
    /// the file was named (or is standard input), or lies directly in a
    /// folder named on the command line. A walk's sub-folders are other
    /// modules, as `terraform plan -var-file` applies only to the folder it runs in.
    public let isInNamedFolder: Bool
    /// Whether the text stands alone, in no folder on disk (a rule pack's
    /// example): a Terraform file's module is then that file alone, whatever
    /// the current folder holds. Its name is only the name findings carry.
    public let standsAlone: Bool
    /// Whether the text is an editor's buffer of the file at its path (the
    /// language server's open document): a Terraform file of a workforce's
    /// module that declares no workforce itself is checked as a file of its
    /// module, with the buffer in place of the saved file, as standard input
    /// is; one of no such module is skipped, as in a walk.
    public var isEditorBuffer = false

    public init(
        source: Source, displayName: String, isExplicit: Bool, isInNamedFolder: Bool = true, standsAlone: Bool = false
    ) {
        self.source = source
        self.displayName = displayName
        self.isExplicit = isExplicit
        self.isInNamedFolder = isInNamedFolder
        self.standsAlone = standsAlone
    }

    /// Whether the text read stands in for the saved file its name names in
    /// that file's folder's module: standard input (`--stdin-filename`) or
    /// an editor's buffer.
    var standsInForItsFile: Bool { source == .standardInput || isEditorBuffer }
}

/// A path that could not be walked (it does not exist, or a directory could
/// not be listed).
public struct InputFailure: Sendable, Equatable {
    public let path: String
    public let reason: String
}

/// Turns the paths on the command line into the list of inputs: files as named,
/// directories recursively over `*.json` (`*.tf.json` and `*.tfvars.json` among
/// them), `*.yaml`, `*.yml`, `*.tf` and `*.tfvars`, skipping hidden entries such as `.git`.
/// The order is the command line's, then bytewise within
/// a directory, so that runs are reproducible. A file named twice or reached by
/// two paths (`./a.yaml` and `a.yaml`, a walk and a name, a symbolic link) is
/// one input, under the first path: linting or fixing it twice would report
/// its findings twice and count its fixes twice.
public enum FileWalker {
    /// `tf`: Terraform; a walk skips one without an `aws_sagemaker_workforce`
    /// before parsing it (`TerraformLinting`). `tfvars`: Terraform's variable
    /// values, checked for their syntax (Terraform stops at a broken one).
    public static let extensions: Set<String> = ["json", "yaml", "yml", "tf", "tfvars"]

    /// The configuration's `include:` and `exclude:`, applied while walking:
    /// a file is one input under the first path the run selects, so a path
    /// left out (an excluded symbolic link to a folder, walked first) does not
    /// take the place of the path that is linted.
    public struct Selection: Sendable {
        /// Whether a file (as walked or named) is linted.
        public let selectsFile: @Sendable (String) -> Bool
        /// Whether everything under a folder is excluded: it is not walked.
        public let excludesFolder: @Sendable (String) -> Bool

        public init(selectsFile: @escaping @Sendable (String) -> Bool, excludesFolder: @escaping @Sendable (String) -> Bool) {
            self.selectsFile = selectsFile
            self.excludesFolder = excludesFolder
        }

        public static let everything = Selection(selectsFile: { _ in true }, excludesFolder: { _ in false })
    }

    public static func inputs(
        for paths: [String], stdinName: String, selection: Selection = .everything
    ) -> (inputs: [LintInput], failures: [InputFailure]) {
        var inputs = UniqueInputs()
        var failures = UniqueFailures()
        for path in paths {
            if path == "-" {
                inputs.inputs.append(LintInput(source: .standardInput, displayName: stdinName, isExplicit: true))
                continue
            }
            switch FileSystem.entryType(path) {
            case .failure(let failure):
                failures.add(InputFailure(path: path, reason: failure.reason))
            case .success(.directory):
                let walk = files(under: path, extensions: extensions, selection: selection)
                let folder = join(path, "").utf8.count
                for file in walk.files {
                    // On the UTF-8 bytes: a walked path starts with the
                    // folder's bytes, and a search of its characters cost a
                    // third of the walk.
                    let isInNamedFolder = !file.utf8.dropFirst(folder).contains(UInt8(ascii: "/"))
                    inputs.add(LintInput(source: .file(file), displayName: file, isExplicit: false, isInNamedFolder: isInNamedFolder))
                }
                for failure in walk.failures { failures.add(failure) }
            case .success:
                guard selection.selectsFile(path) else { continue }
                inputs.add(LintInput(source: .file(path), displayName: path, isExplicit: true))
            }
        }
        return (inputs.inputs, failures.failures)
    }

    /// Every file below `directory` whose extension (any case) is one of
    /// `extensions`, skipping hidden entries, bytewise sorted within each
    /// folder; also what `--rules FOLDER` loads packs from. With
    /// `keepingOthers`, an entry with such a name that is neither a file nor
    /// a folder (a dangling link, a named pipe) is kept too, for its reading
    /// to say what it is: a pack folder must not drop a policy silently.
    public static func files(
        under directory: String, extensions: Set<String>, selection: Selection = .everything,
        keepingOthers: Bool = false
    ) -> (files: [String], failures: [InputFailure]) {
        var walk = Walk(extensions: extensions, selection: selection, keepsOthers: keepingOthers)
        walk.walk(directory: directory)
        return (walk.files, walk.failures)
    }

    /// One walk's request and what it found so far.
    private struct Walk {
        let extensions: Set<String>
        let selection: Selection
        let keepsOthers: Bool
        var files: [String] = []
        var failures: [InputFailure] = []
        var visited: Set<FileSystem.Identity> = []

        /// Walks `directory` unless it was walked already: directory symbolic
        /// links are followed, and one pointing back at an ancestor would
        /// otherwise lead round and round.
        /// An excluded folder is not walked, nor marked walked: the same folder
        /// reached by another path may be selected.
        mutating func walk(directory: String) {
            if selection.excludesFolder(directory) { return }
            if let identity = FileSystem.identity(directory), !visited.insert(identity).inserted { return }
            switch FileSystem.directoryEntries(directory) {
            case .failure(let failure):
                failures.append(InputFailure(path: directory, reason: failure.reason))
            case .success(let entries):
                // Hidden: a name whose first byte is a dot. `hasPrefix(".")` compares
                // characters, and a dot followed by a combining mark is another one.
                for entry in entries where entry.name.utf8.first != UInt8(ascii: ".") {
                    let path = join(directory, entry.name)
                    switch entry.type {
                    case .directory:
                        walk(directory: path)
                    case .file where hasExtension(entry.name, in: extensions) && selection.selectsFile(path):
                        files.append(path)
                    case .other where keepsOthers && hasExtension(entry.name, in: extensions):
                        files.append(path)
                    default:
                        continue
                    }
                }
            }
        }
    }

    /// On the UTF-8 bytes: a search of the name's characters for the dot
    /// cost more than the rest of a walk's step.
    static func hasExtension(_ name: String, in extensions: Set<String>) -> Bool {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")) else { return false }
        let suffix = name.utf8[name.utf8.index(after: dot)...]
        // Terraform reads `.tf`, `.tfvars`, `.tf.json` and `.tfvars.json`
        // files in lower case only: an `OLD.TF` or `OLD.TF.json` beside them
        // is no file of the module.
        let ending = String(Substring(suffix))
        let lowered = extensions.contains(ending) ? ending : ending.lowercased()
        guard extensions.contains(lowered), lowered == ending || !terraformEndings.contains(lowered) else { return false }
        guard lowered == "json", SourceFormat.isTerraformJSON(name) else { return true }
        return name.hasSuffix(".tf.json") || name.hasSuffix(".tfvars.json")
    }

    static let terraformEndings: Set<String> = ["tf", "tfvars"]

    /// `dir/name`, without doubling a trailing slash and without a leading `./`
    /// for the current directory, so paths read as the user would write them.
    static func join(_ directory: String, _ name: String) -> String {
        if directory == "." { return name }
        var path = directory
        path.reserveCapacity(directory.utf8.count + 1 + name.utf8.count)
        if !directory.hasSuffix("/") { path += "/" }
        path += name
        return path
    }
}

/// The paths that could not be read, each once however it was spelled
/// (`missing.yaml`, `./missing.yaml`, a folder named twice), under the
/// spelling met first: one path, one notification and one count.
private struct UniqueFailures {
    private(set) var failures: [InputFailure] = []
    private var seen: Set<ExactText> = []
    private let directory = FileSystem.currentDirectory()

    mutating func add(_ failure: InputFailure) {
        // `..` is left as written: through a symbolic link it leads elsewhere
        // than the text says (`link/../x.yaml`), and the system decides which.
        let path = failure.path
        let key =
            ProjectPath.segments(of: path).contains("..")
            ? (path.hasPrefix("/") ? path : directory + "/" + path) : ProjectPath.absolute(path, from: directory)
        guard seen.insert(ExactText(key)).inserted else { return }
        failures.append(failure)
    }
}

/// The inputs so far, each file once (by device and inode), and a Terraform
/// file once in each folder: one `.tf` file linked into two folders is a
/// file of each folder's module, read with that folder's variables and
/// locals (`FilePlace`). A file named after a walk met it stays where the
/// walk put it, but counts as named (and as in a named folder, as does one a
/// later walk of its own folder meets).
private struct UniqueInputs {
    var inputs: [LintInput] = []
    private var indexByFile: [Key: Int] = [:]

    private struct Key: Hashable {
        let file: FileSystem.Identity
        /// The folder's, for a Terraform file only.
        let folder: FileSystem.Identity?

        init?(_ path: String) {
            guard let file = FileSystem.identity(path) else { return nil }
            self.file = file
            guard SourceFormat.isTerraform(path) else {
                folder = nil
                return
            }
            guard let folder = FilePlace.folder(of: path) else { return nil }
            self.folder = folder
        }
    }

    mutating func add(_ input: LintInput) {
        guard case .file(let path) = input.source, let identity = Key(path) else {
            inputs.append(input)
            return
        }
        guard let index = indexByFile[identity] else {
            indexByFile[identity] = inputs.count
            inputs.append(input)
            return
        }
        let first = inputs[index]
        if input.isExplicit && !first.isExplicit || input.isInNamedFolder && !first.isInNamedFolder {
            inputs[index] = LintInput(
                source: first.source, displayName: first.displayName, isExplicit: first.isExplicit || input.isExplicit,
                isInNamedFolder: first.isInNamedFolder || input.isInNamedFolder)
        }
    }
}
