import DocumentModel
import HCLReader

/// Terraform's `length` keeps only its argument's own marks: the length of
/// a list that holds an ephemeral value is no ephemeral value (`terraform
/// plan`, v1.11.4, takes `workforce_name = length(local.tokens) > 0 ? "a" :
/// "b"` with `tokens = [var.token]`), and the length of an ephemeral list is
/// one (`length(var.tokens[*])` is refused). WF506 read every reference in
/// such an argument, and failed a configuration Terraform takes.
///
/// An argument's reads are left out only where its value is known not to
/// be ephemeral as a whole: a tuple constructor, an object constructor whose
/// keys are all written literally (a computed key's marks are the object's),
/// a tuple `for` without a condition over such a collection (HCL's `ForExpr`
/// gives its result the collection's marks and the condition's), `tolist` of
/// such a value (a list keeps its elements' marks; a set cannot:
/// `length(toset([var.eph]))` is refused), a reference to a variable not
/// declared ephemeral, or a splat of, or a part (literal steps through
/// constructors) of, a local whose expression is such: `terraform plan`
/// takes `count = length(local.l[*].t)`, `length([for x in local.l : x.t])`,
/// `length(tolist([var.eph]))` and `length(local.o.list)` with `o = { list =
/// [var.eph] }`. Anything else (another call, a template, an index that may
/// reach an ephemeral element) is read as before.
enum TerraformEphemeralLength {
    /// The arguments of `length` calls in `expression` whose reads WF506 does not count.
    static func uncountedArguments(in expression: HCLExpression, module: TerraformModule) -> [ByteRange] {
        expression.calls(named: ["length", "core::length"]).compactMap { call in
            guard call.arguments.count == 1, !call.expandsFinalArgument,
                isNotEphemeralAsAWhole(call.arguments[0], module: module)
            else { return nil }
            return call.arguments[0].range
        }
    }

    /// Whether `expression` is known not to be ephemeral as a whole: what it
    /// reads is only inside its value (`[var.token]`, `{ n = var.token }`,
    /// a local that is such). HCL's conditional keeps only its branches' own
    /// marks too, and so do `count`, `for_each` and a `dynamic` block's
    /// `for_each` (`TerraformValues.noteEphemeralReads(ofWhole:)`).
    static func isNotEphemeralAsAWhole(_ expression: HCLExpression, module: TerraformModule) -> Bool {
        isNotEphemeralAsAWhole(expression, module: module, depth: 0)
    }

    /// How many locals a reference is followed through: a cycle, or a long
    /// chain, is read as before.
    static let maximumDepth = 16

    private static func isNotEphemeralAsAWhole(_ expression: HCLExpression, module: TerraformModule, depth: Int) -> Bool {
        switch expression.kind {
        case .parentheses(let inner):
            return isNotEphemeralAsAWhole(inner, module: module, depth: depth)
        case .tuple:
            return true
        case .object(let items):
            // A computed key's marks are the whole object's (`ObjectConsExpr.Value` in hashicorp/hcl).
            return items.allSatisfy { $0.literalKey != nil }
        case .forExpression(let loop):
            return !loop.buildsObject && loop.condition == nil && isNotEphemeralAsAWhole(loop.collection, module: module, depth: depth)
        case .call(let call):
            guard ["tolist", "core::tolist"].contains(call.name.text), call.arguments.count == 1, !call.expandsFinalArgument
            else { return false }
            return isNotEphemeralAsAWhole(call.arguments[0], module: module, depth: depth)
        case .traversal(let root, let steps):
            guard depth < maximumDepth, case .variable(let rootName) = root.kind, let first = steps.first,
                case .attribute(let name) = first.kind
            else { return false }
            switch rootName {
            case "var":
                return module.variables[name].map { !$0.isEphemeral } ?? false
            case "local":
                guard case .expression(_, var value)? = module.declared.locals[name],
                    let named = namedSteps(steps.dropFirst())
                else { return false }
                // The steps before a splat name a part of the value; a splat
                // makes a tuple whose own marks are those of what it splats.
                for step in named {
                    guard let key = TerraformValues.key(of: step), let part = TerraformValues.part(of: value, key: key, keysKnown: true)
                    else { return false }
                    value = part
                }
                return isNotEphemeralAsAWhole(value, module: module, depth: depth + 1)
            default:
                return false
            }
        default:
            return false
        }
    }

    /// The steps of a traversal before its first splat, when what follows
    /// a splat only reaches into each element: everything after `[*]`, the
    /// attribute steps after `.*` (`local.l.*.c[0]` indexes the splat's
    /// tuple, an element's marks). Nil for any other.
    static func namedSteps(_ steps: ArraySlice<HCLTraversalStep>) -> ArraySlice<HCLTraversalStep>? {
        guard let splat = steps.firstIndex(where: isSplat) else { return steps }
        if case .attributeSplat = steps[splat].kind, !steps[(splat + 1)...].allSatisfy(\.continuesAttributeSplat) { return nil }
        return steps[..<splat]
    }

    static func isSplat(_ step: HCLTraversalStep) -> Bool {
        switch step.kind {
        case .fullSplat, .attributeSplat: true
        default: false
        }
    }
}
