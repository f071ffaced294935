import DocumentModel

/// Each CIDR, URL, browser host and scope that a document's rules read,
/// parsed once for the document and shared by every rule that reads it:
/// WF201 to WF206 all read each CIDR, WF111 to WF113 each endpoint URL, every
/// `same-host-as` the same issuer, and WF120 to WF123 the scope. Scopes and
/// the CIDRs of a long list are keyed by the exact text, so an equal value
/// written twice is parsed once too (a short list of CIDRs is parsed as it
/// comes, see `networks(of:)`); URLs and browser hosts by the node they are
/// read from (and the scheme they were read with), as hashing a URL's text
/// at each question cost more than the parses it saved. It also keeps the quote
/// WF009's fixes write, counted over the document once.
///
/// One per document, used by one thread at a time (the one checking it).
final class ParsedValues: @unchecked Sendable {
    private var networks: [ExactText: Result<IPNetwork, IPSyntaxError>?] = [:]
    private var urls = ByNodeAndScheme<Result<AbsoluteURL, IPSyntaxError>>()
    /// Made at the first question: only a pack's `allowed-hosts` asks, and
    /// an unused one cost each document the release of its five lists.
    private var browserHosts: ByNodeAndScheme<BrowserHost>?
    private var scopes: [ExactText: Result<[String], IPSyntaxError>] = [:]
    /// The quote WF009's fixes write (`DocumentContext.preferredQuote`), once counted.
    private var quote: Character?
    /// Each list of key-value pairs' keys (`pairKeys(of:)`), by the list's
    /// address; the lists are held, so that no address is another's.
    private var pairKeysByList: [Int: Set<ExactText>] = [:]
    private var pairLists: [Node] = []

    /// The `Key` strings of the items of `list` (tags), gathered once.
    func pairKeys(of list: Node) -> Set<ExactText> {
        if let known = pairKeysByList[list.address] { return known }
        let keys = Set((list.elements ?? []).compactMap { $0[member: "Key"]?.string.map(ExactText.init) })
        pairKeysByList[list.address] = keys
        pairLists.append(list)
        return keys
    }

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
        let networks: [Result<IPNetwork, IPSyntaxError>?]
        if targets.count <= Self.parsedInPlace {
            networks = targets.map { target in target.string.map(IPNetwork.parse) }
        } else {
            self.networks.reserveCapacity(self.networks.count + targets.count)
            networks = targets.map { target in target.string.map(network) }
        }
        lastTargets = (targets.map(\.node), networks)
        return networks
    }

    /// A list of up to this many CIDRs (a workforce's allow list holds at
    /// most ten) is parsed without the table: sizing a table for each
    /// document and hashing each CIDR's text into it cost about as much as
    /// the parses it could save (1.1 K instructions a CIDR, callgrind, 500
    /// clean files), and the rules' questions about one list are answered
    /// by `lastTargets`.
    static var parsedInPlace: Int { 16 }

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

    /// The URL `text`, the string value of `node`, read with `scheme`.
    func url(_ text: String, of node: Node, scheme: String) -> Result<AbsoluteURL, IPSyntaxError> {
        urls.value(of: node, scheme: scheme) { AbsoluteURL.parse(text, scheme: scheme) }
    }

    func scopeTokens(_ text: String) -> Result<[String], IPSyntaxError> {
        let key = ExactText(text)
        if let known = scopes[key] { return known }
        let parsed = ScopeText.tokens(text).map { $0.map(String.init) }
        scopes[key] = parsed
        return parsed
    }

    /// The host a browser visits for `text`, the string value of `node`, read with `scheme`.
    func browserHost(_ text: String, of node: Node, scheme: String) -> BrowserHost {
        if browserHosts == nil { browserHosts = ByNodeAndScheme() }
        return browserHosts!.value(of: node, scheme: scheme) { BrowserHost.read(text, scheme: scheme) }
    }
}

/// What was read from a node's text with a scheme (which a rule's `schemes`
/// pick: nearly always one a node), by the node's address. A document's
/// first few are a list searched in order: a document has a handful of URLs,
/// and a table grown from empty for them cost more than the search. Past
/// `listed`, a table keyed by `Int` (no key type of its own: a run pays for
/// the first dictionary of each key type with a search of every protocol
/// conformance in the binary, and `Int`'s is paid anyway). Every node read
/// is held (`held`), so that no address kept here can become another node's
/// while the table lives, whoever passed the node in.
private struct ByNodeAndScheme<Value> {
    static var listed: Int { 16 }
    /// The listed nodes and schemes apart from their values, and sized for
    /// `listed` at the first: a list of (node, scheme, value) entries copied
    /// out the entry it found (about 220 instructions a question), and grew
    /// from empty at each document (callgrind, 500 clean files).
    private var nodes: [Int] = []
    private var schemes: [String] = []
    private var values: [Value] = []
    private var table: [Int: [(scheme: String, value: Value)]] = [:]
    private var held: [Node] = []

    mutating func value(of node: Node, scheme: String, _ read: () -> Value) -> Value {
        let address = node.address
        if table.isEmpty {
            for index in nodes.indices where nodes[index] == address && schemes[index] == scheme { return values[index] }
        } else if let known = table[address]?.first(where: { $0.scheme == scheme }) {
            return known.value
        }
        let value = read()
        if held.isEmpty { reserveList() }
        held.append(node)
        if table.isEmpty && nodes.count < Self.listed {
            nodes.append(address)
            schemes.append(scheme)
            values.append(value)
        } else {
            for index in nodes.indices { table[nodes[index], default: []].append((schemes[index], values[index])) }
            (nodes, schemes, values) = ([], [], [])
            table[address, default: []].append((scheme, value))
        }
        return value
    }

    private mutating func reserveList() {
        nodes.reserveCapacity(Self.listed)
        schemes.reserveCapacity(Self.listed)
        values.reserveCapacity(Self.listed)
        held.reserveCapacity(Self.listed)
    }
}
