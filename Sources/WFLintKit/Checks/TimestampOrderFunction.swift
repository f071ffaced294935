import DocumentModel

/// `timestamp-order`: the target timestamp is earlier than the sibling member
/// `before`; only when both are valid timestamps (equal instants violate).
/// Instants are compared with their fractions: botocore up to 1.43 sends
/// whole seconds and from 1.44 the fraction too, and a range empty in the
/// instants is empty either way, where one within a second
/// (`…00.2Z` to `…00.7Z`) is empty only to the older botocore.
struct TimestampOrderFunction: CheckFunction {
    static let name = "timestamp-order"
    static let looksAt: [Shape.ShapeType] = [.timestamp]
    static let optionNames = ["before"]
    static let variables = ["other-value"]
    let before: String
}

extension TimestampOrderFunction {
    init(options: CheckOptions) throws(SourceError) {
        guard let before = try options.string("before") else { throw options.needs("the option \"before\"") }
        self.before = before
    }

    func evaluate(_ targets: [TargetNode], in context: DocumentContext) -> [Violation] {
        targets.compactMap { target in
            guard let other = target.sibling(before), let start = APITimestamp.epochSeconds(of: target.node),
                  let end = APITimestamp.epochSeconds(of: other), start >= end
            else { return nil }
            var violation = Violation(target, ["other-value": other.scalarText ?? ""])
            violation.otherNode = (other, ["other-value"])
            return violation
        }
    }
}
