/// What reading one document may cost: how deep it may nest and how many
/// nodes it may have. Both are counted while the document is read, so a
/// hostile one stops early, at the node that crosses the line, and never
/// reaches the checks.
///
/// Depth is bounded because the checks walk a tree recursively, one stack
/// frame or more per level (a document's nodes are released without
/// recursion, see `DeferredReleases`, but HCL's expression trees are not):
/// about 500 bytes a level in a debug build. The engine runs every check on
/// threads with `ReadLimits.workerStackSize` bytes of stack, so
/// `depthCeiling` levels use well under a tenth of it. Real API documents
/// nest a handful of levels; serde_json stops at 128.
public struct ReadLimits: Sendable, Equatable {
    /// Collections nested deeper than this stop the document.
    public var maximumDepth: Int
    /// A document with more nodes than this stops (mapping keys count, and in
    /// YAML each alias counts the whole size of the node it refers to).
    public var maximumNodes: Int

    public init(maximumDepth: Int = Self.defaultDepth, maximumNodes: Int = Self.defaultNodes) {
        self.maximumDepth = maximumDepth
        self.maximumNodes = maximumNodes
    }

    public static let defaultDepth = 256
    public static let defaultNodes = 1_000_000
    /// The highest `maximumDepth` a configuration may set (see above).
    public static let depthCeiling = 10_000
    /// The stack of every thread that reads, checks and releases documents.
    public static let workerStackSize = 64 * 1024 * 1024

    public static let `default` = ReadLimits()
}

/// A limit of wflint's that an input went over, with the name the
/// configuration gives it under `limits:`.
public enum ResourceLimit: String, Sendable, CaseIterable {
    case fileSize = "max-file-size"
    case depth = "max-depth"
    case nodes = "max-nodes"
    case findings = "max-findings"
    case regexMatch = "regex-match-limit"
    case regexDepth = "regex-depth-limit"
    case regexHeap = "regex-heap-limit"

    /// How a message names the limit: `limits.max-depth`.
    public var settingName: String { "limits.\(rawValue)" }
}
