import DocumentModel

/// Checks a rule's paths against the API shapes of the kinds it applies to,
/// when the pack loads: a misspelt member, a step of the wrong type or a
/// filter on a member the items lack is an error at its place in the pack,
/// not a rule that silently reaches nothing. A path that reaches something in
/// one of the rule's kinds is fine; one that reaches nothing in any is not.
struct PathShapeChecker {
    /// Where paths start in one kind: its workforce object, or its root for `scope: document`.
    struct Start {
        let kind: DocumentKind
        let shape: Shape
    }

    let catalog: ShapeCatalog
    let starts: [Start]
    /// "the workforce object" or "the document root", for messages about a first step.
    let startName: String

    init(catalog: ShapeCatalog, kinds: Set<DocumentKind>?, scope: RuleScope) {
        self.catalog = catalog
        startName = scope == .document ? "the document root" : "the workforce object"
        starts = DocumentKind.allCases.compactMap { kind in
            guard kinds?.contains(kind) ?? true else { return nil }
            let root = catalog.root(of: kind)
            let shape = scope == .document ? root : Self.workforceShape(of: kind, root: root, in: catalog)
            return shape.map { Start(kind: kind, shape: $0) }
        }
    }

    /// The shape of a kind's workforce objects, as `DocumentContext.workforceObjects`
    /// finds them: a workforce request's root, a response's `Workforce` member or
    /// the items of its `Workforces` list; nil for kinds without one.
    static func workforceShape(of kind: DocumentKind, root: Shape, in catalog: ShapeCatalog) -> Shape? {
        switch kind {
        case .createWorkforceRequest, .updateWorkforceRequest: return root
        case .describeWorkforceResponse, .updateWorkforceResponse:
            return root.member("Workforce").flatMap { catalog.shape(named: $0.shape) }
        case .listWorkforcesResponse:
            return root.member("Workforces").flatMap { catalog.shape(named: $0.shape) }
                .flatMap { $0.element }.flatMap { catalog.shape(named: $0) }
        case .describeWorkforceRequest, .listWorkforcesRequest, .listModelPackageGroupsRequest,
            .listModelPackageGroupsResponse:
            return nil
        }
    }

    /// What a path reached in each kind where it reached something.
    typealias Reached = [(kind: DocumentKind, shapes: [Shape])]

    /// The shapes `path` reaches from the start of each kind, or the reason
    /// it reaches nothing in any kind, at the offending step.
    func reach(_ path: TargetPath) -> Result<Reached, TargetPathError> {
        reach(path, from: starts.map { ($0.kind, [$0.shape]) }, base: startName)
    }

    /// The shapes `path` reaches from `origins`; `base` names where it starts.
    func reach(_ path: TargetPath, from origins: Reached, base: String) -> Result<Reached, TargetPathError> {
        var reached: Reached = []
        var failures: [(kind: DocumentKind, failure: StepFailure)] = []
        for origin in origins {
            switch walk(path, from: origin.shapes, base: base) {
            case .success(let shapes): reached.append((origin.kind, shapes))
            case .failure(let failure): failures.append((origin.kind, failure))
            }
        }
        // The failure that got furthest says the most; name every kind that shares it.
        guard reached.isEmpty, let shown = failures.max(by: { $0.failure.offset < $1.failure.offset })?.failure
        else { return .success(reached) }
        let kinds = failures.filter { $0.failure.reason == shown.reason && $0.failure.offset == shown.offset }.map(\.kind.rawValue)
        let valid = Set(failures.filter { $0.failure.offset == shown.offset }.flatMap(\.failure.valid)).sorted()
        var reason = "\(shown.reason) (in \(kinds.joined(separator: ", ")))"
        if !valid.isEmpty {
            let hint = shown.misspelt.flatMap { MemberSuggestion.nearest(to: $0, in: valid) }
            reason += "; " + (hint.map { "did you mean \"\($0)\"? " } ?? "") + "valid members: \(valid.joined(separator: ", "))"
        }
        return .failure(TargetPathError(reason: reason, offset: shown.offset))
    }

    /// Why a path stops at one step: where (an offset in the path's text),
    /// the member name that was not found, and the members that exist there.
    struct StepFailure: Error {
        let offset: Int
        let reason: String
        var misspelt: String? = nil
        var valid: [String] = []
    }

    private func walk(_ path: TargetPath, from start: [Shape], base: String) -> Result<[Shape], StepFailure> {
        var current = start
        for (index, step) in path.steps.enumerated() {
            // Named only in a failure: building the text for every step would cost more than the walk.
            let place = { index == 0 ? base : "\"\(path.prefix(before: index))\"" }
            var next: [Shape] = []
            var failure: StepFailure?
            for shape in current {
                switch apply(step, to: shape, place: place, path: path, index: index) {
                case .success(let shapes): next += shapes
                case .failure(let stepFailure): failure = failure ?? stepFailure
                }
            }
            if next.isEmpty, let failure { return .failure(failure) }
            current = next
        }
        return .success(current)
    }

    private func apply(_ step: TargetPath.Step, to shape: Shape, place: () -> String, path: TargetPath, index: Int)
        -> Result<[Shape], StepFailure>
    {
        let offset = path.offsets[index]
        switch (step, shape.type) {
        case (.member(let name), .structure):
            guard let member = shape.member(name) else {
                return .failure(StepFailure(
                    offset: offset, reason: "unknown member \"\(name)\" of \(place())",
                    misspelt: name, valid: shape.members.map(\.name)))
            }
            return .success(resolved([member.shape]))
        case (.member, .map), (.values, .map):
            return .success(resolved([shape.value]))
        case (.member(let name), .list):
            return .failure(StepFailure(
                offset: offset,
                reason: "\(place()) is a list, so \"\(name)\" needs \"[*]\" or a filter before it: write \"\(path.inserting("[*]", at: offset - 1))\""))
        case (.values, .structure):
            return .success(resolved(shape.members.map(\.shape)))
        case (.values, .list):
            return .failure(StepFailure(
                offset: offset, reason: "\"*\" needs a map, but \(place()) is a list: write \"[*]\" for its entries"))
        case (.keys, .map):
            return .success(resolved([shape.key]))
        case (.elements, .list):
            return .success(resolved([shape.element]))
        case (.filtered(let filter), .list):
            return filterItems(filter, of: shape, place: place, offset: offset)
        case (.member(let name), _):
            return .failure(StepFailure(offset: offset, reason: "\(place()) is \(Self.a(shape.type)), which has no member \"\(name)\""))
        case (.values, _), (.keys, _), (.elements, _), (.filtered, _):
            return .failure(StepFailure(
                offset: offset, reason: "\"\(Self.text(of: step))\" needs a \(Self.needed(by: step)), but \(place()) is \(Self.a(shape.type))"))
        }
    }

    /// A filter keeps list items by a string member: the items must be
    /// structures with that member.
    private func filterItems(_ filter: ItemFilter, of list: Shape, place: () -> String, offset: Int) -> Result<[Shape], StepFailure> {
        let items = resolved([list.element])
        guard let item = items.first, item.type == .structure else {
            let type = items.first.map { Self.plural($0.type) } ?? "unknown"
            return .failure(StepFailure(
                offset: offset, reason: "the items of \(place()) are \(type); a filter needs items with members"))
        }
        guard let member = item.member(filter.member) else {
            return .failure(StepFailure(
                offset: offset + 1, reason: "the filter's member \"\(filter.member)\" is not a member of the items of \(place())",
                misspelt: filter.member, valid: item.members.map(\.name)))
        }
        if let memberShape = catalog.shape(named: member.shape), memberShape.type != .string {
            return .failure(StepFailure(
                offset: offset + 1,
                reason: "a filter compares strings, but \"\(filter.member)\" of the items of \(place()) is \(Self.a(memberShape.type))"))
        }
        return .success(items)
    }

    private func resolved(_ names: [String?]) -> [Shape] {
        names.compactMap { name in name.flatMap { catalog.shape(named: $0) } }
    }

    private static func text(of step: TargetPath.Step) -> String {
        switch step {
        case .values: "*"
        case .keys: "@key"
        case .elements: "[*]"
        case .filtered(let filter): filter.description
        case .member(let name): name
        }
    }

    private static func needed(by step: TargetPath.Step) -> String {
        switch step {
        case .values, .keys: "map"
        default: "list"
        }
    }

    /// "a list", "an integer".
    static func a(_ type: Shape.ShapeType) -> String {
        (type == .integer ? "an " : "a ") + type.rawValue
    }

    /// "strings", "lists".
    static func plural(_ type: Shape.ShapeType) -> String { type.rawValue + "s" }
}

extension TargetPath {
    /// The path's text before step `index`, without the joining `.`.
    func prefix(before index: Int) -> String {
        let scalars = description.unicodeScalars
        var text = String(String.UnicodeScalarView(scalars.prefix(offsets[index])))
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// The path's text with `insertion` at scalar `offset`.
    func inserting(_ insertion: String, at offset: Int) -> String {
        let scalars = Array(description.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[..<offset])) + insertion
            + String(String.UnicodeScalarView(scalars[offset...]))
    }
}
