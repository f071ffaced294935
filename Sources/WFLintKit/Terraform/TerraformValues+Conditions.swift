import DocumentModel
import HCLReader

/// Conditionals whose condition is known: `cond ? a : b` is `a` or `b`, as
/// Terraform evaluates it at plan with the same variable values. The common
/// form is a module's optional block, `for_each = length(var.cidrs) > 0 ?
/// [1] : []` or `var.vpc_id != null ? [1] : []`: with the variable's value
/// known, the block is known to be made or not, and its content is checked
/// only when it is (before, such a block counted as made, and its content
/// was checked against the very value that leaves it out).
///
/// What a condition may compute with is small on purpose: literals, known
/// references, `length(...)`, `!`, `&&`, `||`, comparisons and arithmetic on
/// integers, `==` and `!=` on values of one type or against `null`. Anything
/// else leaves the condition, and so the conditional, unknown.
extension TerraformValues {
    /// The branch a known condition chooses, as `node(_:as:)` makes it; an
    /// unknown node when the condition is not known.
    ///
    /// HCL's conditional keeps the marks of both branches' values, chosen or
    /// not (`ConditionalExpr.Value` in hashicorp/hcl), but only their own:
    /// `terraform validate` (v1.11.4) refuses `workforce_name = true ? "wf"
    /// : var.eph` and takes `true ? ["wf"] : [var.eph]`. A branch not known
    /// to be chosen has its reads noted (WF506) only when it may be
    /// ephemeral as a whole.
    func conditional(
        _ condition: HCLExpression, _ whenTrue: HCLExpression, _ whenFalse: HCLExpression,
        as type: TerraformArgument.ValueType?, _ expression: HCLExpression
    ) -> Node? {
        let decided = deciding(condition)
        for (branch, chosenWhen) in [(whenTrue, true), (whenFalse, false)] where decided != .bool(chosenWhen) {
            noteEphemeralReads(ofWhole: branch)
        }
        guard case .bool(let holds)? = decided else { return unknown(expression) }
        return node(holds ? whenTrue : whenFalse, as: type)
    }

    /// The value of a condition that decides (a conditional's, a `for`'s
    /// `if`). A variable it reads decides, and feeds no value (WF503 asks the
    /// variables that feed a secret to be sensitive): the reads so far are
    /// set aside while it is read, and its own dropped after; so are the
    /// ephemeral values its evaluation reads. An ephemeral value makes the
    /// result ephemeral all the same: `terraform validate` refuses `var.eph
    /// != "" ? "a" : "b"` in an argument (WF506); `noteEphemeralReads` finds
    /// those in the whole condition, the parts it does not compute with too,
    /// and not those `length` counts without (`TerraformEphemeralLength`).
    func deciding(_ condition: HCLExpression) -> ConditionValue? {
        var (feeding, ephemeral): (Set<String>, Set<String>) = ([], [])
        func setAside() {
            guard let module else { return }
            swap(&feeding, &module.variablesRead)
            swap(&ephemeral, &module.ephemeralRead)
        }
        setAside()
        let decided = conditionValue(condition)
        setAside()
        noteEphemeralReads(in: condition)
        return decided
    }

    /// `node` as a condition computes with it: as its variable's type
    /// converts it when it is a typed variable's value, reached through a
    /// local or a `for`'s name (`bool` makes `"true"` `true`); only for `null`
    /// when such a value holds it (an element of `var.flags`, `list(bool)`).
    private func convertedValue(_ node: Node) -> ConditionValue? {
        guard let module, let declared = module.convertingType(of: node) else { return ConditionValue.of(node) }
        return ConditionValue.of(node, converted: declared)
    }

    /// The value of `expression` as a condition computes with it; nil when
    /// it is not known or is nothing a condition here computes with.
    func conditionValue(_ expression: HCLExpression) -> ConditionValue? {
        switch expression.kind {
        case .bool(let flag): return .bool(flag)
        case .null: return .null
        case .number(let number): return Double(number.text).flatMap(ConditionValue.exact)
        case .template(let template):
            if let wrapped = template.wrapped { return conditionValue(wrapped) }
            return template.literalValue.map(ConditionValue.string)
        case .parentheses(let inner): return conditionValue(inner)
        case .traversal(let root, let steps):
            guard let node = known(root, steps, as: nil) else { return nil }
            // A variable's declared type converts its value (`"true"` to
            // `true`): read only what the conversion keeps.
            if case .variable("var") = root.kind, case .attribute(let name)? = steps.first?.kind,
                let declared = module?.variables[name]?.declaredType
            {
                return ConditionValue.of(node, converted: steps.count == 1 ? declared : .other)
            }
            return convertedValue(node)
        case .tuple(let items): return .collection(count: items.count)
        case .object(let items): return .collection(count: items.count)
        case .unary(let op, let operand):
            switch (op, conditionValue(operand)) {
            case (.not, .bool(let flag)?): return .bool(!flag)
            case (.negate, .number(let number)?): return ConditionValue.exact(-number)
            default: return nil
            }
        case .call(let call):
            guard call.name.text == "length", call.arguments.count == 1, !call.expandsFinalArgument else { return nil }
            switch conditionValue(call.arguments[0]) {
            case .collection(let count)?: return .number(Double(count))
            case .string(let text)?: return ConditionValue.length(of: text).map { .number(Double($0)) }
            default: return nil
            }
        case .binary(let first, let rest):
            var value = conditionValue(first)
            for step in rest {
                guard let left = value, let right = conditionValue(step.operand) else { return nil }
                value = ConditionValue.apply(step.op, left, right)
            }
            return value
        case .conditional(let condition, let whenTrue, let whenFalse):
            guard case .bool(let holds)? = conditionValue(condition) else { return nil }
            return conditionValue(holds ? whenTrue : whenFalse)
        case .variable:
            // A name a `for` binds (`if enabled`).
            return known(expression, [], as: nil).flatMap(convertedValue)
        case .forExpression:
            return nil
        }
    }
}

/// A value a condition computes with. A list, set, map or object is known
/// by its size alone: `length` is what conditions ask of one. A number is
/// one only while it is an integer a `Double` holds exactly (below 2^53):
/// HCL's numbers are exact, and `0.1 + 0.2 == 0.3` holds there.
enum ConditionValue: Equatable {
    case null
    /// A value known only not to be `null`: a typed variable's, which its
    /// type may convert.
    case notNull
    case bool(Bool)
    case number(Double)
    case string(String)
    case collection(count: Int)

    /// A typed variable's value as its type `declared` converts it, as far
    /// as that is known.
    static func of(_ node: Node, converted declared: TerraformModule.DeclaredType) -> ConditionValue? {
        guard !node.isUnknown else { return nil }
        switch (node.content, declared) {
        case (.scalar(let scalar), _): return scalar.value == .null ? .null : .notNull
        // A set's size is its distinct elements', known when all are known
        // scalars (`terraform console`: `length` of a `set(string)` of
        // `["a", "a"]` is 1); a list's repeated elements make `of` nil.
        case (.sequence(let items), .set):
            guard items.allSatisfy({ !$0.isUnknown && $0.scalarText != nil }) else { return nil }
            return .collection(count: TerraformValues.distinctScalars(in: items))
        case (.sequence, .list), (.mapping, .map): return of(node)
        default: return .notNull
        }
    }

    /// The characters (grapheme clusters) Terraform's `length` counts in
    /// `text`, or nil where it may count otherwise than Swift. Terraform
    /// segments text by Unicode 15.0 (go-textseg v15); Swift's newer rules
    /// join an Indic consonant, a virama and the next consonant (GB9c), so
    /// `length("\u0915\u094d\u0937")` is 2 in `terraform console` and
    /// `"\u0915\u094d\u0937".count` is 1, and know characters 15.0 does
    /// not. Text with a virama or such a character is not counted.
    static func length(of text: String) -> Int? {
        guard !text.unicodeScalars.contains(where: isSegmentedOtherwise) else { return nil }
        return text.count
    }

    /// Whether Swift's grapheme rules may treat `scalar` otherwise than
    /// Unicode 15.0's: a virama (GB9c), or a character assigned after 15.0
    /// or not at all (`length("a\u0897")` is 2 in Terraform, where U+0897
    /// is unassigned, and 1 in Swift, where it is a mark).
    private static func isSegmentedOtherwise(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x80 else { return false }
        let properties = scalar.properties
        guard let age = properties.age, age.major < 15 || (age.major == 15 && age.minor == 0) else { return true }
        return properties.canonicalCombiningClass == .virama
    }

    /// A known node's value; nil for what is not known. A variable's value
    /// is as written (wflint does not apply its declared `type`), so a list
    /// with a repeated element has no size here: a `set` type would merge them.
    static func of(_ node: Node) -> ConditionValue? {
        guard !node.isUnknown else { return nil }
        switch node.content {
        case .sequence(let items):
            let texts = items.compactMap(\.scalarText)
            guard Set(texts.map(ExactText.init)).count == texts.count else { return nil }
            return .collection(count: items.count)
        case .mapping(let entries): return .collection(count: entries.count)
        case .scalar(let scalar):
            switch scalar.value {
            case .null: return .null
            case .bool(let flag): return .bool(flag)
            case .integer(let number): return exact(Double(number))
            case .float(let number): return exact(number)
            case .string(let text): return .string(text)
            case .timestamp, .binary: return nil
            }
        }
    }

    /// `left op right`, or nil where HCL's result is not one computed here
    /// (two collections compared, a number divided by zero).
    static func apply(_ op: HCLBinaryOperator, _ left: ConditionValue, _ right: ConditionValue) -> ConditionValue? {
        switch (op, left, right) {
        case (.equal, _, _): return equal(left, right).map(ConditionValue.bool)
        case (.notEqual, _, _): return equal(left, right).map { .bool(!$0) }
        case (.and, .bool(let a), .bool(let b)): return .bool(a && b)
        case (.or, .bool(let a), .bool(let b)): return .bool(a || b)
        case (.less, .number(let a), .number(let b)): return .bool(a < b)
        case (.lessOrEqual, .number(let a), .number(let b)): return .bool(a <= b)
        case (.greater, .number(let a), .number(let b)): return .bool(a > b)
        case (.greaterOrEqual, .number(let a), .number(let b)): return .bool(a >= b)
        case (.add, .number(let a), .number(let b)): return exact(a + b)
        case (.subtract, .number(let a), .number(let b)): return exact(a - b)
        case (.multiply, .number(let a), .number(let b)): return exact(a * b)
        case (.divide, .number(let a), .number(let b)) where b != 0: return exact(a / b)
        default: return nil
        }
    }

    /// `number` when it is an integer a `Double` holds exactly; else nil
    /// (not known here).
    static func exact(_ number: Double) -> ConditionValue? {
        number.rounded() == number && abs(number) < 9_007_199_254_740_992 ? .number(number) : nil
    }

    /// Whether two values are equal as HCL's `==` has it: `null` equals
    /// only `null`; strings are compared as Terraform normalises them
    /// (NFC: canonically equivalent strings are equal). Nil for two values
    /// of two types (Terraform may convert one, by a variable's declared
    /// type, `"true"` to `true`) and for two collections, whose elements are not kept.
    private static func equal(_ left: ConditionValue, _ right: ConditionValue) -> Bool? {
        switch (left, right) {
        case (.null, .null): return true
        case (.null, _), (_, .null): return false
        case (.notNull, _), (_, .notNull): return nil
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        default: return nil
        }
    }
}
