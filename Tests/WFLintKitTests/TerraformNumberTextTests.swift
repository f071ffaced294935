import Testing

@testable import WFLintKit

/// The string Terraform makes of a number where a string is expected
/// (go-cty: `big.Float.Text('f', -1)`), checked against the forms its
/// conversion gives: no exponent, no leading or trailing zero.
@Suite struct TerraformNumberTextTests {
    @Test(arguments: [
        ("10", "10"), ("10.0", "10"), ("1.0", "1"), ("007", "7"), ("1.50", "1.5"), ("1E3", "1000"),
        ("1e-2", "0.01"), ("0.000", "0"), ("0", "0"), ("-5", "-5"), ("-0.50", "-0.5"), ("12.5e1", "125"),
        ("12.5e-1", "1.25"), ("1e+2", "100"), ("0.001e3", "1"), (".5", "0.5"),
        ("1e62", "1" + String(repeating: "0", count: 62)),
    ])
    func aNumberIsItsShortestDecimal(text: String, expected: String) {
        #expect(TerraformNumberText.string(of: text) == expected)
    }

    /// A string past 1,024 characters is not made (`1e999999999` would be a
    /// billion digits), nor is one of text that is no number.
    @Test(arguments: ["1e2000", "1e999999999", "1e-2000", "abc", "1e", "--1", ""])
    func aStringTooLongOrNoNumberIsNotMade(text: String) {
        #expect(TerraformNumberText.string(of: text) == nil)
    }

    @Test func aNumberOfManyDigitsWithinTheLimitIsMade() {
        #expect(TerraformNumberText.string(of: "1" + String(repeating: "0", count: 2000) + "e-1999") == "10")
        #expect(TerraformNumberText.string(of: "1" + String(repeating: "0", count: 2000) + "e-1990") == "10000000000")
        #expect(TerraformNumberText.string(of: "1e1000")?.count == 1_001)
    }
}
