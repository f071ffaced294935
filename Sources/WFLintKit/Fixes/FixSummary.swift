/// What a rule's fix does, as `wflint explain` and docs/rules.md say it: the
/// kinds its fixes may have and a description. A rule has one a kind of fix
/// it plans (a check function with two options set may plan two).
public struct FixSummary: Sendable, Hashable {
    /// The kinds its fixes may have, safe first: one, or both when which one
    /// depends on the finding (`unique` with `ignore-case`).
    public let applicabilities: [FixApplicability]
    /// What the fix does, in lower case (`rewrite the entry to its network address`).
    public let description: String

    public init(_ applicabilities: [FixApplicability], _ description: String) {
        self.applicabilities = [FixApplicability.safe, .unsafe].filter(applicabilities.contains)
        self.description = description
    }

    public init(_ applicability: FixApplicability, _ description: String) {
        self.init([applicability], description)
    }

    /// `safe (applied by --fix)`, `unsafe (applied by --fix --unsafe-fixes)`, or both.
    public var kindText: String {
        switch applicabilities {
        case [.safe]: return "safe (applied by --fix)"
        case [.unsafe]: return "unsafe (applied by --fix --unsafe-fixes)"
        default: return "safe or unsafe (--fix applies the safe ones, --fix --unsafe-fixes all)"
        }
    }
}

/// The fixes of the rules implemented in Swift, by rule id: their Swift code
/// plans them, and this table says so for `wflint explain` and docs/rules.md.
/// `RuleExampleVerifier` fails a `fixed:` example of a rule that fixed it but
/// is missing here, so the table cannot fall behind the code.
enum SwiftRuleFixes {
    static let summaries: [String: [FixSummary]] = [
        CoreRule.unknownField: [
            FixSummary([.safe, .unsafe], "rename the key to the one suggested member; safe when only the case differs")
        ],
        CoreRule.enum: [FixSummary(.safe, "write the one allowed value that differs only in case")],
        CoreRule.yamlAmbiguousScalar: [
            FixSummary(.safe, "quote the string (in the quote the document uses most), write the integer in decimal, the boolean as true or false")
        ],
    ]
}
