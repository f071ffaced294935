import Testing

@testable import WFLintKit

@Suite struct APITimestampTests {
    @Test(arguments: [
        ("1970-01-01", 0.0),
        ("2024-02-29", 1_709_164_800),
        ("2024-05-01T12:30:00Z", 1_714_566_600),
        ("2024-05-01T12:30:00", 1_714_566_600),  // no zone is UTC
        ("2024-05-01 12:30", 1_714_566_600),
        ("2024-05-01T12:30:00.25+02:00", 1_714_559_400.25),
        ("2024-05-01T12:30:00-0130", 1_714_572_000),
        ("1969-12-31T23:59:59Z", -1),
    ])
    func parsesISO8601DatesAndDateTimes(text: String, seconds: Double) {
        #expect(APITimestamp.parse(text) == seconds)
    }

    @Test(arguments: ["", "2024-13-01", "2023-02-29", "2024-05-01T24:00:00Z", "2024-05-01T12:30:00+2", "2024-5-1",
                      "2024-05-01T12", "2024-05-01T12:30:00.Z", "yesterday", "1700000000", "2024-05-01Z"])
    func rejectsAnythingElse(text: String) {
        #expect(APITimestamp.parse(text) == nil)
    }
}
