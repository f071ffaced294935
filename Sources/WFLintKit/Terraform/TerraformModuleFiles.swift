import DocumentModel
import HCLReader
import JSONReader
import Locking

/// A file a Terraform module's values come from, besides the linted one: a
/// `.tf` or `.tf.json` file of the same folder (its `variable` and `locals`
/// blocks), a variable definitions file (`.tfvars`) or its JSON form
/// (`.tfvars.json`).
public struct TerraformSourceFile: Sendable, Equatable {
    /// The file as findings name it: beside the linted file's own name, or
    /// a `--var-file` as given.
    public let path: String
    public let bytes: [UInt8]
    /// Also an input of the run (a walk or the command line took it): its
    /// own lint reports its syntax error, so the module's does not again;
    /// a configuration file's own lint checks its resources with their
    /// overrides, so an override file's lint does not again.
    public var isLinted = false
    /// A definitions file that could not be read, or is over the size
    /// limit (`bytes` is empty): what it sets is not known.
    public var isUnreadable = false
    /// A `--var-file`: a variable definitions file whatever its name, as
    /// `terraform plan -var-file=main.tf` reads `main.tf` (`varFile`).
    public var isVarFile = false
    /// Its parse, made once however many modules of the run read the file.
    let parse = ModuleFileParse()

    public init(path: String, bytes: [UInt8], isLinted: Bool = false, isUnreadable: Bool = false) {
        self.path = path
        self.bytes = bytes
        self.isLinted = isLinted
        self.isUnreadable = isUnreadable
    }

    /// Two files are equal by what they hold, whether or not they were parsed.
    public static func == (first: TerraformSourceFile, second: TerraformSourceFile) -> Bool {
        (first.path, first.isLinted, first.isUnreadable, first.isVarFile)
            == (second.path, second.isLinted, second.isUnreadable, second.isVarFile)
            && first.bytes == second.bytes
    }

    /// The file parsed in Terraform's native syntax (a `.tf` or `.tfvars` file).
    func parsedHCL(limits: ReadLimits) -> Result<HCLFile, HCLSyntaxError> { parse.hcl(bytes, limits: limits) }

    /// The file parsed as JSON (a `.tf.json` or `.tfvars.json` file).
    func parsedJSON(limits: ReadLimits) -> ParsedStream { parse.json(bytes, limits: limits) }

    /// A `.tfvars.json` file: plain JSON. Told as Terraform tells a
    /// `-var-file` (a name that ends in `.json`, in lower case: `prod.Json`
    /// is native syntax); a module's own files have lower-case endings.
    var isJSON: Bool { path.hasSuffix(".json") }
    /// An override file (`TerraformModuleFiles.isOverride`), not a `--var-file`.
    var isOverride: Bool { !isVarFile && TerraformModuleFiles.isOverride(path) }
    /// A `.tf` or `.tf.json` file of the module (its blocks), not a variable
    /// definitions file (nor a `--var-file`, whatever its name).
    var isConfiguration: Bool {
        guard !isVarFile else { return false }
        let name = path.lowercased()
        return name.hasSuffix(".tf") || name.hasSuffix(".tf.json")
    }
}

/// What a linted Terraform file's module is made of besides the file
/// itself: a list of files, or the folder the run read once for all the
/// files of it that it lints (`TerraformModuleFolders`), whose declarations
/// the lints of those files share.
public struct TerraformModuleSources: Sendable {
    private let listed: [TerraformSourceFile]
    private let folder: TerraformModuleFolders.Folder?
    /// The linted file's name in `folder`.
    private let ownName: String
    private let varFiles: [TerraformSourceFile]
    /// Whether every configuration file of the module is among the files:
    /// false when the linted file's folder could not be read, or it has none
    /// (standard input without `--stdin-filename`). Then a name no file
    /// declares may be declared by one not read, and WF507 is not reported.
    let knowsEveryFile: Bool
    /// False when another lint has shown the module's own findings in the
    /// files no lint of their own shows (`Linter.findingsOfItsModule`).
    var showsModuleFindings = true

    /// The module of the linted file and `others`, in the module's order.
    public init(_ others: [TerraformSourceFile] = [], knowsEveryFile: Bool = true) {
        listed = others
        folder = nil
        ownName = ""
        varFiles = []
        self.knowsEveryFile = knowsEveryFile
    }

    init(folder: TerraformModuleFolders.Folder, ownName: String, varFiles: [TerraformSourceFile]) {
        listed = []
        self.folder = folder
        self.ownName = ownName
        self.varFiles = varFiles
        knowsEveryFile = true
    }

    /// The module's files other than the linted one, in the module's order:
    /// the folder's, then the `--var-file`s.
    public var others: [TerraformSourceFile] {
        guard let folder else { return listed }
        return TerraformModuleFiles.others(of: folder.entries, ownName: ownName) + varFiles
    }

    /// What the lints of the module's workforce files show in its other
    /// files: `make`'s, made once for the run's folder when the module is one.
    func shownByWorkforces(withVarFiles: Bool, make: () -> FindingsShownByWorkforces) -> FindingsShownByWorkforces {
        folder?.shownByWorkforces(withVarFiles: withVarFiles, make: make) ?? make()
    }

    /// The folder's shared declarations and the linted file's index in
    /// them, when the linted file (at `path`, holding `bytes`) is the
    /// folder's file as the run read it (`TerraformModuleFolders.Folder.shared`).
    func shared(
        path: String, bytes: [UInt8], limits: ReadLimits, schema: TerraformResourceSchema
    ) -> (declarations: TerraformModuleDeclarations, linted: Int)? {
        folder?.shared(ownName: ownName, path: path, bytes: bytes, varFiles: varFiles, limits: limits, schema: schema)
    }
}

/// Reads the other files of a linted `.tf` or `.tf.json` file's module, as
/// Terraform reads a root module: every `.tf` and `.tf.json` file of its
/// folder but hidden ones (`.old.tf`), then the variable
/// definitions files in Terraform's order of precedence, lowest first
/// ("Variable Definition Precedence"): `terraform.tfvars`,
/// `terraform.tfvars.json`, the `*.auto.tfvars` and `*.auto.tfvars.json` in
/// lexical order of their names, then each `--var-file` in the order given.
/// A `.tf` file that cannot be read, or is over the size limit, is left out
/// (what it declares is unknown); a definitions file that cannot be read or
/// does not parse makes every variable unknown (`TerraformModule`).
public enum TerraformModuleFiles {
    /// Whether a variable definitions file named `name` is one Terraform
    /// reads without being told (`terraform.tfvars`, `*.auto.tfvars`, their
    /// `.json` forms); any other is read only as a `--var-file`.
    static func isReadByItsModule(_ name: String) -> Bool {
        name == "terraform.tfvars" || name == "terraform.tfvars.json" || name.hasSuffix(".auto.tfvars")
            || name.hasSuffix(".auto.tfvars.json")
    }

    /// The module files of the `.tf` file at `path` (named `displayName` in
    /// findings), as its module takes them (`TerraformModuleSources.others`
    /// lists them): the other files of its folder, then `varFiles`. A file
    /// without a folder on disk has only `varFiles`. A file among `linted`
    /// (the run's inputs) is marked `isLinted`. Override files are read as
    /// the others are; the module declares them last (`TerraformModule`).
    /// `folders`: the run's folders read so far, which the folder's files
    /// come from when it holds them (a run reads each folder once), so that
    /// the lints of one folder's files share what the folder declares.
    /// `standIn`: a buffer (standard input, an editor's) read in place of
    /// the saved file of its folder that its path names; `folders` are then
    /// the buffer's own, never the run's, which hold the saved file
    /// (`Linter.findingsOfItsModule` makes them).
    public static func sources(
        for path: String?, displayName: String, varFiles: [TerraformSourceFile], maximumSize: Int,
        linted: TerraformLintedFiles = TerraformLintedFiles(), folders: TerraformModuleFolders? = nil, standIn: StandIn? = nil
    ) -> TerraformModuleSources {
        guard let path else { return TerraformModuleSources(varFiles, knowsEveryFile: false) }
        let folder = folderOf(path)
        let displayFolder = folderOf(displayName)
        let standIn = standIn.flatMap { folderOf($0.path) == folder ? $0 : nil }
        let readFolder = {
            readEntries(of: folder, shownIn: displayFolder, maximumSize: maximumSize, linted: linted, standIn: standIn)
        }
        // A path ending in `/` names a folder, none of its files. The name is
        // compared exactly: `é.tf` and `e\u{301}.tf` are two files, as they
        // are to Terraform, and to the reports (`Linter`, `RunSummary`).
        let ownName = PathParts(path).name
        guard let folders else {
            guard let entries = readFolder() else { return TerraformModuleSources(varFiles, knowsEveryFile: false) }
            return TerraformModuleSources(others(of: entries, ownName: ownName) + varFiles)
        }
        guard let read = folders.folder(folder, shownIn: displayFolder, read: readFolder) else {
            return TerraformModuleSources(varFiles, knowsEveryFile: false)
        }
        return TerraformModuleSources(folder: read, ownName: ownName, varFiles: varFiles)
    }

    /// The files of a folder's `entries` other than the configuration file `ownName`.
    static func others(of entries: [FolderEntry], ownName: String) -> [TerraformSourceFile] {
        entries.filter { !($0.isConfiguration && $0.name.isExactly(ownName)) }.compactMap(\.file)
    }

    /// One file of a module's folder, by its name: a configuration file
    /// (`.tf`, `.tf.json`), which the linted file leaves out when it is that
    /// file, or a variable definitions file. `file` is nil for a `.tf` file
    /// that could not be read (what it declares is unknown).
    ///
    /// The file is read when a module first asks for it, once for all the
    /// modules of the run that share the folder: a linted file is not a
    /// module file of its own, so a folder with one `.tf` file read it a
    /// second time for nothing.
    struct FolderEntry: Sendable {
        let name: String
        let isConfiguration: Bool
        private let content: LazyFile

        init(name: String, isConfiguration: Bool, read: @escaping @Sendable () -> TerraformSourceFile?) {
            self.name = name
            self.isConfiguration = isConfiguration
            content = LazyFile(read)
        }

        var file: TerraformSourceFile? { content.value }
    }

    /// A folder entry's file, read the first time it is asked for; a
    /// module that asks while another reads it waits for that read.
    private final class LazyFile: Sendable {
        private let state: Locked<(read: (@Sendable () -> TerraformSourceFile?)?, file: TerraformSourceFile?)>

        init(_ read: @escaping @Sendable () -> TerraformSourceFile?) {
            state = Locked((read, nil))
        }

        var value: TerraformSourceFile? {
            state.withLock { state in
                if let read = state.read {
                    state = (nil, read())
                }
                return state.file
            }
        }
    }

    /// Every module file of `folder`, in the order the module reads them;
    /// nil when the folder cannot be listed.
    private static func readEntries(
        of folder: String?, shownIn displayFolder: String?, maximumSize: Int, linted: TerraformLintedFiles,
        standIn: StandIn? = nil
    ) -> [FolderEntry]? {
        guard let entries = FileSystem.entries(in: folder ?? ".") else { return nil }
        let names = entries.filter { $0.type == .file }.map(\.name)
        // Terraform leaves out a configuration file whose name starts with a
        // dot (`configs.IsIgnoredFile`), not a variable definitions file.
        let configurations = names.filter {
            $0.utf8.first != UInt8(ascii: ".") && ($0.hasSuffix(".tf") || $0.hasSuffix(".tf.json"))
        }
        let automatic = names.filter { $0.hasSuffix(".auto.tfvars") || $0.hasSuffix(".auto.tfvars.json") }
        let definitions = ["terraform.tfvars", "terraform.tfvars.json"].filter(names.contains) + automatic
        assert(definitions.allSatisfy(isReadByItsModule))
        // Looked up once for the folder's files (a run's inputs are marked by place).
        let folderIdentity = linted.isEmpty ? nil : FileSystem.identity(folder ?? ".")
        let read = { @Sendable (name: String) -> TerraformSourceFile? in
            let file = folder.map { $0 + "/" + name } ?? name
            let shown = displayFolder.map { $0 + "/" + name } ?? name
            if let standIn, name.isExactly(PathParts(standIn.path).name) {
                return TerraformSourceFile(path: shown, bytes: standIn.bytes)
            }
            guard case .success(.bytes(let bytes)) = FileSystem.readFile(file, maximumSize: maximumSize) else {
                return name.hasSuffix(".tf") ? nil : TerraformSourceFile(path: shown, bytes: [], isUnreadable: true)
            }
            let isLinted = linted.contains(file, inFolder: folderIdentity)
            return TerraformSourceFile(path: shown, bytes: bytes, isLinted: isLinted)
        }
        return configurations.map { name in FolderEntry(name: name, isConfiguration: true) { read(name) } }
            + definitions.map { name in FolderEntry(name: name, isConfiguration: false) { read(name) } }
    }

    /// A buffer read in place of the saved file at `path` (as it is opened:
    /// the folder is `path`'s), which its module's other files' lints read
    /// as it is, not as it is on disk.
    public struct StandIn: Sendable {
        public let path: String
        public let bytes: [UInt8]

        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }
    }

    /// The name endings of the files whose change may change the findings
    /// of a `.tf` file in their folder: the module's other configuration
    /// files and its variable definitions files (what `read` reads, and the
    /// JSON syntax's `.tf.json`). An editor watches these.
    public static let watchedEndings = [".tf", ".tf.json", ".tfvars", ".tfvars.json"]

    /// Whether the file at `path` is an override file, as Terraform names
    /// them ("Override Files"): `override.tf`, `override.tf.json`, or a name
    /// that ends in `_override.tf` or `_override.tf.json`. Terraform reads
    /// it after the module's other files, in lexical order of the names,
    /// and merges its blocks into theirs (`TerraformOverrides`).
    public static func isOverride(_ path: String) -> Bool {
        // `Linter` asks it of every input of a run: the name is cut at the
        // path's last slash and compared on its bytes, as Terraform's
        // `filepath.Base` and `strings.HasSuffix` do. Splitting the path
        // into Characters and String's `hasSuffix` cost each file of a walk
        // 21.8 K instructions, half of what 1,000 walked `.tf` files cost.
        let name = FileName(path).bytes
        for ending in overrideEndings where endsWith(name[...], ending) {
            let base = name.dropLast(ending.count)
            return endsWith(base, overrideSuffix) || base.elementsEqual(overrideSuffix.dropFirst())
        }
        return false
    }

    /// A file's name without its folder, as Terraform's `filepath.Base`
    /// cuts it: the bytes of its path after the last `/` (all of them
    /// without one). Names compare on their bytes, as Terraform orders a
    /// folder's files (Go compares strings bytewise): String's comparison
    /// is Unicode-aware, and would take `é` and `e` + U+0301 for one name.
    struct FileName: Comparable {
        let bytes: [UInt8]

        init(_ path: String) {
            bytes = Array(PathParts(path).name.utf8)
        }

        static func < (first: FileName, second: FileName) -> Bool {
            first.bytes.lexicographicallyPrecedes(second.bytes)
        }
    }

    /// The endings of an override file's name, the longer first.
    private static let overrideEndings = [Array(".tf.json".utf8), Array(".tf".utf8)]
    private static let overrideSuffix = Array("_override".utf8)

    /// Whether `bytes` end in `ending`.
    private static func endsWith(_ bytes: ArraySlice<UInt8>, _ ending: [UInt8]) -> Bool {
        bytes.count >= ending.count && bytes.suffix(ending.count).elementsEqual(ending)
    }

    /// Whether the file at `path` is one of a module's files, by its name.
    public static func isModuleFile(_ path: String) -> Bool {
        watchedEndings.contains { path.hasSuffix($0) }
    }

    /// Whether the file at `path` is a Terraform configuration an editor
    /// lints (`.tf`, `.tf.json`), as opposed to variable values.
    public static func isConfiguration(_ path: String) -> Bool {
        path.hasSuffix(".tf") || path.hasSuffix(".tf.json")
    }

    /// A `--var-file`, read and parsed once for the run: one that cannot be
    /// read or does not parse stops the run (exit code 2), as it stops
    /// `terraform plan`, with its line and column. Whatever its name it is a
    /// definitions file, as Terraform reads it (JSON when the name ends in
    /// `.json`): a `.tf` file given as one is refused at its first block.
    public static func varFile(_ path: String, maximumSize: Int) throws(SourceError) -> TerraformSourceFile {
        let bytes: [UInt8]
        switch FileSystem.readFile(path, maximumSize: maximumSize) {
        case .success(.bytes(let read)): bytes = read
        case .success(.source(let read)): bytes = read.array
        case .success(.tooLarge):
            throw SourceError(file: path, position: nil, message: "cannot read the variable definitions file: it is over "
                + ByteCount.describe(maximumSize))
        case .failure(let failure):
            throw SourceError(file: path, position: nil, message: "cannot read the variable definitions file: \(failure)")
        }
        var file = TerraformSourceFile(path: path, bytes: bytes)
        file.isVarFile = true
        if let error = syntaxError(of: file, limits: .default) {
            throw SourceError(file: path, position: error.position, message: error.message)
        }
        return file
    }

    /// Why a variable definitions file does not parse, or nil: Terraform
    /// stops at such a file, so it is an error at its place.
    static func syntaxError(of file: TerraformSourceFile, limits: ReadLimits) -> SyntaxError? {
        guard file.isJSON else {
            switch file.parsedHCL(limits: limits) {
            case .success(let parsed): return definitionsError(in: parsed)
            case .failure(let error):
                // Any of its values may be a secret: the message quotes none.
                return TerraformSyntaxError(error, of: file.bytes, limits: limits, isVariableValues: true).error
            }
        }
        let stream = file.parsedJSON(limits: limits)
        if let error = stream.syntaxError { return error }
        return objectError(stream.documents.first?.root)
    }

    /// Why Terraform refuses a parsed definitions file, or nil. It reads one
    /// for its arguments only (hcl's `JustAttributes`): a block in it stops Terraform ("Unexpected block:
    /// Blocks are not allowed here"), an error at the first block's type.
    /// The message names the block by kind, quoting none of the file.
    /// Without a block, a value Terraform cannot evaluate (`valueError`).
    static func definitionsError(in file: HCLFile) -> SyntaxError? {
        guard let block = file.body.blocks.first else { return valueError(in: file) }
        return SyntaxError(
            message: "unexpected block: a variable definitions file holds only arguments (NAME = value); "
                + "blocks are not allowed here",
            position: file.source.position(ofByte: block.type.range.start))
    }

    /// The first value of a definitions file that Terraform cannot evaluate
    /// without a context (`TerraformDefinitionValues`): an error at the call
    /// or the reference, quoting none of the file (any value may be a secret).
    static func valueError(in file: HCLFile) -> SyntaxError? {
        for attribute in file.body.attributes {
            if let refused = TerraformDefinitionValues.firstRefused(in: attribute.value) {
                return SyntaxError(
                    message: refused.refusal.message(TerraformDefinitionValues.inADefinitionsFile),
                    position: file.source.position(ofByte: refused.at.start))
            }
        }
        return nil
    }

    /// Why Terraform refuses a parsed configuration file before it reads
    /// any value, or nil: the first in the file of a resource block's labels
    /// (`resourceLabelError`) and a variable's default (`defaultError`).
    static func configurationError(in file: HCLFile) -> SyntaxError? {
        [resourceLabelError(in: file), defaultError(in: file)].compactMap { $0 }.min { $0.position < $1.position }
    }

    /// A variable's `default` is a value Terraform evaluates without a
    /// context, as a definitions file's (`TerraformDefinitionValues`): a
    /// reference in it (`default = [var.office_cidr]`) stops Terraform
    /// ("Variables not allowed"), and so does a function call. Such a
    /// default was evaluated as a local value's, and the module passed. An
    /// error at the call or reference, quoting none of the file (the default
    /// may be a sensitive variable's).
    static func defaultError(in file: HCLFile) -> SyntaxError? {
        for block in file.body.blocks where block.type.text == "variable" {
            for attribute in block.body.attributes where attribute.name.text == "default" {
                guard let refused = TerraformDefinitionValues.firstRefused(in: attribute.value) else { continue }
                return SyntaxError(
                    message: refused.refusal.message("a variable's default is a value only"),
                    position: file.source.position(ofByte: refused.at.start))
            }
        }
        return nil
    }

    /// A `resource` block of a configuration file takes two labels, its type
    /// and its name; with fewer or more, Terraform refuses the configuration
    /// ("Missing name for resource", "Extraneous label for resource"). Such a
    /// workforce block was not checked at all, and the file passed. An error
    /// at the block's type, naming the labels it has (a header holds no secret).
    static func resourceLabelError(in file: HCLFile) -> SyntaxError? {
        guard let block = file.body.blocks.first(where: { $0.type.text == "resource" && $0.labels.count != 2 }) else {
            return nil
        }
        let written = (["resource"] + block.labels.map { "\"\($0.value)\"" }).joined(separator: " ")
        let terraform = block.labels.count < 2 ? "Missing name for resource" : "Extraneous label for resource"
        return SyntaxError(
            message: "\(written) has \(block.labels.count) label\(block.labels.count == 1 ? "" : "s"); a resource block "
                + "takes two, its type and its name (Terraform: \"\(terraform)\")",
            position: file.source.position(ofByte: block.type.range.start))
    }

    /// A `.tfvars.json` file holds one JSON object; anything else is an error
    /// at its start. A key set twice stops Terraform too (hcl's JSON body:
    /// "Duplicate argument"), an error at the second, naming none of the file
    /// as `.tfvars` errors do; but a `//` key, a comment, may be repeated. A
    /// key set twice inside a value is not read here: Terraform refuses it
    /// only in the value of a variable the module declares.
    static func objectError(_ root: Node?) -> SyntaxError? {
        guard case .mapping(let entries)? = root?.content else {
            return SyntaxError(message: "a variable definitions file holds a JSON object", position: .start)
        }
        var first: [ExactText: SourcePosition] = [:]
        for entry in entries {
            guard let name = entry.name, name != TerraformJSONTranslator.comment else { continue }
            let place = entry.key.range.start
            if let earlier = first.updateValue(place, forKey: ExactText(name)) {
                return SyntaxError(
                    message: "the argument was already set at \(earlier); each argument may be set only once", position: place)
            }
        }
        return nil
    }

    /// The folder part of a path (`a/b` of `a/b/main.tf`), nil for a bare name.
    static func folderOf(_ path: String) -> String? { PathParts(path).folder }

}
