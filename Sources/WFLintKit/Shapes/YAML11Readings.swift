import PCRERegex

/// Plain scalars that are strings to YAML 1.2 (wflint, and the API) but not to
/// YAML 1.1 loaders such as PyYAML, which many deploy scripts use: the value
/// the API receives then is not the one in the file.
enum YAML11Readings {
    private static let booleans: Set<String> = ["yes", "no", "on", "off", "y", "n"]

    /// PyYAML's 1.1 resolver: sexagesimal integers and floats, binary integers.
    private static let numbers: [Pattern] = [
        "[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+",
        "[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*",
        "[-+]?0b[0-1_]+",
    ].compactMap { try? Pattern.cached($0, wholeValue: true) }

    /// What a YAML 1.1 loader reads `text` as (`a boolean`, `a number`), or nil
    /// when it reads a string too.
    static func nonStringReading(of text: String) -> String? {
        if booleans.contains(text.lowercased()) { return "a boolean" }
        if numbers.contains(where: { $0.matches(text) == .match }) { return "a number" }
        return nil
    }
}
