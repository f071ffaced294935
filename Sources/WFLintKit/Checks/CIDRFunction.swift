import DocumentModel
import PCRERegex

/// `cidr`: IP networks in CIDR notation. Each option turns on one check:
/// `report-invalid` (not a CIDR), `forbid-host-bits`, `forbid-redundant`
/// (equal to or inside another entry of the same list), `forbid-allow-all`
/// (`/0`), `families` (the allowed families), `within` (allowed ranges, for
/// org policies). All but `report-invalid` look only at valid entries.
struct CIDRFunction: CheckFunction {
    static let name = "cidr"
    static let looksAt: [Shape.ShapeType] = [.string]
    static let optionNames = [
        "families", "forbid-allow-all", "forbid-host-bits", "forbid-redundant", "report-invalid", "within",
    ]
    static let variables = ["family", "network", "other", "other-position", "problem"]

    let reportInvalid: Bool
    let forbidHostBits: Bool
    let forbidRedundant: Bool
    let forbidAllowAll: Bool
    let families: Set<IPNetwork.Family>?
    let within: [IPNetwork]?

    init(options: CheckOptions) throws(SourceError) {
        reportInvalid = try options.bool("report-invalid") ?? false
        forbidHostBits = try options.bool("forbid-host-bits") ?? false
        forbidRedundant = try options.bool("forbid-redundant") ?? false
        forbidAllowAll = try options.bool("forbid-allow-all") ?? false
        families = try options.choice("families", IPNetwork.Family.allCases.map(\.rawValue))
            .map { Set($0.compactMap(IPNetwork.Family.init(rawValue:))) }
        within = try Self.ranges(options)
        guard reportInvalid || forbidHostBits || forbidRedundant || forbidAllowAll || families != nil || within != nil
        else { throw options.needs("at least one of the options \(Self.optionNames.joined(separator: ", "))") }
    }

    private static func ranges(_ options: CheckOptions) throws(SourceError) -> [IPNetwork]? {
        guard let node = options.node("within") else { return nil }
        let items = node.scalar != nil ? [node] : try options.syntax.list(node, "option \"within\"")
        var ranges: [IPNetwork] = []
        for item in items {
            let text = try options.syntax.string(item, "each entry of option \"within\"")
            switch IPNetwork.parse(text) {
            case .success(let network): ranges.append(network)
            case .failure(let error): throw options.error("\"\(text)\" in option \"within\" is not a valid CIDR: \(error)", at: item)
            }
        }
        return ranges
    }

    func evaluate(_ targets: [TargetNode], in context: DocumentContext) -> [Violation] {
        var violations: [Violation] = []
        var valid: [(TargetNode, IPNetwork)] = []
        for target in targets {
            guard let text = target.string else { continue }
            switch IPNetwork.parse(text) {
            case .failure(let error):
                if reportInvalid { violations.append(Violation(target, ["problem": error.reason])) }
            case .success(let network):
                valid.append((target, network))
                violations += check(target, network)
            }
        }
        if forbidRedundant { violations += redundant(valid) }
        return violations
    }

    private func check(_ target: TargetNode, _ network: IPNetwork) -> [Violation] {
        var violations: [Violation] = []
        if forbidHostBits && network.hasHostBits {
            violations.append(Violation(target, ["network": network.network.description]))
        }
        if forbidAllowAll && network.prefixLength == 0 { violations.append(Violation(target)) }
        if let families, !families.contains(network.family) {
            violations.append(Violation(target, ["family": network.family.displayName]))
        }
        if let within, !within.contains(where: { $0.contains(network) }) { violations.append(Violation(target)) }
        return violations
    }

    /// The later of two equal blocks, or the narrower of two nested ones, names
    /// the earliest entry that covers it; each entry is reported once.
    private func redundant(_ entries: [(TargetNode, IPNetwork)]) -> [Violation] {
        CIDRRedundancy.covers(of: entries.map(\.1)).map { entry, cover in
            let coverTarget = entries[cover].0
            return Violation(entries[entry].0, [
                "other": coverTarget.string ?? "", "other-position": coverTarget.position.description,
            ])
        }
    }
}

/// `url`: absolute URLs. Values that do not begin with one of `schemes`
/// (default `https`) followed by `://` are left to other rules. Each option
/// turns on one check: `report-invalid` (not a valid absolute URL, as
/// `AbsoluteURL` says), `forbid-query-fragment`, `same-host-as` (a sibling
/// member whose URL's host must be the same; only when both are valid and the
/// sibling has no query or fragment), `allowed-hosts` (PCRE2 patterns, each
/// matched against the whole host, ignoring case). Every host is the one a
/// browser reads (`BrowserHost`); `allowed-hosts` checks invalid URLs too,
/// since a browser may still visit them, and allows no host it cannot read.
struct URLFunction: CheckFunction {
    static let name = "url"
    static let looksAt: [Shape.ShapeType] = [.string]
    static let optionNames = ["allowed-hosts", "forbid-query-fragment", "report-invalid", "same-host-as", "schemes"]
    static let variables = ["expected-host", "host", "problem"]

    let schemes: [String]
    let reportInvalid: Bool
    let forbidQueryFragment: Bool
    let sameHostAs: String?
    let allowedHosts: [Pattern]?

    init(options: CheckOptions) throws(SourceError) {
        schemes = try options.strings("schemes") ?? ["https"]
        reportInvalid = try options.bool("report-invalid") ?? false
        forbidQueryFragment = try options.bool("forbid-query-fragment") ?? false
        sameHostAs = try options.string("same-host-as")
        allowedHosts = try options.regexes("allowed-hosts", wholeValue: true, caseless: true)
        guard reportInvalid || forbidQueryFragment || sameHostAs != nil || allowedHosts != nil else {
            throw options.needs("at least one of the options allowed-hosts, forbid-query-fragment, report-invalid, same-host-as")
        }
    }

    /// The scheme `text` begins with (followed by `://`), nil when another rule owns the value.
    private func scheme(of text: String) -> String? {
        schemes.first { text.utf8.starts(with: ($0 + "://").utf8) }
    }

    func evaluate(_ targets: [TargetNode], in context: DocumentContext) -> [Violation] {
        targets.flatMap { target -> [Violation] in
            guard let text = target.string, let scheme = scheme(of: text) else { return [] }
            var violations: [Violation] = []
            switch AbsoluteURL.parse(text, scheme: scheme) {
            case .failure(let error):
                if reportInvalid { violations.append(Violation(target, ["problem": error.reason])) }
            case .success(let url):
                violations += check(target, url)
            }
            if let allowedHosts, let violation = disallowedHost(target, text, scheme: scheme, allowedHosts, in: context) {
                violations.append(violation)
            }
            return violations
        }
    }

    private func check(_ target: TargetNode, _ url: AbsoluteURL) -> [Violation] {
        var violations: [Violation] = []
        if forbidQueryFragment && (url.hasQuery || url.hasFragment) {
            violations.append(Violation(target, ["problem": url.hasQuery ? "has a query" : "has a fragment"]))
        }
        if let sameHostAs, let reference = target.sibling(sameHostAs)?.string, let scheme = scheme(of: reference),
           case .success(let expected) = AbsoluteURL.parse(reference, scheme: scheme), !expected.hasQuery, !expected.hasFragment,
           expected.host != url.host
        {
            violations.append(Violation(target, ["host": url.host, "expected-host": expected.host]))
        }
        return violations
    }

    /// The host a browser would visit, unless a pattern allows it. A host
    /// that has no comparable form (one a browser refuses, or one only IDNA
    /// could convert) is never allowed, and is named as written.
    private func disallowedHost(
        _ target: TargetNode, _ text: String, scheme: String, _ patterns: [Pattern], in context: DocumentContext
    ) -> Violation? {
        let browserHost = BrowserHost.read(text, scheme: scheme)
        guard case .success(let host) = browserHost.serialized else { return Violation(target, ["host": browserHost.written]) }
        // A host no pattern could decide on is reported as undecided (WF011), not as disallowed.
        return patterns.firstMatch(host, at: target, in: context) == false ? Violation(target, ["host": host]) : nil
    }
}

/// `scope`: OAuth 2.0 scope strings (RFC 6749 section 3.3). `report-invalid`
/// reports a malformed one; the others look only at well-formed scopes and
/// name every offending token in one violation: `required-tokens`,
/// `forbid-duplicates`, `forbid-comma`. Tokens are case-sensitive.
struct ScopeFunction: CheckFunction {
    static let name = "scope"
    static let looksAt: [Shape.ShapeType] = [.string]
    static let optionNames = ["forbid-comma", "forbid-duplicates", "report-invalid", "required-tokens"]
    static let variables = ["problem", "tokens"]

    let reportInvalid: Bool
    let requiredTokens: [String]?
    let forbidDuplicates: Bool
    let forbidComma: Bool

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
            switch ScopeText.tokens(text) {
            case .failure(let error):
                return reportInvalid ? [Violation(target, ["problem": error.reason])] : []
            case .success(let tokens):
                return check(target, tokens.map(String.init))
            }
        }
    }

    private func check(_ target: TargetNode, _ tokens: [String]) -> [Violation] {
        var violations: [Violation] = []
        let present = Set(tokens.map(ExactText.init))
        if let missing = requiredTokens?.filter({ !present.contains(ExactText($0)) }), !missing.isEmpty {
            violations.append(Violation(target, ["tokens": Self.quoted(missing)]))
        }
        if forbidDuplicates {
            // Sets, not scans of the lists: a hostile scope has thousands of tokens.
            var seen = Set<ExactText>()
            var reported = Set<ExactText>()
            var repeated: [String] = []
            for token in tokens where !seen.insert(ExactText(token)).inserted && reported.insert(ExactText(token)).inserted {
                repeated.append(token)
            }
            if !repeated.isEmpty { violations.append(Violation(target, ["tokens": Self.quoted(repeated)])) }
        }
        if forbidComma {
            let withComma = tokens.filter { $0.contains(",") }
            if !withComma.isEmpty { violations.append(Violation(target, ["tokens": Self.quoted(withComma)])) }
        }
        return violations
    }

    static func quoted(_ tokens: [String]) -> String { tokens.map { "\"\($0)\"" }.joined(separator: ", ") }
}
