import DocumentModel

/// A `.wflint.yaml` as read and checked: everything that does not depend on
/// which rules are loaded. Rule references (ids or names) keep their position
/// so that an unknown one is reported at its place once the packs are loaded.
public struct Configuration: Sendable {
    /// The file as it is shown in messages (relative to the working directory
    /// when it was found by searching upwards).
    public var file: String
    /// The absolute folder of the file: globs and packs are relative to it.
    public var directory: String
    public var ruleSettings: [RuleSetting] = []
    /// Extra rule packs, as paths to load (relative to the working directory or absolute).
    public var packs: [String] = []
    /// Only files matching one of these are linted (none: every file).
    public var include: [Glob] = []
    /// Files matching one of these are not linted.
    public var exclude: [Glob] = []
    /// The operation of the documents in matching files, first match wins.
    public var operations: [(glob: Glob, operation: Operation)] = []
    public var failOn: FailOn?
    public var ignores: [IgnoreEntry] = []
    /// The resource limits, the defaults where `limits:` names none.
    public var limits = LintLimits.default

    public init(file: String, directory: String) {
        self.file = file
        self.directory = directory
    }

    /// A rule id or name as written, with where it was written.
    public struct RuleReference: Sendable {
        public var text: String
        public var position: SourcePosition
    }

    /// `rules: {WF205: off}` or `{tags-required: warning}`.
    public struct RuleSetting: Sendable {
        public enum Value: Sendable, Equatable {
            case off
            case severity(Severity)
        }

        public var rule: RuleReference
        public var value: Value
    }

    /// One `ignore:` entry: findings of `rules` in files matching `paths`,
    /// at `pointer` or below it when one is given.
    public struct IgnoreEntry: Sendable {
        public var paths: [Glob]
        public var rules: [RuleReference]
        /// An RFC 6901 pointer as written (`/SourceIpConfig/Cidrs`).
        public var pointer: String?
        public var reason: String?
        public var position: SourcePosition
    }

    /// The path of `absolutePath` relative to this file's folder, when it is inside.
    public func relativePath(of absolutePath: String) -> String? {
        ProjectPath.inside(absolutePath, base: directory)
    }

    /// Whether a file (absolute path) is linted: inside the folder it must
    /// match `include` (when given) and no `exclude`; files outside the
    /// folder are not the configuration's business and are always linted.
    public func selects(_ absolutePath: String) -> Bool {
        guard let path = relativePath(of: absolutePath) else { return true }
        if !include.isEmpty && !include.contains(where: { $0.matches(path) }) { return false }
        return !exclude.contains { $0.matches(path) }
    }

    /// Whether an `exclude` pattern covers a folder (absolute path) inside
    /// this file's folder, and so everything under it: `legacy`, `legacy/`
    /// and `legacy/**` alike. A walk does not enter it, so an excluded folder
    /// it cannot read (a database's volume) is no error.
    public func excludes(folder absolutePath: String) -> Bool {
        guard let path = relativePath(of: absolutePath), !path.isEmpty else { return false }
        return exclude.contains { $0.coversFolder(path) }
    }

    /// The operation `operations:` gives a file (absolute path), if any.
    public func operation(for absolutePath: String) -> Operation? {
        guard !operations.isEmpty, let path = relativePath(of: absolutePath) else { return nil }
        return operations.first { $0.glob.matches(path) }?.operation
    }
}
