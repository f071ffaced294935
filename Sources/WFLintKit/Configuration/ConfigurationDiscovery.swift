/// Finds the configuration that applies to a folder: `.wflint.yaml` (or
/// `.wflint.yml`) in it or the nearest folder above it, stopping at the
/// repository root (the folder that has `.git`), so that a checkout never picks
/// up a configuration from outside itself.
public enum ConfigurationDiscovery {
    /// In order of preference when a folder has both.
    public static let fileNames = [".wflint.yaml", ".wflint.yml"]

    /// The absolute path of the configuration for `directory` (absolute), or nil.
    /// A name that is there is the configuration even when it cannot be read
    /// (a dangling symbolic link, a loop, a FIFO, a folder): reading it then
    /// says why, where skipping it would silently apply a folder's above.
    public static func find(from directory: String) -> String? {
        var folder = ProjectPath.normalize(directory)
        while true {
            for name in fileNames {
                let candidate = folder == "/" ? "/" + name : folder + "/" + name
                if FileSystem.isPresent(candidate) { return candidate }
            }
            let isRepositoryRoot = FileSystem.exists(folder == "/" ? "/.git" : folder + "/.git")
            if isRepositoryRoot || folder == "/" { return nil }
            folder = ProjectPath.parent(folder)
        }
    }
}
