import DocumentModel

/// The API's timestamp values: a JSON/YAML number of epoch seconds, or an
/// ISO 8601 date (`2024-05-01`) or date-time (`2024-05-01T12:30:00Z`,
/// `2024-05-01T12:30:00.5+02:00`); a date-time without a zone is UTC.
public enum APITimestamp {
    /// The instant a timestamp value names, in epoch seconds; nil when the
    /// node is not a timestamp (a numeric *string* included, as the API has it).
    public static func epochSeconds(of node: Node) -> Double? {
        switch node.scalar?.value {
        case .integer(let seconds)?: return Double(seconds)
        case .float(let seconds)?: return seconds.isFinite ? seconds : nil
        case .string(let text)?: return parse(text)
        // A YAML date-time loads as a datetime, which botocore sends as whole
        // epoch seconds; a date alone loads as a date, which it refuses.
        case .timestamp(let timestamp)?: return timestamp.isDate ? nil : Double(timestamp.epochSeconds)
        default: return nil
        }
    }

    /// Epoch seconds of an ISO 8601 date or date-time (extended format).
    public static func parse(_ text: String) -> Double? {
        var scanner = DigitScanner(Array(text.unicodeScalars))
        guard let year = scanner.digits(4), scanner.skip("-"), let month = scanner.digits(2), scanner.skip("-"),
            let day = scanner.digits(2), (1...12).contains(month), (1...CivilDate.days(in: month, of: year)).contains(day)
        else { return nil }
        var seconds = Double(CivilDate.daysFromEpoch(year: year, month: month, day: day) * 86_400)
        if scanner.isAtEnd { return seconds }
        guard scanner.skip(anyOf: "Tt "), let time = scanner.timeOfDay() else { return nil }
        seconds += time
        if scanner.isAtEnd { return seconds }
        guard let offset = scanner.zoneOffset(), scanner.isAtEnd else { return nil }
        return seconds - offset
    }

    /// Whether a string spells a number (`"1700000000"`), which the API does
    /// not take as a timestamp.
    static func isNumber(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { "0123456789+-.eE".unicodeScalars.contains($0) }
            && Double(text) != nil
    }
}

/// Reads the fixed-width digit fields of an ISO 8601 text.
private struct DigitScanner {
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

    mutating func digits(_ count: Int) -> Int? {
        guard index + count <= scalars.count else { return nil }
        var value = 0
        for scalar in scalars[index..<index + count] {
            guard ("0"..."9").contains(scalar) else { return nil }
            value = value * 10 + Int(scalar.value - 48)
        }
        index += count
        return value
    }

    /// `hh:mm`, `hh:mm:ss` or `hh:mm:ss.fraction`, in seconds.
    mutating func timeOfDay() -> Double? {
        guard let hour = digits(2), hour < 24, skip(":"), let minute = digits(2), minute < 60 else { return nil }
        var seconds = Double(hour * 3600 + minute * 60)
        guard skip(":") else { return seconds }
        guard let second = digits(2), second < 60 else { return nil }
        seconds += Double(second)
        guard skip(".") else { return seconds }
        var scale = 0.1
        let start = index
        while let digit = digits(1) {
            seconds += Double(digit) * scale
            scale /= 10
        }
        return index > start ? seconds : nil
    }

    /// `Z`, `+hh:mm`, `+hhmm` or `+hh` (or `-`), in seconds east of UTC.
    mutating func zoneOffset() -> Double? {
        if skip(anyOf: "Zz") { return 0 }
        let sign: Double
        if skip("+") { sign = 1 } else if skip("-") { sign = -1 } else { return nil }
        guard let hours = digits(2), hours < 24 else { return nil }
        var minutes = 0
        if !isAtEnd {
            _ = skip(":")
            guard let m = digits(2), m < 60 else { return nil }
            minutes = m
        }
        return sign * Double(hours * 3600 + minutes * 60)
    }
}
