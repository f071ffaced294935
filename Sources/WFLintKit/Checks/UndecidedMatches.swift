import DocumentModel
import PCRERegex

/// The matches of one document's rule that ran out of PCRE2's limits: each
/// becomes one WF011 finding on the value, naming the rule and the limit, so
/// that a pathological pattern neither hangs the run nor passes a value
/// silently.
///
/// `@unchecked Sendable`: like `TargetCache`, it belongs to one document's
/// context, used by the one thread that lints the document.
final class UndecidedMatches: @unchecked Sendable {
    struct Entry {
        let pattern: String
        let limit: ExceededMatchLimit
        let node: Node
        let pointer: JSONPointer
    }

    /// Unchecked, as `TargetCache.resolved` is: one thread, no overlapping
    /// access, and `take` is asked after every target's check.
    @exclusivity(unchecked) private var entries: [Entry] = []

    func record(_ entry: Entry) { entries.append(entry) }

    /// The entries recorded so far, which are forgotten.
    func take() -> [Entry] {
        guard !entries.isEmpty else { return [] }
        defer { entries = [] }
        return entries
    }
}

extension Pattern {
    /// Whether `subject` (the value of `target`, or a part of it) matches; nil
    /// when the match ran out of `context`'s limits, which is recorded for the
    /// rule to report: a rule must not fire, or stay silent, on a guess.
    func test(_ subject: String, at target: TargetNode, in context: DocumentContext) -> Bool? {
        switch matches(subject, in: context.matchContext) {
        case .match: return true
        case .noMatch: return false
        case .limitExceeded(let limit):
            context.undecidedMatches.record(.init(pattern: source, limit: limit, node: target.node, pointer: target.pointer))
            return nil
        case .failed: return nil
        }
    }
}

extension [Pattern] {
    /// Whether one of the patterns matches `subject`: true as soon as one
    /// does, false when none does, nil when none does but one could not decide.
    func firstMatch(_ subject: String, at target: TargetNode, in context: DocumentContext) -> Bool? {
        var undecided = false
        for pattern in self {
            switch pattern.test(subject, at: target, in: context) {
            case true?: return true
            case false?: continue
            case nil: undecided = true
            }
        }
        return undecided ? nil : false
    }
}

extension ExceededMatchLimit {
    /// The configuration's name for the limit.
    var resourceLimit: ResourceLimit {
        switch self {
        case .match: .regexMatch
        case .depth: .regexDepth
        case .heap: .regexHeap
        }
    }

    /// PCRE2's name for it, as a message says it.
    var pcre2Name: String {
        switch self {
        case .match: "match limit"
        case .depth: "depth limit"
        case .heap: "heap limit"
        }
    }
}

extension MatchLimits {
    /// The value of a limit as the configuration writes it.
    func value(of limit: ExceededMatchLimit) -> String {
        switch limit {
        case .match: String(matchLimit)
        case .depth: String(depthLimit)
        case .heap: ByteCount.describe(Int(heapLimitKiB) * 1024)
        }
    }

    /// Why a pattern could not decide, for WF011's message:
    /// `PCRE2's match limit (limits.regex-match-limit: 1000000)`.
    func describe(_ limit: ExceededMatchLimit) -> String {
        "PCRE2's \(limit.pcre2Name) (\(limit.resourceLimit.settingName): \(value(of: limit)))"
    }
}

extension UndecidedMatches.Entry {
    /// WF011's finding for a rule whose pattern could not decide on the value.
    func report(rule: RuleDescriptor, limits: MatchLimits, into sink: inout FindingSink) {
        sink.report(
            CoreRule.resourceLimit, node: node, pointer: pointer,
            message: "rule \(rule.id) (\(rule.name)) could not check this value: its pattern \"\(pattern)\" "
                + "reached \(limits.describe(limit))")
    }
}
