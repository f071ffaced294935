import DocumentModel

/// The string Terraform makes of a number where a string is expected.
///
/// go-cty converts a number to a string with `big.Float.Text('f', -1)`: the
/// shortest decimal that reads back as the same number, with no exponent.
/// A number literal (HCL's or JSON's) is parsed at 512 bits, which holds
/// every decimal of up to about 150 digits exactly, so its string is the
/// literal's own digits, normalized: `10.0` is `"10"`, `007` is `"7"`,
/// `1E3` is `"1000"`, `1e-2` is `"0.01"`, `1.50` is `"1.5"`.
enum TerraformNumberText {
    /// The longest string made: a literal such as `1e999999999` would be a
    /// billion digits (Terraform would spend its time and memory on it);
    /// past this, the string is not known.
    static let maximumLength = 1_024

    /// The string Terraform makes of a bool or number scalar: `true` for a
    /// bool, the number's string (see `string(of:)`) for a number.
    static func stringValue(of scalar: Scalar) -> String? {
        if case .bool = scalar.value { return scalar.text }
        return string(of: scalar.text)
    }

    /// `text`, a number literal with an optional leading `-`, as Terraform's
    /// string; nil when it is no number literal or its string would be longer
    /// than `maximumLength`.
    static func string(of text: String) -> String? {
        var bytes = Array(text.utf8)[...]
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { bytes = bytes.dropFirst() }
        let integer = bytes.prefix(while: isDigit)
        bytes = bytes.dropFirst(integer.count)
        var fraction = ArraySlice<UInt8>()
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            fraction = bytes.prefix(while: isDigit)
            bytes = bytes.dropFirst(fraction.count)
        }
        guard !integer.isEmpty || !fraction.isEmpty, let exponent = exponent(of: bytes) else { return nil }
        // The digits with the decimal point after `point` of them.
        let digits = Array(integer) + Array(fraction)
        guard let body = decimal(digits, point: integer.count + exponent) else { return nil }
        return negative ? "-" + body : body
    }

    /// The exponent after `e` or `E`, 0 for none; nil for text that is no
    /// exponent. One of more than six digits is past any string this makes.
    private static func exponent(of bytes: ArraySlice<UInt8>) -> Int? {
        guard let first = bytes.first else { return 0 }
        guard first == UInt8(ascii: "e") || first == UInt8(ascii: "E") else { return nil }
        var rest = bytes.dropFirst()
        let sign = rest.first == UInt8(ascii: "-") ? -1 : 1
        if rest.first == UInt8(ascii: "-") || rest.first == UInt8(ascii: "+") { rest = rest.dropFirst() }
        guard !rest.isEmpty, rest.allSatisfy(isDigit) else { return nil }
        let digits = rest.drop { $0 == UInt8(ascii: "0") }
        guard digits.count <= 6 else { return sign * 10_000_000 }
        return sign * digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }

    /// `digits` with a decimal point after `point` of them (before the first
    /// when negative, past the last when beyond), leading and trailing zeros
    /// dropped.
    private static func decimal(_ digits: [UInt8], point: Int) -> String? {
        guard let first = digits.firstIndex(where: { $0 != UInt8(ascii: "0") }) else { return "0" }
        let last = digits.lastIndex { $0 != UInt8(ascii: "0") }!
        let significant = digits[first...last]
        // Where the point falls among the significant digits.
        let shift = point - first
        let integerDigits = max(shift, 0)
        let fractionDigits = max(significant.count - shift, 0)
        guard integerDigits + fractionDigits + 2 <= maximumLength else { return nil }
        var out: [UInt8] = []
        if shift <= 0 {
            out += Array("0.".utf8) + Array(repeating: UInt8(ascii: "0"), count: -shift) + significant
        } else if shift >= significant.count {
            out += significant + Array(repeating: UInt8(ascii: "0"), count: shift - significant.count)
        } else {
            out += significant.prefix(shift) + [UInt8(ascii: ".")] + significant.dropFirst(shift)
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
