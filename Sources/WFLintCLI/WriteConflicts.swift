import WFLintKit

/// The files a run writes (`--output`, `--write-baseline`) must be neither
/// each other nor a file the command line names for reading: the report
/// would replace the baseline just said to be recorded, or a linted (and
/// fixed) file. `--baseline X --write-baseline X`, which refreshes a
/// baseline, is the one such pair allowed.
extension LintOptions {
    /// Why a file this run would write is one it also writes or reads, or nil.
    /// Files are compared by device and inode when both exist, else by their
    /// paths made absolute and normalised.
    func writeConflict(workingDirectory: String) -> String? {
        if let output, let writeBaseline, Self.sameFile(output, writeBaseline, in: workingDirectory) {
            return "--output and --write-baseline name the same file, \"\(output)\": the report would replace the baseline"
        }
        var read: [(path: String, role: String)] = paths.filter { $0 != "-" }.map { ($0, "a file to lint") }
        read += packPaths.map { ($0, "a --rules pack") } + varFiles.map { ($0, "a --var-file file") }
        if let config { read.append((config, "the --config file")) }
        for (written, option, what) in writtenFiles {
            var readHere = read
            if let baseline, option == "--output" { readHere.append((baseline, "the --baseline file")) }
            if let named = readHere.first(where: { Self.sameFile(written, $0.path, in: workingDirectory) }) {
                return "\(option) names \"\(written)\", \(named.role): the \(what) would replace it"
            }
        }
        return nil
    }

    /// Why a file this run would write is one the setup read without the
    /// command line naming it: the configuration file found for the run, or
    /// a pack that it or a `--rules` folder holds. Nil when none is.
    func writeConflict(readBy setup: LintSetup) -> String? {
        for (written, option, what) in writtenFiles {
            guard let identity = FileSystem.identity(written) else { continue }
            if let file = setup.configuration?.file, FileSystem.identity(file) == identity {
                return "\(option) names \"\(written)\", the configuration file: the \(what) would replace it"
            }
            if setup.ruleSet.loadedPackFiles.contains(identity) {
                return "\(option) names \"\(written)\", a rule pack the run loads: the \(what) would replace it"
            }
        }
        return newFileInPackFolder(setup)
    }

    /// Why a report or baseline would be a new file the next run loads as a
    /// pack (`policy/report.yaml` in a folder `packs:` or `--rules` names:
    /// every `*.yaml` and `*.yml` in it, hidden folders skipped), or nil.
    private func newFileInPackFolder(_ setup: LintSetup) -> String? {
        let directory = setup.workingDirectory
        let folders = ((setup.configuration?.packs ?? []) + packPaths.map { ProjectPath.absolute($0, from: directory) })
            .filter { if case .success(.directory) = FileSystem.entryType($0) { true } else { false } }
        for (written, option, what) in writtenFiles {
            guard written.hasSuffix(".yaml") || written.hasSuffix(".yml") else { continue }
            let path = ProjectPath.absolute(written, from: directory)
            for folder in folders {
                guard let inside = ProjectPath.inside(path, base: folder),
                    !inside.split(separator: "/").contains(where: { $0.hasPrefix(".") })
                else { continue }
                return "\(option) names \"\(written)\", in the rule pack folder \"\(ProjectPath.relative(folder, to: directory))\": "
                    + "the next run would load the \(what) as a pack"
            }
        }
        return nil
    }

    /// `inputs` without the run's own files that a walk met: its report (the
    /// last run's, which this one replaces) and its baselines. A second run
    /// would lint the first one's report or baseline, and one over
    /// `max-file-size` was a WF011 error. Named on the command line, each is
    /// linted as asked.
    func leavingOutOwnFiles(_ inputs: [LintInput]) -> [LintInput] {
        let own = Set(([output, writeBaseline, baseline].compactMap { $0 }).compactMap(FileSystem.identity))
        guard !own.isEmpty else { return inputs }
        return inputs.filter { input in
            guard !input.isExplicit, case .file(let path) = input.source, let identity = FileSystem.identity(path) else {
                return true
            }
            return !own.contains(identity)
        }
    }

    /// The files the run writes: each with its option and what it holds.
    private var writtenFiles: [(path: String, option: String, what: String)] {
        [(output, "--output", "report"), (writeBaseline, "--write-baseline", "baseline")].compactMap { file, option, what in
            file.map { ($0, option, what) }
        }
    }

    private static func sameFile(_ first: String, _ second: String, in directory: String) -> Bool {
        if let one = FileSystem.identity(first), let other = FileSystem.identity(second) { return one == other }
        // Byte for byte: two Unicode spellings of a name are two files.
        return ProjectPath.absolute(first, from: directory).utf8.elementsEqual(ProjectPath.absolute(second, from: directory).utf8)
    }
}
