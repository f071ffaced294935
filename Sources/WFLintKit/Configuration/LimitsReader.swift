import DocumentModel

/// The `limits:` section of `.wflint.yaml`: each key a `ResourceLimit`, each
/// value a positive count, or a size (`64 MiB`) for the two that are sizes.
struct LimitsReader {
    let syntax: PackSyntax

    /// The largest value each limit accepts, and why, where there is a bound
    /// beyond what the type holds.
    static func ceiling(of limit: ResourceLimit) -> (value: Int, why: String)? {
        switch limit {
        case .depth:
            (ReadLimits.depthCeiling, "releasing a deeper document could overflow a worker thread's stack")
        case .regexMatch, .regexDepth:
            (Int(UInt32.max), "PCRE2 counts it in 32 bits")
        case .regexHeap:
            (Int(UInt32.max / 1024) * 1024 * 1024, "PCRE2 counts it in 32 bits of KiB")
        case .fileSize:
            (Int(UInt32.max), "a node's byte offsets into its file are counted in 32 bits")
        case .nodes, .findings:
            nil
        }
    }

    /// The limits `entries` (checked to be a mapping of known keys) set.
    func read(_ node: Node, entries: [MappingEntry]) throws(SourceError) -> LintLimits {
        var limits = LintLimits.default
        for entry in entries {
            guard let limit = ResourceLimit(rawValue: entry.name ?? "") else { continue }
            let value = try number(entry.value, for: limit)
            switch limit {
            case .fileSize: limits.maximumFileSize = value
            case .depth: limits.read.maximumDepth = value
            case .nodes: limits.read.maximumNodes = value
            case .findings: limits.maximumFindings = value
            case .regexMatch: limits.match.matchLimit = UInt32(value)
            case .regexDepth: limits.match.depthLimit = UInt32(value)
            // PCRE2 takes KiB; a size between two is rounded up.
            case .regexHeap: limits.match.heapLimitKiB = UInt32((value + 1023) / 1024)
            }
        }
        return limits
    }

    private func number(_ node: Node, for limit: ResourceLimit) throws(SourceError) -> Int {
        let isSize = limit == .fileSize || limit == .regexHeap
        let value: Int?
        switch node.scalar?.value {
        case .integer(let number)?: value = number
        case .string(let text)? where isSize: value = ByteCount.parse(text)
        default: value = nil
        }
        let expected = isSize ? "a size in bytes or with a unit (\(ByteCount.acceptedUnits)), like 64 MiB" : "a whole number"
        guard let value, value > 0 else {
            throw syntax.error(
                "invalid value \(syntax.describe(node)) for \"\(limit.rawValue)\" in \"limits\": it must be \(expected), above 0",
                at: node)
        }
        if let ceiling = Self.ceiling(of: limit), value > ceiling.value {
            throw syntax.error(
                "\"\(limit.rawValue)\" in \"limits\" must be at most \(isSize ? ByteCount.describe(ceiling.value) : String(ceiling.value)), "
                    + "got \(node.scalarText ?? ""): \(ceiling.why)",
                at: node)
        }
        return value
    }
}
