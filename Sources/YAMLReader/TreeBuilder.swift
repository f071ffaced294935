import CYAML
import DocumentModel

/// Builds nodes from libyaml events, one collection frame per open
/// collection (no recursion, so nesting depth costs heap, not stack).
struct TreeBuilder {
    let lines: LineIndex
    /// Takes each document as it is complete; the builder keeps only the last.
    private let delivery: DocumentDelivery
    /// How many documents this segment has made, and the last of them.
    private(set) var documentCount = 0
    private(set) var lastDocument: Document?
    /// How many comments came before the current document (since the last one's end).
    private var commentsBeforeDocument = 0
    private var syntaxError: SyntaxError?
    private(set) var lastDocumentEndedExplicitly = false
    /// Whether a flow sequence held a single-pair mapping (`[a: b]`).
    private(set) var sawFlowSequencePair = false
    /// Where this part of the input starts (see `Segment`).
    private let segment: Segment
    /// Colons the AWS CLI reads as plain text, to put back into scalars.
    private var colons: FlowColons.Restorer
    /// Puts back what surrogate escapes' patches changed (`SurrogateEscapes`).
    private var escapes: SurrogateEscapes.Restorer
    /// Reads the plain scalars that hold NEL, LS or PS (`UnicodeLineBreaks`).
    private var lineBreaks: UnicodeLineBreaks.Restorer

    private var open: [OpenCollection] = []
    /// Where the last mark was looked up, where the next one nearly always is.
    private var markCursor = MarkCursor()
    private(set) var comments: CommentCollector
    private var root: Node?
    /// Just past `---` (or where an implicit document starts): where an empty
    /// document's null root is placed, rather than on the line after.
    private var documentStartEnd: Mark
    /// Anchors of the current document with each node's expanded size; a
    /// later anchor of the same name wins.
    private var anchors: [String: (node: Node, expandedSize: Int)] = [:]
    /// Whether the current document has used an alias.
    private var hasAliases = false
    /// The values of the current document's merge keys (see `Document.mergeSources`).
    private var mergeSources: [Node] = []
    /// The current document's mappings whose merge keys were applied, which
    /// no `!!omap` or `!!pairs` item may be (`CollectionTags.pairs`).
    private var mergedMappings: Set<ObjectIdentifier> = []
    private var budget: NodeBudget
    private var tabs: TabPlacement
    /// How the current document's plain scalars resolve: the AWS CLI's YAML
    /// 1.2 rules, or its 1.1 rules after a `%YAML 1.1` directive.
    private var rules = YAMLRules.ruamel12

    private struct OpenCollection {
        let isMapping: Bool
        let isFlow: Bool
        let start: Mark
        let anchor: String?
        let tag: String?
        var elements: [Node] = []
        var entries: [MappingEntry] = []
        var pendingKey: Node?
        /// Whether a key is a merge key (`<<`): only then are merges applied.
        var hasMergeKey = false
        /// The collection's node plus every child's expanded size so far.
        var expandedSize = 1
        /// Where the last child ends in the source.
        var lastChildEnd: Mark?

        /// Takes `node` as the next element, key or value; false, taking
        /// nothing, for a merge key where a value belongs.
        mutating func adopt(_ node: Node, isMergeKey: Bool, expandedSize: Int, end: Mark) -> Bool {
            let isKey = isMapping && pendingKey == nil
            if !isKey, isMergeKey { return false }
            lastChildEnd = end
            self.expandedSize += expandedSize
            if !isMapping {
                elements.append(node)
            } else if let key = pendingKey {
                entries.append(MappingEntry(key: key, value: node))
                pendingKey = nil
            } else {
                pendingKey = node
                if isMergeKey { hasMergeKey = true }
            }
            return true
        }
    }

    init(
        lines: LineIndex, limits: ReadLimits, segment: Segment, colons: FlowColons, escapes: SurrogateEscapes,
        lineBreaks: UnicodeLineBreaks, source: UnsafeBufferPointer<UInt8>, delivery: DocumentDelivery
    ) {
        self.lines = lines
        self.delivery = delivery
        self.segment = segment
        self.colons = colons.restorer(from: segment.characterOrigin)
        self.escapes = escapes.restorer(from: segment.bytes.lowerBound)
        self.lineBreaks = lineBreaks.restorer(from: segment.bytes.lowerBound, source: source)
        self.budget = NodeBudget(limits)
        self.tabs = TabPlacement(lines)
        self.comments = CommentCollector(lines.bytes, from: segment.bytes.lowerBound)
        self.documentStartEnd = Mark(position: .start, offset: lines.firstLineStart)
    }

    /// The segment's syntax error; its documents went to `delivery`.
    var stream: ParsedStream { ParsedStream(documents: [], syntaxError: syntaxError) }

    /// libyaml stopped inside the quoted or block scalar at `cut` (its start
    /// to where it stopped): what lies before it is between tokens, and the
    /// scalar's text holds no comment, so the comments are known up to the stop.
    mutating func stoppedInside(scalar cut: Range<Int>) {
        comments.gap(upTo: cut.lowerBound)
        comments.token(upTo: cut.upperBound)
    }

    mutating func fail(_ error: SyntaxError) {
        syntaxError = error.inDocument(segment.firstDocumentIndex + documentCount)
    }

    mutating func handle(_ event: inout yaml_event_t) throws(SyntaxError) {
        let startMark = mark(event.start_mark)
        let endMark = mark(event.end_mark)
        let start = startMark.position
        let end = endMark.position
        // The comments before the event, and those its properties or header hold.
        comments.gap(upTo: startMark.offset)
        defer { comments.token(upTo: endMark.offset) }
        try colons.checkAllRestored(before: index(event.start_mark), lines: lines)
        if !lineBreaks.isDone { lineBreaks.pass(before: startMark.offset) }
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            comments.directives(upTo: endMark.offset)
            root = nil
            anchors = [:]
            hasAliases = false
            mergeSources = []
            mergedMappings = []
            budget.startDocument()
            tabs.startDocument(atByte: startMark.offset, index: index(event.start_mark))
            documentStartEnd = endMark
            let directive = event.data.document_start.version_directive?.pointee
            rules = .awsCLI(directive: directive.map { (Int($0.major), Int($0.minor)) })
        case YAML_DOCUMENT_END_EVENT:
            let explicitEnd = event.data.document_end.implicit == 0
            let checkedTo = explicitEnd
                ? tabs.endOfLine(fromByte: endMark.offset, index: index(event.end_mark), lines: lines)
                : index(event.end_mark)
            if let error = tabs.firstRefusedTab(endingAt: checkedTo, lines: lines) { throw error }
            let documentRoot = root ?? Node(
                .scalar(Scalar(text: "", style: .plain, value: .null)), range: .init(at: start),
                bytes: ByteRange(at: startMark.offset))
            let document = Document(
                index: segment.firstDocumentIndex + documentCount, root: documentRoot, hasAliases: hasAliases,
                mergeSources: mergeSources)
            documentCount += 1
            lastDocument = document
            // Its comments, and those between the last document and it, are
            // all collected: `gap` ran up to this event's start.
            let documentComments = delivery.keepsStreamComments
                ? Array(comments.comments[commentsBeforeDocument...]) : comments.take()
            commentsBeforeDocument = comments.comments.count
            delivery.offer(document, comments: documentComments)
            lastDocumentEndedExplicitly = explicitEnd
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            try checkProperties(anchor: scalar.anchor, hasTag: scalar.tag != nil, startMark, endMark)
            if scalar.style != YAML_PLAIN_SCALAR_STYLE {
                tabs.allowTabs(in: eventText(event, startMark, endMark), to: index(event.end_mark), lines: lines)
            } else if let error = tabs.tabInPlainScalar(startMark.offset..<endMark.offset, lines: lines) {
                throw error
            }
            let isBlock = scalar.style == YAML_LITERAL_SCALAR_STYLE || scalar.style == YAML_FOLDED_SCALAR_STYLE
            if isBlock, let error = BlockScalarHeader.commentWithoutSpace(in: startMark.offset..<endMark.offset, lines: lines) {
                throw error
            }
            if isBlock || scalar.anchor != nil || scalar.tag != nil {
                comments.properties(from: startMark.offset, to: endMark.offset, blockScalar: isBlock)
            }
            let isEmptyRoot = open.isEmpty && start == end
            // The text is made once: a restorer that puts nothing back returns nil.
            let written = text(of: scalar)
            let restored = scalar.style == YAML_PLAIN_SCALAR_STYLE
                ? try colons.restore(written, in: index(event.start_mark)..<index(event.end_mark), lines: lines)
                : nil
            // Only a read with patches left asks where the text starts.
            let text = escapes.isDone && lineBreaks.isDone
                ? startMark.offset..<endMark.offset
                : ScalarText.start(of: startMark.offset..<endMark.offset, in: lines.bytes)..<endMark.offset
            let unescaped = escapes.isDone ? nil : try escapes.restore(
                restored?.text ?? written, doubleQuoted: scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE, bytes: text,
                lines: lines)
            // Read from its source, which holds its colons and escapes as written.
            let unbroken = lineBreaks.isDone ? nil : try lineBreaks.restore(
                text: text, isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE, isKey: isAtKey, lines: lines)
            let (node, isMergeKey) = try makeScalar(
                scalar, text: unbroken?.text ?? unescaped ?? restored?.text ?? written,
                pyyamlReading: unbroken?.pyyaml ?? restored?.pyyaml,
                isKey: isAtKey,
                start: isEmptyRoot ? documentStartEnd : startMark, end: isEmptyRoot ? documentStartEnd : endMark)
            try budget.countNode(at: start)
            register(node, expandedSize: 1, anchor: string(scalar.anchor))
            try attach(
                node, isMergeKey: isMergeKey, expandedSize: 1, end: Mark(position: node.range.end, offset: node.bytes.end))
        case YAML_ALIAS_EVENT:
            let name = string(event.data.alias.anchor) ?? ""
            if let error = AnchorNames.aliasError(name: name, event: startMark.offset..<endMark.offset, lines: lines) {
                throw error
            }
            let target = try resolveAlias(name, at: start)
            try budget.countAlias(name, size: target.expandedSize, at: start)
            hasAliases = true
            let site = AliasNode(
                aliasOf: target.node, range: SourceRange(start: start, end: end),
                bytes: ByteRange(start: startMark.offset, end: endMark.offset))
            try attach(site, isMergeKey: MergeKeys.isMergeKey(site), expandedSize: target.expandedSize, end: endMark)
        case YAML_SEQUENCE_START_EVENT:
            let sequence = event.data.sequence_start
            if sequence.anchor != nil || sequence.tag != nil {
                comments.properties(from: startMark.offset, to: endMark.offset, blockScalar: false)
            }
            try checkProperties(anchor: sequence.anchor, hasTag: sequence.tag != nil, startMark, endMark)
            if sequence.style == YAML_FLOW_SEQUENCE_STYLE { tabs.openFlow(eventText(event, startMark, endMark), lines: lines) }
            try openCollection(
                isMapping: false, isFlow: sequence.style == YAML_FLOW_SEQUENCE_STYLE, start: startMark,
                anchor: string(sequence.anchor), tag: string(sequence.tag))
        case YAML_MAPPING_START_EVENT:
            let mapping = event.data.mapping_start
            if mapping.anchor != nil || mapping.tag != nil {
                comments.properties(from: startMark.offset, to: endMark.offset, blockScalar: false)
            }
            try checkProperties(anchor: mapping.anchor, hasTag: mapping.tag != nil, startMark, endMark)
            if mapping.style == YAML_FLOW_MAPPING_STYLE { tabs.openFlow(eventText(event, startMark, endMark), lines: lines) }
            try openCollection(
                isMapping: true, isFlow: mapping.style == YAML_FLOW_MAPPING_STYLE, start: startMark,
                anchor: string(mapping.anchor), tag: string(mapping.tag))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            if let last = open.indices.last, open[last].isFlow { tabs.closeFlow(at: index(event.end_mark)) }
            if event.type == YAML_MAPPING_END_EVENT { notePair(endingAt: startMark.offset) }
            try closeCollection(endMark: endMark)
        default:
            break  // stream start and end carry nothing for the tree
        }
    }

    private mutating func mark(_ mark: yaml_mark_t) -> Mark {
        let (position, offset) = lines.mark(characterIndex: index(mark), cursor: &markCursor)
        return Mark(position: position, offset: offset)
    }

    /// The mark's character index in the whole file.
    private func index(_ mark: yaml_mark_t) -> Int { segment.characterOrigin + mark.index }

    /// A node's properties as the AWS CLI reads them: a tag ends at a space,
    /// not a tab (`TabPlacement.tabAfterTag`), and an anchor's name where
    /// libyaml's does (`AnchorNames`).
    private func checkProperties(
        anchor: UnsafeMutablePointer<yaml_char_t>?, hasTag: Bool, _ start: Mark, _ end: Mark
    ) throws(SyntaxError) {
        if hasTag, let error = tabs.tabAfterTag(in: start.offset..<end.offset, lines: lines) { throw error }
        if let name = string(anchor),
            let error = AnchorNames.anchorError(name: name, inEvent: start.offset..<end.offset, lines: lines)
        {
            throw error
        }
    }

    /// The event's bytes and where it starts, for `TabPlacement`.
    private func eventText(_ event: yaml_event_t, _ start: Mark, _ end: Mark) -> TabPlacement.EventText {
        TabPlacement.EventText(bytes: start.offset..<end.offset, index: index(event.start_mark))
    }

    /// libyaml ends a single-pair mapping of a flow sequence (`[a: b]`) at the
    /// `,` or `]` after it, and a `{…}` at its `}`.
    private mutating func notePair(endingAt offset: Int) {
        guard open.count >= 2, open[open.count - 1].isFlow, open[open.count - 2].isFlow,
            !open[open.count - 2].isMapping
        else { return }
        if offset >= lines.bytes.count || lines.bytes[offset] != UInt8(ascii: "}") { sawFlowSequencePair = true }
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    // MARK: Collections

    private mutating func openCollection(
        isMapping: Bool, isFlow: Bool, start: Mark, anchor: String?, tag: String?
    ) throws(SyntaxError) {
        try budget.checkDepth(openCollections: open.count, at: start.position)
        try budget.countNode(at: start.position)
        try CollectionTags.check(tag, isMapping: isMapping, at: start.position)
        open.append(OpenCollection(isMapping: isMapping, isFlow: isFlow, start: start, anchor: anchor, tag: tag))
    }

    private mutating func closeCollection(endMark: Mark) throws(SyntaxError) {
        guard let collection = open.popLast() else { return }
        // A flow collection ends at its bracket; libyaml ends a block one where
        // the next token starts, so its last child's end is used instead.
        let end = collection.isFlow ? endMark : (collection.lastChildEnd ?? endMark)
        let range = SourceRange(start: collection.start.position, end: end.position)
        let bytes = ByteRange(start: collection.start.offset, end: end.offset)
        let style: CollectionStyle = collection.isFlow ? .flow : .block
        let content: Node.Content
        if collection.isMapping, collection.hasMergeKey {
            content = .mapping(try MergeKeys.merged(collection.entries))
            mergeSources += collection.entries.lazy.filter { MergeKeys.isMergeKey($0.key) }.map(\.value)
        } else if collection.isMapping {
            content = .mapping(collection.entries)
        } else if let tag = collection.tag, tag == YAMLResolver.omapTag || tag == YAMLResolver.pairsTag {
            let pairs = try CollectionTags.pairs(
                of: collection.elements, tag: tag, at: collection.start.position,
                // An alias item is read as merged: the loaders flatten its mapping
                // where they build it first, which may be before the omap or not.
                merged: { $0.aliasTarget == nil && mergedMappings.contains(ObjectIdentifier($0)) })
            content = tag == YAMLResolver.omapTag ? .mapping(pairs) : .sequence(collection.elements)
        } else {
            content = .sequence(collection.elements)
        }
        let node = Node.collection(content, style: style, range: range, bytes: bytes, tag: collection.tag)
        if collection.isMapping, collection.hasMergeKey { mergedMappings.insert(ObjectIdentifier(node)) }
        register(node, expandedSize: collection.expandedSize, anchor: collection.anchor)
        try attach(node, isMergeKey: false, expandedSize: collection.expandedSize, end: end)
    }

    /// `isMergeKey`: whether `node` is a merge key (`MergeKeys.isMergeKey`),
    /// told by the caller, who made the node: asking the node copies its
    /// scalar, and every key and value is attached.
    private mutating func attach(_ node: Node, isMergeKey: Bool, expandedSize: Int, end: Mark) throws(SyntaxError) {
        guard let index = open.indices.last else {
            if isMergeKey { throw MergeKeys.mergeKeyAsValue(node) }
            root = node
            return
        }
        // One access to the frame: an access per field, each checking that the
        // list of frames and the frame's own lists are not shared, cost more
        // than the rest of the attach.
        guard open[index].adopt(node, isMergeKey: isMergeKey, expandedSize: expandedSize, end: end) else {
            throw MergeKeys.mergeKeyAsValue(node)
        }
    }

    // MARK: Anchors and aliases

    private mutating func register(_ node: Node, expandedSize: Int, anchor: String?) {
        if let anchor { anchors[anchor] = (node, expandedSize) }
    }

    /// The node the anchor names, with its expanded size.
    private func resolveAlias(
        _ name: String, at position: SourcePosition
    ) throws(SyntaxError) -> (node: Node, expandedSize: Int) {
        if let target = anchors[name] { return target }
        if open.contains(where: { $0.anchor == name }) {
            throw SyntaxError(
                message: "alias '*\(name)' refers to a node that contains it; recursive structures are not supported",
                position: position)
        }
        throw SyntaxError(message: "undefined alias '*\(name)': no anchor '&\(name)' before it in this document", position: position)
    }

    // MARK: Scalars

    /// The scalar as the AWS CLI loads it, with PyYAML's reading where that
    /// differs; a scalar the AWS CLI cannot load fails the document at its
    /// start (its tag, when it has one).
    /// `text` is the scalar's text, its colons, surrogate escapes and line
    /// breaks restored, and `found` PyYAML's reading that their restoring
    /// found; the result tells whether the node is a merge key.
    private func makeScalar(
        _ event: ScalarEventData, text: String, pyyamlReading found: PyYAMLReading?, isKey: Bool, start: Mark,
        end: Mark
    ) throws(SyntaxError) -> (node: Node, isMergeKey: Bool) {
        let style = scalarStyle(event.style)
        let tag = string(event.tag)
        // A quoted or block scalar without a tag is a string to every loader,
        // and so is a plain one that starts like no other value (most names
        // and ids): neither loader's reading is made for them.
        let value: ScalarValue
        var pyyamlReading = found
        if tag == nil && (style != .plain || YAMLResolver.isPlainString(text, under: rules, and: .pyyaml)) {
            value = .string(text)
        } else if isKey && Self.isValueKey(text, style: style, tag: tag) {
            value = .string(text)
        } else {
            let pyyaml = YAMLResolver.reading(text, style: style, tag: tag, rules: .pyyaml)
            switch YAMLResolver.reading(text, style: style, tag: tag, rules: rules) {
            case .success(let resolved): value = resolved
            case .failure(let failure):
                throw SyntaxError(
                    message: failure.message(pyyamlReads: try? pyyaml.get(), concealingValue: isUnderASecretKey),
                    position: start.position)
            }
            pyyamlReading = pyyamlReading ?? PyYAMLReading(pyyaml, awsCLI: value)
        }
        let isBlock = style == .literal || style == .folded
        let contentEnd = isBlock ? endOfContent(from: start, to: end) : end
        let scalar = Scalar(text: text, style: style, value: value, pyyamlReading: pyyamlReading)
        let node = Node(
            .scalar(scalar), range: .init(start: start.position, end: contentEnd.position),
            bytes: ByteRange(start: start.offset, end: contentEnd.offset), tag: tag)
        return (node, MergeKeys.isMergeKey(text: text, style: style, tag: tag))
    }

    /// Whether the next scalar is a mapping's key (its open collection is a
    /// mapping waiting for one).
    private var isAtKey: Bool {
        guard let innermost = open.last else { return false }
        return innermost.isMapping && innermost.pendingKey == nil
    }

    /// Whether a key is YAML 1.1's value key: a plain `=` (both loaders
    /// resolve it to `tag:yaml.org,2002:value`, and so does the non-specific
    /// tag `!` whatever the style) or a scalar tagged `!!value`. Neither
    /// loader can build such a value, but as a mapping's key both make it a
    /// string (`flatten_mapping` in ruamel.yaml and PyYAML): `{=: x}` and
    /// `{! "=": x}` load as `{'=': 'x'}`, `{!!value 12: x}` as `{'12': 'x'}`.
    private static func isValueKey(_ text: String, style: ScalarStyle, tag: String?) -> Bool {
        switch tag {
        case YAMLResolver.valueTag?: true
        case "!"?: text == "="
        case nil: style == .plain && text == "="
        default: false
        }
    }

    /// Whether the scalar being made lies under a key named like a secret
    /// (`ClientSecret: !!binary ...`): the error of one the loaders cannot
    /// build quotes none of it, before any check can tell the value is one.
    private var isUnderASecretKey: Bool {
        open.contains { $0.pendingKey?.scalarText.map(SecretWord.occurs(in:)) ?? false }
    }

    private func text(of event: ScalarEventData) -> String {
        String(decoding: UnsafeBufferPointer(start: event.value, count: event.length), as: UTF8.self)
    }

    private func scalarStyle(_ style: yaml_scalar_style_t) -> ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    /// libyaml ends a block scalar after its trailing line breaks (on the line
    /// of whatever follows); the node ends after its last non-blank character.
    private func endOfContent(from start: Mark, to end: Mark) -> Mark {
        let floor = start.offset + 1
        var offset = end.offset
        while offset > floor, lines.bytes[offset - 1].isBlankOrBreak { offset -= 1 }
        return Mark(position: lines.position(byteOffset: offset), offset: offset)
    }
}

/// A libyaml mark as wflint places it: a line and column, and a byte offset.
struct Mark {
    let position: SourcePosition
    let offset: Int
}

typealias ScalarEventData = yaml_event_s.__Unnamed_union_data.__Unnamed_struct_scalar
