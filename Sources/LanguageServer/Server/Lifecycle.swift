import DocumentModel
import WFLintKit

/// `initialize`, `initialized` and `exit`, and the notifications that keep
/// the open documents (LSP's lifecycle and text synchronization).
extension LanguageServer {
    func initialize(_ params: Node?) -> JSONOutput {
        let offered = params?[path: "capabilities", "general", "positionEncodings"]?.elements?.compactMap(\.string) ?? []
        let encoding = PositionEncoding.negotiated(offered)
        let dynamicWatching =
            params?[path: "capabilities", "workspace", "didChangeWatchedFiles", "dynamicRegistration"]?.bool ?? false
        let debounce = params?[path: "initializationOptions", "debounceMs"]?.integer
        state.withLock { state in
            state.phase = .running
            state.encoding = encoding
            state.watchesDynamically = dynamicWatching
            if let debounce, debounce >= 0 { state.debounceMilliseconds = min(debounce, 60_000) }
        }
        useVarFiles(params)
        log.info("initialized: positions in \(encoding.rawValue), debounce \(state.withLock { $0.debounceMilliseconds }) ms")
        var capabilities: [(String, JSONOutput)] = [
            ("positionEncoding", .string(encoding.rawValue)),
            ("textDocumentSync", .object([
                ("openClose", .bool(true)),
                // Incremental: a change sends only the edited range.
                ("change", .integer(2)),
                ("save", .object([("includeText", .bool(false))])),
            ])),
        ]
        for handler in RequestHandler.all {
            if let capability = handler.capability { capabilities.append(capability) }
        }
        return .object([
            ("capabilities", .object(capabilities)),
            ("serverInfo", .object([("name", .string("wflint")), ("version", .string(WFLintVersion.current))])),
        ])
    }

    /// `initializationOptions.varFiles`: Terraform variable definitions
    /// files, relative to the workspace's root, in place of the command
    /// line's `--var-file`s, for the documents inside that root only (not
    /// those of the client's other workspace folders).
    private func useVarFiles(_ params: Node?) {
        guard let option = params?[path: "initializationOptions", "varFiles"] else { return }
        guard let paths = option.elements?.compactMap(\.string), paths.count == option.elements?.count else {
            log.error("initializationOptions.varFiles is not a list of paths: ignored")
            return
        }
        let root = Self.rootPath(params) ?? workspace.workingDirectory
        workspace.useVarFiles(paths.map { ProjectPath.absolute($0, from: root) }, folder: root)
    }

    /// The workspace's root folder: `rootUri`, else the first workspace
    /// folder, else the deprecated `rootPath`.
    static func rootPath(_ params: Node?) -> String? {
        if let uri = params?[member: "rootUri"]?.string, let path = DocumentURI.path(of: uri) { return path }
        if let uri = params?[member: "workspaceFolders"]?.elements?.first?[member: "uri"]?.string,
            let path = DocumentURI.path(of: uri)
        {
            return path
        }
        return params?[member: "rootPath"]?.string.map { ProjectPath.normalize($0) }
    }

    /// Handles a notification; one the server has no handler for is
    /// ignored, as LSP asks (a `$/` one included).
    func notify(_ method: String, _ params: Node?) {
        let phase = state.withLock { $0.phase }
        if method == "exit" { exitProcess(phase == .shutDown ? 0 : 1) }
        // Before initialize, and after shutdown, only exit counts.
        guard phase == .running else { return }
        let uri = params?[path: "textDocument", "uri"]?.string
        switch method {
        case "initialized": registerWatchers()
        case "textDocument/didOpen": if let uri { didOpen(uri, params) }
        case "textDocument/didChange": if let uri { didChange(uri, params) }
        case "textDocument/didSave": if let uri { scheduler.schedule(uri, afterMilliseconds: 0) }
        case "textDocument/didClose": if let uri { didClose(uri) }
        case "workspace/didChangeWatchedFiles": didChangeWatchedFiles(params)
        default: break
        }
    }

    private func didOpen(_ uri: String, _ params: Node?) {
        guard let text = params?[path: "textDocument", "text"]?.string else {
            log.error("didOpen of \(uri) without its text")
            return
        }
        let version = params?[path: "textDocument", "version"]?.integer ?? 0
        documents.open(OpenDocument(uri: uri, path: DocumentURI.path(of: uri), version: version, text: Array(text.utf8)))
        scheduler.schedule(uri, afterMilliseconds: 0)
    }

    private func didChange(_ uri: String, _ params: Node?) {
        guard var document = documents[uri] else {
            log.error("didChange of \(uri), which is not open")
            return
        }
        let encoding = state.withLock { $0.encoding }
        var changes: [ContentChanges.Change] = []
        for change in params?[member: "contentChanges"]?.elements ?? [] {
            guard let text = change[member: "text"]?.string else { continue }
            guard let range = change[member: "range"] else {
                changes.append(.whole(Array(text.utf8)))
                continue
            }
            guard let start = Self.position(range[member: "start"]), let end = Self.position(range[member: "end"]) else {
                log.error("didChange of \(uri) with an invalid range; the document is left as it was")
                return
            }
            changes.append(.replacing(start: start, end: end, text: Array(text.utf8)))
        }
        document.text = ContentChanges.applied(changes, to: document.text, encoding: encoding)
        if let version = params?[path: "textDocument", "version"]?.integer { document.version = version }
        documents.replace(document)
        scheduler.schedule(uri, afterMilliseconds: state.withLock { $0.debounceMilliseconds })
    }

    private func didClose(_ uri: String) {
        documents.close(uri)
        // Its findings go with it, in its file and in others.
        scheduler.close(uri)
    }

    /// A `.wflint.yaml` or a rule pack changed on disk: every open document
    /// is linted again (its setup is reread when its files changed). A
    /// Terraform module's file changed (a variable's default, a `.tfvars`
    /// value): the open Terraform documents of its folder are (`.tfvars`
    /// too), since their values are read from their folder on disk at each lint.
    private func didChangeWatchedFiles(_ params: Node?) {
        let paths = params?[member: "changes"]?.elements?.compactMap { $0[member: "uri"]?.string.flatMap(DocumentURI.path) } ?? []
        if paths.contains(where: { Self.isConfigurationName($0) || workspace.isBuilt(from: $0) }) {
            workspace.forgetSetups()
            for document in documents.all { scheduler.schedule(document.uri, afterMilliseconds: 0) }
            return
        }
        let modules = Set(paths.filter(TerraformModuleFiles.isModuleFile).map(ProjectPath.parent))
        for document in documents.all {
            // Every module file: an open `.tfvars` or `variables.tf` is checked as a
            // file of its module, by the lints of the workforce files on disk.
            guard let path = document.path, TerraformModuleFiles.isModuleFile(path),
                modules.contains(ProjectPath.parent(path))
            else { continue }
            scheduler.schedule(document.uri, afterMilliseconds: 0)
        }
    }

    static func isConfigurationName(_ path: String) -> Bool {
        ConfigurationDiscovery.fileNames.contains { path.hasSuffix("/" + $0) }
    }

    /// Asks the client to report changes of configurations, packs and
    /// Terraform modules' files, when it can be asked at run time.
    private func registerWatchers() {
        guard state.withLock({ $0.watchesDynamically }) else { return }
        let globs = ["**/.wflint.yaml", "**/.wflint.yml", "**/*.yaml", "**/*.yml"]
            + TerraformModuleFiles.watchedEndings.map { "**/*" + $0 }
        let watchers: [JSONOutput] = globs.map { .object([("globPattern", .string($0))]) }
        writer.send(OutgoingMessage.request("wflint-watch", "client/registerCapability", .object([
            ("registrations", .array([.object([
                ("id", .string("wflint-watched-files")),
                ("method", .string("workspace/didChangeWatchedFiles")),
                ("registerOptions", .object([("watchers", .array(watchers))])),
            ])])),
        ])))
    }

    static func position(_ node: Node?) -> TextPosition? {
        guard let line = node?[member: "line"]?.integer, let character = node?[member: "character"]?.integer,
            line >= 0, character >= 0
        else { return nil }
        return TextPosition(line: line, character: character)
    }
}
