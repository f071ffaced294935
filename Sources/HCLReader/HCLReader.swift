import DocumentModel

/// A reader of HCL's native syntax (`.tf`, `.tfvars`), as specified by
/// hashicorp/hcl's `hclsyntax/spec.md` and as Terraform reads it.
///
/// It builds a syntax tree, not values: Terraform evaluation is the
/// caller's. Like the JSON reader it works on bytes in one pass, keeps the
/// byte range of every node and every comment, and stops at the first error
/// with its line and column. Nesting and node count are bounded by
/// `ReadLimits` (every bracket, block, template, directive, conditional and
/// unary operator is a level; at most `depthCeiling` levels); templates nested inside templates are also
/// bounded by `maximumTemplateNesting`.
public enum HCLReader {
    /// The deepest nesting the reader takes whatever `ReadLimits` allows
    /// (its own ceiling is 10,000): a level of HCL costs more stack than a
    /// level of JSON (an expression passes through several functions), up
    /// to 13 KB in a debug build, and 2,000 levels must fit the
    /// `ReadLimits.workerStackSize` of the threads that read documents.
    public static let depthCeiling = 2_000

    /// How deep templates may nest inside other templates' interpolations
    /// (`"${"${"..."}"}"`): real files nest two or three.
    public static let maximumTemplateNesting = 32

    /// Whether `text` is one identifier of the native syntax, as
    /// `hclsyntax.ValidIdentifier` tells it: ID_Start or `_`, then ID_Continue
    /// or `-`. Terraform requires one of a resource's name, written in a
    /// quoted label or a JSON key ("Invalid resource name").
    public static func isIdentifier(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next(), Parser.isIdentifierScalar(first, first: true) else { return false }
        while let scalar = scalars.next() {
            guard Parser.isIdentifierScalar(scalar, first: false) else { return false }
        }
        return true
    }

    /// Parses a whole configuration file. With `quotingSource` false, an
    /// error's message names what it found by kind (`a name`, `a number`)
    /// without quoting the file's text: for an error in a secret's value.
    /// An argument set twice in one body is an error, as hclsyntax's parser
    /// makes it ("Attribute redefined"), but in the blocks of type
    /// `repeatable.type` whose first label is `repeatable.label` and in
    /// every block inside them, whose caller reports a repeat itself.
    public static func parse(
        _ bytes: [UInt8], limits: ReadLimits = .default, quotingSource: Bool = true,
        repeatable: (type: String, label: String)? = nil
    ) throws(HCLSyntaxError) -> HCLFile {
        // One copy of the bytes, shared by the error's source and the file's.
        let source = SourceBytes(bytes)
        let result = source.withUnsafeBufferPointer {
            parse(
                buffer: $0, source: SourceText(bytes: source), limits: limits, quotingSource: quotingSource,
                repeatable: repeatable)
        }
        let (body, comments) = try result.get()
        return HCLFile(
            body: body, comments: comments, source: SourceText(bytes: source, comments: comments.map(\.range)))
    }

    private static func parse(
        buffer: UnsafeBufferPointer<UInt8>, source: SourceText, limits: ReadLimits, quotingSource: Bool,
        repeatable: (type: String, label: String)?
    ) -> Result<(HCLBody, [HCLComment]), HCLSyntaxError> {
        if let error = TextEncoding.unsupportedByteOrderMark(in: buffer) {
            return .failure(HCLSyntaxError(offset: 0, syntaxError: error))
        }
        var parser = Parser(buffer, source: source, limits: limits, repeatable: repeatable)
        parser.quotesSource = quotingSource
        do throws(HCLSyntaxError) {
            let body = try parser.parseFile()
            return .success((body, parser.comments))
        } catch {
            return .failure(error)
        }
    }
}
