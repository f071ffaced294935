import DocumentModel

/// `scope`: OAuth 2.0 scope strings (RFC 6749 section 3.3). `report-invalid`
/// reports a malformed one; the others look only at well-formed scopes and
/// name every offending token in one violation: `required-tokens`,
/// `forbid-duplicates`, `forbid-comma`. Tokens are case-sensitive.
///
/// Fixes, in the quoting the scope is written in: a scope malformed only by
/// its spacing gets single spaces (safe); repeats are removed (safe); missing
/// required tokens are put first (unsafe); tokens written with commas are
/// split at them (unsafe).
struct ScopeFunction: CheckFunction {
    static let name = "scope"
    static let looksAt: [Shape.ShapeType] = [.string]
    static let optionNames = ["forbid-comma", "forbid-duplicates", "report-invalid", "required-tokens"]
    static let variables = ["problem", "tokens"]

    let reportInvalid: Bool
    let requiredTokens: [String]?
    let forbidDuplicates: Bool
    let forbidComma: Bool
}

extension ScopeFunction {
    init(options: CheckOptions) throws(SourceError) {
        reportInvalid = try options.bool("report-invalid") ?? false
        requiredTokens = try options.strings("required-tokens")
        forbidDuplicates = try options.bool("forbid-duplicates") ?? false
        forbidComma = try options.bool("forbid-comma") ?? false
        guard reportInvalid || requiredTokens != nil || forbidDuplicates || forbidComma else {
            throw options.needs("at least one of the options \(Self.optionNames.joined(separator: ", "))")
        }
    }

    func evaluate(_ targets: [TargetNode], in context: DocumentContext) -> [Violation] {
        targets.flatMap { target -> [Violation] in
            guard let text = target.string else { return [] }
            switch context.parsedValues.scopeTokens(text) {
            case .failure(let error):
                guard reportInvalid else { return [] }
                return [Violation(target, ["problem": error.reason]).fixed(by: Self.spacing(target, text, in: context))]
            case .success(let tokens):
                return check(target, tokens, in: context)
            }
        }
    }

    private func check(_ target: TargetNode, _ tokens: [String], in context: DocumentContext) -> [Violation] {
        var violations: [Violation] = []
        // Each required token looked for in the list (a pack's few, each one
        // pass): a set of the tokens made for each scope cost about 1.8 K
        // instructions (callgrind, 500 clean files).
        if let missing = requiredTokens?.filter({ !tokens.containsExactly($0) }), !missing.isEmpty {
            violations.append(Violation(target, ["tokens": Self.quoted(missing)]).fixed(
                by: Self.prepending(missing, to: target, tokens, in: context)))
        }
        if forbidDuplicates {
            let repeated = Self.repeats(tokens)
            if !repeated.isEmpty {
                violations.append(Violation(target, ["tokens": Self.quoted(repeated)]).fixed(
                    by: context.editingValue(of: target.node, .safe, "Remove the repeated tokens", edits: Self.repeatRemovals)))
            }
        }
        if forbidComma {
            // By bytes: a well-formed scope's tokens are ASCII, where a
            // character is one byte (by characters, about 2.2 K instructions a scope).
            let withComma = tokens.filter { $0.utf8.contains(UInt8(ascii: ",")) }
            if !withComma.isEmpty {
                violations.append(Violation(target, ["tokens": Self.quoted(withComma)]).fixed(
                    by: Self.splittingCommas(target, tokens, in: context)))
            }
        }
        return violations
    }

    /// Each token written more than once, once, in the order of its second writing.
    static func repeats(_ tokens: [String]) -> [String] {
        var repeated: [String] = []
        // A scope has a handful of tokens: each is compared with those before
        // it, where two sets allocated and hashed for each scope cost about
        // 2.6 K instructions. A hostile scope has thousands: sets.
        guard tokens.count <= 16 else {
            var seen = Set<ExactText>()
            var reported = Set<ExactText>()
            for token in tokens where !seen.insert(ExactText(token)).inserted && reported.insert(ExactText(token)).inserted {
                repeated.append(token)
            }
            return repeated
        }
        for (index, token) in tokens.enumerated()
        where tokens[..<index].containsExactly(token) && !repeated.containsExactly(token) {
            repeated.append(token)
        }
        return repeated
    }

    /// A scope whose only fault is its spacing (two spaces in a row, a
    /// leading or trailing one, a tab) written with single spaces. Safe: the
    /// tokens are the ones written, in their order.
    static func spacing(_ target: TargetNode, _ scope: String, in context: DocumentContext) -> Fix? {
        let tokens = scope.split { $0 == " " || $0 == "\t" }
        let spaced = tokens.joined(separator: " ")
        guard !tokens.isEmpty, case .success = ScopeText.tokens(spaced) else { return nil }
        return context.rewriting(target.node, to: spaced, .safe, "Separate the scope tokens with single spaces")
    }

    /// The required tokens a scope lacks, put before the others. Unsafe: the
    /// provider then grants more than the scope asked for. None when the
    /// scope holds them written with commas (`openid,email`): splitting the
    /// token is the fix then, and `forbid-comma`'s to offer.
    static func prepending(
        _ missing: [String], to target: TargetNode, _ tokens: [String], in context: DocumentContext
    ) -> Fix? {
        var seen = Set(tokens.flatMap { $0.split(separator: ",") }.map { ExactText(String($0)) })
        let added = missing.filter { seen.insert(ExactText($0)).inserted }
        guard !added.isEmpty else { return nil }
        let tokens = added.joined(separator: " ")
        guard case .success = ScopeText.tokens(tokens) else { return nil }
        return context.editingValue(of: target.node, .unsafe, "Add \(quoted(added)) to the scope") { _ in
            [TextEdit(range: ByteRange(at: 0), replacement: tokens + " ")]
        }
    }

    /// Each token written with commas (`openid,email`) split into the tokens
    /// around them (`openid email`); commas alone go. Unsafe: `openid,email`
    /// may be one token the provider knows.
    static func splittingCommas(_ target: TargetNode, _ tokens: [String], in context: DocumentContext) -> Fix? {
        let split = tokens.flatMap { $0.split(separator: ",") }
        guard !split.isEmpty else { return nil }
        return context.rewriting(
            target.node, to: split.joined(separator: " "), .unsafe, "Separate the scope tokens with spaces, not commas")
    }

    /// The edits that take each repeat of a token out of a well-formed scope
    /// (tokens split by single spaces), with the space before it: the first
    /// of each token stays where it is, so the order of the rest is kept.
    static func repeatRemovals(_ scope: String) -> [TextEdit] {
        var seen = Set<ExactText>()
        var removals: [TextEdit] = []
        var offset = 0
        for token in scope.split(separator: " ", omittingEmptySubsequences: false) {
            let length = token.utf8.count
            if !seen.insert(ExactText(String(token))).inserted {
                removals.append(TextEdit(range: ByteRange(start: offset - 1, end: offset + length)))
            }
            offset += length + 1
        }
        return removals
    }

    func fixSummaries(for targets: [TargetPath]) -> [FixSummary] {
        var summaries: [FixSummary] = []
        if reportInvalid {
            summaries.append(FixSummary(.safe, "when only the spacing is wrong, separate the tokens with single spaces"))
        }
        if requiredTokens != nil { summaries.append(FixSummary(.unsafe, "put the missing tokens first")) }
        if forbidDuplicates { summaries.append(FixSummary(.safe, "remove each repeat of a token, with the space before it")) }
        if forbidComma { summaries.append(FixSummary(.unsafe, "split the tokens at their commas")) }
        return summaries
    }

    static func quoted(_ tokens: [String]) -> String { tokens.map { "\"\($0)\"" }.joined(separator: ", ") }
}
