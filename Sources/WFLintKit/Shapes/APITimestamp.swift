import DocumentModel

/// The API's timestamp values, read as botocore reads them
/// (`botocore.utils.parse_to_aware_datetime`): the instant, with its fraction,
/// and the whole epoch seconds its JSON serializer sent up to 1.43 (from
/// 1.44 it sends the fraction too).
///
/// Accepted: a JSON/YAML number of epoch seconds; a string of epoch seconds
/// (Python's `float()` syntax: `"1700000000"`, `" 1.7e9 "`, `"1_700_000_000"`);
/// an ISO 8601 date or date-time, extended or basic (`2024-06-01`,
/// `2024-06-01T12:30:00,5+02:00`, `20240601T123000Z`; no zone is UTC); an
/// RFC 822 date (`Mon, 01 Jan 2024 00:00:00 GMT`). The instant must lie in
/// the years 1 to 9999 (UTC), the range of Python's `datetime`: botocore
/// fails on anything outside it (`0000-01-01`, `253402300800`).
///
/// Deliberately stricter than botocore, whose last resort is dateutil's
/// guessing parser: forms whose meaning depends on the day they are sent
/// (`2024-06`, two-digit years), free text (`June 1 2024`), time zone names
/// other than `UTC`/`GMT`/`UT`/`Z` (dateutil reads `EST` as UTC), and
/// non-ASCII digits or spaces are rejected. So is a boolean, which Python
/// happens to take as the epoch seconds 0 or 1.
public enum APITimestamp {
    /// 0001-01-01T00:00:00Z, the earliest instant botocore can hold.
    static let earliest: Double = -62_135_596_800
    /// 10000-01-01T00:00:00Z, the first instant it cannot.
    static let end: Double = 253_402_300_800

    /// The instant a timestamp value names, in epoch seconds; nil when the
    /// node is not a timestamp botocore accepts.
    public static func epochSeconds(of node: Node) -> Double? {
        instant(of: node).flatMap(inRange)
    }

    /// The whole epoch seconds botocore sends for the value: its JSON
    /// serializer takes `calendar.timegm(value.timetuple())`, which drops the
    /// fraction (rounding down, also before 1970).
    public static func sentSeconds(of node: Node) -> Int? {
        epochSeconds(of: node).map { Int($0.rounded(.down)) }
    }

    /// Whether the value spells a timestamp whose instant lies outside the
    /// years 1 to 9999, which botocore cannot send.
    static func isOutOfRange(_ node: Node) -> Bool {
        instant(of: node).map { inRange($0) == nil } ?? false
    }

    /// Epoch seconds of a timestamp string, in range; nil when botocore
    /// would not accept it.
    public static func parse(_ text: String) -> Double? {
        instant(of: text).flatMap(inRange)
    }

    private static func instant(of node: Node) -> Double? {
        switch node.scalar?.value {
        case .integer(let seconds)?: return Double(seconds)
        case .float(let seconds)?: return seconds
        case .string(let text)?: return instant(of: text)
        // A YAML date-time loads as a datetime, which botocore takes; a date
        // alone loads as a date, which it refuses.
        case .timestamp(let timestamp)?:
            return timestamp.isDate ? nil : instant(second: Double(timestamp.epochSeconds), fraction: Double(timestamp.microseconds) / 1e6)
        default: return nil
        }
    }

    private static func instant(of text: String) -> Double? {
        let scalars = Array(text.unicodeScalars)
        return epochString(scalars) ?? iso8601(scalars) ?? rfc822(scalars)
    }

    /// The instant `fraction` into the whole epoch `second`, kept inside that
    /// second: the loaders and dateutil keep the microseconds written, but a
    /// `Double` near 2.5e11 rounds `.999999` up to the next second, which
    /// made `9999-12-31T23:59:59.999999Z` the year 10000.
    static func instant(second: Double, fraction: Double) -> Double {
        min(second + fraction, (second + 1).nextDown)
    }

    private static func inRange(_ seconds: Double) -> Double? {
        seconds.isFinite && seconds >= earliest && seconds < end ? seconds : nil
    }

    /// Epoch seconds in Python's `float()` syntax, ASCII only: surrounding
    /// whitespace, a sign, digits with single underscores between them, a
    /// fraction, an exponent. `nan` and `inf` parse there but botocore fails
    /// on them, so they are not accepted here.
    static func epochString(_ scalars: [Unicode.Scalar]) -> Double? {
        let isSpace: (Unicode.Scalar) -> Bool = { " \t\n\r\u{0B}\u{0C}".unicodeScalars.contains($0) }
        let trimmed = scalars.drop(while: isSpace).reversed().drop(while: isSpace).reversed()
        var scanner = TimestampScanner(Array(trimmed))
        let sign = scanner.sign()
        let whole = scanner.digitRun()
        let fraction = scanner.skip(".") ? scanner.digitRun() : ""
        guard !(whole.isEmpty && fraction.isEmpty) else { return nil }
        var exponent = ""
        if scanner.skip(anyOf: "eE") {
            let exponentSign = scanner.sign()
            let digits = scanner.digitRun()
            guard !digits.isEmpty else { return nil }
            exponent = "e" + exponentSign + digits
        }
        guard scanner.isAtEnd else { return nil }
        return Double(sign + (whole.isEmpty ? "0" : whole) + "." + (fraction.isEmpty ? "0" : fraction) + exponent)
    }

    /// Epoch seconds of the start of a valid date; nil for a day the month lacks.
    static func startOfDay(year: Int, month: Int, day: Int) -> Double? {
        guard (1...12).contains(month), (1...CivilDate.days(in: month, of: year)).contains(day) else { return nil }
        return Double(CivilDate.daysFromEpoch(year: year, month: month, day: day) * 86_400)
    }
}
