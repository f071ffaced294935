/// One document of a file: a JSON file has one, a YAML stream one per `---`.
public struct Document: Sendable {
    /// 0-based position of the document in its stream.
    public let index: Int
    public let root: Node
    /// Whether the document holds a YAML alias: only then can a finding need
    /// placing at an alias site (see `AliasPlacement`).
    public let hasAliases: Bool
    /// The values of the document's YAML merge keys (`<<: *base`, `<<: [*a, *b]`),
    /// which the tree leaves out: a mapping holds the members it merges, written
    /// where they came from, and these say what they came from (an alias there
    /// uses its anchored mapping as much as an alias anywhere else does).
    public let mergeSources: [Node]

    public init(index: Int, root: Node, hasAliases: Bool = false, mergeSources: [Node] = []) {
        self.index = index
        self.root = root
        self.hasAliases = hasAliases
        self.mergeSources = mergeSources
    }
}

/// What a parser made of a file: every complete document, and the syntax error
/// that stopped it, if one did. Documents before the error are still usable.
public struct ParsedStream: Sendable {
    public var documents: [Document]
    public var syntaxError: SyntaxError?
    /// The text the nodes' byte ranges point into, with its lines and comments.
    public var source: SourceText
    /// The byte offset before which the comments are all known (those of
    /// `source` and of the documents read): the end of the text, unless a
    /// YAML read stopped at an error, where it is the end of the last event
    /// or comment libyaml read. Past it, a `#` was never read as text or as
    /// a comment.
    public var commentsReadUpTo: Int = .max

    public init(documents: [Document], syntaxError: SyntaxError? = nil, source: SourceText = .empty) {
        self.documents = documents
        self.syntaxError = syntaxError
        self.source = source
    }
}

/// A file that is not well-formed JSON or YAML, at the place the parser gave
/// up; or one that went over a `ReadLimits` bound there, which is not a
/// syntax error (the text may be fine) and is reported as such.
public struct SyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public let position: SourcePosition
    /// The index of the document the error is in.
    public let documentIndex: Int
    /// The limit the document went over, or nil for a real syntax error.
    public let exceededLimit: ResourceLimit?
    /// Whether `message` quotes text of the source: the character a JSON
    /// reader stopped at (`'\W'`, `U+0001`), an anchor's name as the AWS
    /// CLI reads it. Inside a secret's value that text is the secret's, and
    /// the lint masks it where it masks the error's place.
    public let quotesSource: Bool

    public init(
        message: String, position: SourcePosition, documentIndex: Int = 0, exceededLimit: ResourceLimit? = nil,
        quotesSource: Bool = false
    ) {
        self.message = message
        self.position = position
        self.documentIndex = documentIndex
        self.exceededLimit = exceededLimit
        self.quotesSource = quotesSource
    }

    /// The same error, placed in the document at `index`.
    public func inDocument(_ index: Int) -> SyntaxError {
        SyntaxError(
            message: message, position: position, documentIndex: index, exceededLimit: exceededLimit,
            quotesSource: quotesSource)
    }

    /// The same error with `message` in place of its own, which quotes no source.
    public func saying(_ message: String) -> SyntaxError {
        SyntaxError(message: message, position: position, documentIndex: documentIndex, exceededLimit: exceededLimit)
    }

    public var description: String { "\(position): \(message)" }
}
