import DocumentModel

/// Gathers the outcomes of one run into the report every format renders, and
/// decides the exit status.
public struct RunSummary: Sendable {
    public private(set) var files: [LintReport.FileReport] = []
    public private(set) var filesChecked = 0
    public private(set) var notifications: [ToolNotification] = []
    public let rules: [RuleDescriptor]
    /// Tags per rule id for SARIF's `properties.tags`: the name of the pack
    /// that defines the rule (`identity`, `network`, an organisation's pack).
    public var ruleTags: [String: [String]] = [:]
    /// The configuration's `ignore:` entries, applied as outcomes come in.
    public let ignores: IgnoreRules?
    /// What relative paths in findings are relative to.
    public let workingDirectory: String
    /// Each file reported so far, by path: its report's index in `files`,
    /// its bytes once findings of another input point into it (a `.tfvars`
    /// file) and the sensitive ranges every input marked in it, so that its
    /// lines are captured again, masked for all, when findings are added to
    /// it. A file that is an input and receives findings of another input
    /// too is one report, counted once. Keyed by the path's exact text: two
    /// names that differ only in Unicode spelling (`café` composed and
    /// decomposed) are two files to the file system, and to the report.
    private var reported: [ExactText: (index: Int, bytes: [UInt8]?, sensitiveRanges: [SourceRange])] = [:]
    /// The sensitive ranges inputs marked in a file before it had a report
    /// (`addMasks`), and the file's bytes, by path as `reported`.
    private var masksBeforeReport: [ExactText: (bytes: [UInt8], ranges: [SourceRange])] = [:]

    public init(rules: [RuleDescriptor], ignores: IgnoreRules? = nil, workingDirectory: String = FileSystem.currentDirectory()) {
        self.rules = rules
        self.ignores = ignores
        self.workingDirectory = workingDirectory
    }

    public mutating func add(_ outcome: InputOutcome) {
        switch outcome.result {
        case .failure(let failure):
            addUnreadable(path: outcome.input.displayName, reason: failure.reason)
        case .success(let linted):
            guard !linted.isSkipped else { return }
            filesChecked += 1
            for (file, findings, suppressed) in linted.referenced { addReferenced(file, findings, suppressed) }
            guard let source = linted.source else { return }
            let path = outcome.input.displayName
            let (findings, suppressed) = ignoring(linted.findings, suppressed: linted.suppressed, in: path)
            guard !findings.isEmpty || !suppressed.isEmpty else { return }
            report(
                path: path, findings, suppressed, bytes: nil, sensitiveRanges: linted.sensitiveRanges, source: source,
                fixLocations: linted.fixLocations)
        }
    }

    /// The findings the configuration's `ignore:` entries do not silence, and
    /// the suppressed ones with those they do.
    private func ignoring(
        _ findings: [Finding], suppressed: [SuppressedFinding], in path: String
    ) -> (findings: [Finding], suppressed: [SuppressedFinding]) {
        guard let ignores, !ignores.isEmpty else { return (findings, suppressed) }
        var suppressed = suppressed
        let file = ignores.file(atAbsolutePath: ProjectPath.absolute(path, from: workingDirectory))
        let kept = findings.filter { finding in
            guard let justification = file.justification(for: finding) else { return true }
            suppressed.append(SuppressedFinding(finding: finding, kind: .external, justification: justification))
            return false
        }
        return (kept, suppressed)
    }

    /// Findings an input shows in another file (`ReferencedFile`), added to
    /// that file's report; not a file checked.
    private mutating func addReferenced(_ file: ReferencedFile, _ found: [Finding], _ silenced: [SuppressedFinding]) {
        guard !found.isEmpty || !silenced.isEmpty else { return addMasks(of: file) }
        let (findings, suppressed) = ignoring(found, suppressed: silenced, in: file.path)
        report(path: file.path, findings, suppressed, bytes: file.bytes, sensitiveRanges: file.sensitiveRanges)
    }

    /// The secrets an input's lint knows in a file it shows nothing in. A
    /// Terraform module's findings there are shown by one lint of the run
    /// (`TerraformModuleDeclarations.moduleFindingsLint`), which may not
    /// read the value that makes a line of them a secret's: another lint's
    /// `client_secret = local.x` makes `x` one. Kept for the file's report;
    /// one already made is captured again when they mask more of it.
    private mutating func addMasks(of file: ReferencedFile) {
        guard !file.sensitiveRanges.isEmpty else { return }
        let key = ExactText(file.path)
        guard let entry = reported[key] else {
            return masksBeforeReport[key, default: (file.bytes, [])].ranges += file.sensitiveRanges
        }
        let known = Set(entry.sensitiveRanges)
        let more = file.sensitiveRanges.filter { !known.contains($0) }
        guard !more.isEmpty else { return }
        report(path: file.path, [], [], bytes: file.bytes, sensitiveRanges: more)
    }

    /// Adds findings to the report of `path`, made now or merged into the one
    /// already there. A report that gathers findings of several inputs has
    /// its lines captured again from the file's bytes, masked with every
    /// input's sensitive ranges; an input's own report alone keeps `source`.
    private mutating func report(
        path: String, _ found: [Finding], _ silenced: [SuppressedFinding], bytes: [UInt8]?,
        sensitiveRanges: [SourceRange], source: MaskedSource? = nil, fixLocations: FixLocations? = nil
    ) {
        // An input's own report of a file another input marked first is
        // captured again from the bytes, with those ranges too.
        let before = reported[ExactText(path)] == nil ? masksBeforeReport.removeValue(forKey: ExactText(path)) : nil
        var entry = reported[ExactText(path)] ?? (files.count, before?.bytes, before?.ranges ?? [])
        entry.bytes = entry.bytes ?? bytes
        // A file's first report takes its input's ranges as they are (a long
        // stream has tens of thousands), not a copy of them.
        if entry.sensitiveRanges.isEmpty { entry.sensitiveRanges = sensitiveRanges }
        else { entry.sensitiveRanges += sensitiveRanges }
        var findings = found
        var suppressed = silenced
        var fixes = fixLocations
        let earlier = entry.index < files.count ? files[entry.index] : nil
        if let earlier {
            // Two inputs of one module both show a definitions file's syntax
            // error, or a value in a file of the module that is an input too
            // (`Linter.findingsOfItsModule`): once each, shown or silenced.
            let shown = Set(earlier.findings)
            findings = findings.filter { !shown.contains($0) } + earlier.findings
            let silenced = Set(earlier.suppressed.map(\.finding))
            suppressed = suppressed.filter { !silenced.contains($0.finding) } + earlier.suppressed
            fixes = fixes ?? earlier.fixLocations
        }
        let capture: MaskedSource
        if let bytes = entry.bytes {
            // The lines the input's own capture shows: its findings', their
            // related places' and their fix edits' (`Linter`).
            let shown = findings + suppressed.map(\.finding)
            capture = MaskedSource(
                capturing: bytes,
                showing: shown.map(\.range) + shown.flatMap(\.related).map(\.range) + (fixes?.ranges ?? []),
                sensitiveRanges: entry.sensitiveRanges, lineHashes: true)
        } else if let source {
            capture = source
        } else {
            return
        }
        let report = LintReport.FileReport(
            path: path, findings: Finding.inReportOrder(findings),
            suppressed: suppressed.sorted { Finding.reportOrder($0.finding, $1.finding) }, source: capture,
            fixLocations: fixes)
        if earlier == nil { files.append(report) } else { files[entry.index] = report }
        reported[ExactText(path)] = entry
    }

    /// A baseline of every finding reported so far (`--write-baseline`).
    public func recordBaseline(file: String, directory: String) -> (baseline: Baseline, messages: [Baseline.Key: String]) {
        var baseline = Baseline(file: file, directory: directory)
        var messages: [Baseline.Key: String] = [:]
        for report in files {
            let absolutePath = ProjectPath.absolute(report.path, from: workingDirectory)
            for finding in report.findings {
                let key = baseline.key(for: finding, absolutePath: absolutePath, source: report.source)
                baseline.insert(key)
                messages[key] = messages[key] ?? finding.message
            }
        }
        return (baseline, messages)
    }

    /// Moves every finding to the suppressed ones: `--write-baseline` has just
    /// recorded them all, so matching them against the record again would only
    /// recompute the same keys.
    public mutating func suppressAll(justification: String) {
        for index in files.indices {
            let silenced = files[index].findings.map {
                SuppressedFinding(finding: $0, kind: .external, justification: justification)
            }
            files[index].suppressed = (files[index].suppressed + silenced)
                .sorted { Finding.reportOrder($0.finding, $1.finding) }
            files[index].findings = []
        }
    }

    /// Moves the findings `baseline` records to the suppressed ones (`--baseline`).
    public mutating func apply(_ baseline: Baseline) {
        var remaining = baseline
        for index in files.indices {
            let report = files[index]
            let absolutePath = ProjectPath.absolute(report.path, from: workingDirectory)
            var kept: [Finding] = []
            var suppressed = report.suppressed
            for finding in report.findings {
                if remaining.consume(baseline.key(for: finding, absolutePath: absolutePath, source: report.source)) {
                    suppressed.append(SuppressedFinding(finding: finding, kind: .external, justification: baseline.justification))
                } else {
                    kept.append(finding)
                }
            }
            files[index].findings = kept
            files[index].suppressed = suppressed.sorted { Finding.reportOrder($0.finding, $1.finding) }
        }
    }

    /// A rule pack, configuration or baseline that did not load; the run lints
    /// nothing, and the report says why (SARIF `toolExecutionNotifications`).
    public mutating func addSetupFailure(_ error: SourceError) {
        notifications.append(ToolNotification(kind: .setupFailed, path: error.file, message: error.description))
    }

    public mutating func addUnreadable(path: String, reason: String) {
        notifications.append(ToolNotification(kind: .unreadableFile, path: path, message: "cannot read: \(reason)"))
    }

    /// 2 when anything could not be read (it wins), else 1 when a finding is at
    /// or above `failOn`, else 0.
    public func exitStatus(failOn: FailOn) -> ExitStatus {
        if !notifications.isEmpty { return .failure }
        let failing = files.contains { $0.findings.contains { failOn.fails(on: $0.severity) } }
        return failing ? .findings : .clean
    }

    public func report(exitStatus: ExitStatus) -> LintReport {
        var report = LintReport(
            // By the paths' bytes: `<` orders two Unicode spellings of one name as equal.
            files: files.sorted { FileSystem.bytewiseLess($0.path, $1.path) }, filesChecked: filesChecked,
            notifications: notifications,
            rules: rules, ruleTags: ruleTags, exitCode: Int(exitStatus.rawValue))
        report.workingDirectory = workingDirectory
        return report
    }
}
