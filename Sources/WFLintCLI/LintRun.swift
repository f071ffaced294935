import DocumentModel
import WFLintKit

/// A lint run from its parsed options: configuration and rules, every input
/// linted, the baseline applied and the report written.
extension LintOptions {
    /// Loads the configuration and rules, lints every input, applies the
    /// baseline and writes the report. `standardInput` replaces reading
    /// standard input for '-' (tests, embedding).
    func execute(standardInput: [UInt8]? = nil) -> ExitStatus {
        // Where the run writes must be writable, and not what it reads,
        // before anything is linted.
        if let conflict = writeConflict(workingDirectory: FileSystem.currentDirectory()) {
            return reportUsageError(conflict)
        }
        let destinations: Destinations
        switch Destinations.open(report: output, baseline: writeBaseline) {
        case .success(let opened): destinations = opened
        case .failure(let failure):
            Console.standardError.writeLine(failure.message)
            return .failure
        }
        let setup: LintSetup
        do {
            setup = try LintSetup(self, workingDirectory: FileSystem.currentDirectory())
        } catch {
            switch error {
            case .source(let error): return reportSetupFailure(error, to: destinations.report)
            case .usage(let message): return reportUsageError(message)
            }
        }
        // Files the configuration led to, which no option named.
        if let conflict = writeConflict(readBy: setup) { return reportUsageError(conflict) }
        let silenced: Baseline?
        if let file = baseline, writeBaseline == nil {
            let location = setup.baselineLocation(file)
            do {
                silenced = try Baseline.load(path: location.path, file: file, directory: location.directory)
            } catch {
                return reportSetupFailure(error, to: destinations.report)
            }
        } else {
            silenced = nil
        }

        let walk = FileWalker.inputs(
            for: paths.isEmpty ? ["."] : paths, stdinName: stdinFilename ?? "<stdin>", selection: setup.walkSelection)
        var linter = setup.linter(operation: operation)
        linter.hashesLines = format == .sarif
        let inputs = leavingOutOwnFiles(setup.selected(walked: walk.inputs, standardInputIsNamed: stdinFilename != nil))
        // With `--fix -` the report goes to standard error; a JSON or SARIF
        // one is then all there is on it, so that it parses.
        let reportsOnStandardError = fixesStandardInput(walk.inputs)
        let statusLines = !(reportsOnStandardError && format.isMachineReadable)
        let jobCount = jobs ?? ProcessorCount.online
        // What the report will silence is not fixed either.
        let silencing = FixSilencing(ignores: setup.ignores, baseline: silenced, workingDirectory: setup.workingDirectory)
        if diff {
            let fixed = linter.fix(
                inputs, jobs: jobCount, standardInput: standardInput, includingUnsafe: unsafeFixes, silencing: silencing)
            return showDiffs(
                fixed, unreadable: walk.failures, workingDirectory: setup.workingDirectory, to: destinations.report)
        }
        var fixesWritten = true
        let outcomes: [InputOutcome]
        if fix {
            let fixed = linter.fix(
                inputs, jobs: jobCount, standardInput: standardInput, includingUnsafe: unsafeFixes, silencing: silencing)
            (outcomes, fixesWritten) = writeFixes(fixed, linter: linter, countingThem: statusLines)
            // Standard input that `include:`/`exclude:` leave out is not linted,
            // but its text still goes back, as it was, to whoever piped it.
            if fixesStandardInput(walk.inputs) && !fixesStandardInput(inputs) {
                if let standardInput { Console.standardOutput.write(bytes: standardInput) }
                else { Console.standardOutput.copyStandardInput() }
            }
        } else {
            outcomes = linter.lint(inputs, jobs: jobCount, standardInput: standardInput)
        }
        var run = RunSummary(
            rules: setup.table.descriptorsInForce, ignores: setup.ignores, workingDirectory: setup.workingDirectory)
        run.ruleTags = setup.ruleTags
        for failure in walk.failures { run.addUnreadable(path: failure.path, reason: failure.reason) }
        for outcome in outcomes { run.add(outcome) }
        if let file = writeBaseline, let destination = destinations.baseline {
            guard let recorded = record(run, to: file, destination: destination, setup: setup) else { return .failure }
            run.suppressAll(justification: recorded.justification)
        } else if let silenced {
            run.apply(silenced)
        }

        // A file --fix could not write (or would have broken) makes the run's
        // exit code 2, which the JSON and SARIF reports give as theirs.
        let status = fixesWritten ? run.exitStatus(failOn: setup.failOn) : .failure
        var report = run.report(exitStatus: status)
        report.appliesUnsafeFixes = unsafeFixes
        // The text report on standard output already lists unreadable files
        // first; every other destination gets them on standard error, where
        // CI logs and people see them.
        // (A JSON or SARIF report on standard error holds them.)
        if (format != .text || output != nil) && statusLines {
            for notification in report.notifications {
                Console.standardError.writeLine("\(notification.path ?? "wflint"): error: \(notification.message)")
            }
        }
        let reportConsole = reportsOnStandardError ? Console.standardError : Console.standardOutput
        return write(report, to: destinations.report, console: reportConsole) ? status : .failure
    }

    /// Writes the run's findings as a baseline file; nil when that fails.
    private func record(_ run: RunSummary, to file: String, destination: AtomicFile, setup: LintSetup) -> Baseline? {
        let location = setup.baselineLocation(file)
        let (baseline, messages) = run.recordBaseline(file: file, directory: location.directory)
        let text = baseline.rendered(messages: messages)
        guard text.utf8.count <= Baseline.maximumSize else {
            Console.standardError.writeLine(
                "\(file): error: cannot write the baseline: it would be \(text.utf8.count) bytes, over the "
                    + "\(ByteCount.describe(Baseline.maximumSize)) a baseline may have; fix or ignore some findings first")
            return nil
        }
        if case .failure(let failure) = destination.commit(text) {
            Console.standardError.writeLine("\(file): error: cannot write the baseline: \(failure)")
            return nil
        }
        let count = baseline.counts.values.reduce(0, +)
        Console.standardError.writeLine("wflint: recorded \(count) finding\(count == 1 ? "" : "s") in \(file)")
        return baseline
    }

    /// A rule pack, configuration or baseline that did not load: the error on
    /// standard error, and for the machine formats also a report that says so
    /// (a SARIF log with `executionSuccessful: false`), so that a CI upload
    /// shows why nothing was linted. Exit code 2 either way.
    private func reportSetupFailure(_ error: SourceError, to destination: AtomicFile?) -> ExitStatus {
        let status = reportLoadFailure(error)
        guard format != .text else { return status }
        var run = RunSummary(rules: [])
        run.addSetupFailure(error)
        _ = write(run.report(exitStatus: status), to: destination)
        return status
    }

    /// Writes the report to `--output`'s file, or `console` (standard output
    /// unless it holds fixed text), in chunks as it is made; false when that
    /// fails.
    private func write(_ report: LintReport, to destination: AtomicFile?, console: Console = .standardOutput) -> Bool {
        guard let destination, let output else {
            let color = format == .text && Console.wantsColor(on: console)
            format.write(report, color: color, to: console.write)
            return true
        }
        format.write(report, color: false, to: destination.append)
        switch destination.commit() {
        case .success: return true
        case .failure(let failure):
            Console.standardError.writeLine("\(output): error: cannot write the report: \(failure)")
            return false
        }
    }
}

/// The files a run writes (`--output`, `--write-baseline`), opened before
/// anything is linted: a path that cannot be written is exit code 2 at once,
/// not after minutes of linting.
struct Destinations {
    var report: AtomicFile?
    var baseline: AtomicFile?

    struct Failure: Error {
        let message: String
    }

    static func open(report: String?, baseline: String?) -> Result<Destinations, Failure> {
        Result { () throws(Failure) in
            Destinations(report: try create(report, what: "report"), baseline: try create(baseline, what: "baseline"))
        }
    }

    private static func create(_ path: String?, what: String) throws(Failure) -> AtomicFile? {
        guard let path else { return nil }
        switch AtomicFile.create(path) {
        case .success(let file): return file
        case .failure(let failure): throw Failure(message: "\(path): error: cannot write the \(what): \(failure)")
        }
    }
}
