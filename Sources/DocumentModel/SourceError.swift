/// A problem with an input the user gave wflint (a rule pack, a configuration
/// file, an option), reported as `file:line:col: message` like a compiler.
///
/// One readable error type for every such failure, in the manner of
/// actionlint: the message quotes the offending value and says what was
/// expected; the position points at it.
public struct SourceError: Error, Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let position: SourcePosition?
    public let message: String

    public init(file: String, position: SourcePosition?, message: String) {
        self.file = file
        self.position = position
        self.message = message
    }

    public var description: String { "\(location): \(message)" }

    /// `file:line:col: error: message`, the line compilers print and editors parse.
    public var diagnosticLine: String { "\(location): error: \(message)" }

    private var location: String { position.map { "\(file):\($0)" } ?? file }
}
