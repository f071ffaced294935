import DocumentModel
import HCLReader

/// Where a variable's `type` makes Terraform convert a string to a number:
/// `type = number` converts the value, `list(number)`, `set(number)` and
/// `map(number)` each element. The number is then sent as its own string
/// where a string is expected, so `default = "007"` reaches
/// `workforce_name = "team-${var.n}"` as `team-7`, and `"1.0"` as `team-1`
/// (`terraform console`: `format("%s", var.n)` is `"7"`).
///
/// go-cty converts a string to a number with `big.ParseFloat(s, 10, 512)`:
/// an optional sign, decimal digits with an optional point, an optional
/// exponent, or `Inf`. Any other string (`" 7"`, `"0x10"`, `"1_000"`)
/// Terraform refuses at plan; wflint checks it as written, as it checks a
/// value of any other type the declared `type` would refuse.
enum TerraformNumberConversion: Sendable, Equatable {
    /// `type = number`.
    case value
    /// `list(number)`, `set(number)`, `map(number)`.
    case elements

    /// From the native syntax's `type = ...`; nil for a type that converts no string to a number.
    init?(_ expression: HCLExpression) {
        switch expression.kind {
        case .variable("number"):
            self = .value
        case .call(let call) where Self.collections.contains(call.name.text) && call.arguments.count == 1:
            guard case .variable("number") = call.arguments[0].kind else { return nil }
            self = .elements
        default:
            return nil
        }
    }

    /// From the JSON syntax's `"type": "list(number)"`.
    init?(json text: String) {
        let compact = String(text.filter { !$0.isWhitespace })
        if compact == "number" {
            self = .value
        } else if Self.collections.contains(where: { compact == $0 + "(number)" }) {
            self = .elements
        } else {
            return nil
        }
    }

    private static let collections = ["list", "set", "map"]

    /// The string a number-typed string becomes where a string is
    /// expected: `"+7"` and `"007"` are `"7"`, `"1.50"` is `"1.5"`,
    /// `"inf"` is `"+Inf"`; nil for a string that is no number.
    static func numberString(of text: String) -> String? {
        var body = Substring(text)
        let negative = body.first == "-"
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        if body == "Inf" || body == "inf" { return negative ? "-Inf" : "+Inf" }
        guard body.first != "-", body.first != "+", let digits = TerraformNumberText.string(of: String(body)) else {
            return nil
        }
        return negative ? "-" + digits : digits
    }

    /// `node` with the strings this conversion reaches that are numbers
    /// made their numbers' strings, at the same places; `made` records each
    /// node built. `node` itself when nothing changes.
    func converted(_ node: Node, made: (Node) -> Node) -> Node {
        switch self {
        case .value:
            return Self.number(node, made: made)
        case .elements:
            switch node.content {
            case .scalar:
                return node
            case .sequence(let items):
                let converted = items.map { Self.number($0, made: made) }
                guard zip(items, converted).contains(where: { $0 !== $1 }) else { return node }
                return made(Node(.sequence(converted), range: node.range, bytes: node.bytes, tag: node.tag))
            case .mapping(let entries):
                let converted = entries.map { MappingEntry(key: $0.key, value: Self.number($0.value, made: made)) }
                guard zip(entries, converted).contains(where: { $0.value !== $1.value }) else { return node }
                return made(Node(.mapping(converted), range: node.range, bytes: node.bytes, tag: node.tag))
            }
        }
    }

    /// A string scalar that is a number, as that number (its text the
    /// number's string, which a string argument gets); any other node as it
    /// is. An infinity stays the string Terraform makes of it (`+Inf`).
    private static func number(_ node: Node, made: (Node) -> Node) -> Node {
        guard type(of: node) == Node.self, case .scalar(let scalar) = node.content, case .string(let text) = scalar.value,
            let number = numberString(of: text)
        else { return node }
        let value: ScalarValue = number.hasSuffix("Inf") ? .string(number) : Int(number).map(ScalarValue.integer) ?? .float(Double(number) ?? .nan)
        return made(Node(.scalar(Scalar(text: number, style: .plain, value: value)), range: node.range, bytes: node.bytes))
    }
}
