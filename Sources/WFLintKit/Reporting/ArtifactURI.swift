/// A file path as a SARIF artifact URI: relative paths (the usual case, the
/// path as the user named it from the working directory) stay relative to
/// `%SRCROOT%`; an absolute path under the source root is made relative; any
/// other absolute path becomes a `file://` URI. Always `/`-separated and
/// percent-encoded (RFC 3986), since consumers decode it.
struct ArtifactURI: Equatable {
    let uri: String
    let isRelative: Bool

    init(path: String, sourceRoot: String?) {
        if path.hasPrefix("/") {
            // The root's bytes, not its characters: `hasPrefix` would take
            // another Unicode spelling of the root's name for it.
            if let root = sourceRoot.map(Self.withoutTrailingSlash), path.utf8.starts(with: (root + "/").utf8) {
                self.init(relative: String(Substring(path.utf8.dropFirst(root.utf8.count + 1))))
            } else {
                self.init(uri: "file://" + Self.percentEncoded(Self.normalized(path, absolute: true)), isRelative: false)
            }
        } else {
            self.init(relative: path)
        }
    }

    private init(relative path: String) {
        self.init(uri: Self.percentEncoded(Self.normalized(path, absolute: false)), isRelative: true)
    }

    private init(uri: String, isRelative: Bool) {
        self.uri = uri
        self.isRelative = isRelative
    }

    /// `file:///abs/dir/` for `originalUriBaseIds` (the trailing slash is
    /// required there).
    static func directoryURI(_ directory: String) -> String {
        "file://" + percentEncoded(normalized(withoutTrailingSlash(directory), absolute: true)) + "/"
    }

    /// Drops `.` and empty segments (`./a//b` is `a/b`); keeps `..`.
    static func normalized(_ path: String, absolute: Bool) -> String {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        return (absolute ? "/" : "") + segments.joined(separator: "/")
    }

    private static func withoutTrailingSlash(_ path: String) -> String {
        var path = path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
    }

    /// Keeps RFC 3986 unreserved characters, `/` and the sub-delimiters that
    /// are safe in a path; `:` is encoded so a first segment never reads as a
    /// scheme.
    static func percentEncoded(_ path: String) -> String {
        let kept = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/!$&'()*+,;=@".utf8)
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for byte in path.utf8 {
            if kept.contains(byte) {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
