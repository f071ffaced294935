/// Where the built-in shape data lives in the source tree; its text is compiled
/// in through `EmbeddedRules`, like the rule packs.
enum BuiltinShapesSource {
    static let path = "rules/shapes/sagemaker-workforce.yaml"
}
