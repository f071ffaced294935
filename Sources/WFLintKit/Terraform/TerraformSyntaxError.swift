import DocumentModel
import HCLReader

/// A Terraform file's syntax error as wflint reports it. The HCL reader
/// quotes the token it stopped at (`found 'word'`); where that may be part
/// of a secret — any value of a variable definitions file, a `variable`'s
/// `default` (whether it is declared `sensitive` cannot be told from a
/// file that does not parse), an argument named like a secret
/// (`client_secret`) — the file is read again without quoting its text,
/// and the error's line is masked (`isInSecret`).
struct TerraformSyntaxError: Error {
    let error: SyntaxError
    let isInSecret: Bool

    /// `error` of `bytes`, a variable definitions file when `isVariableValues`.
    init(_ error: HCLSyntaxError, of bytes: [UInt8], limits: ReadLimits, isVariableValues: Bool) {
        isInSecret = isVariableValues || Self.isSecretPlace(error.context)
        var reported = error.syntaxError
        if isInSecret && reported.exceededLimit == nil {
            // The same bytes fail the same way, now without quoting them.
            do {
                _ = try HCLReader.parse(bytes, limits: limits, quotingSource: false)
            } catch {
                reported = error.syntaxError
            }
        }
        self.error = reported
    }

    /// An error that quotes nothing of the source (a JSON reader's).
    init(_ error: SyntaxError) {
        self.error = error
        isInSecret = false
    }

    /// A JSON reader's error in a `.tf.json` file: it quotes nothing, but
    /// its line is masked when it lies in a secret's value, told from the
    /// keys of the objects it was found in (`SyntaxError.context`).
    init(json error: SyntaxError) {
        self.error = error
        isInSecret = Self.isSecretPlace(error.context)
    }

    /// Whether an error found at `context` (`HCLSyntaxError.context`, `SyntaxError.context`) may be in a secret's value.
    static func isSecretPlace(_ context: [String]) -> Bool {
        // `variable "NAME" { default = ... }`: the default, and anything in it.
        let isDefault = context.count >= 3 && context[0] == "variable" && context[2] == "default"
        return isDefault || context.contains(where: SensitiveValues.isSensitiveKey)
    }
}
