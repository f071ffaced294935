import Dispatch
import DocumentModel
import Locking
import WFLintKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lints open documents one at a time, on a queue of its own, and publishes
/// their diagnostics. Each scheduling of a document supersedes the ones
/// before it: a lint that was due is skipped, and one that finishes after
/// the document changed again is dropped (the newer one is on its way).
final class LintScheduler: Sendable {
    private let documents: OpenDocuments
    private let workspace: Workspace
    private let writer: MessageWriter
    private let log: ServerLog
    private let queue = DispatchQueue(label: "wflint.server.lint")
    /// Each open document's latest scheduling; a document that is closed has none.
    private let latest = Locked<[String: Int]>([:])
    /// What each open document's last lint showed in each file. Its lock is
    /// held from the check that a lint is the latest to the publications,
    /// and while a closed document's are withdrawn, so that a lint that
    /// finishes as its document closes never publishes after the withdrawal.
    private let contributions = Locked(DiagnosticContributions())
    private let stopped = Locked(false)
    /// The position encoding the client and the server agreed on.
    let encoding: @Sendable () -> PositionEncoding

    init(documents: OpenDocuments, workspace: Workspace, writer: MessageWriter, log: ServerLog,
         encoding: @escaping @Sendable () -> PositionEncoding) {
        self.documents = documents
        self.workspace = workspace
        self.writer = writer
        self.log = log
        self.encoding = encoding
    }

    /// Lints `uri` after `milliseconds` (0: as soon as the queue is free).
    func schedule(_ uri: String, afterMilliseconds milliseconds: Int) {
        let scheduling = latest.withLock { latest in
            let next = (latest[uri] ?? 0) + 1
            latest[uri] = next
            return next
        }
        let work: @Sendable () -> Void = { self.lint(uri, scheduling) }
        if milliseconds <= 0 {
            queue.async(execute: work)
        } else {
            queue.asyncAfter(deadline: .now() + .milliseconds(milliseconds), execute: work)
        }
    }

    /// Forgets a closed document: nothing scheduled for it runs, and its
    /// diagnostics, in its own file and in others, are withdrawn.
    func close(_ uri: String) {
        contributions.withLock { contributions in
            latest.withLock { $0[uri] = nil }
            for publication in contributions.close(uri) {
                publish(publication.uri, version: nil, diagnostics: publication.diagnostics)
            }
        }
    }

    /// After `shutdown`: nothing more is linted.
    func stop() {
        stopped.withLock { $0 = true }
    }

    private func isLatest(_ uri: String, _ scheduling: Int) -> Bool {
        latest.withLock { $0[uri] == scheduling } && !stopped.withLock { $0 }
    }

    private func lint(_ uri: String, _ scheduling: Int) {
        guard isLatest(uri, scheduling), let document = documents[uri] else { return }
        guard let path = document.path else {
            log.info("\(uri) is not a file: not linted")
            return
        }
        let start = DispatchTime.now()
        if let settings = SettingsDocuments.check(document.text, path: path) {
            // A configuration or a rule pack: its load error, as it is typed.
            let diagnostics = settings.error.map { [settingsDiagnostic($0, of: settings.kind, in: document.text)] } ?? []
            _ = publish(document, scheduling, diagnostics, elsewhere: [:])
            return
        }
        let result = workspace.lint(document.text, path: path)
        var diagnostics: [JSONOutput] = []
        var elsewhere: [String: [JSONOutput]] = [:]
        switch result {
        case .linted(let findings, let rules, let others):
            let files = LintedFiles(
                uri: uri, path: path, lines: LineTable(document.text), others: others,
                workingDirectory: workspace.workingDirectory, fallback: otherFile)
            let builder = { (uri: String, lines: LineTable) in
                DiagnosticBuilder(uri: uri, lines: lines, encoding: self.encoding(), rules: rules, otherFile: files.place)
            }
            diagnostics = findings.sorted(by: Finding.reportOrder).map(builder(uri, files.lines).diagnostic)
            for (other, lines) in zip(others, files.otherLines) {
                let otherURI = DocumentURI.uri(of: other.path)
                elsewhere[otherURI] = other.findings.sorted(by: Finding.reportOrder).map(builder(otherURI, lines).diagnostic)
            }
        case .notSelected:
            break
        case .setupFailed(let failure):
            // No findings rather than findings of the wrong rules.
            log.error("\(path): not linted: \(Self.describe(failure))")
        }
        guard publish(document, scheduling, diagnostics, elsewhere: elsewhere) else { return }
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
        log.info("\(path) version \(document.version): \(diagnostics.count) diagnostics in \(milliseconds) ms")
    }

    /// Publishes a lint's diagnostics, those of the document and those it
    /// shows in other files, unless the document changed while it was
    /// linted (the newer text's lint follows) or closed: whether it did.
    private func publish(
        _ document: OpenDocument, _ scheduling: Int, _ own: [JSONOutput], elsewhere: [String: [JSONOutput]]
    ) -> Bool {
        contributions.withLock { contributions in
            guard isLatest(document.uri, scheduling) else { return false }
            // Only a Terraform file can be shown another document's findings.
            let keepsOwn = document.path.map(TerraformModuleFiles.isModuleFile) ?? false
            for publication in contributions.lint(document.uri, own: own, elsewhere: elsewhere, keepsOwn: keepsOwn) {
                let version = publication.uri == document.uri ? document.version : nil
                publish(publication.uri, version: version, diagnostics: publication.diagnostics)
            }
            return true
        }
    }

    /// Another file a finding points into (a `.tfvars` value's "used by"):
    /// its open text, else its text on disk.
    private func otherFile(_ file: String) -> (uri: String, lines: LineTable)? {
        let path = ProjectPath.absolute(file, from: workspace.workingDirectory)
        let uri = DocumentURI.uri(of: path)
        if let open = documents[uri] { return (uri, LineTable(open.text)) }
        guard case .success(.bytes(let bytes)) = FileSystem.readFile(path, maximumSize: LintLimits.defaultFileSize) else {
            return nil
        }
        return (uri, LineTable(bytes))
    }

    /// A configuration's or pack's load error: an error at its position (an
    /// empty range), or at the start when it has none. A pack's is WF012
    /// invalid-rule-pack, with its code, docs and name as every finding's
    /// diagnostic (as `wflint lint` reports a pack it is named); a
    /// configuration's is no rule's (the command line stops at it).
    private func settingsDiagnostic(
        _ error: SourceError, of kind: SettingsDocuments.Kind, in text: [UInt8]
    ) -> JSONOutput {
        let at = LineTable(text).position(of: error.position ?? .start, encoding: encoding())
        var members: [(String, JSONOutput)] = [
            ("range", DiagnosticBuilder.range(at, at)),
            ("severity", .integer(DiagnosticBuilder.severity(.error))),
        ]
        var message = error.message
        if kind == .rulePack, let rule = Self.rulePackRule {
            members.append(("code", .string(rule.id)))
            if let href = ToolInfo.wflint.helpURI(for: rule) {
                members.append(("codeDescription", .object([("href", .string(href))])))
            }
            message += " [\(rule.name)]"
        }
        members.append(("source", .string("wflint")))
        members.append(("message", .string(message)))
        return .object(members)
    }

    /// WF012 invalid-rule-pack, the rule of a pack's load error.
    private static let rulePackRule = RuleSet.builtin().descriptors.first { $0.id == CoreRule.invalidRulePack }

    func publish(_ uri: String, version: Int?, diagnostics: [JSONOutput]) {
        var params: [(String, JSONOutput)] = [("uri", .string(uri))]
        if let version { params.append(("version", .integer(version))) }
        params.append(("diagnostics", .array(diagnostics)))
        writer.send(OutgoingMessage.notification("textDocument/publishDiagnostics", .object(params)))
    }

    private static func describe(_ failure: LintSetup.Failure) -> String {
        switch failure {
        case .source(let error): "\(error)"
        case .usage(let message): message
        }
    }
}

/// Ends the process with `code` (the `exit` notification).
func exitProcess(_ code: Int32) -> Never {
    exit(code)
}

/// The files one lint's findings and their related places are in: the
/// document as it was linted, and the other files as the lint read them,
/// so that every place is counted in the text it was found in. Each file's
/// lines are counted once, for all its findings and related places.
private struct LintedFiles {
    let uri: String
    let path: String
    let lines: LineTable
    let others: [Workspace.FindingsElsewhere]
    /// `others`' lines, in their order.
    let otherLines: [LineTable]
    /// What findings' file names are relative to (`Workspace.lint`).
    let workingDirectory: String
    let fallback: (String) -> (uri: String, lines: LineTable)?

    init(
        uri: String, path: String, lines: LineTable, others: [Workspace.FindingsElsewhere], workingDirectory: String,
        fallback: @escaping (String) -> (uri: String, lines: LineTable)?
    ) {
        (self.uri, self.path, self.lines, self.others) = (uri, path, lines, others)
        self.otherLines = others.map { LineTable($0.bytes) }
        (self.workingDirectory, self.fallback) = (workingDirectory, fallback)
    }

    func place(_ name: String) -> (uri: String, lines: LineTable)? {
        let file = ProjectPath.absolute(name, from: workingDirectory)
        // Names compared exactly: another Unicode spelling is another file.
        if file.isExactly(path) { return (uri, lines) }
        if let index = others.firstIndex(where: { $0.path.isExactly(file) }) {
            return (DocumentURI.uri(of: others[index].path), otherLines[index])
        }
        return fallback(file)
    }
}
