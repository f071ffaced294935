/// How deep JSON and YAML documents may nest; deeper is a syntax error.
///
/// The readers build trees without recursion, but releasing a tree recurses
/// once per level (a node releases its children in its deinit), and checks on
/// Dispatch's worker threads have 512 KB of stack. Measured in a debug build,
/// releasing a nested list costs about 360 bytes of stack per level and a
/// nested mapping about 400: the former limits (1000 for YAML, 512 for JSON)
/// left a margin of less than 1.5 times. At 256 levels the deepest tree needs
/// about a fifth of a worker's stack. Real API documents nest a handful of
/// levels; serde_json stops at 128.
public enum NestingLimit {
    public static let maximumDepth = 256
}
