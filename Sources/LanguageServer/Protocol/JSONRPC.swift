import DocumentModel
import JSONReader
import WFLintKit

/// JSON-RPC 2.0's error codes, and LSP's own.
public enum ErrorCode: Int, Sendable {
    case parseError = -32700
    case invalidRequest = -32600
    case methodNotFound = -32601
    case invalidParams = -32602
    case internalError = -32603
    case serverNotInitialized = -32002
    case requestCancelled = -32800
}

/// An error a request is answered with.
public struct ResponseError: Error, Sendable {
    public let code: ErrorCode
    public let message: String

    public init(_ code: ErrorCode, _ message: String) {
        self.code = code
        self.message = message
    }

    var json: JSONOutput {
        .object([("code", .integer(code.rawValue)), ("message", .string(message))])
    }
}

/// A request's id: a number or a string, echoed as it came.
public enum RequestID: Hashable, Sendable {
    case number(Int)
    case string(String)

    var json: JSONOutput {
        switch self {
        case .number(let value): .integer(value)
        case .string(let text): .string(text)
        }
    }

    /// Nil for an integer past 64 bits, which the reader saturates: echoed,
    /// it would answer another id, and the client would wait for its own.
    init?(_ node: Node) {
        switch node.scalar?.value {
        case .integer(let value):
            guard value != .max && value != .min || node.scalar?.text == String(value) else { return nil }
            self = .number(value)
        case .string(let text): self = .string(text)
        default: return nil
        }
    }
}

/// One message from the client, as JSON-RPC reads it.
enum IncomingMessage: Sendable {
    case request(id: RequestID, method: String, params: Node?)
    case notification(method: String, params: Node?)
    /// An answer to a request the server sent (`client/registerCapability`).
    case response
    /// Not a message: the error to answer with (to `id` when it could be read).
    case invalid(id: RequestID?, ResponseError)

    /// Reads one message body.
    init(_ body: [UInt8]) {
        let stream = JSONReader.parse(body)
        if let error = stream.syntaxError {
            self = .invalid(id: nil, ResponseError(.parseError, "the message is not JSON: \(error.message) at \(error.position)"))
            return
        }
        guard let root = stream.documents.first?.root, root.entries != nil else {
            self = .invalid(id: nil, ResponseError(.invalidRequest, "a message must be a JSON object"))
            return
        }
        self.init(root)
    }

    private init(_ root: Node) {
        let idNode = root[member: "id"]
        let id = idNode.flatMap(RequestID.init)
        guard root[member: "jsonrpc"]?.string == "2.0" else {
            self = .invalid(id: id, ResponseError(.invalidRequest, #"a message must have "jsonrpc": "2.0""#))
            return
        }
        guard let methodNode = root[member: "method"] else {
            if idNode != nil && (root[member: "result"] != nil || root[member: "error"] != nil) {
                self = .response
            } else {
                self = .invalid(id: id, ResponseError(.invalidRequest, #"a request must have a "method""#))
            }
            return
        }
        guard let method = methodNode.string else {
            self = .invalid(id: id, ResponseError(.invalidRequest, #""method" must be a string"#))
            return
        }
        // `"params": null` is read as no params: JSON-RPC 2.0 wants the member
        // left out, but clients send null for a request without any (eglot's
        // `shutdown` and `exit`), and refusing it left the server running.
        let params = root[member: "params"].flatMap { $0.scalar?.value == .null ? nil : $0 }
        if let params, params.entries == nil && params.elements == nil {
            self = .invalid(id: id, ResponseError(.invalidRequest, #""params" must be an object or an array"#))
            return
        }
        guard idNode != nil else {
            self = .notification(method: method, params: params)
            return
        }
        guard let id else {
            self = .invalid(id: nil, ResponseError(.invalidRequest, #""id" must be a number or a string"#))
            return
        }
        self = .request(id: id, method: method, params: params)
    }
}

/// The messages the server sends.
enum OutgoingMessage {
    static func result(_ id: RequestID, _ result: JSONOutput) -> JSONOutput {
        .object([("jsonrpc", .string("2.0")), ("id", id.json), ("result", result)])
    }

    static func error(_ id: RequestID?, _ error: ResponseError) -> JSONOutput {
        .object([("jsonrpc", .string("2.0")), ("id", id?.json ?? .null), ("error", error.json)])
    }

    static func notification(_ method: String, _ params: JSONOutput) -> JSONOutput {
        .object([("jsonrpc", .string("2.0")), ("method", .string(method)), ("params", params)])
    }

    static func request(_ id: String, _ method: String, _ params: JSONOutput) -> JSONOutput {
        .object([("jsonrpc", .string("2.0")), ("id", .string(id)), ("method", .string(method)), ("params", params)])
    }
}

extension Node {
    /// The member at a path of names (`["textDocument", "uri"]`).
    subscript(path names: String...) -> Node? {
        var node: Node? = self
        for name in names { node = node?[member: name] }
        return node
    }

    /// An integer member's value.
    var integer: Int? {
        if case .integer(let value) = scalar?.value { return value }
        return nil
    }

    var bool: Bool? {
        if case .bool(let value) = scalar?.value { return value }
        return nil
    }
}
