import DocumentModel
import HCLReader
import JSONReader

/// The values one Terraform module knows before plan, as the lint of one of
/// its files (`linted`) sees them: its variables (each from its `default`,
/// then the variable definitions files in Terraform's order of precedence,
/// the last one that sets it winning) and its locals. `var.NAME` and
/// `local.NAME` resolve here, once each; what cannot be known (a missing
/// variable, a cycle, a value that is not known itself) is an
/// `UnknownNode`, never an error.
///
/// What the module's files declare is `declared`, shared by the lints of
/// the folder's files when the run reads the folder once
/// (`TerraformModuleSources`); this holds only what one lint evaluates, so
/// a lint costs its own file and the values it uses, not its whole module.
///
/// Every node it builds from a file other than the linted one is recorded
/// with that file, so that a finding about it can point there.
///
/// A variable definitions file that does not parse stops Terraform: then no
/// variable's value is known (never its default), and the file's syntax
/// error is reported at its place (`brokenDefinitions`). One that cannot be
/// read (or is over the size limit) makes every value unknown too.
final class TerraformModule {
    typealias File = TerraformModuleDeclarations.File

    /// A `resource` block of the module's resource type, in file `file`;
    /// `header` is where Terraform reports it (`resource "TYPE" "NAME"`; in
    /// JSON syntax the name's key).
    struct ResourceBlock: Sendable {
        enum Written: Sendable {
            case native(HCLBlock)
            case json(TerraformJSONTranslator.Block)
        }

        let file: Int
        let name: String
        let written: Written
        let header: SourceRange
    }

    /// A block of an override file with nothing to override (WF504), at its header.
    struct MissingOriginal: Sendable {
        let file: Int
        let range: SourceRange
        let pointer: JSONPointer
        let message: String
    }

    /// A name a primary file declares a second time in the module (WF505),
    /// at the second declaration, with the first's place.
    struct Duplicate: Sendable {
        let file: Int
        let range: SourceRange
        let pointer: JSONPointer
        let message: String
        let first: (file: Int, range: SourceRange)
    }

    /// `variable "NAME" { ... }`: where it is declared (its name label),
    /// its `default`, whether `sensitive = true`, whether it may be `null`
    /// (`nullable`, true unless `nullable = false`), whether
    /// `ephemeral = true` (Terraform 1.10).
    struct Variable: Sendable {
        let file: Int
        let labelRange: SourceRange
        var defaultValue: Assignment?
        var isSensitive: Bool?
        var isNullable = true
        var isEphemeral = false
        /// What its `type` converts a value to, as far as a condition asks
        /// (`TerraformValues+Conditions.swift`); nil without one.
        var declaredType: DeclaredType? = nil
        /// Whether its `type` converts strings to numbers, and where.
        var numberConversion: TerraformNumberConversion? = nil
    }

    /// A variable's `type`, by what a condition may read of a value it
    /// converts: a primitive's value is not known but for `null` (`"true"`
    /// may become `true`, `true` may become `"true"`); a list's or map's
    /// size is as written, a set's once equal elements merge; any other
    /// type (`object`, `tuple`, `any`) tells nothing.
    enum DeclaredType: Sendable, Equatable {
        case primitive, list, set, map, other

        /// From the native syntax's `type = ...`.
        init(_ expression: HCLExpression) {
            switch expression.kind {
            case .variable(let name): self = ["string", "number", "bool"].contains(name) ? .primitive : .other
            case .call(let call): self = Self(constructor: call.name.text)
            default: self = .other
            }
        }

        /// From the JSON syntax's `"type": "list(string)"`.
        init(json text: String) {
            let compact = String(text.filter { !$0.isWhitespace })
            if ["string", "number", "bool"].contains(compact) {
                self = .primitive
            } else if let open = compact.firstIndex(of: "(") {
                self = Self(constructor: String(compact[..<open]))
            } else {
                self = .other
            }
        }

        private init(constructor: String) {
            switch constructor {
            case "list": self = .list
            case "set": self = .set
            case "map": self = .map
            default: self = .other
            }
        }
    }

    /// Where a value is written: an HCL expression; a literal JSON value (of
    /// a `.tfvars.json` file, or a `.tf.json` variable's `default`, which
    /// Terraform reads without evaluating it); or another value of a
    /// `.tf.json` file (a local's), whose strings are templates
    /// (`TerraformJSONValues`).
    enum Assignment: Sendable {
        case expression(file: Int, HCLExpression)
        case json(file: Int, Node)
        case jsonConfiguration(file: Int, Node)
    }

    let declared: TerraformModuleDeclarations
    /// The linted file's index in `files`.
    let linted: Int
    var files: [File] { declared.files }
    var schema: TerraformResourceSchema { declared.schema }
    var variables: [String: Variable] { declared.variables }
    /// Sensitive values found written in each file, by its index in `files`
    /// (the linted file's are the sinks').
    var sensitiveRanges: [Int: [SourceRange]] = [:]

    /// The file each node built from another file than the linted one is in,
    /// by `Node.address`.
    private(set) var fileOf: [Int: Int] = [:]
    /// Every node of a value a variable declared `sensitive = true` has
    /// (from its default, a tfvars file or a `--var-file`), by `Node.address`:
    /// Terraform keeps it out of its output wherever it goes, through locals
    /// and traversals, and so does every output of wflint.
    private var sensitiveNodes: Set<Int> = []
    /// The values of `set(...)`-typed variables (`isSetValue`), by address.
    private var setValues: Set<Int> = []
    /// Every node inside the value of a variable with a `type` other than a
    /// primitive, the value itself left out (`isInsideTypedValue`), by address.
    private var typedValueParts: Set<Int> = []
    /// The value of each variable with a `type`, and the type (`convertingType`), by address.
    private var typedValues: [Int: DeclaredType] = [:]
    /// Each resolved reference (`var.x`, `local.y`), and the variables and
    /// ephemeral resources it reads.
    private var resolved: [String: (node: Node, variables: Set<String>, ephemeral: Set<String>)] = [:]
    private var resolving: Set<String> = []
    /// The nodes a value stands for, counting shared ones at each place: a
    /// local used twice by another is checked twice.
    private var sizes: [Int: Int] = [:]
    /// How many more nodes references may bring into the documents of this
    /// lint: a chain of locals that each use the last twice must not grow
    /// one exponentially, nor many resources reading one large local the lint.
    private var budget: Int
    /// The budget the lint started with (`limits.max-nodes`).
    let maximumNodes: Int
    /// How many references the budget has refused (each left unknown), so
    /// that a resource whose translation was refused one is told (WF011).
    private(set) var refusedReferences = 0
    /// How many references a value may go through, one inside the next
    /// (`limits.max-depth`): each is resolved inside the one that reads it,
    /// and a chain of 50,000 locals, each reading the last, overflowed the
    /// worker's stack. A reference past it is unknown, and told (WF011).
    let maximumChain: Int
    /// How many references the chain's limit has refused.
    private(set) var refusedChains = 0
    /// How many more bytes the templates of this lint may render
    /// (`TerraformValues.renderedText`): a chain of locals that each
    /// interpolate the last twice (`"${local.a}${local.a}"`) doubles at
    /// each, and a thousand locals of a 1 MiB string are a gibibyte. A
    /// template past it is unknown, and told (WF011).
    private(set) var renderBudget = TerraformModule.maximumRenderedBytes
    static let maximumRenderedBytes = 16 << 20
    /// How many templates the render budget has refused.
    private(set) var refusedRenders = 0
    /// The variables the expression being converted reads, directly or through locals.
    var variablesRead: Set<String> = []
    /// The ephemeral resources (`ephemeral.TYPE.NAME`) the expression being
    /// converted reads, directly or through locals, kept as `variablesRead`
    /// is, and the ephemeral variables (`var.NAME`) only its conditions read.
    var ephemeralRead: Set<String> = []
    /// Where in a resource each referenced value placed there is used
    /// (`var.cidrs` of `cidrs = var.cidrs`): the related location of a
    /// finding about it. A value placed again is a copy of its own
    /// (`placed(_:at:)`), so each place keeps its use. Each use is numbered
    /// in the order placed (`placements`).
    private var uses: [Int: (place: TerraformPlace, number: Int)] = [:]
    /// How many values have been placed: a resource's value records it
    /// (`TerraformRecordedValue`), and a use placed later is not its own.
    private(set) var placements = 0
    /// Every node whose address a table above holds (`fileOf`, `uses`,
    /// `sizes`, `sensitiveNodes`; a node's descendants live with it), kept
    /// alive as long as the tables are: a node freed while its address is a
    /// key hands the key on to the next node allocated there, which would be
    /// shown in another file, related to another use, counted at another
    /// size, or masked, depending on the allocator. The lint drops nodes as
    /// it goes (what a later override replaces, a converted copy's source).
    private var retained: [Node] = []

    /// The lint of file `linted` of `declared`.
    init(_ declared: TerraformModuleDeclarations, linted: Int, limits: ReadLimits) {
        self.declared = declared
        self.linted = linted
        budget = limits.maximumNodes
        maximumNodes = limits.maximumNodes
        maximumChain = limits.maximumDepth
    }

    /// The module of the linted file at `path`, whose bytes are `bytes`,
    /// parsed as `body` with `source`: the folder's shared declarations when
    /// the run holds them for the file as it is on disk, else its own, made
    /// of the linted file and `sources.others` in the module's order.
    static func of(
        linted body: TerraformModuleDeclarations.Body, source: SourceText, bytes: [UInt8], path: String,
        sources: TerraformModuleSources, limits: ReadLimits, schema: TerraformResourceSchema
    ) -> TerraformModule {
        if let (declared, index) = sources.shared(path: path, bytes: bytes, limits: limits, schema: schema) {
            return TerraformModule(declared, linted: index, limits: limits)
        }
        let others = sources.others
        // In Terraform's order, as the shared declarations have it: the
        // configuration files by their names' bytes, the linted one among
        // them, then the definitions files.
        let name = TerraformModuleFiles.FileName(path)
        let place = others.firstIndex { !$0.isConfiguration || name < TerraformModuleFiles.FileName($0.path) } ?? others.count
        var members = others.map(TerraformModuleDeclarations.Member.file)
        members.insert(.linted(path: path, source: source, body: body), at: place)
        let declared = TerraformModuleDeclarations(members, limits: limits, schema: schema)
        return TerraformModule(declared, linted: declared.memberFiles[place] ?? 0, limits: limits)
    }

    /// The value of `root.name` (`var.x`, `local.y`), or nil when it is no
    /// reference this module resolves.
    func value(_ root: String, _ name: String) -> Node? {
        guard root == "var" || root == "local" else { return nil }
        let key = root + "." + name
        return resolved(key, cycle: key, readsVariable: root == "var" ? name : nil) {
            let node = root == "var" ? variableValue(name) : localValue(name)
            // Another file's resource may read it, or a member of it, as a
            // secret (`TerraformSecretReads`).
            if let node {
                for members in declared.secretReads[key] ?? [] { markSensitive(Self.part(of: node, at: members)) }
            }
            return node
        }
    }

    /// The value `local.name` and the first of `steps` reach, and how many
    /// of the steps that is: where the local's expression is an object or
    /// tuple constructor (a `.tf.json` local's JSON object or array), only
    /// the item the steps name is evaluated (`local.secrets.k7` of a
    /// 1,000-item object evaluated one item, not 1,000, in each of 1,000
    /// lints). Any other value, and a constructor with a computed key (its
    /// keys are not known), is evaluated whole, as `value(_:_:)` does: no
    /// step taken.
    func value(local name: String, reading steps: ArraySlice<HCLTraversalStep>) -> (node: Node?, taken: Int) {
        var keys: [String] = []
        let evaluate: () -> Node
        switch declared.locals[name] {
        case .expression(let file, var part)?:
            for step in steps {
                guard let key = TerraformValues.key(of: step), let item = TerraformValues.part(of: part, key: key, keysKnown: true)
                else { break }
                keys.append(key)
                part = item
            }
            evaluate = { [part] in
                let values = self.values(in: file)
                return values.node(part, as: nil) ?? values.nullNode(part)
            }
        case .jsonConfiguration(let file, var part)?:
            for step in steps {
                guard let key = TerraformValues.key(of: step), let item = TerraformJSONValues.part(of: part, key: key) else { break }
                keys.append(key)
                part = item
            }
            evaluate = { [part] in TerraformJSONValues(source: self.files[file].source, file: file, module: self).item(part) }
        default:
            return (value("local", name), 0)
        }
        guard !keys.isEmpty else { return (value("local", name), 0) }
        let key = "local." + name
        // Cached by the whole path; a read of the local inside the item, whole
        // or of a member, is a cycle, as Terraform has it.
        let node = resolved(([key] + keys).joined(separator: "\u{0}"), cycle: key, readsVariable: nil) {
            let node = evaluate()
            for members in declared.secretReads[key] ?? [] {
                if members.starts(with: keys) {
                    markSensitive(Self.part(of: node, at: Array(members.dropFirst(keys.count))))
                } else if keys.starts(with: members) {
                    markSensitive(node)
                }
            }
            return node
        }
        return (node, keys.count)
    }

    /// The value `evaluate` makes, resolved once per `key` (nil is not
    /// kept), with the variables and ephemeral values it reads; nil past the
    /// chain's limit, and for a reference to `cycle` inside its own value,
    /// however long the way round.
    private func resolved(_ key: String, cycle: String, readsVariable variable: String?, _ evaluate: () -> Node?) -> Node? {
        if let known = resolved[key] {
            variablesRead.formUnion(known.variables)
            ephemeralRead.formUnion(known.ephemeral)
            return known.node
        }
        // The reads so far are set aside and this reference's own merged
        // into them after: merging the reads so far into each reference's
        // cost an expression of n variables n × n.
        var outer: Set<String> = variable.map { [$0] } ?? []
        var outerEphemeral: Set<String> = []
        swap(&outer, &variablesRead)
        swap(&outerEphemeral, &ephemeralRead)
        defer {
            swap(&outer, &variablesRead)
            variablesRead.formUnion(outer)
            swap(&outerEphemeral, &ephemeralRead)
            ephemeralRead.formUnion(outerEphemeral)
        }
        guard resolving.count < maximumChain else {
            refusedChains += 1
            return nil
        }
        guard resolving.insert(cycle).inserted else { return nil }
        defer { resolving.remove(cycle) }
        let node = evaluate()
        resolved[key] = node.map { ($0, variablesRead, ephemeralRead) }
        return node
    }

    /// The part of `node` a member path reaches, or as near to it as its
    /// value goes: where a member is unknown or missing, what holds it.
    private static func part(of node: Node, at members: [String]) -> Node {
        var node = node
        for key in members {
            guard let member = TerraformValues.member(key, of: node) else { break }
            node = member
        }
        return node
    }

    /// Starts the reads of an argument's value: none yet.
    func startReading() {
        variablesRead = []
        ephemeralRead = []
    }

    /// The ephemeral values the expression just converted reads, directly or
    /// through locals, as Terraform names them (`var.NAME` of a variable
    /// declared `ephemeral = true`, `ephemeral.TYPE.NAME`), sorted.
    var ephemeralValuesRead: [String] {
        guard !variablesRead.isEmpty || !ephemeralRead.isEmpty else { return [] }
        let ephemeralVariables = variablesRead.filter { variables[$0]?.isEphemeral == true }.map { "var." + $0 }
        return Set(ephemeralVariables).union(ephemeralRead).sorted()
    }

    /// A variable's value; one declared `sensitive` is marked so: whatever
    /// is built from it stays out of every output.
    private func variableValue(_ name: String) -> Node? {
        var node = assignedValue(name)
        if let value = node, let conversion = variables[name]?.numberConversion {
            node = conversion.converted(value) { made in
                if let file = file(of: value) { built(made, in: file) }
                return made
            }
        }
        if let value = node, variables[name]?.declaredType == .set, value.elements != nil {
            retained.append(value)
            setValues.insert(value.address)
        }
        if let value = node, let declared = variables[name]?.declaredType {
            retained.append(value)
            typedValues[value.address] = declared
            if declared != .primitive {
                for part in TerraformValues.parts(of: value) { typedValueParts.insert(part.address) }
            }
        }
        // `sensitive` that is not a literal `false` may be true: the safe side.
        if let node, let declared = variables[name], declared.isSensitive != false { markSensitive(node) }
        return node
    }

    /// Whether `node` lies inside a typed variable's value (not the value
    /// itself): its type converts it, and may make it a set
    /// (`object({ items = set(string) })`), which the value as written does
    /// not show. A `for` or a splat does not walk such a collection, and a
    /// `for`'s condition reads such an element only for `null`
    /// (`list(bool)` makes `"true"` `true`).
    func isInsideTypedValue(_ node: Node) -> Bool { typedValueParts.contains(node.address) }

    /// What a condition may read of `node`: its variable's declared type
    /// when it is a typed variable's value, `.other` inside one, nil for a
    /// value as written (`TerraformValues.convertedValue`).
    func convertingType(of node: Node) -> DeclaredType? {
        typedValues[node.address] ?? (isInsideTypedValue(node) ? .other : nil)
    }

    /// Whether a `for` or a splat may walk `collection` as written, its
    /// elements in the order and number Terraform walks them: not a set's
    /// (Terraform orders it by its own rule), nor a collection inside a
    /// typed value (its type may make it a set).
    func mayWalk(_ collection: Node) -> Bool { !mayBeSet(collection) }

    /// Whether a `for` may take the members of `mapping` as written: not
    /// when a type other than `map(...)` gives it, since an `object(...)`
    /// drops the attributes it does not declare (`terraform plan` takes a
    /// CIDR list made by a `for` over one whose tfvars value holds a comment
    /// attribute), and sets an `optional` one left out to null. (A splat
    /// takes one object as a whole, and a step reads one attribute, as a
    /// reference does.)
    func mayIterateMembers(of mapping: Node) -> Bool {
        guard let type = typedValues[mapping.address] else { return true }
        return type == .map
    }

    /// Whether `node` may be a set: a `set(...)`-typed variable's value, or
    /// a collection inside a typed value, whose type may make it one. A
    /// `dynamic` block over it makes no more blocks than its distinct elements.
    func mayBeSet(_ node: Node) -> Bool { isSetValue(node) || isInsideTypedValue(node) }

    /// Whether `node` is a `set(...)`-typed variable's value: Terraform
    /// merges its equal elements, so `["office", "office"]` is one element,
    /// and one block of a `dynamic` block over it (`terraform plan`: a list
    /// of the two makes two blocks). The value keeps both as written, so
    /// that WF204 and WF214 still report the one Terraform drops.
    func isSetValue(_ node: Node) -> Bool { setValues.contains(node.address) }

    /// A variable set to `null` is what Terraform makes of it: its
    /// `default` when it is declared `nullable = false`, else `null` (a
    /// null scalar: the argument it is given is unset).
    private func assignedValue(_ name: String) -> Node? {
        // Terraform sets no variable the module does not declare from a
        // definitions file (it warns "Value for undeclared variable"), and a
        // reference to one is an error (WF507), not the file's value.
        guard !declared.definitionsAreBroken, variables[name] != nil else { return nil }
        guard let assignment = declared.assignments[name] else { return defaultValue(name) }
        guard let null = nullValue(of: assignment) else { return value(of: assignment) }
        return variables[name]?.isNullable == false ? defaultValue(name) : null
    }

    /// A literal `null` (of a definitions file, or a `default`), as a null
    /// scalar; nil for any other value.
    private func nullValue(of assignment: Assignment) -> Node? {
        switch assignment {
        case .expression(let file, let expression):
            guard case .null = expression.kind else { return nil }
            return values(in: file).nullNode(expression)
        case .json(let file, let node), .jsonConfiguration(let file, let node):
            guard case .scalar(let scalar) = node.content, case .null = scalar.value else { return nil }
            return jsonValue(node, file: file)
        }
    }

    /// Marks `node` and everything in it as a sensitive variable's value
    /// (or `sensitive(...)`'s).
    func markSensitive(_ node: Node) {
        retained.append(node)
        SensitiveValues.insertAddresses(of: [node], into: &sensitiveNodes)
    }

    /// Whether `node` is (in) a sensitive variable's value.
    func isSensitive(_ node: Node) -> Bool { sensitiveNodes.contains(node.address) }

    /// `copy`, a converted form of `node`, is as sensitive as `node` is.
    func inheritSensitivity(_ copy: Node, from node: Node) {
        if isSensitive(node) { markSensitive(copy) }
    }

    /// The outermost sensitive values in `node`: what the resource keeps out of every output.
    func sensitiveParts(of node: Node) -> [Node] {
        SensitiveValues.outermost(in: node, where: isSensitive)
    }

    /// The variable's `default`; nil (unknown) without one. `default = null`
    /// makes the variable optional and its value `null` (a null scalar: the
    /// argument it is given is unset), as Terraform makes it; with
    /// `nullable = false` Terraform refuses the declaration, and the value is
    /// unknown.
    private func defaultValue(_ name: String) -> Node? {
        guard let variable = variables[name], let assignment = variable.defaultValue else { return nil }
        guard let null = nullValue(of: assignment) else { return value(of: assignment) }
        return variable.isNullable ? null : nil
    }

    private func localValue(_ name: String) -> Node? { declared.locals[name].flatMap(value(of:)) }

    /// The node of a value as written; nil for `null`.
    private func value(of assignment: Assignment) -> Node? {
        switch assignment {
        case .expression(let file, let expression): return values(in: file).node(expression, as: nil)
        case .json(let file, let node): return jsonValue(node, file: file)
        case .jsonConfiguration(let file, let node):
            return TerraformJSONValues(source: files[file].source, file: file, module: self).node(node, as: nil)
        }
    }

    /// The converter of file `index`'s expressions.
    func values(in index: Int) -> TerraformValues {
        TerraformValues(source: files[index].source, file: index, module: self)
    }

    /// A literal JSON value (a `.tfvars.json` value, a `.tf.json`
    /// variable's `default`): Terraform evaluates it without a context, so
    /// `"${var.team}"` is that text, not a template (`terraform console`
    /// shows `"${var.team}"`; `$${` stays `$${`). Its strings are NFC, as
    /// every string of Terraform's is.
    private func jsonValue(_ node: Node, file: Int) -> Node? {
        let node = TerraformUnicode.nfc(node)
        built(node, in: file)
        return node
    }

    /// The file `node` was built from, if `built(_:in:)` recorded it.
    func file(of node: Node) -> Int? { fileOf[node.address] }

    /// Where the value `node` is used (`uses`), if it came there through a
    /// reference placed before the first `placements` were: a part of a
    /// value one resource reads (`local.l[0]`) becomes another's use when
    /// that one reads the part alone, after the first was translated.
    func use(of node: Node, placedBefore placements: Int) -> TerraformPlace? {
        guard let use = uses[node.address], use.number < placements else { return nil }
        return use.place
    }

    /// The value `node` as the reference at `place` places it, that place
    /// recorded as its use. A value that has a use already (`cidrs =
    /// [var.s, var.s]`: one node, resolved once; a local of the linted file
    /// that a resource reads) is placed as a copy, in the same file and as
    /// sensitive: a finding about each is related to its own use.
    func placed(_ node: Node, at place: TerraformPlace) -> Node {
        var node = node
        if uses[node.address] != nil, type(of: node) == Node.self {
            let copy = Node(node.content, range: node.range, bytes: node.bytes, tag: node.tag)
            if let file = fileOf[node.address] { built(copy, in: file) }
            inheritSensitivity(copy, from: node)
            if isSetValue(node) { setValues.insert(copy.address) }
            // A copy is converted as what it copies is.
            if isInsideTypedValue(node) { typedValueParts.insert(copy.address) }
            if let declared = typedValues[node.address] { typedValues[copy.address] = declared }
            node = copy
        }
        retained.append(node)
        uses[node.address] = (place, placements)
        placements += 1
        return node
    }

    /// Records that `node` and everything in it are in file `index`.
    func built(_ node: Node, in index: Int) {
        guard fileOf[node.address] == nil else { return }
        retained.append(node)
        record(node, in: index)
    }

    private func record(_ node: Node, in index: Int) {
        guard fileOf[node.address] == nil else { return }
        fileOf[node.address] = index
        switch node.content {
        case .scalar: return
        case .sequence(let items): items.forEach { record($0, in: index) }
        case .mapping(let entries):
            for entry in entries {
                record(entry.key, in: index)
                record(entry.value, in: index)
            }
        }
    }

    /// Whether the render budget allows a string of `bytes`; a refusal (the
    /// template unknown) is counted.
    func mayRender(_ bytes: Int) -> Bool {
        guard bytes > renderBudget else { return true }
        refusedRenders += 1
        return false
    }

    /// Spends `bytes` of the render budget, which `mayRender` allowed.
    func spendRendered(_ bytes: Int) {
        renderBudget -= bytes
    }

    /// Whether the budget allows a `for` expression one more element (each
    /// makes nodes, and two nested ones over one list make its square); a
    /// refusal is counted, and told as a reference's is (WF011).
    func mayIterate() -> Bool {
        guard budget > 0 else {
            refusedReferences += 1
            return false
        }
        budget -= 1
        return true
    }

    /// Takes `node` into the document when the budget allows it: nil (unknown) when it does not.
    func admitted(_ node: Node) -> Node? {
        retained.append(node)
        let size = self.size(of: node)
        guard size <= budget else {
            refusedReferences += 1
            return nil
        }
        budget -= size
        return node
    }

    private func size(of node: Node) -> Int {
        if let known = sizes[node.address] { return known }
        let size: Int
        switch node.content {
        case .scalar: size = 1
        case .sequence(let items): size = items.reduce(1) { min($0 + self.size(of: $1), Int.max / 2) }
        case .mapping(let entries): size = entries.reduce(1) { min($0 + 1 + self.size(of: $1.value), Int.max / 2) }
        }
        sizes[node.address] = size
        return size
    }
}
