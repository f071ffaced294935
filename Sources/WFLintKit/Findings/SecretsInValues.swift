/// A document's secrets as `FindingSink.markValuesHoldingSecrets` looks for
/// them in its values, prepared once a document: most values are shorter
/// than any secret and are passed over by their length, and the others are
/// searched with a prepared `SecretSearch` (made anew for each value, the
/// searches cost a fifth of a corpus lint).
struct SecretsInValues {
    /// At most this many of a document's secret texts are searched for in its
    /// other values: a client secret is one text, and a secret written as a
    /// list of 100,000 items (WF004) made a search of the document for each.
    static let maximumSearched = 64

    /// Each secret's UTF-8 length, for the copies of a whole secret.
    private let lengths: Set<Int>
    private let whole: Set<String>
    /// The secrets looked for inside longer values: those long enough
    /// (`SensitiveValues.minimumConcealedLength`), as messages look for them.
    private let inside: [SecretSearch]
    private let shortest: Int

    init(_ secrets: Set<String>) {
        whole = secrets
        lengths = Set(secrets.map(\.utf8.count))
        inside = secrets.filter { $0.unicodeScalars.count >= SensitiveValues.minimumConcealedLength }.map(SecretSearch.init)
        shortest = lengths.min() ?? 0
    }

    /// Whether there is no secret to look for.
    var isEmpty: Bool { whole.isEmpty }

    /// The secret texts searched for: all of them, or the longest
    /// `maximumSearched` (ties in byte order, so that every run picks the same).
    static func searched(_ texts: Set<String>) -> Set<String> {
        guard texts.count > maximumSearched else { return texts }
        let longest = texts.sorted { a, b in
            a.utf8.count != b.utf8.count ? a.utf8.count > b.utf8.count : a.utf8.lexicographicallyPrecedes(b.utf8)
        }
        return Set(longest.prefix(maximumSearched))
    }

    /// Whether `text` is a secret, or holds a long enough one.
    func areHeld(by text: String) -> Bool {
        let count = text.utf8.count
        guard count >= shortest else { return false }
        if lengths.contains(count) && whole.contains(text) { return true }
        let isASCII = SensitiveValues.isASCII(text)
        return inside.contains { $0.occurs(in: text, otherIsASCII: isASCII) }
    }
}
