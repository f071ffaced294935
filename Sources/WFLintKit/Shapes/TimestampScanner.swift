import DocumentModel

/// Reads the fields of a timestamp text, one Unicode scalar at a time.
struct TimestampScanner {
    let scalars: [Unicode.Scalar]
    var index = 0

    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    var isAtEnd: Bool { index == scalars.count }

    mutating func skip(_ scalar: Unicode.Scalar) -> Bool { skip(anyOf: String(scalar)) }

    mutating func skip(anyOf set: String) -> Bool {
        guard !isAtEnd, set.unicodeScalars.contains(scalars[index]) else { return false }
        index += 1
        return true
    }

    /// `"-"` after a minus sign, `""` after a plus sign or none.
    mutating func sign() -> String {
        if skip("-") { return "-" }
        _ = skip("+")
        return ""
    }

    /// Exactly `count` ASCII digits as a number; nothing is consumed otherwise.
    mutating func digits(_ count: Int) -> Int? {
        guard index + count <= scalars.count else { return nil }
        var value = 0
        for scalar in scalars[index..<index + count] {
            guard Self.isDigit(scalar) else { return nil }
            value = value * 10 + Int(scalar.value - 48)
        }
        index += count
        return value
    }

    /// ASCII digits with single underscores between them (Python's numeric
    /// literal grammar), without the underscores; "" when none.
    mutating func digitRun() -> String {
        var out = ""
        while !isAtEnd {
            if Self.isDigit(scalars[index]) {
                out.unicodeScalars.append(scalars[index])
                index += 1
            } else if scalars[index] == "_", !out.isEmpty, index + 1 < scalars.count, Self.isDigit(scalars[index + 1]) {
                index += 1
            } else {
                break
            }
        }
        return out
    }

    /// One or more digits after a decimal mark, as a fraction of one.
    mutating func fractionDigits() -> Double? {
        var fraction = 0.0
        var scale = 0.1
        let start = index
        while let digit = digits(1) {
            fraction += Double(digit) * scale
            scale /= 10
        }
        return index > start ? fraction : nil
    }

    /// A zone: one of `names` (meaning UTC), or `±hh`, `±hhmm`, `±hh:mm`; in
    /// seconds east of UTC.
    mutating func zoneOffset(names: [String]) -> Double? {
        for name in names where word(name) { return 0 }
        let sign: Double
        if skip("+") { sign = 1 } else if skip("-") { sign = -1 } else { return nil }
        guard let hours = digits(2), hours < 24 else { return nil }
        guard !isAtEnd else { return sign * Double(hours * 3600) }
        _ = skip(":")
        guard let minutes = digits(2), minutes < 60 else { return nil }
        return sign * Double(hours * 3600 + minutes * 60)
    }

    /// Consumes `text` exactly (case-sensitive) when it comes next.
    mutating func word(_ text: String) -> Bool {
        let wanted = Array(text.unicodeScalars)
        guard scalars[index...].starts(with: wanted) else { return false }
        index += wanted.count
        return true
    }

    /// The index in `names` of the longest spelling next in the text, ASCII
    /// case ignored (`Jan`, `JAN`, `January`).
    mutating func name(in names: [[String]]) -> Int? {
        var letters = ""
        var end = index
        while end < scalars.count, scalars[end].isASCIILetter {
            letters.unicodeScalars.append(scalars[end].asciiLowercased)
            end += 1
        }
        guard let found = names.firstIndex(where: { $0.containsExactly(letters) }) else { return nil }
        index = end
        return found
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}

extension Unicode.Scalar {
    fileprivate var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
    fileprivate var asciiLowercased: Unicode.Scalar {
        ("A"..."Z").contains(self) ? Unicode.Scalar(value + 32) ?? self : self
    }
}
