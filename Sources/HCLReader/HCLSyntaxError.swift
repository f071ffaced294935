import DocumentModel

/// Why a file is not HCL, or the `ReadLimits` bound it went over: the
/// `SyntaxError` the JSON and YAML readers give (message, line:column, the
/// limit if one was crossed), and the byte offset it was found at.
public struct HCLSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public let offset: Int
    public let syntaxError: SyntaxError
    /// Where it was found: the types and labels of the blocks it is in, then
    /// the name of the attribute whose value was being read and the keys of
    /// the objects inside it (empty outside any): `["variable", "pw",
    /// "default"]`, `["locals", "idp", "client_secret"]`. A caller that keeps some
    /// values secret tells from it whether the message may quote the source.
    public var context: [String] = []

    public init(offset: Int, syntaxError: SyntaxError, context: [String] = []) {
        self.offset = offset
        self.syntaxError = syntaxError
        self.context = context
    }

    public var message: String { syntaxError.message }
    public var position: SourcePosition { syntaxError.position }

    /// `line:column: message`
    public var description: String { syntaxError.description }
}
