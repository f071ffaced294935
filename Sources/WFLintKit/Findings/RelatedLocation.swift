import DocumentModel

/// Another place a finding is about: where a repeated key was first defined,
/// or where a value found in a `.tfvars` file is used. Editors show it as
/// related information, SARIF as `relatedLocations`, the text output as a
/// `note:` line under the finding.
public struct RelatedLocation: Sendable, Hashable {
    /// The file it is in, named as `Finding.file` names files.
    public var file: String
    public var range: SourceRange
    /// What the place is, in words that read before "at FILE:LINE:COL"
    /// (`first defined`, `used by aws_sagemaker_workforce.main`). Never
    /// contains a sensitive value.
    public var message: String

    public init(file: String, range: SourceRange, message: String) {
        self.file = file
        self.range = range
        self.message = message
    }

    /// `used by aws_sagemaker_workforce.main at main.tf:12:11`: the text
    /// output's note and the GitHub annotation's line, with the file's name
    /// as the text output shows it (`TextReporter.shownPath`).
    public var sentence: String {
        "\(message) at \(TextReporter.shownPath(file)):\(range.start.line):\(range.start.column)"
    }

    /// What a duplicate's related location says of the first occurrence.
    public static let firstDefinition = "first defined"
}
