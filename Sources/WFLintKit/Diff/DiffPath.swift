/// The path a diff's `--- a/PATH` and `+++ b/PATH` headers name, so that
/// `patch -p1` or `git apply` run in the working directory find the file:
/// both refuse a path with a `.` or `..` segment or an absolute one.
public enum DiffPath {
    /// `path` (as findings name it) without `.` segments or doubled slashes;
    /// a path with `..` or an absolute one is resolved (symbolic links of its
    /// folder followed, as the system reads it) and made relative to
    /// `workingDirectory` when it lies inside it. A file outside it is named
    /// from the root without the leading slash (`a/srv/team.yaml` for
    /// `/srv/team.yaml`), which `patch -p1` run in `/` applies.
    public static func header(for path: String, workingDirectory: String) -> String {
        let segments = ProjectPath.segments(of: path).filter { $0 != "." }
        guard path.hasPrefix("/") || segments.contains("..") else { return segments.joined(separator: "/") }
        let absolute = resolved(path) ?? ProjectPath.absolute(path, from: workingDirectory)
        let base = FileSystem.resolvedPath(workingDirectory) ?? workingDirectory
        return ProjectPath.inside(absolute, base: base) ?? String(absolute.dropFirst())
    }

    /// The absolute path of `path`'s folder as the system resolves it, with
    /// the file's own name: the file itself may be a symbolic link, and the
    /// diff names the link, which `patch` writes through.
    private static func resolved(_ path: String) -> String? {
        let parts = PathParts(path)
        guard let folder = parts.folder, !["", ".", ".."].contains(parts.name),
            let directory = FileSystem.resolvedPath(folder)
        else { return nil }
        return directory == "/" ? "/" + parts.name : directory + "/" + parts.name
    }
}
