import DocumentModel

/// Whether a fix may be applied without being asked for.
public enum FixApplicability: String, Sendable, Hashable {
    /// The document means the same afterwards, or exactly what the rule says
    /// it should: `--fix` applies it.
    case safe
    /// A likely intent, not a certain one: applied only with `--unsafe-fixes`.
    case unsafe
}

/// How to correct one finding: replacements of byte ranges of the source as it
/// was linted, planned from the document model's ranges by the check that
/// reports the finding, so that every byte outside them stays as written
/// (comments, indentation, quoting, line endings, a byte-order mark).
///
/// The edits are sorted and do not overlap; they are applied together or not
/// at all. A fix never holds a secret: none is planned for a sensitive value
/// (`Rule.report`), and `FindingSink.findings` drops one whose text would show
/// a secret of the document.
public struct Fix: Sendable, Hashable {
    public var applicability: FixApplicability
    /// What the fix does, for people (`Remove the repeated entry`).
    public var message: String
    public var edits: [TextEdit]
    /// What the fix makes that no other fix of the same pass may make too,
    /// though their edits do not touch (`keyName(_:in:)`); nil for most.
    public var claim: String?
    /// The list an item removal takes an item from, and how many items it
    /// holds: removals in one pass must leave it one (`FixSelection`); nil
    /// for a fix that removes no item.
    public var itemRemoval: ItemRemoval?
    /// Bytes whose text the fix is safe only beside: the entry that covers
    /// a redundant CIDR it removes. A fix of the same pass that edits them
    /// goes first, and this one waits for the next pass, planned again on the
    /// new text (`FixSelection`); empty for most.
    public var keeps: [ByteRange] = []

    public struct ItemRemoval: Sendable, Hashable {
        /// Where the list's written text starts: which list it is.
        let list: Int
        let itemCount: Int
    }

    public init(_ applicability: FixApplicability, _ message: String, edits: [TextEdit]) {
        self.applicability = applicability
        self.message = message
        self.edits = edits.sorted { $0.range.start < $1.range.start }
    }

    /// Whether `--fix` applies it, with `--unsafe-fixes` (`includingUnsafe`) or without.
    public func isApplied(includingUnsafe: Bool) -> Bool {
        applicability == .safe || includingUnsafe
    }

    /// The claim of a fix that gives a key of `mapping` the name `name`: two
    /// such renames in one pass would make a duplicate key. The second waits
    /// for the next pass, where it is planned again and sees the name taken.
    static func keyName(_ name: String, in mapping: Node) -> String {
        "key \(name) of the mapping at byte \(mapping.bytes.start)"
    }

    /// The claim of a fix that gives a key-value pair of `list` the `Key`
    /// `key` (`PackFix`): two such in one pass would make the list name the
    /// key twice. The second waits, as a second rename does.
    static func pairKey(_ key: String, inListAt list: Node) -> String {
        "pair key \(key) of the list at byte \(list.bytes.start)"
    }
}

extension Violation {
    /// The violation with the fix its check planned (nil: none could be planned).
    func fixed(by fix: Fix?) -> Violation {
        var violation = self
        violation.fix = fix
        return violation
    }
}
