import Dispatch
import DocumentModel
import Locking
import WFLintKit

/// `wflint server`: LSP 3.17 over standard input and output.
///
/// Three threads of work: the caller's reads and frames the client's
/// messages; a serial queue handles them in order (requests answered,
/// documents updated); another serial queue lints, each document on a
/// thread with the stack deep documents need (`Workspace.lint`), so that a
/// slow lint never holds up an answer.
public final class LanguageServer: Sendable {
    public struct Options: Sendable {
        /// How long after a change the document is linted, when no other
        /// change came meanwhile (an `initializationOptions.debounceMs` wins).
        public var debounceMilliseconds: Int
        /// Log to the client too (`window/logMessage`).
        public var verbose: Bool
        /// The command line's `--rules`.
        public var setup: SetupOptions

        public init(debounceMilliseconds: Int = 150, verbose: Bool = false, setup: SetupOptions = SetupOptions()) {
            self.debounceMilliseconds = debounceMilliseconds
            self.verbose = verbose
            self.setup = setup
        }
    }

    let options: Options
    let writer: MessageWriter
    let log: ServerLog
    let documents: OpenDocuments
    let workspace: Workspace
    let state: Locked<State>
    let handling = DispatchQueue(label: "wflint.server.messages")
    let scheduler: LintScheduler

    /// What the session has agreed so far.
    struct State {
        var phase = Phase.uninitialized
        var encoding = PositionEncoding.utf16
        var debounceMilliseconds = 0
        var watchesDynamically = false
        /// Requests read and not yet started, and those of them the client cancelled.
        var pending: Set<RequestID> = []
        var cancelled: Set<RequestID> = []
    }

    enum Phase { case uninitialized, running, shutDown }

    /// The largest message read (a document's text included, escaped as
    /// JSON): room for four times the default `max-file-size`. A larger one
    /// is answered with an error and dropped unread.
    static let maximumMessage = LintLimits.defaultFileSize * 4 + 64 * 1024

    public init(options: Options, input: Int32 = 0, output: Int32 = 1) {
        var initial = State()
        initial.debounceMilliseconds = options.debounceMilliseconds
        let state = Locked(initial)
        let writer = MessageWriter(descriptor: output)
        let log = ServerLog(writer: writer, verbose: options.verbose)
        let documents = OpenDocuments()
        let workspace = Workspace(options: options.setup)
        self.options = options
        self.state = state
        self.writer = writer
        self.log = log
        self.documents = documents
        self.workspace = workspace
        self.scheduler = LintScheduler(
            documents: documents, workspace: workspace, writer: writer, log: log,
            encoding: { state.withLock { $0.encoding } })
        self.input = InputChannel(descriptor: input)
    }

    private let input: InputChannel

    /// Serves until the client says `exit` or closes standard input; the
    /// exit code LSP asks for: 0 after `shutdown`, 1 without it.
    public func run() -> Int32 {
        var reader = MessageReader(maximumBody: Self.maximumMessage)
        while let bytes = input.read() {
            reader.append(bytes)
            var batch: [IncomingMessage] = []
            while let frame = reader.next() {
                switch frame {
                case .message(let body): batch.append(IncomingMessage(body))
                case .malformed(let reason): batch.append(.invalid(id: nil, ResponseError(.parseError, reason)))
                }
            }
            enqueue(batch)
        }
        // The client closed the stream: finish what was read, then stop.
        return handling.sync { exitCode }
    }

    var exitCode: Int32 { state.withLock { $0.phase == .shutDown } ? 0 : 1 }

    /// Queues a batch of messages read together; the cancellations among
    /// them apply before any of them is handled, so a request and its
    /// `$/cancelRequest` sent together are never answered as if not cancelled.
    private func enqueue(_ batch: [IncomingMessage]) {
        state.withLock { state in
            for message in batch {
                if case .request(let id, _, _) = message { state.pending.insert(id) }
            }
            for message in batch {
                if case .notification("$/cancelRequest", let params) = message, let idNode = params?[member: "id"],
                    let id = RequestID(idNode), state.pending.contains(id)
                {
                    state.cancelled.insert(id)
                }
            }
        }
        for message in batch {
            handling.async { self.handle(message) }
        }
    }

    private func handle(_ message: IncomingMessage) {
        switch message {
        case .request(let id, let method, let params):
            let cancelled = state.withLock { state in
                state.pending.remove(id)
                return state.cancelled.remove(id) != nil
            }
            if cancelled {
                writer.send(OutgoingMessage.error(id, ResponseError(.requestCancelled, "\(method) was cancelled")))
                return
            }
            switch Result(catching: { () throws(ResponseError) in try answer(method, params) }) {
            case .success(let result): writer.send(OutgoingMessage.result(id, result))
            case .failure(let error): writer.send(OutgoingMessage.error(id, error))
            }
        case .notification(let method, let params):
            notify(method, params)
        case .response:
            break
        case .invalid(let id, let error):
            log.error(error.message)
            writer.send(OutgoingMessage.error(id, error))
        }
    }

    /// A request's result, or the error it is answered with.
    private func answer(_ method: String, _ params: Node?) throws(ResponseError) -> JSONOutput {
        let phase = state.withLock { $0.phase }
        if method == "initialize" {
            guard phase == .uninitialized else { throw ResponseError(.invalidRequest, "the server is initialized already") }
            return initialize(params)
        }
        switch phase {
        case .uninitialized: throw ResponseError(.serverNotInitialized, "\(method) before initialize")
        case .shutDown: throw ResponseError(.invalidRequest, "\(method) after shutdown")
        case .running: break
        }
        if method == "shutdown" {
            state.withLock { $0.phase = .shutDown }
            scheduler.stop()
            return .null
        }
        guard let handler = RequestHandler.all.first(where: { $0.method == method }) else {
            throw ResponseError(.methodNotFound, "no method \(method)")
        }
        return try handler.handle(params, context)
    }

    var context: RequestContext {
        RequestContext(
            documents: documents, workspace: workspace, encoding: state.withLock { $0.encoding }, log: log)
    }
}
