import DocumentModel

/// Why a file is not HCL, or the `ReadLimits` bound it went over: the
/// `SyntaxError` the JSON and YAML readers give (message, line:column, the
/// limit if one was crossed), and the byte offset it was found at.
public struct HCLSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public let offset: Int
    public let syntaxError: SyntaxError

    public var message: String { syntaxError.message }
    public var position: SourcePosition { syntaxError.position }

    /// `line:column: message`
    public var description: String { syntaxError.description }
}
