/// Lexical path arithmetic (no file-system access, symbolic links not
/// followed), for matching the paths findings carry against globs and
/// baselines that are relative to a configuration or baseline file.
public enum ProjectPath {
    /// `path` made absolute against `directory` and normalised: `.` segments
    /// and doubled slashes dropped, `..` applied.
    public static func absolute(_ path: String, from directory: String) -> String {
        normalize(path.hasPrefix("/") ? path : directory + "/" + path)
    }

    /// An absolute path without `.`, `..` or empty segments; `/` for the root.
    public static func normalize(_ path: String) -> String {
        var segments: [Substring] = []
        for segment in Self.segments(of: path) {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        return "/" + segments.joined(separator: "/")
    }

    /// The names between a path's slashes, cut at the `/` bytes: `split` on
    /// the `/` character would not cut before a name that begins with a
    /// combining mark (a slash and the mark are one character).
    static func segments(of path: String) -> [Substring] {
        path.utf8.split(separator: UInt8(ascii: "/")).map { Substring($0) }
    }

    /// The folder an absolute normalised path is in (`/` for a top-level entry).
    public static func parent(_ path: String) -> String { PathParts(path).folder ?? "/" }

    /// `path` relative to `base` (both absolute and normalised), with `../`
    /// steps when it is not below `base`; `.` for `base` itself.
    public static func relative(_ path: String, to base: String) -> String {
        let target = segments(of: path)
        let origin = segments(of: base)
        var common = 0
        // Names compared by their bytes, as the file system does (`==` would
        // take a composed `é` and a decomposed one for the same name).
        while common < target.count, common < origin.count, target[common].utf8.elementsEqual(origin[common].utf8) {
            common += 1
        }
        let steps = Array(repeating: "..", count: origin.count - common) + target[common...].map(String.init)
        return steps.isEmpty ? "." : steps.joined(separator: "/")
    }

    /// `path` relative to `base` when it is inside it, else nil.
    public static func inside(_ path: String, base: String) -> String? {
        let relativePath = relative(path, to: base)
        return relativePath == ".." || relativePath.hasPrefix("../") ? nil : relativePath
    }
}
