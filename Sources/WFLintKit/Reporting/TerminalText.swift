/// Text that quotes what a file or a command line holds (a path, a value, a
/// rule reference), written where a terminal or a CI log shows it: its
/// control characters must not drive the terminal (clear the screen, forge
/// a line), as findings' messages may not (`SchemaMessages.escapingControls`).
public enum TerminalText {
    /// `text` as one line: every control character and line break written
    /// as an escape (`\u001B`, `\n`); a tab stays.
    public static func oneLine(_ text: String) -> String {
        SchemaMessages.escapingControls(text, lineBreaksToo: true)
    }
}
