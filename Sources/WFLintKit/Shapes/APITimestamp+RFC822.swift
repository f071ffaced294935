extension APITimestamp {
    /// An RFC 822 / RFC 1123 date as dateutil reads one:
    /// `[Mon[,] ]01 Jan 2024[ 00:00[:00][ zone]]`, day and month names in
    /// any case, abbreviated or in full (the weekday is not checked against
    /// the date, as dateutil does not); a four-digit year; the zone `GMT`,
    /// `UTC`, `UT`, `Z`, `±hhmm` or `±hh:mm`. No time is midnight and no zone is UTC.
    static func rfc822(_ scalars: [Unicode.Scalar]) -> Double? {
        var scanner = TimestampScanner(scalars)
        if scanner.name(in: weekdays) != nil {
            let comma = scanner.skip(",")
            guard scanner.skip(" ") || comma else { return nil }
        }
        guard let day = scanner.digits(2) ?? scanner.digits(1), scanner.skip(" "),
            let month = scanner.name(in: months), scanner.skip(" "), let year = scanner.digits(4),
            var seconds = startOfDay(year: year, month: month + 1, day: day)
        else { return nil }
        if scanner.isAtEnd { return seconds }
        guard scanner.skip(" "), let hour = scanner.digits(2), hour < 24, scanner.skip(":"),
            let minute = scanner.digits(2), minute < 60
        else { return nil }
        seconds += Double(hour * 3600 + minute * 60)
        if scanner.skip(":") {
            guard let second = scanner.digits(2), second < 60 else { return nil }
            seconds += Double(second)
        }
        if scanner.isAtEnd { return seconds }
        guard scanner.skip(" "), let offset = scanner.zoneOffset(names: ["GMT", "UTC", "UT", "Z"]), scanner.isAtEnd
        else { return nil }
        return seconds - offset
    }

    /// Each weekday's and month's abbreviation and full name, lowercase.
    private static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map { [$0] }
        + [["monday"], ["tuesday"], ["wednesday"], ["thursday"], ["friday"], ["saturday"], ["sunday"]]
    private static let months = [
        ["jan", "january"], ["feb", "february"], ["mar", "march"], ["apr", "april"], ["may"], ["jun", "june"],
        ["jul", "july"], ["aug", "august"], ["sep", "september"], ["oct", "october"], ["nov", "november"],
        ["dec", "december"],
    ]
}
