import DocumentModel

/// `cidr`: IP networks in CIDR notation. Each option turns on one check:
/// `report-invalid` (not a CIDR), `forbid-host-bits`, `forbid-redundant`
/// (equal to or inside another entry of the same list), `forbid-allow-all`
/// (`/0`), `families` (the allowed families), `within` (allowed ranges, for
/// org policies). All but `report-invalid` look only at valid entries.
struct CIDRFunction: CheckFunction {
    static let name = "cidr"
    static let looksAt: [Shape.ShapeType] = [.string]
    static let optionNames = [
        "families", "forbid-allow-all", "forbid-host-bits", "forbid-redundant", "report-invalid", "within",
    ]
    static let variables = ["family", "network", "other", "other-position", "problem"]

    let reportInvalid: Bool
    let forbidHostBits: Bool
    let forbidRedundant: Bool
    let forbidAllowAll: Bool
    /// The allowed families, in `IPNetwork.Family`'s order: at most two, so a
    /// list (a `Set` of a new element type costs a run a search of every
    /// protocol conformance in the binary, 0.24 M instructions).
    let families: [IPNetwork.Family]?
    let within: [IPNetwork]?
    /// `within`, looked up by prefix length.
    private let allowedRanges: NetworkRanges?

    /// The initializer the generated built-in rules call, as the memberwise one was.
    init(
        reportInvalid: Bool, forbidHostBits: Bool, forbidRedundant: Bool, forbidAllowAll: Bool,
        families: [IPNetwork.Family]?, within: [IPNetwork]?
    ) {
        (self.reportInvalid, self.forbidHostBits, self.forbidRedundant) = (reportInvalid, forbidHostBits, forbidRedundant)
        (self.forbidAllowAll, self.families, self.within) = (forbidAllowAll, families, within)
        allowedRanges = within.map(NetworkRanges.init)
    }
}

extension CIDRFunction {
    init(options: CheckOptions) throws(SourceError) {
        let families = try options.choice("families", IPNetwork.Family.allCases.map(\.rawValue))
            .map { names in IPNetwork.Family.allCases.filter { names.contains($0.rawValue) } }
        self.init(
            reportInvalid: try options.bool("report-invalid") ?? false,
            forbidHostBits: try options.bool("forbid-host-bits") ?? false,
            forbidRedundant: try options.bool("forbid-redundant") ?? false,
            forbidAllowAll: try options.bool("forbid-allow-all") ?? false,
            families: families, within: try Self.ranges(options))
        guard reportInvalid || forbidHostBits || forbidRedundant || forbidAllowAll || families != nil || within != nil
        else { throw options.needs("at least one of the options \(Self.optionNames.joined(separator: ", "))") }
    }

    private static func ranges(_ options: CheckOptions) throws(SourceError) -> [IPNetwork]? {
        guard let node = options.node("within") else { return nil }
        let items = node.scalar != nil ? [node] : try options.syntax.list(node, "option \"within\"")
        var ranges: [IPNetwork] = []
        for item in items {
            let text = try options.syntax.string(item, "each entry of option \"within\"")
            switch IPNetwork.parse(text) {
            case .success(let network): ranges.append(network)
            case .failure(let error): throw options.error("\"\(text)\" in option \"within\" is not a valid CIDR: \(error)", at: item)
            }
        }
        return ranges
    }

    func evaluate(_ targets: [TargetNode], in context: DocumentContext) -> [Violation] {
        var violations: [Violation] = []
        var valid: [(TargetNode, IPNetwork)] = []
        valid.reserveCapacity(forbidRedundant ? targets.count : 0)
        for (target, parsed) in zip(targets, context.parsedValues.networks(of: targets)) {
            switch parsed {
            case nil:
                continue  // not a string
            case .failure(let error)?:
                if reportInvalid { violations.append(Violation(target, ["problem": error.reason])) }
            case .success(let network)?:
                if forbidRedundant { valid.append((target, network)) }
                check(target, network, in: context, into: &violations)
            }
        }
        if forbidRedundant { violations += redundant(valid, in: context) }
        return violations
    }

    private func check(
        _ target: TargetNode, _ network: IPNetwork, in context: DocumentContext, into violations: inout [Violation]
    ) {
        if forbidHostBits && network.hasHostBits {
            // Safe: the block the entry allows is the same with its host bits cleared.
            let block = network.network.description
            violations.append(Violation(target, ["network": block]).fixed(
                by: context.rewriting(target.node, to: block, .safe, "Write the network address \(block)")))
        }
        if forbidAllowAll && network.prefixLength == 0 { violations.append(Violation(target)) }
        if let families, !families.contains(network.family) {
            violations.append(Violation(target, ["family": network.family.displayName]))
        }
        if let allowedRanges, !allowedRanges.contains(network) { violations.append(Violation(target)) }
    }

    /// The later of two equal blocks, or the narrower of two nested ones, names
    /// the earliest entry that covers it; each entry is reported once.
    /// Removing it is safe while the entry that covers it stays, so the union
    /// of the list's blocks is unchanged: the fix keeps that entry's text,
    /// and waits when another fix (a pack's removal of an allow-all entry)
    /// changes it in the same pass. Under an entry that allows every address
    /// (`0.0.0.0/0`, WF205's) the removal is unsafe: that entry is the likely
    /// mistake, and the ranges removed the ones meant.
    private func redundant(_ entries: [(TargetNode, IPNetwork)], in context: DocumentContext) -> [Violation] {
        CIDRRedundancy.covers(of: entries.map(\.1)).map { entry, cover in
            let coverTarget = entries[cover].0
            let applicability: FixApplicability = entries[cover].1.prefixLength == 0 ? .unsafe : .safe
            var fix = context.removingItem(entries[entry].0, applicability, "Remove the redundant entry")
            fix?.keeps = [coverTarget.node.written.bytes]
            return Violation(entries[entry].0, [
                "other": coverTarget.string ?? "",
                "other-position": context.position(of: coverTarget.node, beside: entries[entry].0.node),
            ]).fixed(by: fix)
        }
    }

    /// Host bits are cleared in place; a covered entry is removed when it is a list item.
    func fixSummaries(for targets: [TargetPath]) -> [FixSummary] {
        var summaries: [FixSummary] = []
        if forbidHostBits { summaries.append(FixSummary(.safe, "rewrite the entry to its network address")) }
        if forbidRedundant, targets.contains(where: \.endsAtListItem) {
            summaries.append(FixSummary(
                [.safe, .unsafe], "remove the entry another entry covers; unsafe when that entry allows every address"))
        }
        return summaries
    }
}
