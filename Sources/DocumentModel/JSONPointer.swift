/// An RFC 6901 JSON pointer (`/SourceIpConfig/Cidrs/3`), built while walking a
/// document; `""` is the root.
///
/// Every walk (the schema checker, each rule's targets) makes a pointer for
/// every node it visits, and few of them ever reach a finding. So a pointer is
/// a persistent linked list, last token first: appending allocates one small
/// link and copies nothing, and pointers to siblings share their parent's links.
///
/// Each link keeps the hash of the pointer it ends, made from its parent's
/// and its own token when it is made: a set of pointers (`Supersession`'s,
/// ten thousand CIDRs each asked about) then hashes one number a pointer,
/// not every token of it every time.
public struct JSONPointer: Hashable, Sendable, CustomStringConvertible, Comparable {
    private final class Link: Sendable {
        let token: String
        let parent: Link?
        /// The hash of the pointer this link ends.
        let hash: Int

        init(token: String, parent: Link?) {
            self.token = token
            self.parent = parent
            var hasher = Hasher()
            hasher.combine(parent?.hash ?? JSONPointer.rootHash)
            hasher.combine(ExactText(token))
            hash = hasher.finalize()
        }
    }

    /// What the root (no link) hashes as.
    private static let rootHash = 0

    /// The last token's link; nil for the root.
    private let last: Link?

    private init(last: Link?) {
        self.last = last
    }

    public init(_ tokens: [String] = []) {
        self.init(last: tokens.reduce(nil) { Link(token: $1, parent: $0) })
    }

    public static let root = JSONPointer()

    /// The reference tokens, first to last.
    public var tokens: [String] { Array(reversedTokens.reversed()) }

    /// The last reference token (a member name or list index); nil for the root.
    public var lastToken: String? { last?.token }

    public func appending(_ member: String) -> JSONPointer {
        JSONPointer(last: Link(token: member, parent: last))
    }

    public func appending(_ index: Int) -> JSONPointer {
        appending(String(index))
    }

    /// This pointer with its leading `prefix` replaced by `replacement`, or nil
    /// when it does not start with `prefix`.
    public func replacingPrefix(_ prefix: JSONPointer, with replacement: JSONPointer) -> JSONPointer? {
        let own = tokens
        let leading = prefix.tokens
        guard own.starts(with: leading) else { return nil }
        return own.dropFirst(leading.count).reduce(replacement) { $0.appending($1) }
    }

    /// Whether a token satisfies `predicate`, asked without building the tokens.
    public func containsToken(where predicate: (String) -> Bool) -> Bool {
        reversedTokens.contains(where: predicate)
    }

    public var parent: JSONPointer? {
        last.map { JSONPointer(last: $0.parent) }
    }

    /// The tokens from last to first, without building an array.
    private var reversedTokens: some Sequence<String> {
        sequence(state: last) { link in
            defer { link = link?.parent }
            return link?.token
        }
    }

    public static func == (lhs: JSONPointer, rhs: JSONPointer) -> Bool {
        // The hashes tell apart nearly every two pointers a set compares, before any link is followed.
        guard lhs.last?.hash == rhs.last?.hash else { return false }
        // The two pointers hold every link of the walk: followed unretained,
        // a link costs no retain and release (a set's probe compares two
        // pointers built apart, which share no link, to the root).
        return withExtendedLifetime((lhs, rhs)) {
            var left = lhs.last.map(Unmanaged.passUnretained)
            var right = rhs.last.map(Unmanaged.passUnretained)
            while let l = left, let r = right {
                if l.toOpaque() == r.toOpaque() { return true }  // shared links: the rest is the same
                let same = l._withUnsafeGuaranteedRef { l in
                    r._withUnsafeGuaranteedRef { r in l.hash == r.hash && l.token.isExactly(r.token) }
                }
                guard same else { return false }
                left = l._withUnsafeGuaranteedRef { $0.parent.map(Unmanaged.passUnretained) }
                right = r._withUnsafeGuaranteedRef { $0.parent.map(Unmanaged.passUnretained) }
            }
            return left == nil && right == nil
        }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(keptHash)
    }

    /// The hash made when the last link was (a hasher's, with this
    /// process's seed): what `JSONPointerSet` probes by.
    var keptHash: Int { last?.hash ?? Self.rootHash }

    /// `~` becomes `~0` and `/` becomes `~1`, in that order (RFC 6901 section 3).
    public var description: String {
        tokens.map { "/" + $0.replacingAll("~", with: "~0").replacingAll("/", with: "~1") }.joined()
    }

    /// By code point (UTF-8 byte order), so that two different pointers never tie.
    public static func < (lhs: JSONPointer, rhs: JSONPointer) -> Bool {
        lhs.description.utf8.lexicographicallyPrecedes(rhs.description.utf8)
    }
}

extension String {
    /// Replaces every occurrence of a one-character string, without Foundation.
    func replacingAll(_ target: Character, with replacement: String) -> String {
        guard contains(target) else { return self }
        var out = ""
        for ch in self { if ch == target { out += replacement } else { out.append(ch) } }
        return out
    }
}
