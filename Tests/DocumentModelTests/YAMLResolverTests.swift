import DocumentModel
import Testing

/// The readings below were produced by loading `a: <form>` with ruamel.yaml
/// 0.18.16 (`YAML(typ='safe', pure=True)`, the AWS CLI v2's loader), the same
/// after `%YAML 1.1`, and PyYAML 6.0.3's `safe_load`; nil is a form the loader
/// fails on. Timestamps carry the whole epoch seconds botocore sends.
private typealias LoaderReading = (text: String, ruamel12: ScalarValue?, ruamel11: ScalarValue?, pyyaml: ScalarValue?)

private let loaderReadings: [LoaderReading] = [
        ("yes", .string("yes"), .bool(true), .bool(true)),
        ("Yes", .string("Yes"), .bool(true), .bool(true)),
        ("YES", .string("YES"), .bool(true), .bool(true)),
        ("yEs", .string("yEs"), .string("yEs"), .string("yEs")),
        ("no", .string("no"), .bool(false), .bool(false)),
        ("NO", .string("NO"), .bool(false), .bool(false)),
        ("on", .string("on"), .bool(true), .bool(true)),
        ("On", .string("On"), .bool(true), .bool(true)),
        ("ON", .string("ON"), .bool(true), .bool(true)),
        ("oN", .string("oN"), .string("oN"), .string("oN")),
        ("off", .string("off"), .bool(false), .bool(false)),
        ("OFF", .string("OFF"), .bool(false), .bool(false)),
        ("y", .string("y"), .bool(true), .string("y")),
        ("Y", .string("Y"), .bool(true), .string("Y")),
        ("n", .string("n"), .bool(false), .string("n")),
        ("N", .string("N"), .bool(false), .string("N")),
        ("true", .bool(true), .bool(true), .bool(true)),
        ("True", .bool(true), .bool(true), .bool(true)),
        ("TRUE", .bool(true), .bool(true), .bool(true)),
        ("tRUE", .string("tRUE"), .string("tRUE"), .string("tRUE")),
        ("false", .bool(false), .bool(false), .bool(false)),
        ("False", .bool(false), .bool(false), .bool(false)),
        ("FALSE", .bool(false), .bool(false), .bool(false)),
        ("null", .null, .null, .null),
        ("Null", .null, .null, .null),
        ("NULL", .null, .null, .null),
        ("nULL", .string("nULL"), .string("nULL"), .string("nULL")),
        ("~", .null, .null, .null),
        ("1_000", .integer(1000), .integer(1000), .integer(1000)),
        ("0x_1F", .integer(31), .integer(31), .integer(31)),
        ("1.5_0", .float(1.5), .float(1.5), .float(1.5)),
        ("0o17", .integer(15), .string("0o17"), .string("0o17")),
        ("017", .integer(17), .integer(15), .integer(15)),
        ("019", .integer(19), .string("019"), .string("019")),
        ("08", .integer(8), .string("08"), .string("08")),
        ("0x1F", .integer(31), .integer(31), .integer(31)),
        ("0b101", .integer(5), .integer(5), .integer(5)),
        ("0b_", nil, nil, nil),
        ("0x_", nil, nil, nil),
        ("0o_", nil, .string("0o_"), .string("0o_")),
        ("-_", nil, nil, .string("-_")),
        ("+_", nil, nil, .string("+_")),
        ("1__", .integer(1), .integer(1), .integer(1)),
        ("0_", .integer(0), .integer(0), .integer(0)),
        ("00", .integer(0), .integer(0), .integer(0)),
        ("-0", .integer(0), .integer(0), .integer(0)),
        ("+1", .integer(1), .integer(1), .integer(1)),
        ("-17", .integer(-17), .integer(-17), .integer(-17)),
        ("1:20", .string("1:20"), .integer(80), .integer(80)),
        ("1:20.5", .string("1:20.5"), .float(80.5), .float(80.5)),
        ("-1:20", .string("-1:20"), .integer(-80), .integer(-80)),
        ("0:30", .string("0:30"), .string("0:30"), .string("0:30")),
        ("1:60", .string("1:60"), .string("1:60"), .string("1:60")),
        ("1:5:7", .string("1:5:7"), .integer(3907), .integer(3907)),
        ("1e3", .float(1000.0), .float(1000.0), .string("1e3")),
        ("1E3", .float(1000.0), .float(1000.0), .string("1E3")),
        ("1e+3", .float(1000.0), .float(1000.0), .string("1e+3")),
        ("1.0e3", .float(1000.0), .float(1000.0), .string("1.0e3")),
        ("1.0e+3", .float(1000.0), .float(1000.0), .float(1000.0)),
        ("2.5E-1", .float(0.25), .float(0.25), .float(0.25)),
        (".5", .float(0.5), .float(0.5), .float(0.5)),
        ("-.5", .float(-0.5), .string("-.5"), .string("-.5")),
        ("+.5", .float(0.5), .string("+.5"), .string("+.5")),
        ("._5", .float(0.5), .float(0.5), .string("._5")),
        ("._", nil, nil, .string("._")),
        ("1.", .float(1.0), .float(1.0), .float(1.0)),
        ("0.", .float(0.0), .float(0.0), .float(0.0)),
        ("1.2.3", .string("1.2.3"), .string("1.2.3"), .string("1.2.3")),
        (".inf", .float(.infinity), .float(.infinity), .float(.infinity)),
        ("-.Inf", .float(-.infinity), .float(-.infinity), .float(-.infinity)),
        ("+.INF", .float(.infinity), .float(.infinity), .float(.infinity)),
        (".infinity", .string(".infinity"), .string(".infinity"), .string(".infinity")),
        ("1e", .string("1e"), .string("1e"), .string("1e")),
        ("1_e3", .float(1000.0), .float(1000.0), .string("1_e3")),
        ("5.", .float(5.0), .float(5.0), .float(5.0)),
        ("2024-01-01", .timestamp(.init(isDate: true, epochSeconds: 1704067200)), .timestamp(.init(isDate: true, epochSeconds: 1704067200)), .timestamp(.init(isDate: true, epochSeconds: 1704067200))),
        ("2024-1-1", .string("2024-1-1"), .string("2024-1-1"), .string("2024-1-1")),
        ("2024-01-01T00:00:00Z", .timestamp(.init(isDate: false, epochSeconds: 1704067200)), .timestamp(.init(isDate: false, epochSeconds: 1704067200)), .timestamp(.init(isDate: false, epochSeconds: 1704067200))),
        ("2024-01-01t00:00:00", .timestamp(.init(isDate: false, epochSeconds: 1704067200)), .timestamp(.init(isDate: false, epochSeconds: 1704067200)), .timestamp(.init(isDate: false, epochSeconds: 1704067200))),
        ("2024-13-01", nil, nil, nil),
        ("2024-02-30", nil, nil, nil),
        ("2024-02-29", .timestamp(.init(isDate: true, epochSeconds: 1709164800)), .timestamp(.init(isDate: true, epochSeconds: 1709164800)), .timestamp(.init(isDate: true, epochSeconds: 1709164800))),
        ("2023-02-29", nil, nil, nil),
        ("0000-01-01", nil, nil, nil),
        ("1969-12-31T23:59:59.9Z", .timestamp(.init(isDate: false, epochSeconds: -1, microseconds: 900_000)), .timestamp(.init(isDate: false, epochSeconds: -1, microseconds: 900_000)), .timestamp(.init(isDate: false, epochSeconds: -1, microseconds: 900_000))),
        ("20240101", .integer(20240101), .integer(20240101), .integer(20240101)),
        ("12:30", .string("12:30"), .integer(750), .integer(750)),
        ("abc", .string("abc"), .string("abc"), .string("abc")),
        ("0x", .string("0x"), .string("0x"), .string("0x")),
        ("0b", .string("0b"), .string("0b"), .string("0b")),
        ("0o", .string("0o"), .string("0o"), .string("0o")),
        ("99999999999999999999", .integer(.max), .integer(.max), .integer(.max)),
        ("-99999999999999999999", .integer(.min), .integer(.min), .integer(.min)),
        ("-0x1F", .integer(-31), .integer(-31), .integer(-31)),
        ("+0b1", .integer(1), .integer(1), .integer(1)),
        ("0B1", .string("0B1"), .string("0B1"), .string("0B1")),
        ("0X1F", .string("0X1F"), .string("0X1F"), .string("0X1F")),
        ("0O12", .string("0O12"), .string("0O12"), .string("0O12")),
        ("1_0.5", .float(10.5), .float(10.5), .float(10.5)),
        ("1e_3", .string("1e_3"), .string("1e_3"), .string("1e_3")),
        ("0xg", .string("0xg"), .string("0xg"), .string("0xg")),
        ("10.0.0.0/8", .string("10.0.0.0/8"), .string("10.0.0.0/8"), .string("10.0.0.0/8")),
        ("2024-01-01 10:00:00", .timestamp(.init(isDate: false, epochSeconds: 1704103200)), .timestamp(.init(isDate: false, epochSeconds: 1704103200)), .timestamp(.init(isDate: false, epochSeconds: 1704103200))),
        ("2024-01-01 1:00:00 +05", .timestamp(.init(isDate: false, epochSeconds: 1704052800)), .timestamp(.init(isDate: false, epochSeconds: 1704052800)), .timestamp(.init(isDate: false, epochSeconds: 1704052800))),
        ("2024-01-01T25:00:00", nil, nil, nil),
        ("2024-01-01 00:00:00 Z", .timestamp(.init(isDate: false, epochSeconds: 1704067200)), .timestamp(.init(isDate: false, epochSeconds: 1704067200)), .timestamp(.init(isDate: false, epochSeconds: 1704067200))),
        ("2024-01-01T12:00:00.5-02:30", .timestamp(.init(isDate: false, epochSeconds: 1704119400, microseconds: 500_000)), .timestamp(.init(isDate: false, epochSeconds: 1704119400, microseconds: 500_000)), .timestamp(.init(isDate: false, epochSeconds: 1704119400, microseconds: 500_000))),
        ("2024-01-01T00:00:00+24:00", nil, nil, nil),
        ("", .null, .null, .null)
]

@Suite struct YAMLResolverTests {
    static let forms = loaderReadings.map(\.text)

    @Test(arguments: forms)
    func plainScalarsResolveAsEachLoaderReadsThem(text: String) throws {
        try expectEachLoaderReading(of: text, in: loaderReadings)
    }

    /// Texts that start like a number (a digit, a sign, a dot) and then hold
    /// a byte that no number or timestamp form has, which `resolvePlain`
    /// takes for a string at once; and a few that hold none and still go
    /// through every form. Readings made as `loaderReadings`' were.
    private static var startsLikeANumber: [LoaderReading] {
        [
            ("1/2", .string("1/2"), .string("1/2"), .string("1/2")),
            ("2001:db8::/32", .string("2001:db8::/32"), .string("2001:db8::/32"), .string("2001:db8::/32")),
            ("1,000", .string("1,000"), .string("1,000"), .string("1,000")),
            ("-1%", .string("-1%"), .string("-1%"), .string("-1%")),
            ("1e3\u{E9}", .string("1e3\u{E9}"), .string("1e3\u{E9}"), .string("1e3\u{E9}")),
            ("12:30/1", .string("12:30/1"), .string("12:30/1"), .string("12:30/1")),
            ("2024-01-01/x", .string("2024-01-01/x"), .string("2024-01-01/x"), .string("2024-01-01/x")),
            ("0x1F;", .string("0x1F;"), .string("0x1F;"), .string("0x1F;")),
            ("+.inf!", .string("+.inf!"), .string("+.inf!"), .string("+.inf!")),
            (".5#x", .string(".5#x"), .string(".5#x"), .string(".5#x")),
            ("1_000/2", .string("1_000/2"), .string("1_000/2"), .string("1_000/2")),
            ("0o17~", .string("0o17~"), .string("0o17~"), .string("0o17~")),
            ("2024-01-01T00:00:00Z/", .string("2024-01-01T00:00:00Z/"), .string("2024-01-01T00:00:00Z/"), .string("2024-01-01T00:00:00Z/")),
            ("1:2:3/4", .string("1:2:3/4"), .string("1:2:3/4"), .string("1:2:3/4")),
            ("1.2.3.4", .string("1.2.3.4"), .string("1.2.3.4"), .string("1.2.3.4")),
            ("10.0.0.1", .string("10.0.0.1"), .string("10.0.0.1"), .string("10.0.0.1")),
            ("1 2", .string("1 2"), .string("1 2"), .string("1 2")),
            ("1a", .string("1a"), .string("1a"), .string("1a")),
            ("1-2", .string("1-2"), .string("1-2"), .string("1-2")),
            ("+-1", .string("+-1"), .string("+-1"), .string("+-1")),
            ("--1", .string("--1"), .string("--1"), .string("--1")),
            ("1e3e3", .string("1e3e3"), .string("1e3e3"), .string("1e3e3")),
            ("2024-01-01x", .string("2024-01-01x"), .string("2024-01-01x"), .string("2024-01-01x")),
            ("1:20:30", .string("1:20:30"), .integer(4830), .integer(4830)),
            ("2024-01-01 10:00:00 +05:30", .timestamp(.init(isDate: false, epochSeconds: 1704083400)), .timestamp(.init(isDate: false, epochSeconds: 1704083400)), .timestamp(.init(isDate: false, epochSeconds: 1704083400))),
            ("0b1(", .string("0b1("), .string("0b1("), .string("0b1(")),
            ("-.Inf,", .string("-.Inf,"), .string("-.Inf,"), .string("-.Inf,")),
            ("1.0e+3$", .string("1.0e+3$"), .string("1.0e+3$"), .string("1.0e+3$")),
            ("\u{FF11}", .string("\u{FF11}"), .string("\u{FF11}"), .string("\u{FF11}")),
            ("1\u{661}", .string("1\u{661}"), .string("1\u{661}"), .string("1\u{661}")),
            ("0x1F", .integer(31), .integer(31), .integer(31)),
            (".", .string("."), .string("."), .string(".")),
            ("+", .string("+"), .string("+"), .string("+")),
            ("1e+3=", .string("1e+3="), .string("1e+3="), .string("1e+3=")),
            ("10.0.0.0/08", .string("10.0.0.0/08"), .string("10.0.0.0/08"), .string("10.0.0.0/08")),
            ("-.nan", .string("-.nan"), .string("-.nan"), .string("-.nan")),
            ("+1:20", .string("+1:20"), .integer(80), .integer(80)),
            ("1_:20", .string("1_:20"), .integer(80), .integer(80)),
            ("0:60", .string("0:60"), .string("0:60"), .string("0:60")),
            ("1.5:30", .string("1.5:30"), .string("1.5:30"), .string("1.5:30")),
            ("2024-13-01x", .string("2024-13-01x"), .string("2024-13-01x"), .string("2024-13-01x")),
        ]
    }

    @Test(arguments: startsLikeANumber.map(\.text))
    func textsThatStartLikeANumberResolveAsEachLoaderReadsThem(text: String) throws {
        try expectEachLoaderReading(of: text, in: Self.startsLikeANumber)
    }

    private func expectEachLoaderReading(of text: String, in readings: [LoaderReading]) throws {
        let row = try #require(readings.first { $0.text == text })
        for (rules, expected) in [(YAMLRules.ruamel12, row.ruamel12), (.ruamel11, row.ruamel11), (.pyyaml, row.pyyaml)] {
            let got = try? YAMLResolver.resolvePlain(text, rules: rules)
            #expect(got == expected, "\(rules) read \(text) as \(String(describing: got))")
        }
    }

    @Test func notANumberInEverySpelling() throws {
        for text in [".nan", ".NaN", ".NAN"] {
            guard case .float(let value) = try YAMLResolver.resolvePlain(text) else {
                Issue.record("\(text) did not resolve to a float")
                continue
            }
            #expect(value.isNaN)
        }
        #expect(try YAMLResolver.resolvePlain("-.nan") == .string("-.nan"))
    }

    @Test func quotedAndBlockScalarsAreStrings() throws {
        for style in [ScalarStyle.singleQuoted, .doubleQuoted, .literal, .folded] {
            #expect(try YAMLResolver.resolve("12", style: style, tag: nil) == .string("12"))
            #expect(try YAMLResolver.resolve("2024-01-01", style: style, tag: nil) == .string("2024-01-01"))
        }
    }

    /// `a: !!tag text` in both loaders (nil: the loader fails).
    @Test(arguments: [
        ("!!bool", "yes", ScalarValue.bool(true), ScalarValue.bool(true)), ("!!bool", "tRUE", .bool(true), .bool(true)),
        ("!!bool", "y", .bool(true), nil), ("!!bool", "maybe", nil, nil),
        ("!!int", "yes", nil, nil), ("!!int", "12", .integer(12), .integer(12)), ("!!int", "0o17", .integer(15), .integer(15)),
        ("!!int", "017", .integer(17), .integer(15)), ("!!int", "1:20", nil, .integer(80)), ("!!int", "1_000", .integer(1000), .integer(1000)),
        ("!!int", "1.5", nil, nil), ("!!float", "1", .float(1), .float(1)), ("!!float", "1e3", .float(1000), .float(1000)),
        ("!!float", "abc", nil, nil), ("!!float", ".inf", .float(.infinity), .float(.infinity)),
        ("!!null", "x", .null, .null), ("!!str", "12", .string("12"), .string("12")), ("!!str", "", .string(""), .string("")),
        ("!!timestamp", "2024-01-01", .timestamp(.init(isDate: true, epochSeconds: 1_704_067_200)),
         .timestamp(.init(isDate: true, epochSeconds: 1_704_067_200))),
        ("!!timestamp", "abc", nil, nil), ("!!binary", "aGVsbG8=", .binary, .binary), ("!!binary", "@@", .binary, .binary),
        ("!!binary", "aGk", nil, nil), ("!", "12", .integer(12), .integer(12)), ("!", "yes", .string("yes"), .bool(true)),
        ("!foo", "x", nil, nil), ("!!python/name:os.system", "x", nil, nil), ("!!seq", "x", nil, nil),
    ] as [(String, String, ScalarValue?, ScalarValue?)])
    func explicitTagsRunTheirConstructor(tag: String, text: String, awsCLI: ScalarValue?, pyyaml: ScalarValue?) {
        let full = tag.hasPrefix("!!") ? YAMLResolver.tagPrefix + tag.dropFirst(2) : tag
        #expect((try? YAMLResolver.resolve(text, style: .plain, tag: full, rules: .ruamel12)) == awsCLI)
        #expect((try? YAMLResolver.resolve(text, style: .plain, tag: full, rules: .pyyaml)) == pyyaml)
    }

    @Test func theNonSpecificTagResolvesEvenAQuotedScalar() throws {
        #expect(try YAMLResolver.resolve("12", style: .doubleQuoted, tag: "!") == .integer(12))
        #expect(try YAMLResolver.resolve("12", style: .doubleQuoted, tag: YAMLResolver.intTag) == .integer(12))
    }

    @Test func anUnloadableScalarSaysWhichLoadersFail() {
        let bothFail = UnloadableScalar(
            tag: YAMLResolver.intTag, reason: "\"yes\" is not an integer", concealedReason: "the value is not an integer")
        #expect(throws: bothFail) {
            try YAMLResolver.resolve("yes", style: .plain, tag: YAMLResolver.intTag)
        }
        #expect(bothFail.message(pyyamlReads: nil)
            == "the AWS CLI and PyYAML cannot load the tag !!int here: \"yes\" is not an integer")
        // A secret's scalar (`ClientSecret: !!int ...`): nothing of it is quoted.
        #expect(bothFail.message(pyyamlReads: nil, concealingValue: true)
            == "the AWS CLI and PyYAML cannot load the tag !!int here: the value is not an integer")
        let awsCLIFails = UnloadableScalar(tag: nil, reason: "\"-_\" has the form of an integer but no digits")
        #expect(awsCLIFails.message(pyyamlReads: .string("-_"))
            == "the AWS CLI cannot load this plain scalar: \"-_\" has the form of an integer but no digits (PyYAML loads it)")
        let badDate = UnloadableScalar(
            tag: nil, reason: "not a valid date: month must be in 1..12", concealedReason: "not a valid date")
        #expect(throws: badDate) {
            try YAMLResolver.resolvePlain("2024-13-01")
        }
    }

    @Test func theDirectiveChoosesTheAWSCLIRules() {
        #expect(YAMLRules.awsCLI(directive: nil) == .ruamel12)
        #expect(YAMLRules.awsCLI(directive: (1, 2)) == .ruamel12)
        #expect(YAMLRules.awsCLI(directive: (1, 1)) == .ruamel11)
    }
}
