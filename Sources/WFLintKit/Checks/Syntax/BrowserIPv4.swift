/// WHATWG's IPv4 reading of a host: a host whose last label is a number is
/// an IPv4 address in any of the old `inet_aton` forms (`0x7f.1`, `0177.1`,
/// `2130706433`), and a browser refuses one that is not a valid address
/// (`host.09`, `1.2.3.4.5`). RFC 3986 reads the same text as a name.
enum BrowserIPv4 {
    /// The comparison form of an ASCII, lower-case, percent-decoded host:
    /// the dotted-decimal address for a number-ending host, else the name
    /// without one trailing dot.
    static func serialize(_ host: String, written: String) -> Result<String, IPSyntaxError> {
        var labels = host.split(separator: ".", omittingEmptySubsequences: false)
        if labels.count > 1, labels.last?.isEmpty == true { labels.removeLast() }
        guard let last = labels.last, isNumber(last.utf8) else {
            return .success(host.hasSuffix(".") ? String(host.dropLast()) : host)
        }
        guard let address = address(labels) else {
            return .failure(IPSyntaxError(
                "has the host \"\(written)\", which a browser reads as an IPv4 address and refuses"))
        }
        return .success(IPAddressText.formatIPv4(address))
    }

    /// WHATWG's "ends in a number": all decimal digits, or `0x` and hex
    /// digits, in a label's lower-case UTF-8.
    static func isNumber<Label: Collection<UInt8>>(_ label: Label) -> Bool {
        if !label.isEmpty, label.allSatisfy(ASCII.isDigit) { return true }
        // The two bytes compared, not the UTF-8 view of "0x": that cost about 150 instructions a host.
        return label.first == UInt8(ascii: "0") && label.dropFirst().first == UInt8(ascii: "x")
            && label.dropFirst(2).allSatisfy(ASCII.isHexDigit)
    }

    /// The address the labels spell, each but the last one byte, the last
    /// filling the remaining bytes; nil when they spell none.
    private static func address(_ labels: [Substring]) -> UInt32? {
        guard labels.count <= 4 else { return nil }
        let numbers = labels.map(number)
        guard numbers.allSatisfy({ $0 != nil }) else { return nil }
        let values = numbers.map { $0! }
        guard values.dropLast().allSatisfy({ $0 <= 255 }) else { return nil }
        let lastLimit = UInt64(1) << (8 * (5 - UInt64(values.count)))
        guard let last = values.last, last < lastLimit else { return nil }
        let leading = values.dropLast().enumerated().reduce(UInt64(0)) { $0 | $1.element << (24 - 8 * UInt64($1.offset)) }
        return UInt32(leading | last)
    }

    /// One label as WHATWG's IPv4 number: `0x` hexadecimal (digits may be
    /// none), a leading `0` octal, else decimal; nil for anything else.
    /// Values beyond 2^32 are clamped there: they are refused all the same.
    private static func number(_ label: Substring) -> UInt64? {
        guard !label.isEmpty else { return nil }
        var digits = label
        var radix: UInt64 = 10
        if digits.hasPrefix("0x") {
            digits = digits.dropFirst(2)
            radix = 16
        } else if digits.count > 1, digits.hasPrefix("0") {
            digits = digits.dropFirst()
            radix = 8
        }
        var value: UInt64 = 0
        for character in digits {
            guard let digit = UInt64(String(character), radix: Int(radix)) else { return nil }
            value = min(value * radix + digit, UInt64(1) << 33)
        }
        return value
    }
}
