/// A plain scalar that the loaders build as a Python `datetime.date`
/// (`2024-06-30`) or `datetime.datetime` (`2024-06-30 12:00:00`), not as a
/// string. Both loaders share the form (YAML 1.1's timestamp type, which
/// ruamel keeps under 1.2) and the constructor.
public struct YAMLTimestamp: Sendable, Equatable {
    /// A date alone: botocore refuses a `datetime.date` for every member.
    public let isDate: Bool
    /// Its whole epoch seconds (a date-time without a zone is UTC): what
    /// botocore up to 1.43 sends for it.
    public let epochSeconds: Int
    /// The microseconds into that second: the fraction's first six digits,
    /// as PyYAML's constructor keeps them (ruamel.yaml rounds at the seventh,
    /// a microsecond apart); botocore from 1.44 sends them.
    public let microseconds: Int

    public init(isDate: Bool, epochSeconds: Int, microseconds: Int = 0) {
        self.isDate = isDate
        self.epochSeconds = epochSeconds
        self.microseconds = microseconds
    }

    /// The timestamp form, `[0-9]{4}-[0-9]{2}-[0-9]{2}` or
    /// `[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\.[0-9]*)?([ \t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?`,
    /// with its fields; nil when the text does not have it.
    static func fields(of text: ArraySlice<UInt8>) -> Fields? {
        var scanner = Scanner(bytes: text)
        guard let year = scanner.digits(4...4), scanner.skip("-"), let month = scanner.digits(1...2), scanner.skip("-"),
            let day = scanner.digits(1...2)
        else { return nil }
        if scanner.isAtEnd {
            // A date alone must have two-digit month and day.
            guard text.count == 10 else { return nil }
            return Fields(year: year, month: month, day: day, time: nil)
        }
        guard scanner.skipSeparator(), let hour = scanner.digits(1...2), scanner.skip(":"),
            let minute = scanner.digits(2...2), scanner.skip(":"), let second = scanner.digits(2...2)
        else { return nil }
        var microseconds = 0
        if scanner.skip(".") { microseconds = scanner.microseconds() }
        scanner.skipBlanks()
        var offsetMinutes = 0
        if scanner.skip("Z") {
        } else if let sign = scanner.sign() {
            guard let hours = scanner.digits(1...2) else { return nil }
            var minutes = 0
            if scanner.skip(":") {
                guard let value = scanner.digits(2...2) else { return nil }
                minutes = value
            }
            offsetMinutes = sign * (hours * 60 + minutes)
        }
        guard scanner.isAtEnd else { return nil }
        return Fields(year: year, month: month, day: day,
                      time: (hour: hour, minute: minute, second: second, offsetMinutes: offsetMinutes,
                             microseconds: microseconds))
    }

    struct Fields {
        let year: Int, month: Int, day: Int
        let time: (hour: Int, minute: Int, second: Int, offsetMinutes: Int, microseconds: Int)?

        /// The value Python's `datetime` builds, or why it raises (under `tag`, nil for a plain scalar).
        func value(tag: String?) -> Result<YAMLTimestamp, UnloadableScalar> {
            func invalid(_ reason: String) -> Result<YAMLTimestamp, UnloadableScalar> {
                .failure(UnloadableScalar(tag: tag, reason: "not a valid date: \(reason)", concealedReason: "not a valid date"))
            }
            guard (1...9999).contains(year) else { return invalid("year \(year) is out of range") }
            guard (1...12).contains(month) else { return invalid("month must be in 1..12") }
            guard (1...CivilDate.days(in: month, of: year)).contains(day) else { return invalid("day is out of range for month") }
            let midnight = CivilDate.daysFromEpoch(year: year, month: month, day: day) * 86_400
            guard let time else { return .success(YAMLTimestamp(isDate: true, epochSeconds: midnight)) }
            guard time.hour <= 23 else { return invalid("hour must be in 0..23") }
            guard time.minute <= 59 else { return invalid("minute must be in 0..59") }
            guard time.second <= 59 else { return invalid("second must be in 0..59") }
            guard abs(time.offsetMinutes) < 24 * 60 else { return invalid("the zone offset must be under 24 hours") }
            let seconds = midnight + time.hour * 3600 + time.minute * 60 + time.second - time.offsetMinutes * 60
            return .success(YAMLTimestamp(isDate: false, epochSeconds: seconds, microseconds: time.microseconds))
        }
    }

    private struct Scanner {
        let bytes: ArraySlice<UInt8>
        var index: Int

        init(bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
            self.index = bytes.startIndex
        }

        var isAtEnd: Bool { index == bytes.endIndex }

        mutating func digits(_ count: ClosedRange<Int>) -> Int? {
            var value = 0
            var read = 0
            while read < count.upperBound, index < bytes.endIndex, YAMLNumbers.isDecimal(bytes[index]) {
                value = read < 18 ? value * 10 + Int(bytes[index] - UInt8(ascii: "0")) : value
                index += 1
                read += 1
            }
            return count.contains(read) ? value : nil
        }

        /// A fraction's digits (any number, none too), as PyYAML's constructor
        /// reads them: the first six, padded with zeros, are the microseconds.
        mutating func microseconds() -> Int {
            var value = 0
            var read = 0
            while index < bytes.endIndex, YAMLNumbers.isDecimal(bytes[index]) {
                if read < 6 { value = value * 10 + Int(bytes[index] - UInt8(ascii: "0")) }
                index += 1
                read += 1
            }
            for _ in min(read, 6)..<6 { value *= 10 }
            return value
        }

        mutating func skip(_ character: Unicode.Scalar) -> Bool {
            guard index < bytes.endIndex, bytes[index] == UInt8(ascii: character) else { return false }
            index += 1
            return true
        }

        /// `[Tt]` or one or more blanks between the date and the time.
        mutating func skipSeparator() -> Bool {
            if skip("T") || skip("t") { return true }
            let start = index
            skipBlanks()
            return index > start
        }

        mutating func skipBlanks() {
            while index < bytes.endIndex, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") {
                index += 1
            }
        }

        mutating func sign() -> Int? {
            if skip("+") { return 1 }
            if skip("-") { return -1 }
            return nil
        }
    }
}
