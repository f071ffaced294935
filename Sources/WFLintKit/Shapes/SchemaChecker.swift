import DocumentModel
import PCRERegex

/// The schema rules WF002-WF009: one walk of a document from its kind's root
/// shape. Where a more specific rule owns a defect (see `Supersession`), WF005,
/// WF006 and WF007 step aside.
public struct SchemaChecker: Check {
    public let catalog: ShapeCatalog

    public init(catalog: ShapeCatalog = .builtin) {
        self.catalog = catalog
    }

    public func check(_ context: DocumentContext, supersession: Supersession, into sink: inout FindingSink) {
        var walk = SchemaWalk(
            catalog: catalog, supersession: supersession, matchContext: context.matchContext, sink: sink,
            context: context, workforceUses: Self.workforceUses(context))
        walk.check(context.root, shape: catalog.resolvedRoot(of: context.kind), place: .root(context.kind))
        sink = walk.sink
    }

    /// Each workforce object's index by node, when the document has aliases
    /// (without them no workforce object is used twice).
    static func workforceUses(_ context: DocumentContext) -> [ObjectIdentifier: Int] {
        guard context.document.hasAliases else { return [:] }
        return Dictionary(
            context.workforces.indices.map { (ObjectIdentifier(context.workforces[$0].node), $0) }) { first, _ in first }
    }
}

/// One walk over one document: one function per shape type.
private struct SchemaWalk {
    let catalog: ShapeCatalog
    let supersession: Supersession
    let matchContext: MatchContext
    var sink: FindingSink
    let context: DocumentContext
    /// See `SchemaChecker.workforceUses`.
    let workforceUses: [ObjectIdentifier: Int]
    /// The findings of each workforce object walked, by index, for its later uses.
    var walkedWorkforces: [Int: Range<Int>] = [:]
    /// The workforce object being walked: its index and its pointer's depth.
    var workforce: (index: Int, depth: Int)?
    /// The findings of each shared node's use walked (see `SharedUses`), with
    /// the pointer it was walked at, for its repeats.
    var walkedUses: [SharedUses.ID: (pointer: JSONPointer, found: Range<Int>)] = [:]
    /// Whether the node being checked is a map's key (a key shape is a scalar's).
    var isMapKey = false

    /// A workforce object used again through an alias gets the findings of its
    /// first use, replayed under its pointer: it is walked once. (Its place
    /// can differ, `Workforces[3]`, but a workforce object is a mapping, whose
    /// messages name its shape, never its place.) So does a repeated use of a
    /// shared node inside workforce objects (`SharedUses`). All in this one
    /// function: a frame more per level would not fit the deepest nesting on
    /// a small stack.
    mutating func check(_ value: LocatedNode, shape resolved: ResolvedShape, place: Place) {
        // A value not known before evaluation (Terraform) is never checked.
        if value.node.isUnknown { return }
        let workforce = workforceUses.isEmpty ? nil : workforceUses[ObjectIdentifier(value.node)]
        if let workforce, let found = walkedWorkforces[context.firstUse[workforce]] {
            return sink.replay(found, from: context.workforces[context.firstUse[workforce]].pointer, to: value.pointer)
        }
        let use = workforce == nil ? sharedUse(value) : nil
        if let use, let earlier = walkedUses[use] {
            return sink.replay(earlier.found, from: earlier.pointer, to: value.pointer)
        }
        let start = sink.reportedCount
        if let workforce { self.workforce = (workforce, value.pointer.tokens.count) }
        defer {
            if let workforce {
                walkedWorkforces[workforce] = start..<sink.reportedCount
                self.workforce = nil
            }
            if let use { walkedUses[use] = (value.pointer, start..<sink.reportedCount) }
        }
        let shape = resolved.shape
        if shape.isSensitive || isUnderSensitiveKey(value) { sink.markSensitive(value.node) }
        // A set or a list of pairs is no type botocore takes, whatever the member.
        if value.node.tag == YAMLResolver.setTag || value.node.tag == YAMLResolver.pairsTag {
            return wrongType(value, shape: shape, place: place)
        }
        if value.node.tag == YAMLResolver.omapTag, shape.type == .map || shape.type == .structure {
            report(CoreRule.yamlAmbiguousScalar, value, SchemaMessages.orderedMap(place))
        }
        switch shape.type {
        case .structure: checkStructure(value, shape: resolved, place: place)
        case .list: checkList(value, shape: resolved, place: place)
        case .map: checkMap(value, shape: resolved, place: place)
        case .string: checkString(value, shape: shape, place: place)
        case .integer: checkInteger(value, shape: shape, place: place)
        case .boolean: checkBoolean(value, shape: shape, place: place)
        case .timestamp: checkTimestamp(value, shape: shape, place: place)
        }
    }

    /// The use of a shared node `value` is, inside the workforce object being
    /// walked; nil for most nodes, and outside workforce objects.
    func sharedUse(_ value: LocatedNode) -> SharedUses.ID? {
        guard let workforce, context.aliasTargets?.contains(value.node) ?? false else { return nil }
        return context.sharedUses.use(
            of: value.node, at: value.pointer.tokens.dropFirst(workforce.depth), in: workforce.index, context)
    }

    /// WF009: a scalar the AWS CLI reads as the member's type, which PyYAML
    /// (boto3 deploy scripts) reads otherwise. Where the AWS CLI's reading is
    /// already the wrong type, WF004 says so and this stays silent.
    mutating func checkPyYAMLReading(_ value: LocatedNode, shape: Shape, place: Place) {
        // Asked of the node first: most scalars read alike, and copying each out cost more than the question.
        guard value.node.hasPyYAMLReading, let scalar = value.node.scalar, let pyyaml = scalar.pyyamlReading else { return }
        report(CoreRule.yamlAmbiguousScalar, value, SchemaMessages.pyyamlReading(
            place, scalar, tag: value.node.tag, pyyaml: pyyaml, expected: shape.type, sensitive: shape.isSensitive),
            fix: isSensitive(value, shape: shape) ? nil : pyyamlFix(value.node, scalar, pyyaml))
    }

    /// A map's value under a key such as `client_secret` is a secret too (the
    /// key itself is not: map keys are checked without one).
    func isUnderSensitiveKey(_ value: LocatedNode) -> Bool {
        value.key != nil && (value.pointer.lastToken.map(SensitiveValues.isSensitiveKey) ?? false)
    }

    // MARK: - Containers

    mutating func checkStructure(_ value: LocatedNode, shape resolved: ResolvedShape, place: Place) {
        let shape = resolved.shape
        guard let entries = value.node.entries else { return wrongType(value, shape: shape, place: place) }
        // The root names the document kind (ListModelPackageGroupsRequest, not its shape's ...Input).
        var typeName: String {
            context.names?.objectName(at: value.pointer) ?? (value.pointer == .root ? place.description : shape.name)
        }
        let checked = loadedOccurrences(of: entries, at: value)
        var renames: KeyRenames?
        for entry in checked {
            let name = entry.name ?? ""
            let child = LocatedNode(node: entry.value, pointer: value.pointer.appending(name), key: entry.key)
            guard let member = resolved.memberIndex(name), let memberShape = resolved.memberShapes[member] else {
                if value.pointer == .root && context.kind.isResponse && name == DocumentKind.botocoreResponseMetadata {
                    continue
                }
                if renames == nil { renames = KeyRenames(entries, of: shape, catalog: catalog, in: value.node) }
                unknownMember(entry, child: child, of: shape, typeName: typeName, renames: renames)
                continue
            }
            check(child, shape: catalog.resolved[memberShape],
                  place: .member(context.names?.memberPath(at: child.pointer) ?? name))
        }
        var missing = shape.required.filter { name in !checked.contains { $0.name?.isExactly(name) ?? false } }
        guard !missing.isEmpty, !supersession.contains(CoreRule.missingField, at: value.pointer) else { return }
        // A `required` rule replaces WF005 for the members it names only.
        missing.removeAll { supersession.contains(CoreRule.missingField, at: value.pointer.appending($0)) }
        for name in missing {
            sink.report(CoreRule.missingField, range: value.anchorRange, pointer: value.pointer,
                        message: SchemaMessages.missingMember(
                            context.names?.memberName(name, in: value.pointer) ?? name, of: typeName),
                        subject: name)
        }
    }

    mutating func checkList(_ value: LocatedNode, shape resolved: ResolvedShape, place: Place) {
        let shape = resolved.shape
        guard let items = value.node.elements else { return wrongType(value, shape: shape, place: place) }
        checkCount(context.entryCount(of: value.node, at: value.pointer) ?? items.count, of: value, shape: shape, place: place)
        guard let element = resolved.element.map({ catalog.resolved[$0] }) else { return }
        for (index, item) in items.enumerated() {
            let child = LocatedNode(node: item, pointer: value.pointer.appending(index), key: nil)
            check(child, shape: element, place: place.element(index))
        }
    }

    mutating func checkMap(_ value: LocatedNode, shape resolved: ResolvedShape, place: Place) {
        let shape = resolved.shape
        guard let entries = value.node.entries else { return wrongType(value, shape: shape, place: place) }
        // A key written twice is one entry of what the loaders send.
        let loaded = loadedOccurrences(of: entries, at: value)
        checkCount(loaded.count, of: value, shape: shape, place: place)
        guard let keyShape = resolved.key.map({ catalog.resolved[$0] }),
            let valueShape = resolved.value.map({ catalog.resolved[$0] })
        else { return }
        for entry in loaded {
            let name = entry.name ?? ""
            let pointer = value.pointer.appending(name)
            isMapKey = true
            check(LocatedNode(node: entry.key, pointer: pointer, key: nil), shape: keyShape, place: place.mapKey(name))
            isMapKey = false
            check(LocatedNode(node: entry.value, pointer: pointer, key: entry.key), shape: valueShape,
                  place: place.mapValue(name))
        }
    }

    /// The entries to check: each key's last occurrence, the one `json.loads`
    /// (the AWS CLI's JSON reading, and so boto3's) and PyYAML keep. Every
    /// occurrence after the first gets WF002, which points back to the first;
    /// a value the loaders throw away is not checked (it is still kept out of
    /// any output when the member is sensitive).
    mutating func loadedOccurrences(of entries: [MappingEntry], at mapping: LocatedNode) -> [MappingEntry] {
        guard entries.hasRepeatedName else { return entries }
        var last: [ExactText: Int] = [:]
        for (index, entry) in entries.enumerated() {
            if let name = entry.name { last[ExactText(name)] = index }
        }
        var loaded: [MappingEntry] = []
        var first: [ExactText: Node] = [:]
        for (index, entry) in entries.enumerated() {
            guard let name = entry.name else {
                loaded.append(entry)
                continue
            }
            if last[ExactText(name)] == index {
                loaded.append(entry)
            } else if SensitiveValues.isSensitiveKey(name) {
                sink.markSensitive(entry.value)
            }
            guard let earlier = first[ExactText(name)] else {
                first[ExactText(name)] = entry.key
                continue
            }
            sink.report(CoreRule.duplicateKey, range: entry.key.range, pointer: mapping.pointer.appending(name),
                        message: SchemaMessages.duplicateKey(
                            context.names?.memberName(name, in: mapping.pointer) ?? name, firstAt: earlier.range.start),
                        related: [context.related(RelatedLocation.firstDefinition, at: earlier)])
        }
        return loaded
    }

    mutating func unknownMember(
        _ entry: MappingEntry, child: LocatedNode, of shape: Shape, typeName: String, renames: KeyRenames?
    ) {
        let names = shape.members.map(\.name)
        let suggestion = renames?.suggestion(for: entry.key)
        // A secret under a mistyped or misplaced key is still a secret.
        if [entry.name, suggestion].contains(where: { $0.map(SensitiveValues.isSensitiveKey) ?? false }) {
            sink.markSensitive(entry.value)
        }
        sink.report(CoreRule.unknownField, range: entry.key.range, pointer: child.pointer,
                    message: SchemaMessages.unknownMember(entry.name, of: typeName, suggestion: suggestion,
                                                          members: names),
                    fix: renames?.fix(for: entry, in: context))
    }

    mutating func checkCount(_ count: Int, of value: LocatedNode, shape: Shape, place: Place) {
        guard !shape.allows(count), !supersession.contains(CoreRule.outOfRange, at: value.pointer) else { return }
        sink.report(CoreRule.outOfRange, node: value.node, pointer: value.pointer,
                    message: SchemaMessages.count(place, count: count, shape: shape))
    }

    // MARK: - Scalars

    mutating func checkString(_ value: LocatedNode, shape: Shape, place: Place) {
        // The string alone: the whole scalar (its text, value and PyYAML
        // reading) was copied out of the node for it, at every string.
        guard let text = value.node.string else { return wrongType(value, shape: shape, place: place) }
        checkPyYAMLReading(value, shape: shape, place: place)
        if let allowed = shape.enumValues {
            guard !allowed.containsExactly(text) else { return }
            return report(CoreRule.enum, value, SchemaMessages.enumValue(
                place, text, allowed: allowed, suggestion: MemberSuggestion.caseInsensitive(text, in: allowed)),
                fix: enumFix(value, text, allowed: allowed, shape: shape))
        }
        let length = APIStringLength(text)
        guard length.isAllowed(by: shape) else {
            guard !supersession.contains(CoreRule.outOfRange, at: value.pointer) else { return }
            return report(CoreRule.outOfRange, value, SchemaMessages.length(place, text, length: length, shape: shape))
        }
        guard let pattern = shape.pattern, !supersession.contains(CoreRule.pattern, at: value.pointer) else { return }
        switch pattern.matches(text, in: matchContext) {
        case .noMatch:
            report(CoreRule.pattern, value, SchemaMessages.pattern(place, text, shape: shape))
        case .limitExceeded(let limit):
            report(CoreRule.resourceLimit, value, SchemaMessages.undecidedPattern(place, shape: shape, limit: matchContext.limits.describe(limit)))
        case .match, .failed:
            return
        }
    }

    mutating func checkInteger(_ value: LocatedNode, shape: Shape, place: Place) {
        guard let scalar = value.node.scalar, case .integer(let number) = scalar.value else {
            return wrongType(value, shape: shape, place: place)
        }
        checkPyYAMLReading(value, shape: shape, place: place)
        guard !shape.allows(number), !supersession.contains(CoreRule.outOfRange, at: value.pointer) else { return }
        report(CoreRule.outOfRange, value, SchemaMessages.integerRange(place, text: scalar.text, shape: shape))
    }

    mutating func checkBoolean(_ value: LocatedNode, shape: Shape, place: Place) {
        guard case .bool? = value.node.scalar?.value else { return wrongType(value, shape: shape, place: place) }
        checkPyYAMLReading(value, shape: shape, place: place)
    }

    mutating func checkTimestamp(_ value: LocatedNode, shape: Shape, place: Place) {
        guard APITimestamp.epochSeconds(of: value.node) == nil else {
            return checkPyYAMLReading(value, shape: shape, place: place)
        }
        wrongType(value, shape: shape, place: place)
    }

    mutating func wrongType(_ value: LocatedNode, shape: Shape, place: Place) {
        report(CoreRule.wrongType, value, SchemaMessages.wrongType(
            place, expected: shape.type, got: value.node, sensitive: shape.isSensitive))
    }

    mutating func report(_ ruleID: String, _ value: LocatedNode, _ message: String, fix: Fix? = nil) {
        sink.report(ruleID, node: value.node, pointer: value.pointer, message: message, fix: fix)
    }

    // MARK: - Fixes

    /// WF008: the one allowed value that differs from `text` only in case
    /// (`active` → `Active`), when exactly one does. Safe: the value the
    /// member takes is spelled as the API spells it. None for a map's key
    /// (another key may be spelled so) or a secret.
    func enumFix(_ value: LocatedNode, _ text: String, allowed: [String], shape: Shape) -> Fix? {
        let lowered = text.lowercased()
        let matches = allowed.filter { $0.lowercased() == lowered }
        guard matches.count == 1, let match = matches.first, !isMapKey, !isSensitive(value, shape: shape) else {
            return nil
        }
        return context.rewriting(value.node, to: match, .safe, "Write '\(match)'")
    }

    /// WF009: the plain scalar written so that PyYAML reads what the AWS CLI
    /// does: a string quoted (`yes` → `"yes"`, in the quote the document
    /// uses most), an integer in decimal (`017` → `17`), a boolean as `true`
    /// or `false`. Safe: the AWS CLI's reading, which the other rules
    /// checked, is unchanged. None for other values, a tagged scalar, or text
    /// the quote would need escaping for.
    func pyyamlFix(_ node: Node, _ scalar: Scalar, _ pyyaml: PyYAMLReading) -> Fix? {
        // A space reads as the character does to the AWS CLI (a separator of one column), and PyYAML
        // reads on; not in a line's indentation, where wflint reads the character as more columns.
        if case .lineBreakBefore(let character, let bytes) = pyyaml {
            guard let source = context.source, !source.isIndentation(before: bytes.start) else { return nil }
            return context.replacing(bytes, with: " ", .safe, "Replace the \(character) with a space")
        }
        switch scalar.value {
        case .string(let text):
            let quote = context.preferredQuote
            guard ScalarSpelling.canQuote(text, with: quote) else { return nil }
            let quoted = "\(quote)\(text)\(quote)"
            return context.replacingPlainScalar(node, with: quoted, .safe, "Quote it: \(quoted)")
        // A saturated integer (past `Int`'s range) is not the number written.
        case .integer(let number) where number != .max && number != .min:
            return context.replacingPlainScalar(node, with: "\(number)", .safe, "Write \(number)")
        case .bool(let flag):
            return context.replacingPlainScalar(node, with: "\(flag)", .safe, "Write \(flag)")
        default:
            return nil
        }
    }

    /// Whether a fix of `value` would show or change a secret: no fix is planned then.
    func isSensitive(_ value: LocatedNode, shape: Shape) -> Bool {
        shape.isSensitive || isUnderSensitiveKey(value) || SensitiveValues.isSensitive(value.pointer)
    }
}
