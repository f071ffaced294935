import DocumentModel
import Caching
import Locking

/// Lints documents by path for a long-running process (the language
/// server): each document gets the configuration the command line would
/// give it (the nearest `.wflint.yaml` at or above its folder), and the
/// assembled setup is kept for the next document of that configuration.
///
/// A kept setup is used only while the files it was built from read the
/// same: the configuration and every pack it names are read again and
/// compared byte for byte before each use (a few small files), so an edit is
/// seen whatever the clock or the file system's timestamp resolution says.
/// At most `capacity` setups are kept, the least recently used going first.
public final class Workspace: Sendable {
    /// What every setup is assembled with besides its configuration: the
    /// command line's, with the client's variable files once it names them.
    public var options: SetupOptions { settings.withLock { $0 } }
    private let settings: Locked<SetupOptions>
    /// The folder the variable files belong to (absolute): only a document
    /// inside it takes their values, as only the folders named on the
    /// command line do (`LintInput.isInNamedFolder`). The working directory
    /// for the options' (`--var-file` is relative to it), the client's root
    /// for its own (`useVarFiles`).
    public var varFilesFolder: String { folder.withLock { $0 } }
    private let folder: Locked<String>
    /// The process's working directory when the workspace was made: what
    /// messages name configurations and packs relative to, as the command
    /// line does. Packs are opened by those names, so it must stay the
    /// process's working directory.
    public let workingDirectory: String
    /// By the configuration's path, compared exactly (two Unicode spellings
    /// of a folder's name are two folders, each with its own configuration).
    private let setups: Locked<LRUCache<ExactText, KeptSetup>>

    /// `varFilesFolder`: the folder the options' variable files belong to
    /// (nil: the working directory).
    public init(options: SetupOptions = SetupOptions(), capacity: Int = 16, varFilesFolder: String? = nil) {
        self.settings = Locked(options)
        self.workingDirectory = FileSystem.currentDirectory()
        self.folder = Locked(varFilesFolder ?? workingDirectory)
        self.setups = Locked(LRUCache(capacity: capacity))
    }

    /// A setup and the linter it makes, with what it was built from.
    struct KeptSetup: Sendable {
        /// The options it was assembled with: one assembled before
        /// `useVarFiles` is never used after it.
        let options: SetupOptions
        let sources: [WatchedFile]
        let result: Result<Assembled, LintSetup.Failure>
    }

    /// A setup ready to lint with.
    public struct Assembled: Sendable {
        public let setup: LintSetup
        public let linter: Linter
    }

    /// The setup for the document at `path` (absolute): its configuration's,
    /// kept or assembled now.
    public func setup(forDocumentAt path: String) -> Result<Assembled, LintSetup.Failure> {
        let configurationPath = ConfigurationDiscovery.find(from: ProjectPath.parent(path))
        let key = ExactText(configurationPath ?? "")
        let options = self.options
        if let kept = setups.withLock({ $0[key] }), kept.options == options, kept.sources.allSatisfy(\.isUnchanged) {
            return kept.result
        }
        // Read what the setup is built from before building it: an edit made
        // while it is built then shows as a change at the next use.
        var sources = configurationPath.map { [WatchedFile(path: $0)] } ?? []
        let result = Result { () throws(LintSetup.Failure) in try assemble(configurationPath, options, sources: &sources) }
        setups.withLock { $0[key] = KeptSetup(options: options, sources: sources, result: result) }
        return result
    }

    /// The setup of the configuration at `configurationPath` (none: nil);
    /// adds the packs and variable files it loads to `sources`, read before
    /// they are loaded.
    private func assemble(
        _ configurationPath: String?, _ options: SetupOptions, sources: inout [WatchedFile]
    ) throws(LintSetup.Failure) -> Assembled {
        var configuration: Configuration?
        if let found = configurationPath {
            do {
                configuration = try ConfigurationReader.load(
                    path: found, file: ProjectPath.relative(found, to: workingDirectory), directory: ProjectPath.parent(found))
            } catch {
                throw .source(error)
            }
        }
        let packs = (configuration?.packs ?? []).map { ProjectPath.relative($0, to: workingDirectory) }
        sources += WatchedFile.packs(at: packs + options.packPaths)
        sources += options.varFiles.map { WatchedFile(path: $0) }
        let setup = try LintSetup(configuration: configuration, options: options, workingDirectory: workingDirectory)
        var linter = setup.linter(operation: nil)
        // A document's findings carry no SARIF fingerprints: hashing every
        // line was a tenth of the work of linting a 200 KB document.
        linter.hashesLines = false
        return Assembled(setup: setup, linter: linter)
    }

    /// Lints the documents inside `folder` (absolute) with these Terraform
    /// variable definitions files (`--var-file`) from now on, in place of
    /// those of the options it was made with, and the others with none.
    public func useVarFiles(_ paths: [String], folder: String) {
        settings.withLock { $0.varFiles = paths }
        self.folder.withLock { $0 = folder }
        forgetSetups()
    }

    /// Forgets every kept setup (the client says files changed); the next
    /// lint of each document assembles its setup again.
    public func forgetSetups() {
        setups.withLock { $0.removeAll() }
    }

    /// Whether a kept setup was built from the file or folder at `path`
    /// (absolute), or from a folder that holds it: a change to it may
    /// change findings.
    public func isBuilt(from path: String) -> Bool {
        let kept = setups.withLock { $0.values }
        return kept.contains { setup in
            setup.sources.contains { source in
                let sourcePath = ProjectPath.absolute(source.path, from: workingDirectory)
                return sourcePath.isExactly(path) || ProjectPath.inside(path, base: sourcePath) != nil
            }
        }
    }

    /// What linting one document gives.
    public enum DocumentResult: Sendable {
        /// Its findings, those a suppression comment or an `ignore:` entry
        /// silences left out, in report order (none for a file that is not
        /// a workforce document), the rules in force, and the findings it
        /// shows in other files (a Terraform value written in a `.tfvars`
        /// file or a variable's default), as the command line reports them.
        case linted([Finding], rules: RuleTable, elsewhere: [FindingsElsewhere])
        /// The configuration's `include:`/`exclude:` leaves it out.
        case notSelected
        /// Its configuration or a pack did not load.
        case setupFailed(LintSetup.Failure)
    }

    /// Lints `bytes`, the text of the document at `path` (absolute; an
    /// editor's unsaved buffer, not what is on disk), as a directory walk
    /// would: a file that is no workforce document gets no finding. Runs on
    /// a thread with the stack deep documents need. The findings name their
    /// files, in `file` and in messages, relative to the working directory
    /// (`LintSetup.displayName(of:)`), as `wflint lint` run there does.
    public func lint(_ bytes: [UInt8], path: String) -> DocumentResult {
        let assembled: Assembled
        switch setup(forDocumentAt: path) {
        case .success(let ready): assembled = ready
        case .failure(let failure): return .setupFailed(failure)
        }
        guard assembled.setup.selects(path) else { return .notSelected }
        var buffer = LintInput(
            source: .file(path), displayName: assembled.setup.displayName(of: path), isExplicit: false,
            isInNamedFolder: ProjectPath.inside(path, base: varFilesFolder) != nil)
        // A file of a workforce's module is checked as one, with this buffer in place of the saved file.
        buffer.isEditorBuffer = true
        let input = buffer
        // Diagnostics show no excerpt: no lines are captured.
        var uncaptured = assembled.linter
        uncaptured.capturesSource = false
        let linter = uncaptured
        let linted = bytes.count > linter.limits.maximumFileSize
            ? linter.tooLarge(input, byteCount: bytes.count) : WorkerThreads.runOne { linter.lint(bytes, as: input) }
        let rules = assembled.setup.table
        guard !linted.isSkipped else { return .linted([], rules: rules, elsewhere: []) }
        let ignores = assembled.setup.ignores
        let elsewhere = linted.referenced.compactMap { file, findings, _ -> FindingsElsewhere? in
            let absolutePath = ProjectPath.absolute(file.path, from: workingDirectory)
            let shown = Self.unignored(findings, ignores, absolutePath: absolutePath)
            return shown.isEmpty ? nil : FindingsElsewhere(path: absolutePath, bytes: file.bytes, findings: shown)
        }
        return .linted(Self.unignored(linted.findings, ignores, absolutePath: path), rules: rules, elsewhere: elsewhere)
    }

    /// `findings` less those an `ignore:` entry silences in the file at `absolutePath`.
    private static func unignored(_ findings: [Finding], _ ignores: IgnoreRules?, absolutePath: String) -> [Finding] {
        guard let ignores, !ignores.isEmpty else { return findings }
        let file = ignores.file(atAbsolutePath: absolutePath)
        return findings.filter { file.justification(for: $0) == nil }
    }

    /// Findings a document's lint shows in another file, as `wflint lint`
    /// reports them there; that file's own suppression comments applied.
    public struct FindingsElsewhere: Sendable {
        /// The file's absolute path.
        public let path: String
        /// Its bytes as the lint read them from disk, which the findings' places are in.
        public let bytes: [UInt8]
        public let findings: [Finding]
    }
}

/// A file a kept setup was built from, and its bytes then (nil: unreadable),
/// or a pack folder and its list of pack files then.
struct WatchedFile: Sendable {
    let path: String
    let content: Content

    enum Content: Sendable, Equatable {
        case bytes([UInt8]?)
        case listing([String]?)
    }

    init(path: String) {
        self.path = path
        self.content = .bytes(Self.read(path))
    }

    private init(folder: String) {
        self.path = folder
        self.content = .listing(try? RuleSet.packFiles(at: folder))
    }

    /// Each pack path, and for a folder every pack file in it too.
    static func packs(at paths: [String]) -> [WatchedFile] {
        paths.flatMap { path -> [WatchedFile] in
            guard case .success(.directory) = FileSystem.entryType(path) else { return [WatchedFile(path: path)] }
            let folder = WatchedFile(folder: path)
            guard case .listing(let files?) = folder.content else { return [folder] }
            return [folder] + files.map { WatchedFile(path: $0) }
        }
    }

    /// Whether the file (or folder's listing) still reads as it did.
    var isUnchanged: Bool {
        switch content {
        case .bytes(let bytes): return Self.read(path) == bytes
        case .listing(let files): return (try? RuleSet.packFiles(at: path)) == files
        }
    }

    private static func read(_ path: String) -> [UInt8]? {
        guard case .success(.bytes(let bytes)) = FileSystem.readFile(path, maximumSize: UserFile.maximumSize) else {
            return nil
        }
        return bytes
    }
}
