import DocumentModel

/// An expression of HCL's expression language, with its byte range.
///
/// The tree is kept shallow where source can be long without nesting: a
/// traversal (`a.b[0].c`) is one node with a list of steps, and operators of
/// one precedence level in a row (`a + b - c`) are one `binary` node, read
/// left to right. A tree is released recursively, one stack frame a level,
/// so only real nesting (brackets, templates, conditionals, unary operators)
/// deepens it, and that is bounded by `ReadLimits.maximumDepth`.
public struct HCLExpression: Sendable {
    public indirect enum Kind: Sendable {
        case number(HCLNumber)
        case bool(Bool)
        case null
        /// A quoted string or a heredoc.
        case template(HCLTemplate)
        /// A bare identifier: a variable, or the root of a traversal (`var`
        /// in `var.name`). As an object key it is the key's literal name.
        case variable(String)
        case call(HCLFunctionCall)
        case tuple([HCLExpression])
        case object([HCLObjectItem])
        case forExpression(HCLForExpression)
        /// An expression followed by attribute accesses, indexes and splats.
        case traversal(HCLExpression, [HCLTraversalStep])
        case parentheses(HCLExpression)
        case unary(HCLUnaryOperator, HCLExpression)
        /// `first op operand op operand ...`, all operators of one precedence
        /// level, applied left to right.
        case binary(HCLExpression, [HCLBinaryStep])
        case conditional(condition: HCLExpression, whenTrue: HCLExpression, whenFalse: HCLExpression)
    }

    public var kind: Kind
    public var range: ByteRange
}

/// A numeric literal. HCL numbers have arbitrary precision, so the source
/// text is kept; `doubleValue` is its nearest Double.
public struct HCLNumber: Sendable, Equatable {
    /// The literal as written: `12`, `1.5`, `6.02e23`.
    public var text: String

    public var doubleValue: Double { Double(text) ?? .nan }
}

/// `name(arguments)`; `name` may be namespaced (`provider::aws::arn_parse`).
public struct HCLFunctionCall: Sendable {
    public var name: HCLName
    public var arguments: [HCLExpression]
    /// The last argument was followed by `...`: its elements are the arguments.
    public var expandsFinalArgument: Bool
}

/// One `key = value` or `key: value` of an object constructor.
public struct HCLObjectItem: Sendable {
    /// A bare identifier key (`.variable`) names the key literally;
    /// `(expression)` computes it.
    public var key: HCLExpression
    public var value: HCLExpression
    public var range: ByteRange

    /// The key when it is written literally: a bare identifier, `true` or
    /// `false`, or a quoted string without interpolation. Nil for a computed key.
    public var literalKey: String? { key.literalKey }
}

extension HCLExpression {
    /// This expression as an object's key written literally (`HCLObjectItem.literalKey`).
    var literalKey: String? {
        switch kind {
        case .variable(let name): name
        case .bool(let value): value ? "true" : "false"
        case .template(let template): template.literalValue
        default: nil
        }
    }
}

/// `[for k, v in collection : value if condition]` or
/// `{for k, v in collection : key => value... if condition}`.
public struct HCLForExpression: Sendable {
    /// `{ ... }` builds an object, `[ ... ]` a tuple.
    public var buildsObject: Bool
    public var keyVariable: HCLName?
    public var valueVariable: HCLName
    public var collection: HCLExpression
    /// The expression before `=>` (objects only).
    public var key: HCLExpression?
    public var value: HCLExpression
    /// `...` after the value: values of equal keys are grouped into tuples.
    public var groupsValues: Bool
    public var condition: HCLExpression?
}

/// One step of a traversal.
public struct HCLTraversalStep: Sendable {
    public enum Kind: Sendable {
        /// `.name`
        case attribute(String)
        /// `[expression]`, or the legacy `.0` (its index is a number node).
        case index(HCLExpression)
        /// `.*`: the following attribute steps and legacy indexes (`.0`)
        /// apply to each element.
        case attributeSplat
        /// `[*]`: every following step applies to each element.
        case fullSplat
    }

    public var kind: Kind
    public var range: ByteRange
    /// Whether it is the legacy index `.0`, which an attribute splat
    /// applies to each element, as it does `.name` (`[0]` it does not).
    public var isLegacyIndex = false

    /// Whether an attribute splat before it applies it to each element.
    public var continuesAttributeSplat: Bool {
        if case .attribute = kind { true } else { isLegacyIndex }
    }
}

public enum HCLUnaryOperator: String, Sendable {
    case negate = "-"
    case not = "!"
}

/// The binary operators, with HCL's precedence levels (higher binds tighter).
public enum HCLBinaryOperator: String, Sendable, CaseIterable {
    case or = "||"
    case and = "&&"
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case modulo = "%"

    public var precedence: Int {
        switch self {
        case .or: 1
        case .and: 2
        case .equal, .notEqual: 3
        case .less, .lessOrEqual, .greater, .greaterOrEqual: 4
        case .add, .subtract: 5
        case .multiply, .divide, .modulo: 6
        }
    }
}

/// `op operand`, following the previous operand of a `binary` node.
public struct HCLBinaryStep: Sendable {
    public var op: HCLBinaryOperator
    public var operatorRange: ByteRange
    public var operand: HCLExpression
}
