import DocumentModel
import Testing

@testable import WFLintKit

/// A timestamp member's value, as the document would hold it.
private enum J {
    static func node(_ value: ScalarValue, _ text: String) -> Node {
        let position = SourcePosition(line: 1, column: 1)
        return Node(.scalar(Scalar(text: text, style: .doubleQuoted, value: value)), range: SourceRange(at: position))
    }
    static func string(_ text: String) -> Node { node(.string(text), text) }
    static func integer(_ number: Int) -> Node { node(.integer(number), String(number)) }
    static func float(_ number: Double) -> Node { node(.float(number), String(number)) }
    static let null = node(.null, "null")
}

@Suite struct APITimestampTests {
    /// Each value and the whole epoch seconds botocore 1.43.11 sends for it
    /// (nil: its ParamValidator rejects the value, or fails on it). The
    /// verdicts were computed by running botocore, with
    /// `Scripts/botocore-timestamps.py`, not written by hand.
    static let botocoreVerdicts: [(Node, Int?)] = [
        (J.integer(1700000000), 1700000000),
        (J.float(1700000000.9), 1700000000),
        (J.float(-1.5), -2),
        (J.string("1700000000"), 1700000000),
        (J.string(" 1700000000 "), 1700000000),
        (J.string("1.7e9"), 1700000000),
        (J.string("1_700_000_000"), 1700000000),
        (J.string("+1700000000"), 1700000000),
        (J.string("20240601"), 20240601),
        (J.string("2024"), 2024),
        (J.string("nan"), nil),
        (J.string("inf"), nil),
        (J.integer(253402300799), 253402300799),
        (J.integer(253402300800), nil),
        (J.string("253402300800"), nil),
        (J.integer(-62135596800), -62135596800),
        (J.integer(-62135596801), nil),
        (J.string("2024-06-01"), 1717200000),
        (J.string("2024-06-01T00:00:00Z"), 1717200000),
        (J.string("2024-06-01T00:00:00.999Z"), 1717200000),
        (J.string("2024-06-01T00:00:00,5Z"), 1717200000),
        (J.string("2024-06-01t00:00:00z"), 1717200000),
        (J.string("2024-06-01 00:00:00"), 1717200000),
        (J.string("2024-06-01T10:30"), 1717237800),
        (J.string("2024-06-01T10"), 1717236000),
        (J.string("2024-06-01T24:00:00"), nil),
        (J.string("2024-06-01T23:59:60"), nil),
        (J.string("2024-06-01T12:00:00+02:00"), 1717236000),
        (J.string("2024-06-01T12:00:00+0200"), 1717236000),
        (J.string("2024-06-01T12:00:00+02"), 1717236000),
        (J.string("2024-06-01T12:00:00-0530"), 1717263000),
        (J.string("2024-06-01T12:00:00 +02:00"), 1717236000),
        (J.string("2024-06-01T12:00:00 Z"), 1717243200),
        (J.string("2024-06-01T12:00:00UTC"), 1717243200),
        (J.string("2024-06-01T12:00:00 GMT"), 1717243200),
        (J.string("20240601T000000Z"), 1717200000),
        (J.string("20240601T000000"), 1717200000),
        (J.string("20240601T0000"), 1717200000),
        (J.string("20240601T000000.5Z"), 1717200000),
        (J.string("20240601T000000,5+0200"), 1717192800),
        (J.string("20240601T000000+02:00"), 1717192800),
        (J.string("2024-06-01T000000Z"), 1717200000),
        (J.string("20240601T00:00:00Z"), 1717200000),
        (J.string("Mon, 01 Jan 2024 00:00:00 GMT"), 1704067200),
        (J.string("Mon, 1 Jan 2024 00:00:00 GMT"), 1704067200),
        (J.string("Tue, 01 Jan 2024 00:00:00 GMT"), 1704067200),
        (J.string("01 Jan 2024 00:00:00 GMT"), 1704067200),
        (J.string("Mon, 01 Jan 2024 00:00:00 +0000"), 1704067200),
        (J.string("Mon, 01 Jan 2024 00:00:00 UTC"), 1704067200),
        (J.string("Mon, 01 Jan 2024 00:00 GMT"), 1704067200),
        (J.string("Mon, 01 Jan 2024 00:00:00"), 1704067200),
        (J.string("Monday, 01 Jan 2024 00:00:00 GMT"), 1704067200),
        (J.string("Mon, 01 January 2024 00:00:00 GMT"), 1704067200),
        (J.string("Mon, 01 jan 2024 00:00:00 gmt"), nil),
        (J.string("0000-01-01"), nil),
        (J.string("0001-01-01"), -62135596800),
        (J.string("9999-12-31T23:59:59Z"), 253402300799),
        (J.string("9999-12-31T23:59:59-01:00"), nil),
        (J.string("0001-01-01T00:00:00+01:00"), nil),
        (J.string("2024-02-30"), nil),
        (J.string("2023-02-29"), nil),
        (J.string("2024-02-29"), 1709164800),
        (J.string(""), nil),
        (J.string("   "), nil),
        (J.string("2024-06-01T00:00:00.1234567Z"), 1717200000),
        (J.string("2024-06-01T12:00:00+24:00"), nil),
        (J.string("2024-06-01T12:00:00+23:59"), 1717156860),
        (J.string("2024-06-01T12:60"), nil),
        (J.string("2024-W01-1"), nil),
        (J.string("2024-153"), nil),
        (J.string("20240601T000000z"), 1717200000),
        (J.string("1700000000.5"), 1700000000),
        (J.string("-1"), -1),
        (J.null, nil),
        (J.string("2024-06-01T12:00:00utc"), nil),
        (J.string("2024-06-01T12:00:00 z"), 1717243200),
        (J.string("2024-06-01T12:00:00gmt"), nil),
        (J.string("2024-06-01T12:00:00 UT"), 1717243200),
        (J.string("Mon, 01 JAN 2024 00:00:00 GMT"), 1704067200),
        (J.string("Mon, 01 jan 2024 00:00:00 GMT"), 1704067200),
        (J.string("MON, 01 Jan 2024 00:00:00 GMT"), 1704067200),
        (J.string("mon, 01 Jan 2024 00:00:00 GMT"), 1704067200),
        (J.string("Mon, 01 Jan 2024 00:00:00 gmt"), nil),
        (J.string("Mon, 01 Jan 2024 00:00:00 Z"), 1704067200),
        (J.string("Mon, 01 Jan 2024 00:00:00 UT"), 1704067200),
        (J.string("Mon, 01 Jan 2024 00:00:00 +02:00"), 1704060000),
        (J.string("Mon, 01 Jan 2024 00:00:00 -0500"), 1704085200),
        (J.string("Mon, 01 Jan 2024 23:59:59 +0100"), 1704149999),
        (J.string("Mon 01 Jan 2024 00:00:00 GMT"), 1704067200),
        (J.string("Mon,01 Jan 2024 00:00:00 GMT"), 1704067200),
        (J.string("Mon, 01 Jan 2024"), 1704067200),
        (J.string("01 Jan 2024"), 1704067200),
        (J.string("Mon, 32 Jan 2024 00:00:00 GMT"), nil),
        (J.string("Mon, 29 Feb 2023 00:00:00 GMT"), nil),
        (J.string("Mon, 01 Jan 2024 24:00:00 GMT"), nil),
        (J.string("2024-06-01T12:00:00.5+02:00"), 1717236000),
        (J.string("2024-06-01T12:00:00,123456789Z"), 1717243200),
        (J.string("2024-06-01T12Z"), 1717243200),
        (J.string("2024-06-01T1200Z"), 1717243200),
        (J.string("2024-06-01T12:00Z"), 1717243200),
        (J.string("2024-06-01T120000.5Z"), 1717243200),
        (J.string("2024-06-01T12:00:00+020"), nil),
        (J.string("2024-06-01 12:00:00Z"), 1717243200),
        (J.string("2024-06-01T12:00:00+00:00"), 1717243200),
        (J.string("2024-06-01T12:00:00-00:00"), 1717243200),
        (J.string("1e3"), 1000),
        (J.string("1."), 1),
        (J.string(".5"), 0),
        (J.string("1__0"), nil),
        (J.string("_1"), nil),
        (J.string("0x10"), nil),
        (J.string("1e400"), nil),
        (J.string("-62135596800"), -62135596800),
        (J.string("-62135596800.5"), nil),
        (J.string("253402300799.5"), 253402300799),
        // The last second of 9999, to its last microsecond (a Double sum read it as the year 10000).
        (J.string("9999-12-31T23:59:59.999999Z"), 253402300799),
        (J.string("9999-12-31T23:59:59,9999999Z"), 253402300799),
        (J.string("9999-12-31T23:59:59.999999+00:00"), 253402300799),
        (J.string("0001-01-01T00:00:00.000001Z"), -62135596800),
        (J.string("00001700000000"), 1700000000),
        (J.string("10000-01-01"), nil),
        (J.string("99999"), 99999),
        (J.string("2024-06-01T00:00:00+01:00"), 1717196400),
        (J.string("\t1700000000\n"), 1700000000),
        (J.string("1_7e1_0"), 170000000000),
    ]

    @Test func acceptsAndSendsWhatBotocoreDoes() {
        for (node, sent) in Self.botocoreVerdicts {
            #expect(APITimestamp.sentSeconds(of: node) == sent, "\(node.scalarText ?? "?")")
        }
    }

    /// Values botocore accepts (each checked with `Scripts/botocore-timestamps.py`)
    /// that wflint rejects on purpose, as WF004's description says: dateutil
    /// guesses at them, some by the day they are sent (`2024-06` takes
    /// today's day, `24` a century).
    @Test(arguments: [
        "2024-6-1", "2024-06", "June 1 2024", "2024-06-01T12:00:00EST", "2024-06-01T00:00:00.", "2024-06-01T12:00:00+2",
        "2024-06-01T12:00:00+02:5", "2024-06-01T12:00:00+0", "2024-06-01T12:00.5Z", "2024-06-01T12:00:00Z ",
        " 2024-06-01", "2024-06-01  12:00:00Z", "Mon, 01 Jan 24 00:00:00 GMT", "Mon, 01 Jan 2024 00:00:00.5 GMT",
        "Mon, 01  Jan 2024 00:00:00 GMT", "Mon, 01 Jan 2024 00:00:00 GMT+1", "1 Jan 2024 0:00:00 GMT",
        "Mon, 01 Jan 2024 0:00:00 GMT", "Mon, 01 Jan 0000 00:00:00 GMT", "\u{661}\u{662}\u{663}",
    ])
    func rejectsWhatDateutilOnlyGuessesAt(text: String) {
        #expect(APITimestamp.parse(text) == nil)
    }

    @Test func aBooleanIsNotATimestampThoughPythonTakesItAsOne() {
        #expect(APITimestamp.sentSeconds(of: J.node(.bool(true), "true")) == nil)
    }

    @Test func fractionsAreKeptForTheInstantButDroppedWhenSent() {
        #expect(APITimestamp.parse("2024-05-01T12:30:00.25+02:00") == 1_714_559_400.25)
        #expect(APITimestamp.sentSeconds(of: J.string("2024-05-01T12:30:00.25+02:00")) == 1_714_559_400)
        #expect(APITimestamp.sentSeconds(of: J.string("1969-12-31T23:59:59.5Z")) == -1)
    }
}
