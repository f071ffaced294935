import DocumentModel
import HCLReader

/// What a splat or a tuple `for` reads of its collection, for WF506: the
/// parts of each element that its steps, or its body's uses of the
/// element, name. Terraform marks each value as ephemeral, not each
/// expression: `terraform plan` (v1.11.4) takes `cidrs = local.l[*].c`,
/// `[for x in local.l : x.c]` with `l = [{ c = "10.0.0.0/16", t = var.eph
/// }]`, and `[for i, v in [var.eph] : "10.0.${i}.0/24"]`; it refuses
/// `local.l[*].t`, `[for x in local.l : x.t]` and `[for x in local.l : x.c
/// if x.t != ""]`. WF506 read the whole collection, and failed the first three.
/// So for an index computed from a known value: `terraform plan` takes
/// `[local.m[local.k]]` with `m = { a = "10.0.0.0/16", b = var.eph }` and
/// `k = "a"`, and refuses it with `k = "b"`.
///
/// Where the collection is written (through locals) as a tuple, or for a
/// `for` an object with literal keys, the ephemeral values its evaluation
/// reads are replaced by those the parts read; a part is followed through
/// constructors as far as its steps are literal, and read whole from
/// there. Any other collection is read whole, as before.
enum TerraformEphemeralParts {
    /// How many parts a splat or a `for` reads one by one; past it the
    /// collection is read whole.
    static let maximumParts = 100_000

    /// The parts a reference to a local reads: `root` and `steps` are
    /// `local.NAME` and steps to a part of its expression, through
    /// constructors (literal steps, or an index whose value `values` knows:
    /// `local.m[local.k]` of `m = { a = "...", b = var.eph }` reads `a`, as
    /// `terraform plan` has it), as far as they go, then, after a splat, the
    /// steps each element takes (what an index reads, `known` reads). Nil
    /// when it is not so written.
    static func traversalParts(_ root: HCLExpression, _ steps: [HCLTraversalStep], in values: TerraformValues) -> [HCLExpression]? {
        guard let module = values.module, case .variable("local") = root.kind, let first = steps.first,
            case .attribute(let name) = first.kind, case .expression(_, var value)? = module.declared.locals[name],
            let named = TerraformEphemeralLength.namedSteps(steps.dropFirst())
        else { return nil }
        for step in named {
            guard let key = TerraformValues.key(of: step) ?? knownIndex(step, in: values),
                let item = TerraformValues.part(of: value, key: key, keysKnown: true)
            else { return [value] }
            value = item
        }
        guard named.endIndex < steps.endIndex else { return [value] }
        var path: [String] = []
        for step in steps[(named.endIndex + 1)...] {
            guard let key = TerraformValues.key(of: step) ?? knownIndex(step, in: values) else { break }
            path.append(key)
        }
        while case .parentheses(let inner) = value.kind { value = inner }
        // A splat of what is no list is a tuple of the value itself; a
        // part of what is no constructor is the whole of it.
        let elements = if case .tuple(let items) = value.kind { items } else { [value] }
        guard elements.count <= maximumParts else { return nil }
        return elements.map { part(of: $0, at: path) }
    }

    /// The key an index step computes from a reference whose value is a
    /// known string or integer (`[local.k]`, `[i]` of a `for`); its reads
    /// are set aside (`TerraformValues.known` reads the index itself).
    private static func knownIndex(_ step: HCLTraversalStep, in values: TerraformValues) -> String? {
        guard case .index(let index) = step.kind, let module = values.module else { return nil }
        let root: HCLExpression, steps: [HCLTraversalStep]
        switch index.kind {
        case .traversal(let traversed, let taken): (root, steps) = (traversed, taken)
        case .variable: (root, steps) = (index, [])
        default: return nil
        }
        var (variables, ephemeral): (Set<String>, Set<String>) = ([], [])
        swap(&variables, &module.variablesRead)
        swap(&ephemeral, &module.ephemeralRead)
        defer {
            swap(&variables, &module.variablesRead)
            swap(&ephemeral, &module.ephemeralRead)
        }
        guard let key = values.known(root, steps, as: nil), !key.isUnknown, case .scalar(let scalar) = key.content else { return nil }
        switch scalar.value {
        case .string(let text): return text
        case .integer(let number): return String(number)
        default: return nil
        }
    }

    /// The parts a tuple `for` reads of its collection's elements: what each
    /// use of its value variable in its key, body and condition names (its
    /// key variable reads no element: a tuple's index, or a key written
    /// literally); nil when the collection is written otherwise.
    static func forParts(_ loop: HCLForExpression, module: TerraformModule) -> [HCLExpression]? {
        guard let elements = elements(of: loop.collection, module: module) else { return nil }
        let name = loop.valueVariable.text
        let paths = [loop.key, loop.value, loop.condition].compactMap { $0 }.flatMap { part in
            TerraformReferenceSites.sites(in: part, roots: [name]).map { site -> [String] in
                switch site.invalid {
                case nil: [site.name] + site.members
                case .index? where !site.name.isEmpty: [site.name]
                default: []
                }
            }
        }
        guard elements.count * paths.count <= maximumParts else { return nil }
        return elements.flatMap { element in paths.map { part(of: element, at: $0) } }
    }

    /// The part of `expression` that `path` names, through object and tuple
    /// constructors as far as they go.
    static func part(of expression: HCLExpression, at path: [String]) -> HCLExpression {
        var part = expression
        for key in path {
            guard let next = TerraformValues.part(of: part, key: key, keysKnown: true) else { break }
            part = next
        }
        return part
    }

    /// The elements of a collection (a `for_each`, a `for`'s) written as a
    /// tuple or an object with literal keys, directly or as a local's
    /// expression; nil for any other.
    static func elements(of collection: HCLExpression, module: TerraformModule, depth: Int = 0) -> [HCLExpression]? {
        switch collection.kind {
        case .parentheses(let inner):
            return elements(of: inner, module: module, depth: depth)
        case .tuple(let items):
            return items
        case .object(let items):
            return items.allSatisfy({ $0.literalKey != nil }) ? items.map(\.value) : nil
        case .traversal(let root, let steps):
            guard depth < TerraformEphemeralLength.maximumDepth, case .variable("local") = root.kind, steps.count == 1,
                case .attribute(let name) = steps[0].kind, case .expression(_, let value)? = module.declared.locals[name]
            else { return nil }
            return elements(of: value, module: module, depth: depth + 1)
        default:
            return nil
        }
    }
}

extension TerraformValues {
    /// `evaluate`'s result (a splat's, a `for` collection's value), with the
    /// ephemeral values it reads replaced by those `parts` read, when they
    /// are known (`TerraformEphemeralParts`). The variables it reads that
    /// are not ephemeral are kept (WF503 asks of them).
    func readingParts<Result>(_ parts: () -> [HCLExpression]?, _ evaluate: () -> Result) -> Result {
        guard let module else { return evaluate() }
        var outerVariables: Set<String> = [], outerEphemeral: Set<String> = []
        swap(&outerVariables, &module.variablesRead)
        swap(&outerEphemeral, &module.ephemeralRead)
        defer {
            module.variablesRead.formUnion(outerVariables)
            module.ephemeralRead.formUnion(outerEphemeral)
        }
        let result = evaluate()
        guard !module.ephemeralValuesRead.isEmpty, let parts = parts() else { return result }
        module.variablesRead = module.variablesRead.filter { module.variables[$0]?.isEphemeral != true }
        module.ephemeralRead = []
        for part in parts { noteEphemeralReads(in: part) }
        return result
    }
}
