// Generated from the files under rules/ (except rules/examples/) by Scripts/generate; do not edit.

enum EmbeddedRules {
    static let paths: [String] = []

    static func text(of path: String) -> String? { nil }
}
