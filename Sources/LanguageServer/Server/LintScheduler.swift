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

    /// Forgets a closed document: nothing scheduled for it runs.
    func cancel(_ uri: String) {
        latest.withLock { $0[uri] = nil }
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
            let diagnostics = settings.error.map { [settingsDiagnostic($0, in: document.text)] } ?? []
            guard isLatest(uri, scheduling) else { return }
            publish(uri, version: document.version, diagnostics: diagnostics)
            return
        }
        let result = workspace.lint(document.text, path: path)
        let diagnostics: [JSONOutput]
        switch result {
        case .linted(let findings, let rules):
            let builder = DiagnosticBuilder(
                uri: uri, lines: LineTable(document.text), encoding: encoding(), rules: rules, otherFile: otherFile)
            diagnostics = findings.sorted(by: Finding.reportOrder).map(builder.diagnostic)
        case .notSelected:
            diagnostics = []
        case .setupFailed(let failure):
            // No findings rather than findings of the wrong rules.
            log.error("\(path): not linted: \(Self.describe(failure))")
            diagnostics = []
        }
        // Changed while it was linted: the newer text's lint follows.
        guard isLatest(uri, scheduling) else { return }
        publish(uri, version: document.version, diagnostics: diagnostics)
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
        log.info("\(path) version \(document.version): \(diagnostics.count) diagnostics in \(milliseconds) ms")
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
    /// empty range), or at the start when it has none.
    private func settingsDiagnostic(_ error: SourceError, in text: [UInt8]) -> JSONOutput {
        let at = LineTable(text).position(of: error.position ?? .start, encoding: encoding())
        return .object([
            ("range", DiagnosticBuilder.range(at, at)),
            ("severity", .integer(DiagnosticBuilder.severity(.error))),
            ("source", .string("wflint")),
            ("message", .string(error.message)),
        ])
    }

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
