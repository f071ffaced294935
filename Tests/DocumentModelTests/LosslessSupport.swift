import DocumentModel
import JSONReader
import Testing
import YAMLReader

/// A source that must parse, with what the lossless-model tests ask of it.
struct ParsedSource {
    let stream: ParsedStream

    init(yaml text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        stream = YAMLReader.parse(Array(text.utf8))
        #expect(stream.syntaxError == nil, sourceLocation: sourceLocation)
    }

    init(json text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        stream = JSONReader.parse(Array(text.utf8))
        #expect(stream.syntaxError == nil, sourceLocation: sourceLocation)
    }

    var source: SourceText { stream.source }
    var document: Document { stream.documents[0] }
    var root: Node { document.root }

    /// The text of a byte range.
    func text(_ range: ByteRange?) -> String? {
        range.map(source.text)
    }

    /// The whole text with `edit` applied (nil without an edit).
    func applying(_ edit: TextEdit?) -> String? {
        edit.map { String(decoding: $0.applied(to: source.bytes), as: UTF8.self) }
    }
}

/// Every node under `node`, keys included, each once (an alias's shared
/// content is walked under its anchor).
func allNodes(_ node: Node) -> [Node] {
    var nodes: [Node] = []
    var pending = [node]
    while let current = pending.popLast() {
        nodes.append(current)
        guard current.aliasTarget == nil else { continue }
        switch current.content {
        case .scalar: break
        case .sequence(let items): pending += items
        case .mapping(let entries): pending += entries.flatMap { [$0.key, $0.value] }
        }
    }
    return nodes
}

/// The text with each line break a CR LF.
func crlf(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
}

let byteOrderMark = "\u{FEFF}"
