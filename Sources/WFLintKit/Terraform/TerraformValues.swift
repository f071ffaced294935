import DocumentModel
import HCLReader

/// Turns HCL expressions into document nodes, as far as their values are
/// known without evaluating Terraform: literals, tuples and objects of them,
/// templates whose interpolations are known (`TerraformValues+Templates.swift`;
/// one interpolation alone is its value), `sensitive(...)` of a known value, `var.NAME`
/// and `local.NAME` with traversals of them (`var.net.cidrs[0]`), looked up in
/// the module, conditionals whose condition is known
/// (`TerraformValues+Conditions.swift`), and tuple `for` expressions over a
/// known list or map (`TerraformValues+ForExpressions.swift`). Everything
/// else (function calls, resource and data attributes, module outputs, other
/// conditionals, object `for` expressions, templates with a directive or an
/// unknown part, objects with computed keys, splats of what is not known)
/// is an `UnknownNode`, which no check reports.
/// A tuple with unknown elements keeps its length.
struct TerraformValues {
    let source: SourceText
    /// Which file of `module` `source` is, by its index in `module.files`
    /// (`module.linted`: the linted file; 0 without a module).
    var file = 0
    /// Where references are looked up; without one every reference is unknown.
    var module: TerraformModule? = nil
    /// Whether `source` is a resource's own text (the linted file's, or an
    /// override file's or an original's merged with it): its references
    /// are where values are used. Any other expression of the linted file is
    /// recorded too; the resource's use of the same value is placed as a copy
    /// with its own use (`TerraformModule.placed(_:at:)`).
    var isResource = false
    /// The values the names a `for` expression binds stand for, in its body
    /// and condition (`TerraformValues+ForExpressions.swift`).
    var scope: [String: Node] = [:]

    /// The node for `expression` where an argument of `type` expects it, or nil
    /// for a literal `null` (Terraform leaves the argument unset). Terraform
    /// converts a number or bool to a string where a string is expected, so
    /// such a literal is the string it becomes.
    ///
    /// A collection's own range is asked for after its items': `SourceText`
    /// finds a column by scanning on from the last one it found on the line,
    /// so asking for the end of a one-line list before its items made every
    /// item scan the line again (360 KB of `[1,1,…]` took 15 s).
    func node(_ expression: HCLExpression, as type: TerraformArgument.ValueType?) -> Node? {
        switch expression.kind {
        case .null:
            return nil
        case .bool(let flag):
            return scalar(flag ? "true" : "false", .bool(flag), convertedIf: type == .string, expression)
        case .number(let number):
            return self.number(number.text, as: type, expression)
        case .unary(.negate, let operand):
            guard case .number(let number) = operand.kind else { return unknown(expression) }
            return self.number("-" + number.text, as: type, expression)
        case .template(let template):
            // `"${var.x}"`, one interpolation and nothing else, is its value
            // as it is, not converted to a string (HCL's TemplateWrapExpr).
            if let wrapped = template.wrapped { return node(wrapped, as: type) }
            guard let text = template.literalValue.map(TerraformUnicode.nfc) else {
                return rendered(template, at: expression) ?? unknown(expression)
            }
            let style: ScalarStyle = template.style == .quoted ? .doubleQuoted : .literal
            return made(Node(
                .scalar(Scalar(text: text, style: style, value: .string(text))), range: source.range(of: expression.range),
                bytes: expression.range))
        case .parentheses(let inner):
            return node(inner, as: type)
        case .tuple(let items):
            let element: TerraformArgument.ValueType? = type?.holdsStrings == true ? .string : nil
            let nodes = items.map { item in node(item, as: element) ?? nullNode(item) }
            return made(Node(.sequence(nodes), range: source.range(of: expression.range), bytes: expression.range))
        case .object(let items):
            return object(items, as: type, expression)
        case .traversal(let root, let steps):
            return reference(root, steps, as: type, expression)
        case .variable where scope.isEmpty == false:
            // A name a `for` binds, alone (`[for c in var.cidrs : c]`).
            return reference(expression, [], as: type, expression)
        case .conditional(let condition, let whenTrue, let whenFalse):
            return conditional(condition, whenTrue, whenFalse, as: type, expression)
        case .forExpression(let loop):
            return forExpression(loop, as: type, expression)
        case .call(let call):
            if let value = sensitive(call, as: type) { return value }
            noteEphemeralReads(in: expression)
            return unknown(expression)
        default:
            noteEphemeralReads(in: expression)
            return unknown(expression)
        }
    }

    /// Notes the ephemeral values an expression the lint does not evaluate
    /// reads (a function's arguments, an operation's operands): Terraform
    /// refuses them in an argument all the same (WF506: `terraform
    /// validate` refuses `workforce_name = upper(var.eph)`). Each `var.NAME`
    /// of a variable declared `ephemeral`, each `ephemeral.TYPE.NAME`, and
    /// what each local value named reads, as its evaluation notes it; the
    /// variables read are set aside, as a condition's are: WF503 asks of
    /// the variables a value is built from, which only evaluation tells.
    func noteEphemeralReads(in expression: HCLExpression) {
        guard let module else { return }
        // What `length` of a list reads does not make its length ephemeral.
        let uncounted = TerraformEphemeralLength.uncountedArguments(in: expression, module: module)
        let sites = TerraformReferenceSites.sites(in: expression, roots: ["var", "local", "ephemeral"]).filter { site in
            !uncounted.contains { $0.start <= site.range.start && site.range.end <= $0.end }
        }
        guard !sites.isEmpty else { return }
        var fed: Set<String> = []
        swap(&fed, &module.variablesRead)
        for site in sites where site.invalid == nil {
            switch site.root {
            case "ephemeral":
                if let label = site.members.first { module.ephemeralRead.insert("ephemeral.\(site.name).\(label)") }
            default:
                _ = module.value(site.root, site.name)
            }
        }
        for name in module.variablesRead where module.variables[name]?.isEphemeral == true {
            module.ephemeralRead.insert("var." + name)
        }
        swap(&fed, &module.variablesRead)
    }

    /// Notes the ephemeral values `expression` reads when it may be
    /// ephemeral as a whole, none when what it reads is known to be only
    /// inside its value (`TerraformEphemeralLength.isNotEphemeralAsAWhole`):
    /// for a value of which Terraform asks only its own marks, a
    /// conditional's branch it does not choose, `count`, `for_each`.
    func noteEphemeralReads(ofWhole expression: HCLExpression) {
        guard let module, !TerraformEphemeralLength.isNotEphemeralAsAWhole(expression, module: module) else { return }
        noteEphemeralReads(in: expression)
    }

    /// `sensitive(value)`: the value, marked sensitive, as Terraform returns
    /// it (checked as sent, and kept out of every output); `.some(nil)` for
    /// `sensitive(null)`, which leaves the argument unset; nil for any other call.
    private func sensitive(_ call: HCLFunctionCall, as type: TerraformArgument.ValueType?) -> Node?? {
        guard TerraformSensitiveCalls.isSensitive(call), let module else { return nil }
        let value = node(call.arguments[0], as: type)
        if let value { module.markSensitive(value) }
        return .some(value)
    }

    /// An object constructor as a mapping; one with a computed key has keys
    /// that cannot be told, so it is unknown as a whole. A key written twice
    /// is no error in HCL's native syntax: the last value wins
    /// (`ObjectConsExpr.Value` in hashicorp/hcl), so only the last is kept;
    /// two keys are one when their NFC is (`TerraformUnicode`).
    private func object(_ items: [HCLObjectItem], as type: TerraformArgument.ValueType?, _ expression: HCLExpression) -> Node {
        var entries: [MappingEntry] = []
        let element: TerraformArgument.ValueType? = type == .stringMap ? .string : nil
        for item in items {
            guard let name = item.literalKey.map(TerraformUnicode.nfc) else { return unknown(expression) }
            let key = made(Node(
                .scalar(Scalar(text: name, style: .plain, value: .string(name))), range: source.range(of: item.key.range),
                bytes: item.key.range))
            entries.append(MappingEntry(key: key, value: node(item.value, as: element) ?? nullNode(item.value)))
        }
        entries = entries.lastOfEachName()
        if type == .stringMap { entries.removeAll { Self.isNull($0.value) } }
        return made(Node(.mapping(entries), range: source.range(of: expression.range), bytes: expression.range))
    }

    /// Whether `node` is a known `null`. In a map of strings the provider
    /// sends no entry for one: `{ prompt = var.prompt }` with `prompt` null
    /// is sent as `{}` (`terraform apply` with hashicorp/aws 5.100 against a
    /// local endpoint), so such an entry is left out, in both syntaxes and
    /// through a reference. (A list's null element Terraform refuses.)
    static func isNull(_ node: Node) -> Bool {
        guard !(node is UnknownNode), case .scalar(let scalar) = node.content, case .null = scalar.value else { return false }
        return true
    }

    /// A number literal; where a string is expected, the string Terraform
    /// makes of it (`10.0` is `"10"`), unknown when that is too long to make.
    private func number(_ text: String, as type: TerraformArgument.ValueType?, _ expression: HCLExpression) -> Node {
        guard type == .string else {
            return scalar(text, Int(text).map(ScalarValue.integer) ?? .float(Double(text) ?? .nan), convertedIf: false, expression)
        }
        guard let string = TerraformNumberText.string(of: text) else { return unknown(expression) }
        return scalar(string, .string(string), convertedIf: false, expression)
    }

    private func scalar(_ text: String, _ value: ScalarValue, convertedIf converted: Bool, _ expression: HCLExpression) -> Node {
        made(Node(
            .scalar(Scalar(text: text, style: .plain, value: converted ? .string(text) : value)),
            range: source.range(of: expression.range), bytes: expression.range))
    }

    /// `null` where a value must stand (a tuple's element, an object's
    /// value, a variable set to `null`).
    func nullNode(_ expression: HCLExpression) -> Node {
        made(Node(.scalar(Scalar(text: "null", style: .plain, value: .null)), range: source.range(of: expression.range),
                  bytes: expression.range))
    }

    /// A node built from this file, recorded as this file's in the module.
    func made(_ node: Node) -> Node {
        module?.built(node, in: file)
        return node
    }

    /// `var.NAME` or `local.NAME`, then attributes and indexes of its value;
    /// unknown when any step cannot be taken on a known value. A reference
    /// in a resource is where its value is used (`TerraformModule.uses`).
    private func reference(
        _ root: HCLExpression, _ steps: [HCLTraversalStep], as type: TerraformArgument.ValueType?,
        _ expression: HCLExpression
    ) -> Node? {
        // A name a `for` binds: a part of its collection, which is placed already.
        if case .variable(let name) = root.kind, scope[name] != nil {
            guard let value = known(root, steps, as: type) else { return unknown(expression) }
            return Self.isNull(value) ? nil : value
        }
        guard let module, let placed = known(root, steps, as: type) else { return unknown(expression) }
        // A `null` value leaves the argument unset, as a literal `null` does.
        if case .scalar(let scalar) = placed.content, case .null = scalar.value { return nil }
        guard isResource || file == module.linted else { return placed }
        return module.placed(placed, at: TerraformPlace(file: file, range: source.range(of: expression.range)))
    }

    /// The value `var.NAME` or `local.NAME` with `steps` reaches, as an
    /// argument of `type` takes it (a null scalar for `null`); nil when it
    /// is not known. So for a name a `for` binds, and for any other
    /// expression the steps follow.
    func known(_ root: HCLExpression, _ steps: [HCLTraversalStep], as type: TerraformArgument.ValueType?) -> Node? {
        guard case .variable(let name) = root.kind else {
            // Steps after any other expression: `(local.nets)[*].cidr`, `[for ...][0]`.
            guard let base = node(root, as: nil), let value = traversed(base, steps[...]) else { return nil }
            return admitted(value, as: type)
        }
        if let bound = scope[name] {
            guard let value = traversed(bound, steps[...]) else { return nil }
            return admitted(value, as: type)
        }
        let evaluate = { evaluated(root, steps).flatMap { reached, taken in traversed(reached, steps.dropFirst(1 + taken)) } }
        // A splat of a local, or a computed index into one, reads the parts
        // its steps name (`TerraformEphemeralParts`).
        let reachesParts = steps.contains { TerraformValues.key(of: $0) == nil }
        let value = reachesParts ? readingParts({ TerraformEphemeralParts.traversalParts(root, steps, in: self) }, evaluate) : evaluate()
        // What a computed index reads is the value's too: `terraform plan`
        // (v1.11.4) refuses `[var.plain[var.idx]]` with `idx` ephemeral.
        for step in steps where TerraformValues.key(of: step) == nil {
            if case .index(let index) = step.kind { noteEphemeralReads(in: index) }
        }
        guard let value else { return nil }
        return admitted(value, as: type)
    }

    /// The value `steps` reach from `value`, splats taken as HCL takes them
    /// (`SplatExpr` in hashicorp/hcl): `[*]` applies every step after it to
    /// each element, `.*` the attribute steps and legacy indexes (`.0`) after
    /// it (a `[` then indexes the result). Nil where a step cannot be taken
    /// on a known value.
    func traversed(_ value: Node, _ steps: ArraySlice<HCLTraversalStep>) -> Node? {
        var value = value
        var rest = steps
        while let step = rest.popFirst() {
            switch step.kind {
            case .fullSplat, .attributeSplat:
                let eachCount = if case .fullSplat = step.kind {
                    rest.count
                } else {
                    rest.prefix(while: \.continuesAttributeSplat).count
                }
                guard let splatted = splat(value, each: rest.prefix(eachCount)) else { return nil }
                value = splatted
                rest = rest.dropFirst(eachCount)
            default:
                guard let next = Self.step(step, into: value) else { return nil }
                value = next
            }
        }
        return value
    }

    /// A splat of `value`: a tuple of what `each` reaches from each of its
    /// elements; any value that is no list is splatted as a one-element tuple
    /// of itself (`local.idp[*].name` of an object: `terraform validate`
    /// checks `["…"]`, hashicorp/aws 5.100). Nil when any element's is not
    /// known; for a set, whose elements Terraform orders by its own rule (a
    /// finding's index would not be Terraform's); and for `null`, which
    /// Terraform splats to an empty tuple only when its type is no list, set
    /// or tuple (`terraform plan` refuses a `list(string)` variable's:
    /// "Splat of null value"), which the value alone does not tell.
    private func splat(_ value: Node, each: ArraySlice<HCLTraversalStep>) -> Node? {
        guard !value.isUnknown, module?.mayWalk(value) != false, !Self.isNull(value) else { return nil }
        let elements: [Node]
        switch value.content {
        case .sequence(let items): elements = items
        default: elements = [value]
        }
        var reached: [Node] = []
        for element in elements {
            // Counted as a `for`'s elements are: `[local.n.*[0], ...]` of N
            // items, N times, made N × N before the budget saw the tuples.
            guard module?.mayIterate() ?? true, let item = traversed(element, each), !item.isUnknown else { return nil }
            reached.append(item)
        }
        let tuple = Node(.sequence(reached), range: value.range, bytes: value.bytes)
        module?.built(tuple, in: module?.file(of: value) ?? file)
        module?.inheritSensitivity(tuple, from: value)
        return tuple
    }

    /// The value of `var.NAME` or `local.NAME` (the first of `steps`), and
    /// how many of the other steps it has taken: a local's value is
    /// evaluated only as far as its constructor's items the steps name
    /// (`TerraformModule.value(local:reading:)`). Nil when it is no
    /// reference to a value known before apply (an `ephemeral.TYPE.NAME`
    /// is recorded as read).
    func evaluated(_ root: HCLExpression, _ steps: [HCLTraversalStep]) -> (node: Node, taken: Int)? {
        guard let module, case .variable(let rootName) = root.kind, let first = steps.first,
            case .attribute(let name) = first.kind
        else { return nil }
        // `ephemeral.TYPE.NAME`: not known before apply, and read (WF506).
        if rootName == "ephemeral" {
            if steps.count > 1, case .attribute(let label) = steps[1].kind {
                module.ephemeralRead.insert("ephemeral.\(name).\(label)")
            }
            return nil
        }
        guard rootName == "local" else { return module.value(rootName, name).map { ($0, 0) } }
        let (found, taken) = module.value(local: name, reading: steps.dropFirst())
        return found.map { ($0, taken) }
    }

    /// `value` as an argument of `type` takes it, once the lint's budget
    /// admits it (a null scalar as it is); nil when it is not known or
    /// the budget is spent.
    func admitted(_ value: Node, as type: TerraformArgument.ValueType?) -> Node? {
        guard let module, !value.isUnknown else { return nil }
        // A `null` value is known: the caller leaves the argument unset.
        if case .scalar(let scalar) = value.content, case .null = scalar.value { return value }
        guard let admitted = module.admitted(value) else { return nil }
        return converted(admitted, to: type)
    }

    /// The value `step` reaches in `node`: a member of an object, an element
    /// of a tuple; nil for a splat (`traversed` takes those) or a step a
    /// known value does not have.
    static func step(_ step: HCLTraversalStep, into node: Node) -> Node? {
        key(of: step).flatMap { member($0, of: node) }
    }

    /// The member `key` names in `node`: an object's (its last entry of the
    /// name) or a tuple's (an index); nil where a known value has none.
    static func member(_ key: String, of node: Node) -> Node? {
        guard !node.isUnknown else { return nil }
        switch node.content {
        case .sequence(let items):
            guard let position = Int(key), items.indices.contains(position) else { return nil }
            return items[position]
        case .mapping(let entries): return entries.last { $0.name == key }?.value
        case .scalar: return nil
        }
    }

    /// The item of an object constructor (by a literal key, the last one
    /// written) or of a tuple constructor (by a literal index) that `key`
    /// names: a member of a value read through the expression that makes it.
    /// `keysKnown`: none of an object's when one is computed (`(var.k) = 1`
    /// may be `key`, and the object is not known).
    static func part(of expression: HCLExpression, key: String, keysKnown: Bool = false) -> HCLExpression? {
        var expression = expression
        while case .parentheses(let inner) = expression.kind { expression = inner }
        switch expression.kind {
        case .object(let items):
            if keysKnown, items.contains(where: { $0.literalKey == nil }) { return nil }
            return items.last { $0.literalKey == key }?.value
        case .tuple(let items): return Int(key).flatMap { items.indices.contains($0) ? items[$0] : nil }
        default: return nil
        }
    }

    /// Every node inside `node` (itself left out), keys too, without recursion.
    static func parts(of node: Node) -> [Node] {
        var parts: [Node] = []
        var pending = [node]
        while let next = pending.popLast() {
            switch next.content {
            case .scalar: continue
            case .sequence(let items): parts += items; pending += items
            case .mapping(let entries):
                for entry in entries { parts += [entry.key, entry.value]; pending.append(entry.value) }
            }
        }
        return parts
    }

    /// The scalars a value holds, keys left out: a key names a part, and
    /// masked it would hide which part a message is about (`issuer` of
    /// `local.idp`). Without recursion: a value may be deeply nested.
    static func scalars(in node: Node) -> [Node] {
        var scalars: [Node] = []
        var pending = [node]
        while let next = pending.popLast() {
            switch next.content {
            case .scalar: scalars.append(next)
            case .sequence(let items): pending += items.reversed()
            case .mapping(let entries): pending += entries.map(\.value).reversed()
            }
        }
        return scalars
    }

    /// The member name or element index a step names when it is written
    /// literally (`.name`, `[0]`, `["name"]`); nil for a splat or a computed index.
    static func key(of step: HCLTraversalStep) -> String? {
        switch step.kind {
        case .attribute(let name): return name
        case .index(let index):
            switch index.kind {
            case .number(let number): return number.text
            case .template(let template): return template.literalValue
            default: return nil
            }
        case .attributeSplat, .fullSplat: return nil
        }
    }

    /// A referenced value as an argument of `type` takes it: Terraform
    /// converts a number or bool to a string where a string is expected,
    /// as it does a literal. Nil when a number's string is too long to make
    /// (`TerraformNumberText`): the value is then not known.
    private func converted(_ node: Node, to type: TerraformArgument.ValueType?) -> Node? {
        switch (type, node.content) {
        case (.string, .scalar(let scalar)):
            switch scalar.value {
            case .bool, .integer, .float:
                // A number whose string is too long to make is not known.
                guard let text = TerraformNumberText.stringValue(of: scalar) else { return nil }
                let string = Node(
                    .scalar(Scalar(text: text, style: scalar.style, value: .string(text))),
                    range: node.range, bytes: node.bytes)
                module?.built(string, in: module?.file(of: node) ?? file)
                module?.inheritSensitivity(string, from: node)
                return string
            default: return node
            }
        case (.stringList, .sequence(let items)), (.stringSet, .sequence(let items)):
            var strings: [Node] = []
            for item in items {
                guard let string = converted(item, to: .string) else { return nil }
                strings.append(string)
            }
            guard zip(strings, items).contains(where: { $0 !== $1 }) else { return node }
            return rebuilt(node, .sequence(strings))
        case (.stringMap, .mapping(let entries)):
            var strings: [MappingEntry] = []
            for entry in entries where !Self.isNull(entry.value) {
                guard let string = converted(entry.value, to: .string) else { return nil }
                strings.append(MappingEntry(key: entry.key, value: string))
            }
            guard strings.count < entries.count || zip(strings, entries).contains(where: { $0.value !== $1.value }) else {
                return node
            }
            return rebuilt(node, .mapping(strings))
        default:
            return node
        }
    }

    /// `node` with other content, in the same file.
    private func rebuilt(_ node: Node, _ content: Node.Content) -> Node {
        let copy = Node(content, range: node.range, bytes: node.bytes)
        module?.built(copy, in: module?.file(of: node) ?? file)
        module?.inheritSensitivity(copy, from: node)
        return copy
    }

    /// A value not known before evaluation.
    func unknown(_ expression: HCLExpression) -> Node { unknown(expression.range) }

    /// Whether `collection` is a list, set or map known to be empty: a
    /// `dynamic` block's `for_each` that makes no block.
    static func isKnownEmpty(_ collection: Node) -> Bool {
        !collection.isUnknown && (collection.elements?.isEmpty ?? collection.entries?.isEmpty ?? false)
    }

    /// The block a `dynamic` block makes of its `content`'s `members`, at
    /// `range`: written, as every rule sees a block written, when its
    /// `for_each` (`collection`, nil when not known) is known to make one at
    /// least, so that an identity provider made so beside the other is
    /// WF101 as `terraform plan` has it ("only one of
    /// cognito_config,oidc_config can be specified"); else a
    /// `ConditionalNode`, which may not be made at all.
    static func dynamicBlock(
        _ members: [MappingEntry], collection: Node?, module: TerraformModule?, range: SourceRange, bytes: ByteRange
    ) -> Node {
        if let collection, fewestBlocks(collection, isSet: module?.mayBeSet(collection) == true).count > 0 {
            return Node(.mapping(members), range: range, bytes: bytes)
        }
        return ConditionalNode(.mapping(members), range: range, bytes: bytes)
    }

    /// How many blocks a `dynamic` block's `for_each` over `collection`
    /// makes at the fewest, and whether exactly that many: a map's or an
    /// object's keys; a list's or tuple's elements, equal, unknown and
    /// collection ones each (`terraform validate` refuses the second
    /// `source_ip_config` made by `["a", "a"]`, `["a", var.unknown]` or a
    /// list of two objects); a set's distinct known scalars (`isSet`: a
    /// `set(...)` variable's value, `TerraformModule.isSetValue`), its
    /// lists or maps, not compared, one block together, so the count never
    /// says more blocks than Terraform makes; 0 for a collection not known.
    static func fewestBlocks(_ collection: Node, isSet: Bool) -> (count: Int, exact: Bool) {
        guard !collection.isUnknown else { return (0, false) }
        if let entries = collection.entries {
            let keys = Set(entries.compactMap(\.name))
            return (keys.count, keys.count == entries.count)
        }
        guard let elements = collection.elements else { return (0, false) }
        guard isSet else { return (elements.count, true) }
        let collections = elements.contains { !$0.isUnknown && $0.scalarText == nil }
        let count = distinctScalars(in: elements) + (collections ? 1 : 0)
        return (count, count == elements.count)
    }

    /// How many distinct values a set's elements hold: its known scalars,
    /// compared as the strings Terraform makes of them (`1.0` is `1`); an
    /// unknown one may equal another and counts not at all.
    static func distinctScalars(in elements: [Node]) -> Int {
        var seen: Set<ExactText> = []
        for element in elements where !element.isUnknown {
            guard case .scalar(let scalar) = element.content else { continue }
            let text = if case .string(let string) = scalar.value { string } else { TerraformNumberText.stringValue(of: scalar) }
            if let text { seen.insert(ExactText(text)) }
        }
        return seen.count
    }

    /// The text at `range` (an expression, a `dynamic` block) as a value not known before evaluation.
    func unknown(_ range: ByteRange) -> Node {
        made(UnknownNode(expression: source.text(range), range: source.range(of: range), bytes: range))
    }
}
