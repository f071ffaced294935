import DocumentModel

/// Collects the findings of one document. Checks report by rule id; the sink
/// drops rules that are off, applies the effective severity, and remembers
/// which source ranges hold sensitive values so that no output shows them.
public struct FindingSink: Sendable {
    public let rules: RuleTable
    public let file: String
    public let documentIndex: Int
    /// The most findings kept; later ones are dropped unseen, so that a small
    /// document whose aliases ask for millions costs no more than this many.
    public let capacity: Int
    /// The findings as reported, before secrets are taken out of them.
    private var reported: [Finding] = []
    /// Ranges of sensitive values (an OIDC `ClientSecret`): reporters mask them
    /// in every excerpt and snippet.
    public private(set) var sensitiveRanges: [SourceRange] = []
    /// The text of every sensitive value, for `findings` to take out of messages.
    private var sensitiveTexts: Set<String> = []
    /// The texts of the document's secrets, which the stream's other
    /// documents hide too (`SecretsAcrossDocuments`).
    var secretTexts: Set<String> { sensitiveTexts }
    /// Where the sensitive nodes are written, as byte offsets into their source.
    private var sensitiveBytes: [ByteRange] = []
    /// Texts kept out of messages though no check marked them (`alsoConceal`).
    private var alsoConcealed: Set<String> = []

    public init(rules: RuleTable, file: String, documentIndex: Int, capacity: Int = .max) {
        self.rules = rules
        self.file = file
        self.documentIndex = documentIndex
        self.capacity = capacity
    }

    /// Reports a finding; `related` are other places it is about (`first
    /// defined` at `range`), in this sink's file unless they name another.
    public mutating func report(
        _ ruleID: String, range: SourceRange, pointer: JSONPointer, message: String, fix: Fix? = nil,
        related: [RelatedPlace] = [], subject: String? = nil
    ) {
        guard reported.count < capacity, let entry = rules.entry(ruleID) else { return }
        reported.append(Finding(
            ruleID: ruleID, ruleName: entry.descriptor.name, severity: entry.severity, message: message,
            file: file, documentIndex: documentIndex, range: range, pointer: pointer, fix: fix,
            related: related.map { RelatedLocation(file: $0.file ?? file, range: $0.range, message: $0.message) },
            subject: subject))
    }

    public mutating func report(_ ruleID: String, node: Node, pointer: JSONPointer, message: String, fix: Fix? = nil) {
        report(ruleID, range: node.range, pointer: pointer, message: message, fix: fix)
    }

    /// Keeps `texts` out of the messages too: values its source knows are
    /// sensitive (a Terraform variable's, `sensitive(...)`'s) that no check
    /// marks. Concealed with the document's secrets, longest first, so that
    /// a secret inside a longer sensitive value leaves none of it shown
    /// (`got "bad_***"` showed the rest of `bad_<client secret>`).
    public mutating func alsoConceal(_ texts: Set<String>) {
        alsoConcealed.formUnion(texts)
    }

    /// An alias of a secret hides its anchor's text too, wherever that is written.
    public mutating func markSensitive(_ node: Node) {
        sensitiveRanges.append(node.range)
        sensitiveBytes.append(node.written.bytes)
        if let target = node.aliasTarget { sensitiveRanges.append(target.range) }
        sensitiveTexts.formUnion(SensitiveValues.texts(in: node))
    }

    /// Marks every scalar of `document` (keys too) that holds a secret of
    /// the document inside a longer text, or is a copy of one: a
    /// `JwksUri: https://idp.example.com/keys?s=<the client secret>`, or the
    /// secret pasted into a tag. Its excerpts, snippets and diff lines would
    /// show the secret; masked whole, they do not. Secrets shorter than
    /// `SensitiveValues.minimumConcealedLength` are looked for only as a
    /// whole value, as messages look for them only in quotes: a value holding
    /// "on" somewhere is no leak of a secret "on". Aliases are not entered
    /// (the anchored text is visited where it is written).
    /// Looked for in the document's text (`source`) first: a secret written
    /// only inside the sensitive values (nearly always, once) needs no walk.
    ///
    /// Each of the secret's texts is searched for over the document, so the
    /// work is bounded by `SecretsInValues.maximumSearched` of them: a secret written
    /// as a list of 50,000 items (WF004) made a search of the document for
    /// each, 11 s for one file. Beyond it the longest are searched; the
    /// others are masked where they are written, and concealed in messages.
    mutating func markValuesHoldingSecrets(in document: Document, source: SourceText) {
        guard !sensitiveTexts.isEmpty else { return }
        let searched = SecretsInValues.searched(sensitiveTexts)
        guard isWrittenOutsideSensitiveValues(searched, in: document, source: source) else { return }
        let secrets = SecretsInValues(searched)
        var found: [SourceRange] = []
        SensitiveValues.visit([document.root]) { node in
            guard node.aliasTarget == nil else { return false }
            guard case .scalar(let scalar) = node.content else { return true }
            if secrets.areHeld(by: scalar.text) { found.append(node.range) }
            return false
        }
        guard !found.isEmpty else { return }
        // The secrets themselves are among them, marked already.
        let marked = Set(sensitiveRanges.map(\.start))
        sensitiveRanges += found.filter { !marked.contains($0.start) }
    }

    /// `ranges` as the disjoint spans they cover, in order.
    private static func union(of ranges: [ByteRange]) -> [ByteRange] {
        var spans: [ByteRange] = []
        for range in ranges.sorted(by: { $0.start < $1.start }) {
            if let last = spans.last, range.start <= last.end {
                spans[spans.count - 1] = ByteRange(start: last.start, end: max(last.end, range.end))
            } else {
                spans.append(range)
            }
        }
        return spans
    }

    /// Whether a secret is written in `document` outside its sensitive values,
    /// or may be. A copy's bytes are the secret's unless it is spelled
    /// otherwise: with an escape (`\x26`, `\u0026`, an escaped line break),
    /// so any `\` outside the sensitive values may be one; with `''` for `'`;
    /// folded, where the secret has white space; or not as plain ASCII.
    private func isWrittenOutsideSensitiveValues(
        _ secrets: Set<String>, in document: Document, source: SourceText
    ) -> Bool {
        let range = document.root.bytes
        guard range.end <= source.bytes.count else { return true }
        let covered = Self.union(of: sensitiveBytes)
        // Whether `length` bytes at `offset` in the document leave the covered spans.
        func isUncovered(_ offset: Int, _ length: Int) -> Bool {
            let at = range.start + offset
            // The last covered span that starts at or before it.
            let next = covered.partitionPoint { $0.start <= at }
            return next == 0 || at + length > covered[next - 1].end
        }
        // Searched in place: a slice of the source was copied out byte by byte.
        return source.bytes.withContiguousBytes { all in
            let written = UnsafeBufferPointer(rebasing: all[range.offsets])
            if ByteSearch("\\").occurs(in: written, where: { isUncovered($0, 1) }) { return true }
            return secrets.contains { secret in
                guard Self.isSpelledAsItsBytes(secret) else { return true }
                let length = secret.utf8.count
                return ByteSearch(secret).occurs(in: written) { isUncovered($0, length) }
            }
        }
    }

    /// Whether every copy of `secret` written without an escape holds its
    /// bytes: plain ASCII, with no white space a line break may fold into,
    /// and no `'` that single quotes double.
    private static func isSpelledAsItsBytes(_ secret: String) -> Bool {
        SensitiveValues.isPlainASCII(secret)
            && !secret.utf8.contains { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "'") }
    }

    /// Whether `node` is a string a secret of the document was written as
    /// (a `Scope: *s` aliasing the client secret, or its text copied): what a
    /// rule derives from it (a scope's token, a URL's host) is as secret as
    /// it is, though it is not the whole text the messages are concealed of.
    /// The schema walk, which marks the secrets, runs before every rule.
    func holdsASecretText(_ node: Node) -> Bool {
        guard !sensitiveTexts.isEmpty, let text = node.scalarText else { return false }
        return sensitiveTexts.contains(text)
    }

    /// How many findings have been reported so far: the start of the next
    /// check's findings, for `replay`.
    var reportedCount: Int { reported.count }

    /// Reports again the findings at `indices` (one check's findings about one
    /// node), for another place the same node is used: their pointers move
    /// from under `source` to under `destination`; their ranges stay as
    /// written, for `placeAtAliasSites` to move.
    mutating func replay(_ indices: Range<Int>, from source: JSONPointer, to destination: JSONPointer) {
        for index in indices where reported.count < capacity {
            var finding = reported[index]
            finding.pointer = finding.pointer.replacingPrefix(source, with: destination) ?? finding.pointer
            reported.append(finding)
        }
    }

    /// When there are more than `maximum` findings, the first `maximum` in
    /// report order and past them one WF011 where the first finding left out
    /// is. The limit is a document's because aliases, which let a small
    /// document ask for millions, are: a long stream of ordinary documents
    /// reports all it has. The sink stops at `capacity` while the checks run,
    /// so when a document goes over, which of its findings are kept follows
    /// the order of the checks.
    mutating func keepFirst(_ maximum: Int) {
        guard reported.count > maximum else { return }
        wasCut = true
        reported.sort(by: Finding.reportOrder)
        let firstLeftOut = reported[maximum]
        reported.removeLast(reported.count - maximum)
        report(
            CoreRule.resourceLimit, range: firstLeftOut.range, pointer: firstLeftOut.pointer,
            message: "the document has more than \(maximum) findings; the rest are not reported " + Self.cutMarker)
    }

    /// Whether `keepFirst` left findings out: told apart from its WF011,
    /// which is not reported when the rule is turned off, so that whether a
    /// suppression comment silences nothing is not judged on a cut check
    /// (`InlineSuppressionPolicy`).
    private(set) var wasCut = false

    /// How the WF011 of `keepFirst` ends its message.
    private static let cutMarker = "(\(ResourceLimit.findings.settingName))"

    /// Shows each finding reached through a YAML alias at the alias (see `AliasPlacement`).
    mutating func placeAtAliasSites(of document: Document) {
        guard document.hasAliases else { return }
        var placement = AliasPlacement(document)
        for index in reported.indices {
            reported[index].range = placement.place(reported[index].range, at: reported[index].pointer)
        }
    }

    /// The findings, with no secret of the document in a message or pointer
    /// and no control character in a message (`SchemaMessages.escapingControls`),
    /// whichever check reported them and whenever the secret was marked: the
    /// one place every output's messages come from.
    public var findings: [Finding] {
        // Most documents have no finding: their secrets' forms are not made.
        guard !reported.isEmpty else { return [] }
        let secrets = ConcealedTexts(sensitiveTexts.union(alsoConcealed))
        let secretRanges = SecretRanges(sensitiveRanges)
        return reported.map { finding in
            var finding = finding
            // Escaped before the secrets are taken out, which are looked for
            // in their escaped forms too: no text escaping makes shows one.
            finding.message = SchemaMessages.escapingControls(finding.message)
            if let fixMessage = finding.fix?.message { finding.fix?.message = SchemaMessages.escapingControls(fixMessage) }
            for index in finding.related.indices {
                finding.related[index].message = SchemaMessages.escapingControls(finding.related[index].message)
            }
            if !secrets.isEmpty { finding.message = secrets.conceal(finding.message) }
            if !sensitiveTexts.isEmpty {
                // About a value that holds a secret, a message may quote a
                // piece of it (a scope's bad character) that no search for
                // the whole secret finds.
                if secretRanges.contain(finding.range) {
                    finding.message = SensitiveValues.concealingPieces(of: sensitiveTexts, in: finding.message)
                    // Its fix would write the value, or a form of it that no search finds (a scope's comma a space).
                    finding.fix = nil
                }
                if let fix = finding.fix, !Self.isFree(of: sensitiveTexts, fix) { finding.fix = nil }
            }
            finding.pointer = SensitiveValues.masked(finding.pointer, concealing: secrets)
            return finding
        }
    }

    /// Whether a range lies inside a value that is or holds a secret: the
    /// sensitive ranges sorted by start, with the furthest end of each
    /// prefix, so that each finding is one search, not a pass over every
    /// range (ten thousand findings about as many secrets).
    private struct SecretRanges {
        private let starts: [SourcePosition]
        private let furthestEnds: [SourcePosition]

        init(_ ranges: [SourceRange]) {
            let sorted = ranges.sorted { $0.start < $1.start }
            starts = sorted.map(\.start)
            var furthest: [SourcePosition] = []
            furthest.reserveCapacity(sorted.count)
            for range in sorted { furthest.append(max(furthest.last ?? range.end, range.end)) }
            furthestEnds = furthest
        }

        /// Whether a range starting at or before `range`'s start ends at or after its end.
        func contain(_ range: SourceRange) -> Bool {
            let count = starts.partitionPoint { $0 <= range.start }
            return count > 0 && range.end <= furthestEnds[count - 1]
        }
    }

    /// Whether no text of `fix` shows one of `texts`: a fix is printed
    /// (`--diff`, JSON, SARIF), so it must never carry a secret.
    static func isFree(of texts: Set<String>, _ fix: Fix) -> Bool {
        !texts.contains { text in
            SensitiveValues.occurs(text, in: fix.message)
                || fix.edits.contains { SensitiveValues.occurs(text, in: $0.replacement) }
        }
    }
}

/// A related location as a check finds it: `message` at `range`, in `file`
/// when that is not the file being linted (a Terraform value from a
/// `.tfvars` file).
public struct RelatedPlace: Sendable {
    public let message: String
    public let range: SourceRange
    public let file: String?

    public init(message: String, range: SourceRange, file: String? = nil) {
        self.message = message
        self.range = range
        self.file = file
    }
}
