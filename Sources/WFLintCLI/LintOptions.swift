import ArgumentParser
import WFLintKit

/// The lint command's options as plain values: what `LintCommand` parses, and
/// what `LintArguments` reads directly on the common path.
struct LintOptions: Equatable {
    var paths: [String] = []
    var format: OutputFormat = .text
    var output: String?
    var packPaths: [String] = []
    var operation: Operation?
    var stdinFilename: String?
    var varFiles: [String] = []
    var failOn: FailOn?
    var config: String?
    var noConfig = false
    var select: [String] = []
    var ignore: [String] = []
    var baseline: String?
    var writeBaseline: String?
    var jobs: Int?
    var fix = false
    var unsafeFixes = false
    var diff = false

    /// Why these options exclude each other (`LintCommand.validate()`'s
    /// refusals, which both readings of the command line make), or nil.
    var conflict: String? {
        if let jobs, jobs < 1 { return "--jobs must be at least 1, not \(jobs)" }
        if config != nil && noConfig { return "--config and --no-config exclude each other" }
        // Standard input is read once, and its name means nothing without it.
        if paths.count(where: { $0 == "-" }) > 1 { return "standard input (-) can be named only once" }
        // An empty name would name every finding's file as nothing (`:6:7: error: …`).
        if stdinFilename == "" { return "--stdin-filename needs a path, not an empty name" }
        if stdinFilename != nil && !paths.contains("-") {
            return "--stdin-filename names what standard input holds: it needs - among the paths"
        }
        if unsafeFixes && !fix && !diff { return "--unsafe-fixes applies with --fix or --diff" }
        if fix && diff { return "--fix and --diff exclude each other: --diff changes nothing" }
        if diff && format != .text { return "--diff prints a diff: it excludes any --format but text" }
        // Which findings to record, those before the fixes or those after, would be a guess.
        if (fix || diff) && writeBaseline != nil {
            return "--\(fix ? "fix" : "diff") excludes --write-baseline: record a baseline in a run of its own"
        }
        return nil
    }
}

/// The lint command's usual arguments (paths, `--name value`, `--name=value`,
/// the flags `--no-config`, `--fix`, `--unsafe-fixes` and `--diff`, an optional leading `lint`), read without
/// swift-argument-parser: its reflection over the commands' properties was a
/// quarter of a one-file run's instructions (12 M of 50 M under callgrind).
///
/// Anything else — help, `--version`, another subcommand, `--`, a short
/// option, an unknown option, a missing or invalid value, a value that starts
/// with `-`, a path named like a subcommand, options that exclude each other —
/// gives nil, and the full parser then handles the command line, so that
/// its help, messages and exit codes stay the only ones. A test holds this
/// reading equal to the full parser's wherever it gives an answer.
enum LintArguments {
    static func parse(_ arguments: [String]) -> LintOptions? {
        var options = LintOptions()
        var rest = arguments[...]
        if rest.first == "lint" { rest = rest.dropFirst() }
        while let argument = rest.popFirst() {
            if argument == "-" {
                options.paths.append(argument)
            } else if argument.hasPrefix("--") {
                let (name, inline) = split(argument)
                if inline == nil, setFlag(name, in: &options) { continue }
                guard let value = inline ?? rest.popFirst(), !value.isEmpty, !value.hasPrefix("-"),
                    set(name, value, in: &options)
                else { return nil }
            } else if argument.hasPrefix("-") || reservedWords.contains(argument) {
                return nil
            } else {
                options.paths.append(argument)
            }
        }
        // `LintCommand.validate()`'s refusals, left to it for their messages.
        return options.conflict == nil ? options : nil
    }

    /// Sets an option without a value; false when `name` is not one.
    private static func setFlag(_ name: Substring, in options: inout LintOptions) -> Bool {
        switch name {
        case "--no-config": options.noConfig = true
        case "--fix": options.fix = true
        case "--unsafe-fixes": options.unsafeFixes = true
        case "--diff": options.diff = true
        default: return false
        }
        return true
    }

    /// Subcommand names, which the full parser may read as commands.
    private static let reservedWords: Set<String> = ["help", "lint", "rules", "explain", "test-rules", "hcl-values", "server"]

    private static func split(_ argument: String) -> (name: Substring, value: String?) {
        guard let equals = argument.firstIndex(of: "=") else { return (argument[...], nil) }
        return (argument[..<equals], String(argument[argument.index(after: equals)...]))
    }

    /// Stores one option's value as the full parser would (the last of a
    /// repeated single-value option wins; lists append); false for an unknown
    /// option or a value its type does not accept.
    private static func set(_ name: Substring, _ value: String, in options: inout LintOptions) -> Bool {
        switch name {
        case "--format": return assign(OutputFormat(argument: value), to: &options.format)
        case "--output": options.output = value
        case "--rules": options.packPaths.append(value)
        case "--operation": return assign(Operation(argument: value), to: &options.operation)
        case "--stdin-filename": options.stdinFilename = value
        case "--var-file": options.varFiles.append(value)
        case "--fail-on": return assign(FailOn(argument: value), to: &options.failOn)
        case "--config": options.config = value
        case "--select": options.select.append(value)
        case "--ignore": options.ignore.append(value)
        case "--baseline": options.baseline = value
        case "--write-baseline": options.writeBaseline = value
        case "--jobs": return assign(Int(argument: value), to: &options.jobs)
        default: return false
        }
        return true
    }

    private static func assign<T>(_ value: T?, to field: inout T) -> Bool {
        guard let value else { return false }
        field = value
        return true
    }

    private static func assign<T>(_ value: T?, to field: inout T?) -> Bool {
        guard let value else { return false }
        field = value
        return true
    }
}
