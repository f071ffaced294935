import DocumentModel

/// `timestamp-order`: the target timestamp is earlier than the sibling member
/// `before`; only when both are valid timestamps (equal instants violate).
/// Instants are compared as botocore sends them: whole seconds, rounded down.
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
            guard let other = target.sibling(before), let start = APITimestamp.sentSeconds(of: target.node),
                  let end = APITimestamp.sentSeconds(of: other), start >= end
            else { return nil }
            return Violation(target, ["other-value": other.scalarText ?? ""])
        }
    }
}
