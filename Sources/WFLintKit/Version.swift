/// wflint's version: printed by `--version`, written into SARIF logs.
public enum WFLintVersion {
    public static let current = "0.1.0"
    public static let informationURI = "https://github.com/wflint/wflint"
}
