/// The value of a YAML scalar as a loader builds it, kept free of libyaml so
/// it can be tested on its own. `YAMLRules` says whose loader: the AWS CLI's
/// (the reference wflint checks against) or PyYAML's (for WF009).
///
/// A plain scalar is resolved by its text; a quoted or block one is a string.
/// The non-specific tag `!` resolves like a plain scalar, whatever the style
/// (both loaders do: `! "12"` is 12). A standard tag (`!!int`) runs that
/// type's constructor on the text; a text it cannot take, and any other tag,
/// make the document unloadable.
public enum YAMLResolver {
    public static let tagPrefix = "tag:yaml.org,2002:"
    public static let strTag = tagPrefix + "str"
    public static let intTag = tagPrefix + "int"
    public static let floatTag = tagPrefix + "float"
    public static let boolTag = tagPrefix + "bool"
    public static let nullTag = tagPrefix + "null"
    public static let timestampTag = tagPrefix + "timestamp"
    public static let binaryTag = tagPrefix + "binary"
    public static let mergeTag = tagPrefix + "merge"
    /// YAML 1.1's value key (a plain `=`): no loader builds it as a value.
    public static let valueTag = tagPrefix + "value"
    /// YAML 1.1's collection types: a set (a mapping's keys), an ordered map
    /// and a list of pairs (both written as a sequence of one-key mappings).
    public static let setTag = tagPrefix + "set"
    public static let omapTag = tagPrefix + "omap"
    public static let pairsTag = tagPrefix + "pairs"

    /// The value of a scalar with the given style and explicit tag (nil: none).
    public static func resolve(
        _ text: String, style: ScalarStyle, tag: String?, rules: YAMLRules = .ruamel12
    ) throws(UnloadableScalar) -> ScalarValue {
        switch tag {
        case nil: return style == .plain ? try resolvePlain(text, rules: rules) : .string(text)
        case "!": return try resolvePlain(text, rules: rules)
        case strTag: return .string(text)
        case nullTag: return .null
        case boolTag: return try constructBool(text, rules: rules)
        case intTag:
            guard !text.isEmpty, let value = YAMLNumbers.integerValue(Array(text.utf8)[...], rules: rules) else {
                throw UnloadableScalar(tag: tag, text, "is not an integer")
            }
            return .integer(value)
        case floatTag:
            guard !text.isEmpty, let value = YAMLNumbers.floatValue(Array(text.utf8)[...], rules: rules) else {
                throw UnloadableScalar(tag: tag, text, "is not a number")
            }
            return .float(value)
        case timestampTag:
            guard let fields = YAMLTimestamp.fields(of: Array(text.utf8)[...]) else {
                throw UnloadableScalar(tag: tag, text, "is not a date or a date-time")
            }
            return try .timestamp(fields.value(tag: tag).get())
        case binaryTag:
            guard Base64Text.isDecodable(text) else {
                throw UnloadableScalar(tag: tag, text, "is not base64 (its padding is wrong)")
            }
            return .binary
        case mergeTag:
            return .string(text)  // a merge key; the tree builder merges it, or refuses it as a value
        case let other?:
            throw UnloadableScalar(tag: other, reason: "neither loader has a constructor for a scalar with this tag")
        }
    }

    /// `resolve` as a result, for comparing two loaders' readings.
    public static func reading(
        _ text: String, style: ScalarStyle, tag: String?, rules: YAMLRules
    ) -> Result<ScalarValue, UnloadableScalar> {
        Result { () throws(UnloadableScalar) in try resolve(text, style: style, tag: tag, rules: rules) }
    }

    /// Whether a plain, untagged scalar of this text is a string to a loader
    /// of `rules` and to one of `otherRules`, known from its first byte alone
    /// (as `resolvePlain` first tells it): most names and ids are, and the
    /// tree builder then resolves them for neither.
    public static func isPlainString(_ text: String, under rules: YAMLRules, and otherRules: YAMLRules) -> Bool {
        guard let first = text.utf8.first else { return false }
        return !mayStartNonString(first, rules: rules) && !mayStartNonString(first, rules: otherRules)
    }

    /// The value of a plain, untagged scalar, tried in the loaders' order:
    /// null, bool, float, int, timestamp, else string.
    public static func resolvePlain(_ text: String, rules: YAMLRules = .ruamel12) throws(UnloadableScalar) -> ScalarValue {
        // Most plain scalars are names and ids that no other form can start like.
        guard let first = text.utf8.first else { return .null }
        if !mayStartNonString(first, rules: rules) { return .string(text) }
        // Numbers and timestamps start with a digit, a sign or a dot, and no
        // null, bool or `=` does: those are words, and a word that is none of
        // them is a string.
        guard YAMLNumbers.isDecimal(first) || first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
            || first == UInt8(ascii: ".")
        else { return try resolveWord(text, rules: rules) }
        // Every number and timestamp form is written in ASCII letters, digits,
        // `_ . + - :`, spaces and tabs: a text with any other byte (a CIDR's
        // `/`) is a string, known without trying each form.
        // Over the bytes in memory: stepping a `String.UTF8View` costs several times more.
        let formBytesOnly = text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(mayBeInNumberOrTimestamp) }
        guard formBytesOnly ?? text.utf8.allSatisfy(mayBeInNumberOrTimestamp) else { return .string(text) }
        let bytes = Array(text.utf8)[...]
        if YAMLNumbers.isFloat(bytes, rules: rules) {
            guard let value = YAMLNumbers.floatValue(bytes, rules: rules) else {
                throw UnloadableScalar(tag: nil, text, "has the form of a number but no digits")
            }
            return .float(value)
        }
        if YAMLNumbers.isInteger(bytes, rules: rules) {
            guard let value = YAMLNumbers.integerValue(bytes, rules: rules) else {
                throw UnloadableScalar(tag: nil, text, "has the form of an integer but no digits")
            }
            return .integer(value)
        }
        if let fields = YAMLTimestamp.fields(of: bytes) { return try .timestamp(fields.value(tag: nil).get()) }
        return .string(text)
    }

    /// A plain scalar that does not start like a number: null, a bool, `=`, or a string.
    private static func resolveWord(_ text: String, rules: YAMLRules) throws(UnloadableScalar) -> ScalarValue {
        if isNull(text) { return .null }
        if let value = plainBool(text, rules: rules) { return .bool(value) }
        if text == "=" { throw UnloadableScalar(tag: nil, reason: "a plain = is YAML 1.1's value key, which neither loader can build") }
        return .string(text)
    }

    /// Whether the byte can be part of an integer, float or timestamp form of any loader.
    private static func mayBeInNumberOrTimestamp(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "+"),
             UInt8(ascii: "-"), UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t"):
            return true
        default:
            return false
        }
    }

    /// Whether a null, bool, number, timestamp or `=` can begin with this byte.
    private static func mayStartNonString(_ byte: UInt8, rules: YAMLRules) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
             UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
             UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "="):
            return true
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "o"), UInt8(ascii: "O"):
            return rules.isYAML11
        default:
            return false
        }
    }

    static func isNull(_ text: String) -> Bool {
        // Most words are longer than any null (and longer than any boolean
        // below): they end at the length, not after a comparison with each.
        text.utf8.count <= 4 && ["", "~", "null", "Null", "NULL"].contains(text)
    }

    static func plainBool(_ text: String, rules: YAMLRules) -> Bool? {
        guard text.utf8.count <= 5 else { return nil }
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        case "yes", "Yes", "YES", "on", "On", "ON": return rules.readsWordBooleans ? true : nil
        case "no", "No", "NO", "off", "Off", "OFF": return rules.readsWordBooleans ? false : nil
        case "y", "Y": return rules.readsLetterBooleans ? true : nil
        case "n", "N": return rules.readsLetterBooleans ? false : nil
        default: return nil
        }
    }

    /// `!!bool`: the constructor looks the lowercased text up, in any case.
    private static func constructBool(_ text: String, rules: YAMLRules) throws(UnloadableScalar) -> ScalarValue {
        switch text.lowercased() {
        case "true", "yes", "on": return .bool(true)
        case "false", "no", "off": return .bool(false)
        case "y" where rules.constructsLetterBooleans: return .bool(true)
        case "n" where rules.constructsLetterBooleans: return .bool(false)
        default: throw UnloadableScalar(tag: boolTag, text, "is not a boolean")
        }
    }

    /// `!!int` for `tag:yaml.org,2002:int`, else the tag as written.
    public static func shortName(ofTag tag: String) -> String {
        tag.hasPrefix(tagPrefix) ? "!!" + tag.dropFirst(tagPrefix.count) : tag
    }

    static func quoted(_ text: String) -> String {
        let shown = text.unicodeScalars.count > 40 ? String(String.UnicodeScalarView(text.unicodeScalars.prefix(37))) + "..." : text
        return "\"" + shown + "\""
    }
}

/// A scalar the loaders cannot build a value from: the document does not load.
public struct UnloadableScalar: Error, Equatable, Sendable {
    /// The explicit tag that asked for the failing constructor, or nil for a plain scalar.
    public let tag: String?
    public let reason: String
    /// `reason` without the scalar's text or anything read from it (`the
    /// value is not an integer`), for a scalar that is a secret's.
    public let concealedReason: String

    public init(tag: String?, reason: String, concealedReason: String? = nil) {
        self.tag = tag
        self.reason = reason
        self.concealedReason = concealedReason ?? reason
    }

    /// `"TEXT" predicate`, or `the value predicate` when it is concealed.
    init(tag: String?, _ text: String, _ predicate: String) {
        self.init(
            tag: tag, reason: "\(YAMLResolver.quoted(text)) \(predicate)", concealedReason: "the value \(predicate)")
    }

    /// The syntax error's message: `the AWS CLI and PyYAML cannot load the tag
    /// !!int here: "yes" is not an integer`, or, when PyYAML loads what the AWS
    /// CLI cannot (`pyyamlReads`), the AWS CLI alone. `concealingValue`: the
    /// scalar is a secret's (`ClientSecret: !!binary ...`), and the message
    /// quotes none of it.
    public func message(pyyamlReads: ScalarValue?, concealingValue: Bool = false) -> String {
        let subject = tag.map { "the tag \(YAMLResolver.shortName(ofTag: $0)) here" } ?? "this plain scalar"
        let loaders = pyyamlReads == nil ? "the AWS CLI and PyYAML cannot" : "the AWS CLI cannot"
        let why = concealingValue ? concealedReason : reason
        return "\(loaders) load \(subject): \(why)" + (pyyamlReads == nil ? "" : " (PyYAML loads it)")
    }
}

extension PyYAMLReading {
    /// PyYAML's reading when it differs from the AWS CLI's value, else nil.
    public init?(_ pyyaml: Result<ScalarValue, UnloadableScalar>, awsCLI: ScalarValue) {
        switch pyyaml {
        case .failure(let failure): self = .unloadable(failure.reason)
        case .success(let value):
            if value == awsCLI { return nil }
            if case .float(let a) = value, case .float(let b) = awsCLI, a.isNaN, b.isNaN { return nil }
            self = .value(value)
        }
    }
}

/// Python's `base64.decodebytes`, which both loaders use for `!!binary`: it
/// skips characters outside the alphabet and fails only on wrong padding.
enum Base64Text {
    static func isDecodable(_ text: String) -> Bool {
        let alphabet = text.unicodeScalars.filter { scalar in
            scalar.properties.isASCIIHexDigit || ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar)
                || scalar == "+" || scalar == "/" || scalar == "="
        }
        let data = alphabet.prefix { $0 != "=" }
        return data.count % 4 != 1 && (data.count % 4 == 0 || alphabet.count % 4 == 0)
    }
}
