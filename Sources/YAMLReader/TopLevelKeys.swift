import CYAML
import DocumentModel

extension YAMLReader {
    /// The top-level keys of each document of `bytes`, as libyaml's events
    /// give them (a root that is no mapping has none, and a key that is a
    /// collection, which no member's name is, is left out), or nil when
    /// libyaml's parser does not read the whole text, a top-level key is an
    /// alias, whose text the events do not give, collections nest deeper
    /// than `limits.maximumDepth` (libyaml's parse of deep flow collections
    /// takes time with the square of their depth: 100,000 took 25 s), or
    /// too many `%TAG` directives stand before one document (`TagDirectives`).
    ///
    /// What tells whether YAML that the AWS CLI cannot load (a tag it has no
    /// constructor for, a date that is no date) is a workforce document at
    /// all: a CloudFormation template's `!Sub`, an Ansible `!vault` or a
    /// `mkdocs.yml`'s `!!python/name:` is YAML the AWS CLI never reads, and
    /// no concern of a workforce linter (`DocumentLinter`). Only events are
    /// read: no tree, no tag resolved, no alias expanded.
    public static func topLevelKeys(_ bytes: SourceBytes, limits: ReadLimits = .default) -> [[String]]? {
        var keys = TopLevelKeys(maximumDepth: limits.maximumDepth)
        do {
            try bytes.withUnsafeBufferPointer { buffer in
                // libyaml's reading of so many %TAG directives is what stopped the read.
                if TagDirectives.firstOverLimit(in: buffer) != nil {
                    throw SyntaxError(message: TagDirectives.message, position: .start)
                }
                try LibYAMLParser.withParser(over: buffer) { parser throws(SyntaxError) in
                    var event = yaml_event_t()
                    while true {
                        guard yaml_parser_parse(parser, &event) == 1 else {
                            throw SyntaxError(message: "invalid YAML", position: .start)
                        }
                        defer { yaml_event_delete(&event) }
                        if event.type == YAML_STREAM_END_EVENT { return }
                        guard keys.note(event) else { throw SyntaxError(message: "not told", position: .start) }
                    }
                }
            }
        } catch {
            return nil
        }
        return keys.documents
    }
}

/// The top-level keys of each document, from libyaml's events in order.
private struct TopLevelKeys {
    let maximumDepth: Int
    var documents: [[String]] = []
    /// Whether each open collection is a mapping, the root first.
    private var open: [Bool] = []
    /// Whether the root mapping waits for a key (not a value).
    private var atKey = false

    init(maximumDepth: Int) {
        self.maximumDepth = maximumDepth
    }

    /// Whether a node that starts or ends now is an entry of the root mapping.
    private var isInRootMapping: Bool { open.count == 1 && open[0] }

    /// Notes `event`; false for an alias where the root mapping waits for a
    /// key, and for a collection deeper than `maximumDepth`.
    mutating func note(_ event: yaml_event_t) -> Bool {
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents.append([])
            open = []
        case YAML_SCALAR_EVENT:
            if isInRootMapping && atKey, let value = event.data.scalar.value {
                let text = UnsafeBufferPointer(start: value, count: event.data.scalar.length)
                documents[documents.count - 1].append(String(decoding: text, as: UTF8.self))
            }
            nodeEnded()
        case YAML_ALIAS_EVENT:
            if isInRootMapping && atKey { return false }
            nodeEnded()
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            open.append(event.type == YAML_MAPPING_START_EVENT)
            if open.count > maximumDepth { return false }
            if open == [true] { atKey = true }
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            open.removeLast()
            nodeEnded()
        default:
            break
        }
        return true
    }

    /// A key or a value of the root mapping is complete: the next node is the other.
    private mutating func nodeEnded() {
        if isInRootMapping { atKey.toggle() }
    }
}
