/// The integer and float forms of the loaders' resolvers (see `YAMLRules`),
/// and the values their constructors build from them, written as byte
/// scanners rather than regular expressions: most plain scalars are names and
/// ids, and this runs for every one that starts like a number.
enum YAMLNumbers {
    typealias Bytes = ArraySlice<UInt8>

    // MARK: - Integers

    /// Whether a plain scalar has one of the integer forms of `rules`.
    static func isInteger(_ text: Bytes, rules: YAMLRules) -> Bool {
        let rest = droppingSign(text)
        if let digits = rest.dropping(prefix: "0b") { return !digits.isEmpty && digits.allSatisfy(isBinaryOrUnderscore) }
        if let digits = rest.dropping(prefix: "0x") { return !digits.isEmpty && digits.allSatisfy(isHexOrUnderscore) }
        switch rules {
        case .ruamel12:
            // `0o?[0-7_]+` and `[0-9_]+`: `017` is decimal 17 here.
            if let digits = rest.dropping(prefix: "0o") { return !digits.isEmpty && digits.allSatisfy(isOctalOrUnderscore) }
            return !rest.isEmpty && rest.allSatisfy(isDecimalOrUnderscore)
        case .ruamel11, .pyyaml:
            if rest.first == UInt8(ascii: "0") {
                // `0`, and `0[0-7_]+`: an octal number.
                return rest.allSatisfy(isOctalOrUnderscore)
            }
            // ruamel's `0?[0-7_]+` also takes a leading `_`; PyYAML's forms all start with a digit.
            if rules == .ruamel11, !rest.isEmpty, rest.allSatisfy(isOctalOrUnderscore) { return true }
            guard let first = rest.first, isDecimal(first) else { return false }
            return rest.allSatisfy(isDecimalOrUnderscore) || isSexagesimal(rest, fraction: false)
        }
    }

    /// What `int()` in the loaders' constructors makes of the text: nil when
    /// it raises (`!!int yes`, or `0b_` with no digit left once `_` is gone).
    static func integerValue(_ text: Bytes, rules: YAMLRules) -> Int? {
        let (negative, unsigned) = sign(of: text)
        let rest = unsigned.filter { $0 != UInt8(ascii: "_") }[...]
        if rest.elementsEqual("0".utf8) { return 0 }
        for (prefix, radix) in [("0b", 2), ("0x", 16), ("0o", 8)] {
            if let digits = rest.dropping(prefix: prefix) {
                return IntegerDigits.value(of: digits, radix: radix, negative: negative)
            }
        }
        if rules.isYAML11, rest.first == UInt8(ascii: "0") {
            return IntegerDigits.value(of: rest, radix: 8, negative: negative)
        }
        if rules.isYAML11, rest.contains(UInt8(ascii: ":")) {
            return sexagesimal(rest, negative: negative)
        }
        return IntegerDigits.value(of: rest, radix: 10, negative: negative)
    }

    private static func sexagesimal(_ text: Bytes, negative: Bool) -> Int? {
        var value = 0
        for part in text.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false) {
            guard let digit = IntegerDigits.value(of: part, radix: 10, negative: false) else { return nil }
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: 60)
            let (next, overflow2) = shifted.addingReportingOverflow(digit)
            if overflow1 || overflow2 { return negative ? .min : .max }
            value = next
        }
        return negative ? -value : value
    }

    // MARK: - Floats

    /// Whether a plain scalar has one of the float forms of `rules`.
    static func isFloat(_ text: Bytes, rules: YAMLRules) -> Bool {
        let hasSign = text.first == UInt8(ascii: "-") || text.first == UInt8(ascii: "+")
        let rest = droppingSign(text)
        if [".inf", ".Inf", ".INF"].contains(where: { rest.elementsEqual($0.utf8) }) { return true }
        if [".nan", ".NaN", ".NAN"].contains(where: { text.elementsEqual($0.utf8) }) { return true }
        if rest.first == UInt8(ascii: ".") {
            guard !hasSign || rules.readsSignedLeadingDot else { return false }
            let fraction = rest.dropFirst()
            guard let first = fraction.first, isDecimal(first) || rules.readsUnderscoreAfterLeadingDot else { return false }
            return isDigitsThenExponent(fraction, digit: isDecimalOrUnderscore, exponentSignRequired: true)
        }
        guard let first = rest.first, isDecimal(first) else { return false }
        if rules.isYAML11, isSexagesimal(rest, fraction: true) { return true }
        let mantissa = rest.prefix { isDecimalOrUnderscore($0) }
        let afterMantissa = rest[mantissa.endIndex...]
        if afterMantissa.first == UInt8(ascii: ".") {
            let fraction = afterMantissa.dropFirst()
            return isDigitsThenExponent(fraction, digit: isDecimalOrUnderscore,
                                        exponentSignRequired: !rules.readsLooseExponents, digitsRequired: false)
        }
        // `1e3`, without a dot: ruamel only.
        guard rules.readsLooseExponents, let e = afterMantissa.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") else {
            return false
        }
        return isExponent(afterMantissa, signRequired: false)
    }

    /// What `float()` in the loaders' constructors makes of the text: nil when it raises (`._`).
    static func floatValue(_ text: Bytes, rules: YAMLRules) -> Double? {
        let cleaned = text.filter { $0 != UInt8(ascii: "_") }.map { $0 | (isUpperASCIILetter($0) ? 0x20 : 0) }
        let (negative, rest) = sign(of: cleaned[...])
        let sign = negative ? -1.0 : 1.0
        if rest.elementsEqual(".inf".utf8) { return sign * .infinity }
        if rest.elementsEqual(".nan".utf8) { return .nan }
        if rules.isYAML11, rest.contains(UInt8(ascii: ":")) {
            var value = 0.0
            for part in rest.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false) {
                guard let digit = decimalFloat(part) else { return nil }
                value = value * 60 + digit
            }
            return sign * value
        }
        return decimalFloat(rest).map { sign * $0 }
    }

    /// Python's `float()` on a decimal text: digits with at most one dot and at
    /// least one digit, an optional exponent; also `inf`, `infinity` and `nan`.
    private static func decimalFloat(_ text: Bytes) -> Double? {
        if ["inf", "infinity", "nan"].contains(where: { text.elementsEqual($0.utf8) }) {
            return Double(String(decoding: text, as: UTF8.self))
        }
        let mantissa = text.prefix { isDecimal($0) || $0 == UInt8(ascii: ".") }
        let dots = mantissa.filter { $0 == UInt8(ascii: ".") }.count
        guard dots <= 1, mantissa.count > dots else { return nil }
        let exponent = text[mantissa.endIndex...]
        guard exponent.isEmpty || isExponent(exponent, signRequired: false) else { return nil }
        return Double(String(decoding: text, as: UTF8.self))
    }

    // MARK: - Pieces

    /// `digits* ([eE] sign? [0-9]+)?` to the end of the text.
    private static func isDigitsThenExponent(
        _ text: Bytes, digit: (UInt8) -> Bool, exponentSignRequired: Bool, digitsRequired: Bool = true
    ) -> Bool {
        let digits = text.prefix(while: digit)
        guard !digitsRequired || !digits.isEmpty else { return false }
        let rest = text[digits.endIndex...]
        return rest.isEmpty || isExponent(rest, signRequired: exponentSignRequired)
    }

    /// `[eE][-+]?[0-9]+`, the whole text.
    private static func isExponent(_ text: Bytes, signRequired: Bool) -> Bool {
        guard let e = text.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") else { return false }
        var rest = text.dropFirst()
        if let sign = rest.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            rest = rest.dropFirst()
        } else if signRequired {
            return false
        }
        return !rest.isEmpty && rest.allSatisfy(isDecimal)
    }

    /// YAML 1.1's base 60: `[0-9][0-9_]*(:[0-5]?[0-9])+`, then `\.[0-9_]*` for a
    /// float. The integer form also wants a first digit other than 0; the
    /// caller has already ruled out a leading 0 there.
    private static func isSexagesimal(_ text: Bytes, fraction: Bool) -> Bool {
        var body = text
        if fraction {
            guard let dot = text.firstIndex(of: UInt8(ascii: ".")) else { return false }
            guard text[text.index(after: dot)...].allSatisfy(isDecimalOrUnderscore) else { return false }
            body = text[..<dot]
        }
        let parts = body.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard parts.count >= 2, let head = parts.first, head.first.map(isDecimal) == true,
            head.allSatisfy(isDecimalOrUnderscore)
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...2).contains(part.count) && part.allSatisfy(isDecimal)
                && (part.count == 1 || part.first! <= UInt8(ascii: "5"))
        }
    }

    static func sign(of text: Bytes) -> (negative: Bool, rest: Bytes) {
        (text.first == UInt8(ascii: "-"), droppingSign(text))
    }

    private static func droppingSign(_ text: Bytes) -> Bytes {
        guard let first = text.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") else { return text }
        return text.dropFirst()
    }

    static func isDecimal(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
    private static func isDecimalOrUnderscore(_ byte: UInt8) -> Bool { isDecimal(byte) || byte == UInt8(ascii: "_") }
    private static func isOctalOrUnderscore(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(byte) || byte == UInt8(ascii: "_")
    }
    private static func isBinaryOrUnderscore(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "0") || byte == UInt8(ascii: "1") || byte == UInt8(ascii: "_")
    }
    private static func isHexOrUnderscore(_ byte: UInt8) -> Bool {
        isDecimalOrUnderscore(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
    }
    private static func isUpperASCIILetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }
}

extension ArraySlice<UInt8> {
    /// The rest after `prefix`, or nil when the bytes do not start with it.
    func dropping(prefix: String) -> ArraySlice<UInt8>? {
        starts(with: prefix.utf8) ? dropFirst(prefix.utf8.count) : nil
    }
}
