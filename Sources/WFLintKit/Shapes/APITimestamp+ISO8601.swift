extension APITimestamp {
    /// An ISO 8601 date (`2024-06-01`) or date-time, as dateutil reads one:
    /// an extended (`2024-06-01`) or, before a time, basic (`20240601`) date;
    /// `T`, `t` or a space; an extended (`12:30:05`) or basic (`123005`) time
    /// of hours, minutes or seconds, a fraction after the seconds with `.` or
    /// `,`; an optional zone, after an optional space: `Z`, `z`, `UTC`, `GMT`,
    /// `UT`, `±hh`, `±hhmm` or `±hh:mm`. No zone is UTC.
    static func iso8601(_ scalars: [Unicode.Scalar]) -> Double? {
        var scanner = TimestampScanner(scalars)
        guard let (date, extended) = scanner.isoDate(),
            var seconds = startOfDay(year: date.year, month: date.month, day: date.day)
        else { return nil }
        if scanner.isAtEnd { return extended ? seconds : nil }  // a bare basic date is epoch seconds
        guard scanner.skip(anyOf: extended ? "Tt " : "Tt"), let time = scanner.isoTimeOfDay() else { return nil }
        seconds += time.whole
        if scanner.isAtEnd { return instant(second: seconds, fraction: time.fraction) }
        _ = scanner.skip(" ")  // dateutil allows one before the zone
        let offset = scanner.zoneOffset(names: ["Z", "z", "UTC", "GMT", "UT"])
        guard let offset, scanner.isAtEnd else { return nil }
        return instant(second: seconds - offset, fraction: time.fraction)
    }
}

extension TimestampScanner {
    /// `yyyy-mm-dd` (extended) or `yyyymmdd` (basic), unchecked.
    mutating func isoDate() -> (date: (year: Int, month: Int, day: Int), extended: Bool)? {
        guard let year = digits(4) else { return nil }
        let extended = skip("-")
        guard let month = digits(2), !extended || skip("-"), let day = digits(2) else { return nil }
        return ((year, month, day), extended)
    }

    /// `hh`, `hh:mm`, `hh:mm:ss`, `hhmm` or `hhmmss`, with a fraction after
    /// the seconds: its whole seconds and the fraction of one.
    mutating func isoTimeOfDay() -> (whole: Double, fraction: Double)? {
        guard let hour = digits(2), hour < 24 else { return nil }
        var seconds = Double(hour * 3600)
        let extended = skip(":")
        guard let minute = digits(2) else { return extended ? nil : (seconds, 0) }
        guard minute < 60 else { return nil }
        seconds += Double(minute * 60)
        if extended && !skip(":") { return (seconds, 0) }
        guard let second = digits(2) else { return extended ? nil : (seconds, 0) }
        guard second < 60 else { return nil }
        seconds += Double(second)
        guard skip(anyOf: ".,") else { return (seconds, 0) }
        guard let fraction = fractionDigits() else { return nil }
        return (seconds, fraction)
    }
}
