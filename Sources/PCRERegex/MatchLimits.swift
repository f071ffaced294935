import CPCRE2

/// The budget of one match, so that a pathological pattern on a long value
/// gives up in milliseconds instead of hanging a CI job.
public struct MatchLimits: Sendable, Equatable {
    /// Calls of PCRE2's internal match function (backtracking steps); the
    /// JIT honours it too.
    public var matchLimit: UInt32
    /// How deep the interpreter's backtracking may nest.
    public var depthLimit: UInt32
    /// The interpreter's heap for backtracking, in KiB.
    public var heapLimitKiB: UInt32

    public init(
        matchLimit: UInt32 = Self.default.matchLimit, depthLimit: UInt32 = Self.default.depthLimit,
        heapLimitKiB: UInt32 = Self.default.heapLimitKiB
    ) {
        self.matchLimit = matchLimit
        self.depthLimit = depthLimit
        self.heapLimitKiB = heapLimitKiB
    }

    private init(defaults matchLimit: UInt32, _ depthLimit: UInt32, _ heapLimitKiB: UInt32) {
        self.matchLimit = matchLimit
        self.depthLimit = depthLimit
        self.heapLimitKiB = heapLimitKiB
    }

    /// Far beyond what any API value needs (the botocore patterns match in
    /// well under a thousand steps), small enough to give up in milliseconds.
    public static let `default` = MatchLimits(defaults: 1_000_000, 10_000, 16 * 1024)
}

/// Which budget a match ran out of.
public enum ExceededMatchLimit: Sendable, Equatable {
    case match, depth, heap
}

/// PCRE2's match context holding `MatchLimits`: made once per run and shared
/// by every thread, which PCRE2 allows for a context that is not written
/// after it is set up (hence `@unchecked Sendable`).
public final class MatchContext: @unchecked Sendable {
    public let limits: MatchLimits
    let pointer: OpaquePointer?

    public init(_ limits: MatchLimits) {
        self.limits = limits
        pointer = pcre2_match_context_create_8(nil)
        if let pointer {
            pcre2_set_match_limit_8(pointer, limits.matchLimit)
            pcre2_set_depth_limit_8(pointer, limits.depthLimit)
            pcre2_set_heap_limit_8(pointer, limits.heapLimitKiB)
            pcre2_jit_stack_assign_8(pointer, JITStack.callback, nil)
        }
    }

    deinit {
        pcre2_match_context_free_8(pointer)
    }

    public static let `default` = MatchContext(.default)
}
