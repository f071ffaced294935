import DocumentModel
import PCRERegex

/// A path step that keeps the items of a list whose member `member` is a
/// string equal to a value (`Tags[Key=CostCenter]`), different from it
/// (`[Key!=CostCenter]`), or matching a PCRE2 pattern (`[Key=~"^Cost"]`).
/// An item without that member, or with a value that is not a string, is
/// kept by none: the schema rules report it.
struct ItemFilter: Sendable, Hashable, CustomStringConvertible {
    enum Test: Sendable {
        case equal(String)
        case notEqual(String)
        case matches(Pattern)
    }

    let member: String
    let test: Test

    enum Decision {
        case keep, drop
        /// The pattern ran out of a limit before it could tell.
        case undecided(ExceededMatchLimit)
    }

    func decide(_ item: Node, in context: MatchContext) -> Decision {
        guard let value = item[member: member]?.string else { return .drop }
        switch test {
        // Scalar by scalar, as the API compares tag keys (`isExactly`, not `==`).
        case .equal(let wanted): return value.isExactly(wanted) ? .keep : .drop
        case .notEqual(let unwanted): return value.isExactly(unwanted) ? .drop : .keep
        case .matches(let pattern):
            switch pattern.matches(value, in: context) {
            case .match: return .keep
            case .noMatch, .failed: return .drop
            case .limitExceeded(let limit): return .undecided(limit)
            }
        }
    }

    var description: String {
        switch test {
        case .equal(let value): "[\(member)=\(value)]"
        case .notEqual(let value): "[\(member)!=\(value)]"
        case .matches(let pattern): "[\(member)=~\(pattern.source)]"
        }
    }

    static func == (a: ItemFilter, b: ItemFilter) -> Bool { a.description.isExactly(b.description) }
    func hash(into hasher: inout Hasher) { hasher.combine(ExactText(description)) }
}
