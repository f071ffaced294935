/// Resolution of YAML scalars by the YAML 1.2 core schema (spec section 10.3),
/// kept free of libyaml so it can be tested on its own.
///
/// Only plain, untagged scalars are resolved by their text; quoted and block
/// scalars and the non-specific tag `!` are strings. An explicit standard tag
/// (`!!int`) is honoured when the text fits it, else the value stays a string
/// (the node keeps the tag, so a checker can still see what was asked for).
public enum YAMLCoreSchema {
    public static let tagPrefix = "tag:yaml.org,2002:"
    public static let strTag = tagPrefix + "str"
    public static let intTag = tagPrefix + "int"
    public static let floatTag = tagPrefix + "float"
    public static let boolTag = tagPrefix + "bool"
    public static let nullTag = tagPrefix + "null"

    /// The value of a scalar with the given style and explicit tag (nil: none).
    public static func resolve(_ text: String, style: ScalarStyle, tag: String?) -> ScalarValue {
        switch tag {
        case nil: return style == .plain ? resolvePlain(text) : .string(text)
        case nullTag: return null(text).map { .null } ?? .string(text)
        case boolTag: return bool(text).map(ScalarValue.bool) ?? .string(text)
        case intTag: return integer(text).map(ScalarValue.integer) ?? .string(text)
        case floatTag: return float(text).map(ScalarValue.float) ?? .string(text)
        default: return .string(text)  // `!!str`, `!`, and application tags
        }
    }

    /// The value of a plain, untagged scalar: null, bool, int, float, else string.
    /// `yes`, `on`, `0b101`, `1:20` are strings here (YAML 1.1 read them otherwise).
    public static func resolvePlain(_ text: String) -> ScalarValue {
        // Most plain scalars are names and ids that no other form can start like.
        if let first = text.utf8.first, !mayStartNonString(first) { return .string(text) }
        if null(text) != nil { return .null }
        if let value = bool(text) { return .bool(value) }
        if let value = integer(text) { return .integer(value) }
        if let value = float(text) { return .float(value) }
        return .string(text)
    }

    /// Whether a null, bool, integer or float can begin with this byte:
    /// `~`/`null`, `true`/`false` in three cases, a sign, a digit or a dot.
    private static func mayStartNonString(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
             UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
             UInt8(ascii: "f"), UInt8(ascii: "F"):
            return true
        default:
            return false
        }
    }

    static func null(_ text: String) -> Void? {
        ["", "~", "null", "Null", "NULL"].contains(text) ? () : nil
    }

    static func bool(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }

    /// `[-+]?[0-9]+` (decimal, so `012` is 12), `0o[0-7]+`, `0x[0-9a-fA-F]+`;
    /// values beyond `Int` saturate, as JSON integers do.
    static func integer(_ text: String) -> Int? {
        var utf8 = Substring(text).utf8
        if utf8.starts(with: "0o".utf8) { return IntegerDigits.value(of: utf8.dropFirst(2), radix: 8, negative: false) }
        if utf8.starts(with: "0x".utf8) { return IntegerDigits.value(of: utf8.dropFirst(2), radix: 16, negative: false) }
        let negative = utf8.first == UInt8(ascii: "-")
        if negative || utf8.first == UInt8(ascii: "+") { utf8 = utf8.dropFirst() }
        return IntegerDigits.value(of: utf8, radix: 10, negative: negative)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?\.(inf|Inf|INF)`,
    /// `\.nan|\.NaN|\.NAN`.
    static func float(_ text: String) -> Double? {
        var rest = Substring(text)
        var sign = 1.0
        if let first = rest.first, first == "-" || first == "+" {
            sign = first == "-" ? -1 : 1
            rest = rest.dropFirst()
        }
        switch rest {
        case ".inf", ".Inf", ".INF": return sign * .infinity
        default: break
        }
        switch text {
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        guard isDecimalFloat(rest.utf8) else { return nil }
        return Double(text)
    }

    private static func isDecimalFloat(_ utf8: Substring.UTF8View) -> Bool {
        var index = utf8.startIndex
        func skipDigits() -> Int {
            var count = 0
            while index < utf8.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(utf8[index]) {
                count += 1
                index = utf8.index(after: index)
            }
            return count
        }
        let integerDigits = skipDigits()
        var fractionDigits = 0
        if index < utf8.endIndex, utf8[index] == UInt8(ascii: ".") {
            index = utf8.index(after: index)
            fractionDigits = skipDigits()
            // `.5` needs fraction digits; `5.` is allowed.
            guard integerDigits > 0 || fractionDigits > 0 else { return false }
        } else if integerDigits == 0 {
            return false
        }
        if index < utf8.endIndex, utf8[index] == UInt8(ascii: "e") || utf8[index] == UInt8(ascii: "E") {
            index = utf8.index(after: index)
            if index < utf8.endIndex, utf8[index] == UInt8(ascii: "-") || utf8[index] == UInt8(ascii: "+") {
                index = utf8.index(after: index)
            }
            guard skipDigits() > 0 else { return false }
        }
        return index == utf8.endIndex
    }
}
