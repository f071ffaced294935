import DocumentModel
import PCRERegex

/// `url`: absolute URLs. Values that do not begin with one of `schemes`
/// (default `https`) followed by `://` are left to the other checks, or
/// reported by `require-scheme` (WF111). Each option turns on one check:
/// `require-scheme`, `report-invalid` (not a valid absolute URL, as
/// `AbsoluteURL` says), `forbid-query-fragment`, `same-host-as` (a sibling
/// member whose URL's host must be the same; only when both are valid and the
/// sibling has no query or fragment), `allowed-hosts` (PCRE2 patterns, each
/// matched against the whole host, ignoring case). Every host is the one a
/// browser reads (`BrowserHost`); `allowed-hosts` checks invalid URLs too,
/// since a browser may still visit them, and allows no host it cannot read.
///
/// `require-scheme`'s fix writes a listed scheme in lower case
/// (`HTTPS://` → `https://`: the same URL, safe), or `http://` as `https://`
/// when `https` is listed (another URL, which the provider may not serve:
/// unsafe).
struct URLFunction: CheckFunction {
    static let name = "url"
    static let looksAt: [Shape.ShapeType] = [.string]
    static let optionNames = [
        "allowed-hosts", "forbid-query-fragment", "report-invalid", "require-scheme", "same-host-as", "schemes",
    ]
    static let variables = ["expected-host", "host", "problem"]

    let schemes: [String]
    let requireScheme: Bool
    let reportInvalid: Bool
    let forbidQueryFragment: Bool
    let sameHostAs: String?
    let allowedHosts: [Pattern]?
}

extension URLFunction {
    init(options: CheckOptions) throws(SourceError) {
        schemes = try options.strings("schemes") ?? ["https"]
        requireScheme = try options.bool("require-scheme") ?? false
        reportInvalid = try options.bool("report-invalid") ?? false
        forbidQueryFragment = try options.bool("forbid-query-fragment") ?? false
        sameHostAs = try options.string("same-host-as")
        allowedHosts = try options.regexes("allowed-hosts", wholeValue: true, caseless: true)
        guard requireScheme || reportInvalid || forbidQueryFragment || sameHostAs != nil || allowedHosts != nil else {
            throw options.needs(
                "at least one of the options allowed-hosts, forbid-query-fragment, report-invalid, require-scheme, same-host-as")
        }
    }

    /// The scheme `text` begins with (followed by `://`), nil when another rule owns the value.
    private func scheme(of text: String) -> String? {
        // Compared in place: joining each scheme and `://` into a new string
        // at each of the checks' questions cost more than the comparison.
        text.withUTF8Bytes { bytes in schemes.first { AbsoluteURL.rest(of: bytes, after: $0) != nil } }
    }

    /// The listed scheme `text` begins with in other case, followed by `://`.
    private func schemeInOtherCase(of text: String) -> String? {
        text.withUTF8Bytes { bytes in
            schemes.first { scheme in
                let length = scheme.utf8.count
                guard bytes.count >= length + 3, bytes[length..<(length + 3)].elementsEqual("://".utf8) else { return false }
                return zip(bytes, scheme.utf8).allSatisfy { ASCII.lowercased($0) == ASCII.lowercased($1) }
            }
        }
    }

    /// Every violation goes into one list: a list for each target, appended
    /// to the others, cost about 150 instructions a URL (callgrind, 500 clean files).
    func evaluate(_ targets: [TargetNode], in context: DocumentContext) -> [Violation] {
        var violations: [Violation] = []
        for target in targets { check(target, in: context, into: &violations) }
        return violations
    }

    private func check(_ target: TargetNode, in context: DocumentContext, into violations: inout [Violation]) {
        guard let text = target.string else { return }
        guard let scheme = scheme(of: text) else {
            if requireScheme { violations.append(Violation(target).fixed(by: schemeFix(target, text, in: context))) }
            // A listed scheme in other case (`HTTPS://`) is that scheme to a
            // browser, which visits the host: an allow list must see it, as
            // a `require-scheme` rule (WF111) may be off.
            if let allowedHosts, let scheme = schemeInOtherCase(of: text),
                let violation = disallowedHost(target, text, scheme: scheme, allowedHosts, in: context)
            {
                violations.append(violation)
            }
            return
        }
        switch context.parsedValues.url(text, of: target.node, scheme: scheme) {
        case .failure(let error):
            if reportInvalid { violations.append(Violation(target, ["problem": error.reason])) }
        case .success(let url):
            check(target, url, in: context, into: &violations)
        }
        if let allowedHosts, let violation = disallowedHost(target, text, scheme: scheme, allowedHosts, in: context) {
            violations.append(violation)
        }
    }

    /// `require-scheme`'s fix: a value that begins with a listed scheme in
    /// other case, or with `http` when `https` is listed, followed by `://`,
    /// gets the listed scheme as written in `schemes`.
    private func schemeFix(_ target: TargetNode, _ text: String, in context: DocumentContext) -> Fix? {
        guard let separator = text.utf8.firstIndex(of: UInt8(ascii: ":")),
            text.utf8[separator...].starts(with: "://".utf8)
        else { return nil }
        let written = String(text[..<separator])
        let fix: (scheme: String, applicability: FixApplicability)
        if let listed = schemes.first(where: { $0.lowercased() == written.lowercased() }) {
            fix = (listed, .safe)
        } else if written.lowercased() == "http", schemes.contains("https") {
            fix = ("https", .unsafe)
        } else {
            return nil
        }
        let length = written.utf8.count
        return context.editingValue(of: target.node, fix.applicability, "Write \"\(fix.scheme)://\"") { _ in
            [TextEdit(range: ByteRange(start: 0, end: length), replacement: fix.scheme)]
        }
    }

    func fixSummaries(for targets: [TargetPath]) -> [FixSummary] {
        guard requireScheme else { return [] }
        var summaries = [FixSummary(.safe, "write a listed scheme in lower case (HTTPS:// as https://)")]
        if schemes.contains("https") { summaries.append(FixSummary(.unsafe, "write http:// as https://")) }
        return summaries
    }

    private func check(_ target: TargetNode, _ url: AbsoluteURL, in context: DocumentContext, into violations: inout [Violation]) {
        if forbidQueryFragment && (url.hasQuery || url.hasFragment) {
            violations.append(Violation(target, ["problem": url.hasQuery ? "has a query" : "has a fragment"]))
        }
        if let sameHostAs, let referenceNode = target.sibling(sameHostAs), let reference = referenceNode.string,
           let scheme = scheme(of: reference),
           case .success(let expected) = context.parsedValues.url(reference, of: referenceNode, scheme: scheme),
           !expected.hasQuery,
           !expected.hasFragment,
           expected.host != url.host
        {
            var violation = Violation(target, ["host": url.host, "expected-host": expected.host])
            violation.otherNode = (referenceNode, ["expected-host"])
            violations.append(violation)
        }
    }

    /// The host a browser would visit, unless a pattern allows it. A host
    /// that has no comparable form (one a browser refuses, or one only IDNA
    /// could convert) is never allowed, and is named as written.
    private func disallowedHost(
        _ target: TargetNode, _ text: String, scheme: String, _ patterns: [Pattern], in context: DocumentContext
    ) -> Violation? {
        let browserHost = context.parsedValues.browserHost(text, of: target.node, scheme: scheme)
        guard case .success(let host) = browserHost.serialized else { return Violation(target, ["host": browserHost.written]) }
        // A host no pattern could decide on is reported as undecided (WF011), not as disallowed.
        return patterns.firstMatch(host, at: target, in: context) == false ? Violation(target, ["host": host]) : nil
    }
}
