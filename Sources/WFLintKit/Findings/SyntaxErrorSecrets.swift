import DocumentModel

/// A syntax error inside a secret's value may quote what it stopped at
/// (JSON's `invalid escape '\W' in string`, a control character's code; an
/// anchor or alias name that the AWS CLI reads longer, `'&Qx7:Lm9'`:
/// `SyntaxError.quotesSource`), and no tree says where the secret is. Its
/// quoted text and code points are masked where its place is a secret's, so
/// that only the secret's length can be read.
extension SyntaxError {
    /// The error as a report of `bytes` shows it: masked where the lexical
    /// scan of excerpts (`MaskedSource`) masks its place.
    func concealingQuotedSecret(in bytes: SourceBytes) -> SyntaxError {
        guard quotesSource else { return self }
        let probe = MaskedSource(capturing: bytes, showing: [SourceRange(at: position)], sensitiveRanges: [], lineHashes: false)
        return probe.isMasked(line: position.line, column: position.column) ? concealingQuotedSource : self
    }

    /// The error masked wherever it quotes the source: its place is known to be a secret's.
    var concealingQuotedSource: SyntaxError {
        quotesSource ? saying(SensitiveValues.maskingQuotesAndCodePoints(in: message)) : self
    }
}
