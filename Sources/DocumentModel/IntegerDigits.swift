/// The value of a run of digits, shared by the JSON and YAML readers so both
/// treat big integers alike.
public enum IntegerDigits {
    /// The value of `digits` (ASCII, in `radix` up to 16), negated when
    /// `negative`; nil when empty or when a byte is not a digit of the radix.
    /// Beyond `Int`'s range the value saturates to `Int.min`/`Int.max`; the
    /// scalar's text keeps the digits for messages. Accumulating toward the
    /// sign lets `Int.min` itself fit.
    public static func value(of digits: some Collection<UInt8>, radix: Int, negative: Bool) -> Int? {
        guard !digits.isEmpty else { return nil }
        var value = 0
        var saturated = false
        for byte in digits {
            guard let digit = digitValue(byte), digit < radix else { return nil }
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: radix)
            let (next, overflow2) =
                negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            if overflow1 || overflow2 { saturated = true } else if !saturated { value = next }
        }
        return saturated ? (negative ? .min : .max) : value
    }

    private static func digitValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
