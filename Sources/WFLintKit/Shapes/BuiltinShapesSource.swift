/// Where the built-in shape data lives in the source tree.
enum BuiltinShapesSource {
    static let path = "rules/shapes/sagemaker-workforce.yaml"
}

/// The text of the data files compiled into wflint, by their path in the
/// source tree, so that an installed binary needs no `rules/` beside it.
///
/// Stand-in until the generated file that embeds every file under `rules/`
/// lands: it knows only the shapes. A test keeps it equal to the file.
enum BuiltinData {
    static func text(of path: String) -> String? {
        path == BuiltinShapesSource.path ? embeddedShapesText : nil
    }
}
