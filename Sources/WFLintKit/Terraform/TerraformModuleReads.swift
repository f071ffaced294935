import Caching
import DocumentModel
import HCLReader
import Locking

/// The module folders one run has read, so that each folder's files are read
/// and parsed once a run, not once for each of its files the run lints.
///
/// Every `.tf` file with a workforce reads the other files of its folder
/// (`TerraformModuleFiles.sources`). Without this, a folder of N such files was
/// read and parsed N × N times: 200 files took 5.1 G instructions, 72 % of
/// them parsing siblings again. With it, each sibling is read once and its
/// parse (`ModuleFileParse`) is shared by every module that holds it.
///
/// Only the most recently used folders are kept, so that a run over many
/// folders holds a few folders' trees at a time: a walk yields a folder's
/// files one after another, and the workers lint neighbours together. A
/// folder read again after it was dropped is read as it is then.
/// A run's `linted` set is one for the whole run, so the files' `isLinted`
/// read with the first of them holds for all.
public final class TerraformModuleFolders: Sendable {
    /// By the folder's path and shown name, compared exactly: `café` in
    /// NFC and in NFD are two folders (as `FileWalker` keeps them), where a
    /// `String` key took them for one and each showed the other's files.
    private let folders: Locked<LRUCache<ExactText, Folder>>

    /// For a run on `jobs` threads: 16 folders, or two for each worker when
    /// there are more than eight.
    public init(jobs: Int = 1) {
        folders = Locked(LRUCache(capacity: max(16, 2 * jobs)))
    }

    /// The folder `folder` (shown as `displayFolder`), its files read by
    /// `read` the first time it is asked for; nil when it could not be listed,
    /// which is not kept (the next file of the folder tries again: a listing
    /// may fail once, out of descriptors).
    func folder(
        _ folder: String?, shownIn displayFolder: String?, read: () -> [TerraformModuleFiles.FolderEntry]?
    ) -> Folder? {
        // A NUL is in no path: "folder NUL shown", each nil as a lone NUL.
        let key = ExactText((folder ?? "\0") + "\0" + (displayFolder ?? "\0"))
        if let held = folders.withLock({ $0[key] }) { return held }
        // Read outside the lock, so that other folders' lints go on. Workers
        // that ask for one new folder at once each read it (and parse apart),
        // and the last store wins: the reads are alike.
        guard let entries = read() else { return nil }
        let read = Folder(entries)
        folders.withLock { $0[key] = read }
        return read
    }

    /// One module folder as the run read it: its files, and what they
    /// declare, made once for every file of the folder the run lints.
    final class Folder: Sendable {
        let entries: [TerraformModuleFiles.FolderEntry]
        /// Each configuration file's index in `entries`, by its name's exact text.
        private let configurations: [ExactText: Int]
        /// The declarations made for each set of `--var-file`s asked with.
        private let declarations = Locked<[Declared]>([])

        /// The declarations and what they were made for. A run asks with one
        /// limits and schema, and with one of two sets of `--var-file`s: the
        /// run's for the files of a folder named (or of a file named), none
        /// for a file a walk met in a sub-folder. A folder holding both kinds
        /// keeps both, rather than making one again each time the kind changes.
        private struct Declared: Sendable {
            let limits: ReadLimits
            let resourceType: String
            let varFiles: [String]
            let declarations: TerraformModuleDeclarations
            /// Each entry's index in the declarations' files, nil for one
            /// that gives none (a `.tf` file that could not be read).
            let entryFiles: [Int?]

            init(
                _ entries: [TerraformModuleFiles.FolderEntry], varFiles: [TerraformSourceFile], limits: ReadLimits,
                schema: TerraformResourceSchema
            ) {
                let files = entries.map(\.file)
                let members = files.compactMap { $0 } + varFiles
                let made = TerraformModuleDeclarations(
                    members.map(TerraformModuleDeclarations.Member.file), limits: limits, schema: schema)
                var member = 0
                entryFiles = files.map { file in
                    guard file != nil else { return nil }
                    defer { member += 1 }
                    return made.memberFiles[member]
                }
                declarations = made
                self.limits = limits
                resourceType = schema.type
                self.varFiles = varFiles.map(\.path)
            }
        }

        /// How many kinds of declarations a folder keeps.
        static let keptDeclarations = 4

        /// What the lints of the folder's workforce files show in its other
        /// files, made once for the files of the folder the run names that
        /// declare no workforce (`Linter.findingsOfItsModule`), by whether
        /// the run's `--var-file`s apply to the folder.
        private let shownByWorkforces = Locked<[Bool: FindingsShownByWorkforces]>([:])

        /// The folder's `FindingsShownByWorkforces`, made by `make` the first
        /// time. Made under the lock: the folder's other files wait for it
        /// rather than lint its workforce files again (`make` takes no other
        /// folder's lock than the ones a lint takes, never this one).
        func shownByWorkforces(
            withVarFiles: Bool, make: () -> FindingsShownByWorkforces
        ) -> FindingsShownByWorkforces {
            shownByWorkforces.withLock { held in
                if let made = held[withVarFiles] { return made }
                let made = make()
                held[withVarFiles] = made
                return made
            }
        }

        init(_ entries: [TerraformModuleFiles.FolderEntry]) {
            self.entries = entries
            var configurations: [ExactText: Int] = [:]
            for (index, entry) in entries.enumerated() where entry.isConfiguration {
                configurations[ExactText(entry.name)] = index
            }
            self.configurations = configurations
        }

        /// The folder's declarations and the index of the linted file in
        /// them, when the linted file (at `path`, named `ownName` in the
        /// folder, holding `bytes`) is the folder's file as the run read it;
        /// nil when it is not (an editor's buffer, a text `--fix` changed)
        /// or when the folder has no other configuration file (its own
        /// module costs what a shared one would).
        func shared(
            ownName: String, path: String, bytes: [UInt8], varFiles: [TerraformSourceFile], limits: ReadLimits,
            schema: TerraformResourceSchema
        ) -> (declarations: TerraformModuleDeclarations, linted: Int)? {
            guard configurations.count > 1, let own = configurations[ExactText(ownName)],
                let file = entries[own].file, file.path.isExactly(path), file.bytes == bytes
            else { return nil }
            let varFilePaths = varFiles.map(\.path)
            let declared = declarations.withLock { held in
                let same = held.first { held in
                    held.limits == limits && held.resourceType == schema.type
                        && held.varFiles.elementsEqual(varFilePaths, by: { $0.isExactly($1) })
                }
                if let same { return same }
                // Made under the lock: the folder's other lints wait for it
                // rather than each making their own. A few kinds at most (an
                // editor's changing limits would make more): the oldest goes.
                let made = Declared(entries, varFiles: varFiles, limits: limits, schema: schema)
                if held.count == Self.keptDeclarations { held.removeFirst() }
                held.append(made)
                return made
            }
            guard let index = declared.entryFiles[own] else { return nil }
            return (declared.declarations, index)
        }
    }
}

/// One module file's parse, made by the first module of the run that reads
/// the file and shared by the others: each copy of a `TerraformSourceFile`
/// holds the same one. A parse is kept for the read limits it was made with;
/// other limits parse again, unshared.
final class ModuleFileParse: Sendable {
    private let native = Locked<(limits: ReadLimits, result: Result<HCLFile, HCLSyntaxError>)?>(nil)
    private let json = Locked<(limits: ReadLimits, stream: ParsedStream)?>(nil)

    /// The native syntax parse of `bytes` (the file's own bytes).
    func hcl(_ bytes: [UInt8], limits: ReadLimits) -> Result<HCLFile, HCLSyntaxError> {
        // Parsed under the lock: a second module that wants the file waits
        // for this parse rather than making its own.
        native.withLock { held in
            if let held, held.limits == limits { return held.result }
            let result = Result { () throws(HCLSyntaxError) in try TerraformLinting.parseHCL(bytes, limits: limits) }
            if held == nil { held = (limits, result) }
            return result
        }
    }

    /// The JSON parse of `bytes` (the file's own bytes).
    func json(_ bytes: [UInt8], limits: ReadLimits) -> ParsedStream {
        json.withLock { held in
            if let held, held.limits == limits { return held.stream }
            let stream = TerraformLinting.parseJSON(bytes, limits: limits)
            if held == nil { held = (limits, stream) }
            return stream
        }
    }
}
