/// A path cut at its last `/` byte. Cutting at the `/` character would not
/// cut before a name that begins with a combining mark: a slash and the mark
/// are one character to Swift, two things to the file system.
struct PathParts {
    /// The folder part (`a/b` of `a/b/main.tf`; `/` for a top-level
    /// entry), nil for a bare name.
    let folder: String?
    /// The name after the last slash (the whole path when there is none).
    let name: String

    init(_ path: String) {
        let utf8 = path.utf8
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else {
            (folder, name) = (nil, path)
            return
        }
        folder = slash == utf8.startIndex ? "/" : String(Substring(utf8[..<slash]))
        name = String(Substring(utf8[utf8.index(after: slash)...]))
    }
}
