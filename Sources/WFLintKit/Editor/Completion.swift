import DocumentModel

/// One suggestion (LSP's `CompletionItem`).
public struct CompletionItem: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// An API member, or a Terraform argument.
        case member
        /// A Terraform nested block.
        case block
        /// An allowed value of an enum member.
        case enumValue
    }

    public let label: String
    public let kind: Kind
    /// The type, as hover names it (`string`, `list of Tag`).
    public let detail: String
    /// What to write: the label with what follows it in the format
    /// (`Name: `, `"Name"`, `name = `).
    public let insertText: String
}

/// What to suggest at a position while typing: member names from the shapes
/// at the cursor's place (those not written yet), an enum member's values,
/// and the arguments and blocks of an `aws_sagemaker_workforce` resource.
///
/// A document being typed seldom parses, so the place is read off the text
/// itself, not a parse: YAML by indentation (block style; inside a flow
/// collection nothing is suggested), JSON and Terraform by their brackets.
/// The kind comes from the top-level keys as detection tells it, or from
/// `operation`; a document of no kind gets no suggestion.
public enum Completion {
    public static func items(
        at position: SourcePosition, in bytes: [UInt8], path: String, operation: Operation? = nil,
        catalog: ShapeCatalog = .builtin
    ) -> [CompletionItem] {
        let text = SourceText(bytes: bytes)
        let offset = text.byteOffset(of: position)
        switch SourceFormat.of(name: path, bytes: bytes) {
        case .hcl: return TerraformCompletion.items(at: offset, in: bytes, catalog: catalog)
        // Terraform's JSON syntax: Terraform's names in a workforce resource's
        // object, never the API's, which it does not take.
        case .terraformJSON:
            guard path.hasSuffix(".tf.json"), let place = JSONCursor.place(at: offset, in: bytes) else { return [] }
            return TerraformCompletion.items(for: place)
        case .json:
            guard let place = JSONCursor.place(at: offset, in: bytes) else { return [] }
            return items(for: place, operation: operation, catalog: catalog, quote: true)
        case .yaml:
            guard let place = YAMLCursor.place(at: position, in: text) else { return [] }
            return items(for: place, operation: operation, catalog: catalog, quote: false)
        }
    }

    /// Where the cursor stands, read off the text.
    struct Place {
        /// From the root to the mapping the cursor's key is in, or to the
        /// member whose value the cursor is at.
        var path: [PathStep]
        var role: Role
        /// The document's top-level keys, for its kind.
        var topLevelKeys: [String]
        /// Inside an open string (JSON): what is written needs no quotes.
        var inString = false

        enum Role: Equatable {
            /// A key of the mapping at `path`, which has these keys already.
            case key(present: [String])
            /// The value of the member at `path`.
            case value
        }
    }

    static func items(for place: Place, operation: Operation?, catalog: ShapeCatalog, quote: Bool) -> [CompletionItem] {
        let detected = DocumentKind.detect(topLevelKeys: place.topLevelKeys)
        let kind = operation.map { operation in detected?.isResponse == true ? detected : operation.requestKind } ?? detected
        guard let kind else { return [] }
        let root = catalog.root(of: kind)
        let wrap = { (text: String) in quote && !place.inString ? "\"\(text)\"" : text }
        switch place.role {
        case .key(let present):
            guard let shape = catalog.shape(at: place.path, from: root), shape.type == .structure else { return [] }
            return shape.members.filter { member in !present.contains { $0.isExactly(member.name) } }.compactMap { member in
                guard let memberShape = catalog.shapes[member.shape] else { return nil }
                let suffix = quote ? (place.inString ? "" : ": ") : isScalar(memberShape) ? ": " : ":"
                return CompletionItem(
                    label: member.name, kind: .member, detail: MemberDocs.typeText(memberShape, catalog: catalog),
                    insertText: wrap(member.name) + suffix)
            }
        case .value:
            guard let values = catalog.shape(at: place.path, from: root)?.enumValues else { return [] }
            return values.map { CompletionItem(label: $0, kind: .enumValue, detail: "string", insertText: wrap($0)) }
        }
    }

    private static func isScalar(_ shape: Shape) -> Bool {
        ![.structure, .list, .map].contains(shape.type)
    }
}
