import DocumentModel
import WFLintKit

/// Code actions, hover and completion: the requests that ask about one open
/// document at one place. The answers come from `EditorDocument`
/// (WFLintKit); this converts positions between the client's encoding and
/// wflint's lines and scalar columns, and writes LSP's shapes.
extension RequestHandler {
    static let codeAction = RequestHandler(
        "textDocument/codeAction",
        capability: ("codeActionProvider", .object([
            ("codeActionKinds", .array([.string("quickfix"), .string(EditorCodeAction.Kind.fixAll.rawValue)]))
        ]))
    ) { params, context throws(ResponseError) in
        let place = try DocumentPlace(params, context)
        guard let document = place.document, let start = place.position(params?[path: "range", "start"]),
            let end = place.position(params?[path: "range", "end"])
        else { return .array([]) }
        // `only` filters by kind prefix: `source` asks for fix-all, as on save.
        let only = params?[path: "context", "only"]?.elements?.compactMap(\.string)
        let wants = { (kind: EditorCodeAction.Kind) in
            only?.contains { kind.rawValue == $0 || kind.rawValue.hasPrefix($0 + ".") } ?? true
        }
        var actions = wants(.quickFix) ? document.codeActions(for: SourceRange(start: start, end: end)) : []
        if wants(.fixAll), let fixAll = document.fixAll() { actions.append(fixAll) }
        return .array(actions.map { place.json($0) })
    }

    static let hover = RequestHandler("textDocument/hover", capability: ("hoverProvider", .bool(true))) {
        params, context throws(ResponseError) in
        let place = try DocumentPlace(params, context)
        guard let document = place.document, let position = place.position(params?[member: "position"]),
            let markdown = document.hover(at: position)
        else { return .null }
        return .object([("contents", .object([("kind", .string("markdown")), ("value", .string(markdown))]))])
    }

    static let completion = RequestHandler(
        "textDocument/completion",
        capability: ("completionProvider", .object([("triggerCharacters", .array([.string("\"")]))]))
    ) { params, context throws(ResponseError) in
        let place = try DocumentPlace(params, context)
        guard let document = place.document, let position = place.position(params?[member: "position"]) else {
            return .array([])
        }
        return .array(document.completion(at: position).map { item in
            .object([
                ("label", .string(item.label)),
                ("kind", .integer(Self.completionKind(item.kind))),
                ("detail", .string(item.detail)),
                ("insertText", .string(item.insertText)),
            ])
        })
    }

    /// LSP's `CompletionItemKind`: 10 Property, 22 Struct, 20 EnumMember.
    private static func completionKind(_ kind: CompletionItem.Kind) -> Int {
        switch kind {
        case .member: 10
        case .block: 22
        case .enumValue: 20
        }
    }
}

/// The document a request names, with its setup, and the conversions of
/// its positions.
private struct DocumentPlace {
    let uri: String
    let lines: LineTable
    let encoding: PositionEncoding
    /// Nil when the document is no file, or its setup did not load (its
    /// diagnostics say nothing then either), or the configuration leaves it out.
    let document: EditorDocument?

    init(_ params: Node?, _ context: RequestContext) throws(ResponseError) {
        guard let uri = params?[path: "textDocument", "uri"]?.string else {
            throw ResponseError(.invalidParams, "no textDocument.uri")
        }
        guard let open = context.documents[uri] else { throw ResponseError(.invalidParams, "\(uri) is not open") }
        self.uri = uri
        self.lines = LineTable(open.text)
        self.encoding = context.encoding
        guard let path = open.path, case .success(let assembled) = context.workspace.setup(forDocumentAt: path),
            assembled.setup.selects(path)
        else {
            self.document = nil
            return
        }
        self.document = EditorDocument(bytes: open.text, path: path, setup: assembled.setup, linter: assembled.linter)
    }

    /// wflint's position of an LSP position.
    func position(_ node: Node?) -> SourcePosition? {
        guard let document, let position = LanguageServer.position(node) else { return nil }
        return document.position(ofByte: lines.offset(of: position, encoding: encoding))
    }

    /// A code action: its edits as a `WorkspaceEdit` of this document.
    func json(_ action: EditorCodeAction) -> JSONOutput {
        let edits = action.edits.map { edit in
            JSONOutput.object([("range", range(edit.bytes)), ("newText", .string(edit.newText))])
        }
        var members: [(String, JSONOutput)] = [
            ("title", .string(action.title)),
            ("kind", .string(action.kind.rawValue)),
        ]
        if !action.findings.isEmpty {
            members.append(("diagnostics", .array(action.findings.map { finding in
                .object([
                    ("range", range(finding.range)), ("code", .string(finding.ruleID)), ("source", .string("wflint")),
                    ("message", .string("\(finding.message) [\(finding.ruleName)]")),
                ])
            })))
        }
        if action.isPreferred { members.append(("isPreferred", .bool(true))) }
        members.append(("edit", .object([("changes", .object([(uri, .array(edits))]))])))
        return .object(members)
    }

    private func range(_ bytes: ByteRange) -> JSONOutput {
        DiagnosticBuilder.range(
            lines.position(ofByte: bytes.start, encoding: encoding), lines.position(ofByte: bytes.end, encoding: encoding))
    }

    private func range(_ range: SourceRange) -> JSONOutput {
        DiagnosticBuilder.range(
            lines.position(of: range.start, encoding: encoding), lines.position(of: range.end, encoding: encoding))
    }
}
