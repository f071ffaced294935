import DocumentModel
import WFLintKit

/// What a request handler may use: the open documents, the workspace that
/// lints them, the negotiated position encoding and the log.
public struct RequestContext: Sendable {
    public let documents: OpenDocuments
    public let workspace: Workspace
    public let encoding: PositionEncoding
    public let log: ServerLog
}

/// A request the server answers, and the `ServerCapabilities` member that
/// tells the client so: the capability is advertised only because the
/// handler is in `RequestHandler.all`.
public struct RequestHandler: Sendable {
    public let method: String
    /// The member of `ServerCapabilities` (`hoverProvider`, true), if any.
    public let capability: (name: String, value: JSONOutput)?
    public let handle: @Sendable (_ params: Node?, _ context: RequestContext) throws(ResponseError) -> JSONOutput

    public init(
        _ method: String, capability: (name: String, value: JSONOutput)? = nil,
        handle: @escaping @Sendable (_ params: Node?, _ context: RequestContext) throws(ResponseError) -> JSONOutput
    ) {
        self.method = method
        self.capability = capability
        self.handle = handle
    }

    /// The requests answered after `initialize`, by method: add a feature's
    /// handler here (code actions, hover, completion) and its capability
    /// follows. `initialize` and `shutdown` are the server's own.
    static let all: [RequestHandler] = [.codeAction, .hover, .completion]
}
