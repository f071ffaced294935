import DocumentModel
import HCLReader
import JSONReader

/// The values one Terraform module knows before plan: its variables (each
/// from its `default`, then the variable definitions files in Terraform's
/// order of precedence, the last one that sets it winning) and its locals.
/// `var.NAME` and `local.NAME` resolve here, once each; what cannot be known
/// (a missing variable, a cycle, a value that is not known itself) is an
/// `UnknownNode`, never an error.
///
/// Every node it builds from a file other than the linted one (file 0) is
/// recorded with that file, so that a finding about it can point there.
///
/// A variable definitions file that does not parse stops Terraform: then no
/// variable's value is known (never its default), and the file's syntax
/// error is reported at its place (`brokenDefinitions`). One that cannot be
/// read (or is over the size limit) makes every value unknown too.
final class TerraformModule {
    struct File {
        let path: String
        let source: SourceText
        /// Sensitive values found written in it (file 0's are the sinks').
        var sensitiveRanges: [SourceRange] = []
        /// Its `# wflint-disable…` comments (none in JSON).
        var directives: [SuppressionDirective] = []
        /// An override file (`TerraformModuleFiles.isOverride`): declared
        /// after the others, merged into what they declare.
        var isOverride = false
        /// Also an input of the run, which lints its resources itself.
        var isLinted = false
    }

    /// A `resource` block of the module's resource type, in file `file`;
    /// `header` is where Terraform reports it (`resource "TYPE" "NAME"`; in
    /// JSON syntax the name's key).
    struct ResourceBlock {
        enum Written {
            case native(HCLBlock)
            case json(TerraformJSONTranslator.Block)
        }

        let file: Int
        let name: String
        let written: Written
        let header: SourceRange
    }

    /// A block of an override file with nothing to override (WF504), at its header.
    struct MissingOriginal {
        let file: Int
        let range: SourceRange
        let pointer: JSONPointer
        let message: String
    }

    /// A name a primary file declares a second time in the module (WF505),
    /// at the second declaration, with the first's place.
    struct Duplicate {
        let file: Int
        let range: SourceRange
        let pointer: JSONPointer
        let message: String
        let first: (file: Int, range: SourceRange)
    }

    /// What a primary file declares under a name Terraform keeps unique in
    /// a module: a resource of the module's type, a variable, a local value.
    private struct Declaration {
        /// A prefix no name has, so that one name of two kinds is two keys.
        enum Kind: String {
            case resource = "resource "
            case variable = "variable "
            case local = "local "
        }
        let kind: Kind
        let name: String
        let file: Int
        let range: SourceRange
    }

    /// A configuration file's body, declared once every file is read.
    private enum Body {
        case native(HCLBody)
        case json(Node)
    }

    /// `variable "NAME" { ... }`: where it is declared (its name label),
    /// its `default`, whether `sensitive = true`, whether it may be `null`
    /// (`nullable`, true unless `nullable = false`).
    struct Variable {
        let file: Int
        let labelRange: SourceRange
        var defaultValue: Assignment?
        var isSensitive: Bool?
        var isNullable = true
    }

    /// Where a value is written: an HCL expression; a value of a
    /// `.tfvars.json` file (literal JSON); or one of a `.tf.json` file, whose
    /// strings are templates (`TerraformJSONValues`).
    enum Assignment {
        case expression(file: Int, HCLExpression)
        case json(file: Int, Node)
        case jsonConfiguration(file: Int, Node)
    }

    var files: [File]
    let schema: TerraformResourceSchema
    private(set) var variables: [String: Variable] = [:]
    /// Every resource of `schema`'s type, in Terraform's order: the primary
    /// files' first, then the override files' in lexical order of their
    /// names, each file's in source order.
    private(set) var resourceBlocks: [ResourceBlock] = []
    /// The override files' variables, locals and resources that override nothing.
    private(set) var missingOriginals: [MissingOriginal] = []
    /// The names the primary files declare twice, in Terraform's order.
    private(set) var duplicates: [Duplicate] = []
    private var declarations: [Declaration] = []
    private var bodies: [(file: Int, body: Body)] = []
    /// The definitions files that do not parse and that no other input of
    /// the run reports: each file's index in `files`, and its error.
    private(set) var brokenDefinitions: [(file: Int, error: SyntaxError)] = []
    /// The other configuration files of the module (`.tf`, `.tf.json`) that
    /// do not parse: Terraform refuses the module, so each error is shown at
    /// its place, once a run however many inputs read it (the report merges
    /// equal findings), even when a walk skips the file for having no
    /// workforce. What such a file declares is unknown.
    private(set) var brokenConfigurations: [(file: Int, error: TerraformSyntaxError)] = []
    private var definitionsAreBroken = false
    private var locals: [String: Assignment] = [:]
    private var assignments: [String: Assignment] = [:]

    /// The file each node built from another file than the linted one is in,
    /// by `Node.address`.
    private(set) var fileOf: [Int: Int] = [:]
    /// Every node of a value a variable declared `sensitive = true` has
    /// (from its default, a tfvars file or a `--var-file`), by `Node.address`:
    /// Terraform keeps it out of its output wherever it goes, through locals
    /// and traversals, and so does every output of wflint.
    private var sensitiveNodes: Set<Int> = []
    /// Each resolved reference (`var.x`, `local.y`), and the variables it reads.
    private var resolved: [String: (node: Node, variables: Set<String>)] = [:]
    private var resolving: Set<String> = []
    /// The nodes a value stands for, counting shared ones at each place: a
    /// local used twice by another is checked twice.
    private var sizes: [Int: Int] = [:]
    /// How many more nodes references may bring into the document: a chain
    /// of locals that each use the last twice must not grow it exponentially.
    private var budget: Int
    /// The variables the expression being converted reads, directly or through locals.
    var variablesRead: Set<String> = []
    /// Where in a resource each referenced value placed there is used
    /// (`var.cidrs` of `cidrs = var.cidrs`): the related location of a
    /// finding about it. A value used twice holds its latest use, which is
    /// the one the translator records next.
    private var uses: [Int: TerraformPlace] = [:]

    /// The module of the linted file `file` (already parsed), with `others`
    /// (`TerraformModuleFiles`) in order, each parsed once; a `.tf` file that
    /// does not parse gives nothing, a definitions file makes every variable unknown.
    convenience init(
        linted file: HCLFile, path: String, others: [TerraformSourceFile], limits: ReadLimits,
        schema: TerraformResourceSchema = .builtin
    ) {
        self.init(path: path, source: file.source, body: .native(file.body), others: others, limits: limits, schema: schema)
    }

    /// The module of the linted `.tf.json` file whose JSON is `root`.
    convenience init(
        lintedJSON root: Node, source: SourceText, path: String, others: [TerraformSourceFile], limits: ReadLimits,
        schema: TerraformResourceSchema = .builtin
    ) {
        self.init(path: path, source: source, body: .json(root), others: others, limits: limits, schema: schema)
    }

    private init(
        path: String, source: SourceText, body: Body, others: [TerraformSourceFile], limits: ReadLimits,
        schema: TerraformResourceSchema
    ) {
        files = [File(path: path, source: source, isOverride: TerraformModuleFiles.isOverride(path))]
        budget = limits.maximumNodes
        self.schema = schema
        bodies = [(0, body)]
        read(others, limits: limits)
        declareBodies()
    }

    /// Declares what each configuration file declares, as Terraform loads a
    /// module: the primary files first, then each override file in lexical
    /// order of its name (bytewise, as Terraform lists a folder), merged
    /// into what is declared before it.
    private func declareBodies() {
        // Each file's name is cut once for both sorts, not at each comparison.
        let names = files.map { TerraformModuleFiles.FileName($0.path) }
        let primary = bodies.filter { !files[$0.file].isOverride }
        let overrides = bodies.filter { files[$0.file].isOverride }.sorted { names[$0.file] < names[$1.file] }
        for (file, body) in primary + overrides {
            switch body {
            case .native(let body): declare(body, file: file)
            case .json(let root): declareJSON(root, file: file)
            }
        }
        bodies = []
        findDuplicates(names: names)
    }

    /// Each name declared again after its first declaration, in the order
    /// Terraform reads the primary files (bytewise by name, then in source
    /// order), so that every file of the module linted finds the same first:
    /// Terraform refuses such a module ("Duplicate resource", "Duplicate
    /// variable declaration", "Duplicate local value definition").
    /// `names` holds each file's name, by its index in `files`.
    private func findDuplicates(names: [TerraformModuleFiles.FileName]) {
        defer { declarations = [] }
        guard declarations.count > 1 else { return }
        let ordered = declarations.sorted { first, second in
            (names[first.file], first.range.start) < (names[second.file], second.range.start)
        }
        // Keyed by a plain String, index into `ordered`: interpolating the
        // kind would reflect on the enum, 2.3 M instructions a 2 KB file.
        var seen: [String: Int] = [:]
        for (index, declaration) in ordered.enumerated() {
            let key = declaration.kind.rawValue + declaration.name
            if let first = seen[key] {
                duplicates.append(duplicate(declaration, of: ordered[first]))
            } else {
                seen[key] = index
            }
        }
    }

    private func duplicate(_ declaration: Declaration, of first: Declaration) -> Duplicate {
        let place = "\(files[first.file].path):\(first.range.start)"
        let (what, pointer, rule): (String, JSONPointer, String) = switch declaration.kind {
        case .resource:
            ("\(schema.type) resource \"\(declaration.name)\" is already declared at \(place)",
             JSONPointer(["resource", schema.type, declaration.name]), "resource names must be unique per type in a module")
        case .variable:
            ("variable \"\(declaration.name)\" is already declared at \(place)", JSONPointer(["variable", declaration.name]),
             "variable names must be unique in a module")
        case .local:
            ("local value \"\(declaration.name)\" is already defined at \(place)", JSONPointer(["locals", declaration.name]),
             "local value names must be unique in a module")
        }
        return Duplicate(
            file: declaration.file, range: declaration.range, pointer: pointer, message: "\(what); \(rule)",
            first: (first.file, first.range))
    }

    /// Adds the module's other files, each after the last.
    private func read(_ others: [TerraformSourceFile], limits: ReadLimits) {
        for other in others {
            if other.isUnreadable {
                definitionsAreBroken = true
            } else if other.isJSON {
                readJSON(other, limits: limits)
            } else {
                readHCL(other, limits: limits)
            }
        }
    }

    /// A `.tfvars.json` file: its members are variables' values.
    private func readJSON(_ other: TerraformSourceFile, limits: ReadLimits) {
        let stream = other.parsedJSON(limits: limits)
        let root = stream.documents.first?.root
        if other.isConfiguration {
            // A `.tf.json` file that does not parse gives nothing, as a `.tf` one.
            if let error = stream.syntaxError {
                return brokenConfiguration(other, TerraformSyntaxError(json: error, of: other.bytes, source: stream.source))
            }
            guard let root else { return }
            files.append(File(path: other.path, source: stream.source, isOverride: other.isOverride, isLinted: other.isLinted))
            return bodies.append((files.count - 1, .json(root)))
        }
        if let error = stream.syntaxError ?? TerraformModuleFiles.objectError(root) { return broken(other, error) }
        guard case .mapping(let entries)? = root?.content else { return }
        files.append(File(path: other.path, source: stream.source))
        for entry in entries {
            if let name = entry.name { assignments[name] = .json(file: files.count - 1, entry.value) }
        }
    }

    /// A `.tf` file (its `variable` and `locals` blocks) or a `.tfvars` file
    /// (its arguments are variables' values); a `.tf` file that does not
    /// parse gives nothing.
    private func readHCL(_ other: TerraformSourceFile, limits: ReadLimits) {
        let parsed: HCLFile
        switch other.parsedHCL(limits: limits) {
        case .success(let file):
            parsed = file
        case .failure(let error):
            guard other.isConfiguration else {
                return broken(other, TerraformSyntaxError(error, of: other.bytes, limits: limits, isVariableValues: true).error)
            }
            return brokenConfiguration(other, TerraformSyntaxError(error, of: other.bytes, limits: limits, isVariableValues: false))
        }
        files.append(File(
            path: other.path, source: parsed.source, directives: TerraformLinting.directives(in: parsed, resources: []),
            isOverride: other.isOverride, isLinted: other.isLinted))
        if other.isConfiguration {
            bodies.append((files.count - 1, .native(parsed.body)))
        } else {
            for attribute in parsed.body.attributes {
                assignments[attribute.name.text] = .expression(file: files.count - 1, attribute.value)
            }
        }
    }

    private func brokenConfiguration(_ other: TerraformSourceFile, _ error: TerraformSyntaxError) {
        files.append(File(path: other.path, source: SourceText(bytes: other.bytes)))
        brokenConfigurations.append((files.count - 1, error))
    }

    /// A definitions file that does not parse: no variable is known, and its
    /// error is reported unless the run lints the file itself.
    private func broken(_ other: TerraformSourceFile, _ error: SyntaxError) {
        files.append(File(path: other.path, source: SourceText(bytes: other.bytes)))
        definitionsAreBroken = true
        if !other.isLinted { brokenDefinitions.append((files.count - 1, error)) }
    }

    /// The `variable`, `locals` and resource blocks of a `.tf` file.
    private func declare(_ body: HCLBody, file: Int) {
        let source = files[file].source
        for block in body.blocks {
            switch block.type.text {
            case "variable":
                guard block.labels.count == 1, let label = block.labels.first else { continue }
                let attributes = block.body.attributes
                let sensitive = attributes.first { $0.name.text == "sensitive" }
                var isSensitive: Bool? = sensitive == nil ? false : nil
                if case .bool(let flag)? = sensitive?.value.kind { isSensitive = flag }
                var isNullable = true
                if case .bool(false)? = attributes.first(where: { $0.name.text == "nullable" })?.value.kind { isNullable = false }
                declareVariable(
                    label.value,
                    Variable(
                        file: file, labelRange: source.range(of: label.range),
                        defaultValue: attributes.first { $0.name.text == "default" }.map { .expression(file: file, $0.value) },
                        isSensitive: isSensitive, isNullable: isNullable),
                    written: Set(attributes.map(\.name.text)), header: source.range(of: Self.header(block)))
            case "locals":
                for attribute in block.body.attributes {
                    declareLocal(
                        attribute.name.text, .expression(file: file, attribute.value), file: file,
                        at: source.range(of: attribute.name.range))
                }
            default:
                guard block.type.text == "resource", block.labels.count == 2, block.labels[0].value == schema.type else {
                    continue
                }
                declareResource(ResourceBlock(
                    file: file, name: block.labels[1].value, written: .native(block),
                    header: source.range(of: Self.header(block))))
            }
        }
    }

    /// A block's type and labels: where Terraform reports the block.
    private static func header(_ block: HCLBlock) -> ByteRange {
        ByteRange(start: block.type.range.start, end: block.labels.last?.range.end ?? block.type.range.end)
    }

    /// A variable declared in file `file`; in an override file, each
    /// argument it writes (`written`) replaces the original's, and one with
    /// no original is WF504 at its `header`. The original's place stays the
    /// variable's (Terraform keeps its declaration's range).
    private func declareVariable(_ name: String, _ variable: Variable, written: Set<String>, header: SourceRange) {
        guard files[variable.file].isOverride else {
            declarations.append(Declaration(kind: .variable, name: name, file: variable.file, range: header))
            variables[name] = variable
            return
        }
        guard var original = variables[name] else {
            return missing(
                "there is no variable \"\(name)\" to override; an override file can only override a variable declared in "
                    + "a primary configuration file of the module", file: variable.file, at: header,
                pointer: JSONPointer(["variable", name]))
        }
        if written.contains("default") { original.defaultValue = variable.defaultValue }
        if written.contains("sensitive") { original.isSensitive = variable.isSensitive }
        if written.contains("nullable") { original.isNullable = variable.isNullable }
        variables[name] = original
    }

    /// A local value of file `file`; in an override file it replaces the
    /// original of its name, and one with no original is WF504 at its name.
    private func declareLocal(_ name: String, _ value: Assignment, file: Int, at range: SourceRange) {
        guard !files[file].isOverride || locals[name] != nil else {
            return missing(
                "there is no local value \"\(name)\" to override; an override file can only override a local value "
                    + "defined in a primary configuration file of the module", file: file, at: range,
                pointer: JSONPointer(["locals", name]))
        }
        if !files[file].isOverride { declarations.append(Declaration(kind: .local, name: name, file: file, range: range)) }
        locals[name] = value
    }

    /// A resource of the module's type; one in an override file with no
    /// original in a primary file is WF504 at its header.
    private func declareResource(_ block: ResourceBlock) {
        if !files[block.file].isOverride {
            declarations.append(Declaration(kind: .resource, name: block.name, file: block.file, range: block.header))
        }
        if files[block.file].isOverride
            && !resourceBlocks.contains(where: { !files[$0.file].isOverride && $0.name == block.name })
        {
            missing(
                "there is no \(schema.type) resource named \"\(block.name)\" to override; an override file can only "
                    + "override a resource block defined in a primary configuration file of the module",
                file: block.file, at: block.header, pointer: JSONPointer(["resource", schema.type, block.name]))
        }
        resourceBlocks.append(block)
    }

    private func missing(_ message: String, file: Int, at range: SourceRange, pointer: JSONPointer) {
        missingOriginals.append(MissingOriginal(file: file, range: range, pointer: pointer, message: message))
    }

    /// The `variable`, `locals` and resources of a `.tf.json` file (HCL's JSON syntax:
    /// `{"variable": {"NAME": {"default": ...}}, "locals": {"NAME": ...}}`,
    /// where each object may be an array of objects).
    private func declareJSON(_ root: Node, file: Int) {
        typealias JSON = TerraformJSONTranslator
        for body in JSON.objects(root) {
            for declared in JSON.members(body, named: "variable").flatMap(JSON.objects) {
                for entry in declared.entries ?? [] {
                    guard let name = entry.name, name != JSON.comment, let block = JSON.objects(entry.value).first else {
                        continue
                    }
                    let sensitive = JSON.members(block, named: "sensitive").first
                    var isSensitive: Bool? = sensitive == nil ? false : nil
                    if case .scalar(let scalar)? = sensitive?.content, case .bool(let flag) = scalar.value {
                        isSensitive = flag
                    }
                    var isNullable = true
                    if case .scalar(let scalar)? = JSON.members(block, named: "nullable").first?.content,
                        case .bool(false) = scalar.value
                    { isNullable = false }
                    declareVariable(
                        name,
                        Variable(
                            file: file, labelRange: entry.key.range,
                            defaultValue: JSON.members(block, named: "default").first.map { .jsonConfiguration(file: file, $0) },
                            isSensitive: isSensitive, isNullable: isNullable),
                        written: Set((block.entries ?? []).compactMap(\.name)), header: entry.key.range)
                }
            }
            for written in JSON.members(body, named: "locals").flatMap(JSON.objects) {
                for entry in written.entries ?? [] {
                    guard let name = entry.name, name != JSON.comment else { continue }
                    declareLocal(name, .jsonConfiguration(file: file, entry.value), file: file, at: entry.key.range)
                }
            }
        }
        for block in JSON.resources(of: schema, in: root) {
            declareResource(ResourceBlock(
                file: file, name: block.name, written: .json(block), header: block.key?.range ?? block.body.range))
        }
    }

    /// The value of `root.name` (`var.x`, `local.y`), or nil when it is no
    /// reference this module resolves.
    func value(_ root: String, _ name: String) -> Node? {
        let key = root + "." + name
        if let known = resolved[key] {
            variablesRead.formUnion(known.variables)
            return known.node
        }
        guard root == "var" || root == "local" else { return nil }
        let outer = variablesRead
        variablesRead = root == "var" ? [name] : []
        defer { variablesRead.formUnion(outer) }
        // A reference to itself, however long the way round, is unknown.
        guard resolving.insert(key).inserted else { return nil }
        defer { resolving.remove(key) }
        let node = root == "var" ? variableValue(name) : localValue(name)
        resolved[key] = node.map { ($0, variablesRead) }
        return node
    }

    /// A variable's value; one declared `sensitive` is marked so: whatever
    /// is built from it stays out of every output.
    private func variableValue(_ name: String) -> Node? {
        let node = assignedValue(name)
        // `sensitive` that is not a literal `false` may be true: the safe side.
        if let node, let declared = variables[name], declared.isSensitive != false { markSensitive(node) }
        return node
    }

    /// A variable set to `null` is what Terraform makes of it: its
    /// `default` when it is declared `nullable = false`, else `null` (a
    /// null scalar: the argument it is given is unset).
    private func assignedValue(_ name: String) -> Node? {
        guard !definitionsAreBroken else { return nil }
        guard let assignment = assignments[name] else { return defaultValue(name) }
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

    /// Marks `node` and everything in it as a sensitive variable's value.
    private func markSensitive(_ node: Node) {
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

    private func localValue(_ name: String) -> Node? { locals[name].flatMap(value(of:)) }

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

    /// A `.tfvars.json` value: JSON is literal, but a string that holds a
    /// template sequence is one Terraform would evaluate, so it is unknown.
    private func jsonValue(_ node: Node, file: Int) -> Node? {
        if holdsTemplate(node) { return UnknownNode(expression: "", range: node.range, bytes: node.bytes) }
        built(node, in: file)
        return node
    }

    private func holdsTemplate(_ node: Node) -> Bool {
        switch node.content {
        case .scalar(let scalar): return scalar.text.contains("${") || scalar.text.contains("%{")
        case .sequence(let items): return items.contains(where: holdsTemplate)
        case .mapping(let entries): return entries.contains { holdsTemplate($0.key) || holdsTemplate($0.value) }
        }
    }

    /// The file `node` was built from, if `built(_:in:)` recorded it.
    func file(of node: Node) -> Int? { fileOf[node.address] }

    /// Where the value `node` is used (`uses`), if it came there through a reference.
    func use(of node: Node) -> TerraformPlace? { uses[node.address] }

    /// Records that the value `node` is used at `place`.
    func recordUse(of node: Node, at place: TerraformPlace) { uses[node.address] = place }

    /// Records that `node` and everything in it are in file `index`.
    func built(_ node: Node, in index: Int) {
        guard fileOf[node.address] == nil else { return }
        fileOf[node.address] = index
        switch node.content {
        case .scalar: return
        case .sequence(let items): items.forEach { built($0, in: index) }
        case .mapping(let entries):
            for entry in entries {
                built(entry.key, in: index)
                built(entry.value, in: index)
            }
        }
    }

    /// Takes `node` into the document when the budget allows it: nil (unknown) when it does not.
    func admitted(_ node: Node) -> Node? {
        let size = self.size(of: node)
        guard size <= budget else { return nil }
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
