import DocumentModel
import Testing

@Suite struct YAMLCoreSchemaTests {
    @Test(arguments: [
        ("", ScalarValue.null), ("~", .null), ("null", .null), ("Null", .null), ("NULL", .null),
        ("nULL", .string("nULL")),
        ("true", .bool(true)), ("True", .bool(true)), ("TRUE", .bool(true)), ("false", .bool(false)),
        ("False", .bool(false)), ("FALSE", .bool(false)), ("tRUE", .string("tRUE")),
        // YAML 1.1 booleans, binaries and sexagesimals are strings in 1.2.
        ("yes", .string("yes")), ("No", .string("No")), ("on", .string("on")), ("OFF", .string("OFF")),
        ("y", .string("y")), ("0b101", .string("0b101")), ("1:20", .string("1:20")),
        ("0", .integer(0)), ("42", .integer(42)), ("-17", .integer(-17)), ("+8", .integer(8)),
        ("012", .integer(12)), ("0o12", .integer(10)), ("0o8", .string("0o8")), ("0x1F", .integer(31)),
        ("0xg", .string("0xg")), ("-0x1F", .string("-0x1F")), ("0O12", .string("0O12")),
        ("99999999999999999999", .integer(.max)), ("-99999999999999999999", .integer(.min)),
        ("1.5", .float(1.5)), ("-.5", .float(-0.5)), ("5.", .float(5)), ("+1e3", .float(1000)),
        ("2.5E-1", .float(0.25)), ("1e", .string("1e")), (".", .string(".")), ("1.2.3", .string("1.2.3")),
        (".inf", .float(.infinity)), ("-.Inf", .float(-.infinity)), ("+.INF", .float(.infinity)),
        (".infinity", .string(".infinity")), ("1_000", .string("1_000")), ("12 ", .string("12 ")),
        ("10.0.0.0/8", .string("10.0.0.0/8")),
    ])
    func plainScalarsResolveByTheCoreSchema(text: String, expected: ScalarValue) {
        #expect(YAMLCoreSchema.resolvePlain(text) == expected)
    }

    @Test func notANumberInEverySpelling() {
        for text in [".nan", ".NaN", ".NAN"] {
            guard case .float(let value) = YAMLCoreSchema.resolvePlain(text) else {
                Issue.record("\(text) did not resolve to a float")
                continue
            }
            #expect(value.isNaN)
        }
        #expect(YAMLCoreSchema.resolvePlain("-.nan") == .string("-.nan"))
    }

    @Test func quotedAndBlockScalarsAreStrings() {
        for style in [ScalarStyle.singleQuoted, .doubleQuoted, .literal, .folded] {
            #expect(YAMLCoreSchema.resolve("12", style: style, tag: nil) == .string("12"))
        }
    }

    @Test func explicitStandardTagsAreHonoured() {
        #expect(YAMLCoreSchema.resolve("12", style: .plain, tag: YAMLCoreSchema.strTag) == .string("12"))
        #expect(YAMLCoreSchema.resolve("12", style: .doubleQuoted, tag: YAMLCoreSchema.intTag) == .integer(12))
        #expect(YAMLCoreSchema.resolve("abc", style: .plain, tag: YAMLCoreSchema.intTag) == .string("abc"))
        #expect(YAMLCoreSchema.resolve("3", style: .plain, tag: YAMLCoreSchema.floatTag) == .float(3))
        #expect(YAMLCoreSchema.resolve("TRUE", style: .plain, tag: YAMLCoreSchema.boolTag) == .bool(true))
        #expect(YAMLCoreSchema.resolve("yes", style: .plain, tag: YAMLCoreSchema.boolTag) == .string("yes"))
        #expect(YAMLCoreSchema.resolve("~", style: .plain, tag: YAMLCoreSchema.nullTag) == .null)
        #expect(YAMLCoreSchema.resolve("12", style: .plain, tag: "!") == .string("12"))
        #expect(YAMLCoreSchema.resolve("12", style: .plain, tag: "!custom") == .string("12"))
    }
}
