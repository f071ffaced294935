import DocumentModel

/// Each CIDR, URL, browser host and scope that a document's rules read,
/// parsed once for the document and shared by every rule that reads it:
/// WF201 to WF206 all read each CIDR, WF111 to WF113 each endpoint URL, every
/// `same-host-as` the same issuer, and WF120 to WF123 the scope. Keyed by the exact text (and the scheme a
/// URL was read with), so an equal value written twice is parsed once too. It
/// also keeps the quote WF009's fixes write, counted over the document once.
///
/// One per document, used by one thread at a time (the one checking it).
final class ParsedValues: @unchecked Sendable {
    private var networks: [ExactText: Result<IPNetwork, IPSyntaxError>?] = [:]
    private var urls = ByTextAndScheme<Result<AbsoluteURL, IPSyntaxError>>()
    private var browserHosts = ByTextAndScheme<BrowserHost>()
    private var scopes: [ExactText: Result<[String], IPSyntaxError>] = [:]
    /// The quote WF009's fixes write (`DocumentContext.preferredQuote`), once counted.
    private var quote: Character?

    func preferredQuote(_ count: () -> Character) -> Character {
        if let quote { return quote }
        let counted = count()
        quote = counted
        return counted
    }

    /// The targets and networks of the last list asked about (`networks(of:)`).
    /// The nodes are held, so that none of them is freed and its address
    /// taken by another while it is compared.
    private var lastTargets: (nodes: [Node], networks: [Result<IPNetwork, IPSyntaxError>?]) = ([], [])

    /// Each target's network, nil for a target that is not a string. The
    /// CIDR rules (WF201, WF203 to WF206) ask one after the other about the
    /// same list of nodes (`TargetCache`): the second asks nothing of the
    /// table by text, which for ten thousand entries was most of their work.
    func networks(of targets: [TargetNode]) -> [Result<IPNetwork, IPSyntaxError>?] {
        let last = lastTargets.nodes
        if targets.count == last.count, zip(targets, last).allSatisfy({ $0.node === $1 }) { return lastTargets.networks }
        self.networks.reserveCapacity(self.networks.count + targets.count)
        let networks = targets.map { target in target.string.map(network) }
        lastTargets = (targets.map(\.node), networks)
        return networks
    }

    func network(_ text: String) -> Result<IPNetwork, IPSyntaxError> {
        Self.known(&networks[ExactText(text), default: nil]) { IPNetwork.parse(text) }
    }

    /// A table's entry, made by `make` the first time: the key is hashed
    /// and looked up once, not once to ask and again to store.
    private static func known<Value>(_ entry: inout Value?, _ make: () -> Value) -> Value {
        if let entry { return entry }
        let made = make()
        entry = made
        return made
    }

    func url(_ text: String, scheme: String) -> Result<AbsoluteURL, IPSyntaxError> {
        urls.value(of: text, scheme: scheme) { AbsoluteURL.parse(text, scheme: scheme) }
    }

    func scopeTokens(_ text: String) -> Result<[String], IPSyntaxError> {
        let key = ExactText(text)
        if let known = scopes[key] { return known }
        let parsed = ScopeText.tokens(text).map { $0.map(String.init) }
        scopes[key] = parsed
        return parsed
    }

    func browserHost(_ text: String, scheme: String) -> BrowserHost {
        browserHosts.value(of: text, scheme: scheme) { BrowserHost.read(text, scheme: scheme) }
    }
}

/// What was read from a text with a scheme (which a rule's `schemes` pick:
/// nearly always one a text), by text and then by scheme. Not a dictionary
/// keyed by a (text, scheme) type: a run pays for the first dictionary of
/// each key type with a search of every protocol conformance in the binary
/// (0.25 M instructions, 3 % of a one-file run), and `ExactText`'s is paid.
private struct ByTextAndScheme<Value> {
    private var table: [ExactText: [(scheme: String, value: Value)]] = [:]

    mutating func value(of text: String, scheme: String, _ read: () -> Value) -> Value {
        let key = ExactText(text)
        if let known = table[key]?.first(where: { $0.scheme == scheme }) { return known.value }
        let value = read()
        table[key, default: []].append((scheme, value))
        return value
    }
}
