import DocumentModel

/// Gathers the outcomes of one run into the report every format renders, and
/// decides the exit status.
public struct RunSummary: Sendable {
    /// Each file's report, its lines captured: the merged reports
    /// (`merged`) are captured here, as they stand, each time this is read.
    public var files: [LintReport.FileReport] {
        guard !merged.isEmpty else { return reports }
        var files = reports
        for (index, merge) in merged { files[index] = captured(files[index], merge) }
        return files
    }
    /// The reports as they come in; a merged one without its lines or order yet.
    private var reports: [LintReport.FileReport] = []
    /// The reports made from a file's bytes (findings of several inputs, or
    /// of an input in another file), by index in `reports`: captured and
    /// sorted once, when the run's report is read, not at each input that
    /// adds to them (2,000 lints of a module each adding a finding in its
    /// file of locals captured its lines 2,000 times).
    private var merged: [Int: Merge] = [:]
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
    /// Each file reported so far, by path: its report's index in `reports`,
    /// its bytes once findings of another input point into it (a `.tfvars`
    /// file) and the sensitive ranges every input marked in it, so that its
    /// lines are captured, masked for all, once every input has added to
    /// it. A file that is an input and receives findings of another input
    /// too is one report, counted once. Keyed by the path's exact text: two
    /// names that differ only in Unicode spelling (`café` composed and
    /// decomposed) are two files to the file system, and to the report.
    private var reported: [ExactText: (index: Int, bytes: [UInt8]?, sensitiveRanges: MarkedRanges)] = [:]
    /// The sensitive ranges inputs marked in a file before it had a report
    /// (`addMasks`), and the file's bytes, by path as `reported`.
    private var masksBeforeReport: [ExactText: (bytes: [UInt8], ranges: MarkedRanges)] = [:]

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
        report(path: file.path, findings, suppressed, bytes: file.bytes, sensitiveRanges: file.allSensitiveRanges)
    }

    /// The secrets an input's lint knows in a file it shows nothing in. A
    /// Terraform module's findings there are shown by one lint of the run
    /// (`TerraformModuleDeclarations.moduleFindingsLint`), which may not
    /// read the value that makes a line of them a secret's: another lint's
    /// `client_secret = local.x` makes `x` one. Kept for the file's report;
    /// one already made is captured again when they mask more of it.
    private mutating func addMasks(of file: ReferencedFile) {
        let ranges = file.allSensitiveRanges
        guard !ranges.isEmpty else { return }
        let key = ExactText(file.path)
        guard reported[key] != nil else {
            return masksBeforeReport[key, default: (file.bytes, MarkedRanges())].ranges.add(ranges)
        }
        let more = reported[key]!.sensitiveRanges.unmarked(in: ranges)
        guard !more.isEmpty else { return }
        report(path: file.path, [], [], bytes: file.bytes, sensitiveRanges: more)
    }

    /// Adds findings to the report of `path`, made now or merged into the one
    /// already there. A report that gathers findings of several inputs, or
    /// that another input marked, has its lines captured from the file's
    /// bytes, masked with every input's sensitive ranges, when it is read
    /// (`files`); an input's own report alone keeps `source`.
    private mutating func report(
        path: String, _ found: [Finding], _ silenced: [SuppressedFinding], bytes: [UInt8]?,
        sensitiveRanges: [SourceRange], source: MaskedSource? = nil, fixLocations: FixLocations? = nil
    ) {
        // An input's own report of a file another input marked first is
        // captured again from the bytes, with those ranges too.
        let before = reported[ExactText(path)] == nil ? masksBeforeReport.removeValue(forKey: ExactText(path)) : nil
        var entry = reported[ExactText(path)] ?? (reports.count, before?.bytes, before?.ranges ?? MarkedRanges())
        entry.bytes = entry.bytes ?? bytes
        entry.sensitiveRanges.add(sensitiveRanges)
        let earlier = entry.index < reports.count ? reports[entry.index] : nil
        guard entry.bytes != nil || earlier != nil else {
            // An input's own report alone keeps the lines its lint captured.
            guard let source else { return }
            reported[ExactText(path)] = entry
            return reports.append(LintReport.FileReport(
                path: path, findings: Finding.inReportOrder(found),
                suppressed: silenced.sorted { Finding.reportOrder($0.finding, $1.finding) }, source: source,
                fixLocations: fixLocations))
        }
        reported[ExactText(path)] = entry
        // In place: a copy taken out shared its sets with the dictionary's,
        // and each add copied them whole (16,000 files whose findings land
        // in one shared file took 13.7 s).
        merged[entry.index, default: Merge(earlier)].add(found, silenced)
        var report = earlier ?? LintReport.FileReport(path: path, findings: [], source: MaskedSource())
        report.fixLocations = fixLocations ?? report.fixLocations
        // Without bytes (one path named twice), the newest input's lines.
        if entry.bytes == nil, let source { report.source = source }
        if earlier == nil { reports.append(report) } else { reports[entry.index] = report }
    }

    /// A file's sensitive ranges as the inputs mark them, each once: every
    /// lint of a Terraform module hands on the module's (a sensitive
    /// variable's values, what a secret argument reads), and N lints × M
    /// ranges were all kept, and masked, before.
    private struct MarkedRanges: Sendable {
        private(set) var ranges: [SourceRange] = []
        /// Made when a second input adds to them: a file's first ranges are
        /// taken as they are (a long stream has tens of thousands), not hashed.
        private var known: Set<SourceRange>?

        mutating func add(_ more: [SourceRange]) {
            if ranges.isEmpty && known == nil { return ranges = more }
            for range in unmarked(in: more) where known!.insert(range).inserted { ranges.append(range) }
        }

        /// The ranges of `more` not marked yet.
        mutating func unmarked(in more: [SourceRange]) -> [SourceRange] {
            if known == nil { known = Set(ranges) }
            return more.filter { !known!.contains($0) }
        }
    }

    /// The findings an input adds to a merged report: each once, shown or
    /// silenced. Two inputs of one module both show a definitions file's
    /// syntax error, or a value in a file of the module that is an input
    /// too (`Linter.findingsOfItsModule`).
    private struct Merge: Sendable {
        /// Each input's new findings, in the order the inputs came.
        var findings: [[Finding]] = []
        var suppressed: [[SuppressedFinding]] = []
        var shown: Set<Finding> = []
        var silenced: Set<Finding> = []

        /// From a report an input made alone, before another added to it.
        init(_ earlier: LintReport.FileReport?) {
            guard let earlier else { return }
            add(earlier.findings, earlier.suppressed)
        }

        mutating func add(_ found: [Finding], _ silenced: [SuppressedFinding]) {
            let newFindings = found.filter { !shown.contains($0) }
            let newSuppressed = silenced.filter { !self.silenced.contains($0.finding) }
            shown.formUnion(newFindings)
            self.silenced.formUnion(newSuppressed.map(\.finding))
            findings.append(newFindings)
            suppressed.append(newSuppressed)
        }
    }

    /// A merged report with its findings in report order and its lines
    /// captured from the file's bytes, masked with every input's sensitive
    /// ranges: the lines its findings, their related places and their fix
    /// edits show (`Linter`). Each input's findings before the earlier
    /// ones', as they were merged one input at a time.
    private func captured(_ report: LintReport.FileReport, _ merge: Merge) -> LintReport.FileReport {
        var report = report
        report.findings = Finding.inReportOrder(Array(merge.findings.reversed().joined()))
        report.suppressed = merge.suppressed.reversed().joined().sorted { Finding.reportOrder($0.finding, $1.finding) }
        guard let entry = reported[ExactText(report.path)], let bytes = entry.bytes else { return report }
        let shown = report.findings + report.suppressed.map(\.finding)
        report.source = MaskedSource(
            capturing: bytes,
            showing: shown.map(\.range) + shown.flatMap(\.related).map(\.range) + (report.fixLocations?.ranges ?? []),
            sensitiveRanges: entry.sensitiveRanges.ranges, lineHashes: true)
        return report
    }

    /// Captures the merged reports, for what reads and changes `reports`.
    private mutating func captureMerged() {
        for (index, merge) in merged { reports[index] = captured(reports[index], merge) }
        merged = [:]
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
        captureMerged()
        for index in reports.indices {
            let silenced = reports[index].findings.map {
                SuppressedFinding(finding: $0, kind: .external, justification: justification)
            }
            reports[index].suppressed = (reports[index].suppressed + silenced)
                .sorted { Finding.reportOrder($0.finding, $1.finding) }
            reports[index].findings = []
        }
    }

    /// Moves the findings `baseline` records to the suppressed ones (`--baseline`).
    public mutating func apply(_ baseline: Baseline) {
        captureMerged()
        var remaining = baseline
        for index in reports.indices {
            let report = reports[index]
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
            reports[index].findings = kept
            reports[index].suppressed = suppressed.sorted { Finding.reportOrder($0.finding, $1.finding) }
        }
    }

    /// A rule pack, configuration or baseline that did not load; the run lints
    /// nothing, and the report says why (SARIF `toolExecutionNotifications`).
    public mutating func addSetupFailure(_ error: SourceError) {
        notifications.append(
            ToolNotification(kind: .setupFailed, path: error.file, position: error.position, message: error.description))
    }

    public mutating func addUnreadable(path: String, reason: String) {
        notifications.append(ToolNotification(kind: .unreadableFile, path: path, message: "cannot read: \(reason)"))
    }

    /// 2 when anything could not be read (it wins), else 1 when a finding is at
    /// or above `failOn`, else 0.
    public func exitStatus(failOn: FailOn) -> ExitStatus {
        if !notifications.isEmpty { return .failure }
        // Without capturing the merged reports' lines: their findings are known.
        let fails = { (finding: Finding) in failOn.fails(on: finding.severity) }
        let failing = reports.indices.contains { index in
            merged[index].map { $0.shown.contains(where: fails) } ?? reports[index].findings.contains(where: fails)
        }
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
