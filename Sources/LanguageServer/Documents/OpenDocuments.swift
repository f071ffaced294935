import Locking

/// A document the client has open: its text as the client last sent it.
public struct OpenDocument: Sendable {
    public let uri: String
    /// Its file's path; nil for a URI that is no `file:` (never linted).
    public let path: String?
    public var version: Int
    public var text: [UInt8]
}

/// The documents the client has open, shared by the thread that reads the
/// client's messages, the linting thread and request handlers.
public final class OpenDocuments: Sendable {
    private let documents = Locked<[String: OpenDocument]>([:])

    public init() {}

    public subscript(uri: String) -> OpenDocument? {
        documents.withLock { $0[uri] }
    }

    public var all: [OpenDocument] {
        documents.withLock { Array($0.values) }.sorted { $0.uri < $1.uri }
    }

    func open(_ document: OpenDocument) {
        documents.withLock { $0[document.uri] = document }
    }

    func close(_ uri: String) {
        documents.withLock { $0[uri] = nil }
    }

    /// Stores a changed document, when it is still open.
    func replace(_ document: OpenDocument) {
        documents.withLock { documents in
            if documents[document.uri] != nil { documents[document.uri] = document }
        }
    }
}
