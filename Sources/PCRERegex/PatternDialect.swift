/// Whose regular-expression semantics a pattern follows.
///
/// - `pcre2`: PCRE2's own (user pack regexes, as docs/rule-packs.md documents):
///   `.` matches anything but LF.
/// - `java`: `java.util.regex.Pattern` without flags, which the SageMaker API's
///   validators use for the model's patterns: `.` matches anything but a line
///   terminator (LF, CR, U+0085, U+2028, U+2029).
///
/// Only `.` differs for the patterns wflint runs. `\s` is `[ \t\n\x0B\f\r]` in
/// both (PCRE2 without UCP, Java without UNICODE_CHARACTER_CLASS). `$` before a
/// final line terminator differs, but an API pattern is matched as a whole
/// value (Java's `Pattern.matches`, PCRE2's `ENDANCHORED`), so the match must
/// reach the end of the value in both. PCRE2's newline convention cannot give
/// Java's dot: `NEWLINE_ANY` would also exclude VT and FF, which Java's `.`
/// matches. So a `java` pattern's dots are rewritten into that class.
public enum PatternDialect: Sendable, Hashable {
    case pcre2
    case java

    /// What PCRE2 compiles for `source`.
    func compiledSource(_ source: String) -> String {
        switch self {
        case .pcre2: return source
        case .java: return JavaDot.rewritten(source)
        }
    }
}

/// Rewrites every `.` that is a metacharacter (not escaped, not inside a
/// character class or a `\Q…\E` quote) into the class of what Java's `.` matches.
enum JavaDot {
    static let javaDotClass = #"[^\n\r\x{85}\x{2028}\x{2029}]"#

    static func rewritten(_ source: String) -> String {
        var out = ""
        var scalars = source.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "\\":
                out.unicodeScalars.append(scalar)
                guard let escaped = scalars.popFirst() else { break }
                out.unicodeScalars.append(escaped)
                if escaped == "Q" { copyQuoted(&scalars, into: &out) }
            case "[":
                out.unicodeScalars.append(scalar)
                copyClass(&scalars, into: &out)
            case ".":
                out += javaDotClass
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Copies up to and including `\E` (or the end).
    private static func copyQuoted(_ scalars: inout Substring.UnicodeScalarView, into out: inout String) {
        while let scalar = scalars.popFirst() {
            out.unicodeScalars.append(scalar)
            if scalar == "\\", scalars.first == "E" {
                out.unicodeScalars.append(scalars.removeFirst())
                return
            }
        }
    }

    /// Copies a character class after its `[`, up to and including its `]`; a
    /// `]` first in the class (after an optional `^`) is a literal, as in PCRE2.
    private static func copyClass(_ scalars: inout Substring.UnicodeScalarView, into out: inout String) {
        if scalars.first == "^" { out.unicodeScalars.append(scalars.removeFirst()) }
        if scalars.first == "]" { out.unicodeScalars.append(scalars.removeFirst()) }
        while let scalar = scalars.popFirst() {
            out.unicodeScalars.append(scalar)
            if scalar == "\\", let escaped = scalars.popFirst() {
                out.unicodeScalars.append(escaped)
            } else if scalar == "]" {
                return
            }
        }
    }
}
