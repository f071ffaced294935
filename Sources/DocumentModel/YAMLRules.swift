/// Whose rules turn a plain YAML scalar into a value. wflint reads a document
/// as the AWS CLI v2 does (`--cli-input-yaml`: ruamel.yaml 0.18's safe, pure
/// loader), and also as PyYAML's `safe_load` does, to warn where boto3 deploy
/// scripts would send something else. docs/yaml.md has the table of forms.
public enum YAMLRules: Sendable, Equatable {
    /// ruamel.yaml's YAML 1.2 resolver, its default: the core schema widened
    /// with `_` in numbers, `0b` binaries, dates and date-times.
    case ruamel12
    /// ruamel.yaml's YAML 1.1 resolver, chosen by a `%YAML 1.1` directive.
    case ruamel11
    /// PyYAML's resolver, YAML 1.1 whatever the directive says.
    case pyyaml

    /// The AWS CLI's rules for a document with this `%YAML` version (nil: none).
    public static func awsCLI(directive version: (major: Int, minor: Int)?) -> YAMLRules {
        version.map { $0.major == 1 && $0.minor == 1 } == true ? .ruamel11 : .ruamel12
    }

    var isYAML11: Bool { self != .ruamel12 }

    /// `yes`/`no`/`on`/`off` in three cases (YAML 1.1's bool type).
    var readsWordBooleans: Bool { isYAML11 }

    /// `y`/`Y`/`n`/`N`: in the YAML 1.1 spec, and in ruamel's 1.1 resolver, not in PyYAML's.
    var readsLetterBooleans: Bool { self == .ruamel11 }

    /// `!!bool y`: ruamel's constructor knows `y` and `n`, PyYAML's does not.
    var constructsLetterBooleans: Bool { self != .pyyaml }

    /// `1e3` (no dot) and `1.0e3` (no exponent sign) are floats to ruamel.
    var readsLooseExponents: Bool { self != .pyyaml }

    /// `-.5`, `+.5`: a float to ruamel's 1.2 resolver only.
    var readsSignedLeadingDot: Bool { self == .ruamel12 }

    /// `._5`: ruamel allows `_` right after the dot, PyYAML wants a digit.
    var readsUnderscoreAfterLeadingDot: Bool { self != .pyyaml }
}
