import Foundation
import Testing

/// `--output FILE` and `--write-baseline FILE`: checked before anything is
/// linted, written through a temporary file renamed into place, so a report
/// is whole or absent, never truncated.
@Suite struct OutputFileTests {
    static let valid = HostileInputTests.valid

    /// The directory's entries, hidden ones included, sorted.
    static func entries(_ directory: TemporaryDirectory) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.url.path).sorted()
    }

    @Test func anOutputPathThatCannotBeWrittenIsExit2BeforeAnyLinting() throws {
        let directory = try TemporaryDirectory()
        try directory.write("broken.json", "{,}")
        try directory.write("folder/keep", "")
        let missing = try WFLintBinary.run(["--format", "sarif", "--output", "no/such/dir/out.sarif", "broken.json"], in: directory.url)
        #expect(missing.stderr == "no/such/dir/out.sarif: error: cannot write the report: No such file or directory\n")
        #expect(missing.stdout == "")
        #expect(missing.status == 2)
        let folder = try WFLintBinary.run(["--output", "folder", "broken.json"], in: directory.url)
        #expect(folder.stderr == "folder: error: cannot write the report: it is a directory\n")
        #expect(folder.status == 2)
        let baseline = try WFLintBinary.run(["--write-baseline", "no/such/baseline.json", "broken.json"], in: directory.url)
        #expect(baseline.stderr == "no/such/baseline.json: error: cannot write the baseline: No such file or directory\n")
        #expect(baseline.stdout == "")
        #expect(baseline.status == 2)
        #expect(try Self.entries(directory) == ["broken.json", "folder"])
    }

    @Test func aWrittenReportIsWholeReadableAndLeavesNoTemporaryFile() throws {
        let directory = try TemporaryDirectory()
        try directory.write("ok.json", Self.valid)
        try directory.write("report.txt", "an older report\n")
        let run = try WFLintBinary.run(["--output", "report.txt", "ok.json"], in: directory.url)
        #expect(run.status == 0)
        #expect(try String(contentsOfFile: directory.path("report.txt"), encoding: .utf8) == "no problems found; 1 file checked\n")
        let permissions = try FileManager.default.attributesOfItem(atPath: directory.path("report.txt"))[.posixPermissions] as? Int
        #expect(permissions == 0o666 & ~Int(Self.umask()))
        #expect(try Self.entries(directory) == ["ok.json", "report.txt"])
    }

    /// A symbolic link stays one: the report replaces the file it leads to.
    /// The rename went over the link itself, so `--output latest.sarif`
    /// replaced the link, and `--output /dev/stdout` replaced `/dev/stdout`.
    @Test func aReportThroughASymbolicLinkWritesItsTargetAndKeepsTheLink() throws {
        let directory = try TemporaryDirectory()
        try directory.write("ok.json", Self.valid)
        try directory.write("reports/run-1.txt", "an older report\n")
        try FileManager.default.createSymbolicLink(atPath: directory.path("latest.txt"), withDestinationPath: "reports/run-1.txt")
        try FileManager.default.createSymbolicLink(atPath: directory.path("baseline.json"), withDestinationPath: "reports/base.json")
        try directory.write("reports/base.json", "{}")
        let run = try WFLintBinary.run(["--output", "latest.txt", "--write-baseline", "baseline.json", "ok.json"], in: directory.url)
        #expect(run.stderr == "wflint: recorded 0 findings in baseline.json\n")
        #expect(run.status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: directory.path("latest.txt")) == "reports/run-1.txt")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: directory.path("baseline.json")) == "reports/base.json")
        #expect(try String(contentsOfFile: directory.path("reports/run-1.txt"), encoding: .utf8)
            == "no problems found; 1 file checked\n")
        #expect(try String(contentsOfFile: directory.path("reports/base.json"), encoding: .utf8).hasPrefix("{"))
        #expect(try Self.entries(directory) == ["baseline.json", "latest.txt", "ok.json", "reports"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path("reports")).sorted() == ["base.json", "run-1.txt"])

        try FileManager.default.createSymbolicLink(atPath: directory.path("dangling.txt"), withDestinationPath: "nowhere.txt")
        let dangling = try WFLintBinary.run(["--output", "dangling.txt", "ok.json"], in: directory.url)
        #expect(dangling.stderr
            == "dangling.txt: error: cannot write the report: it is a symbolic link to \"nowhere.txt\", which does not exist\n")
        #expect(dangling.status == 2)
    }

    /// A report that outgrows the file-size limit (`ulimit -f`) is a failed
    /// write like any other: a message, exit code 2, the earlier report
    /// intact and no temporary file left, not a process killed by SIGXFSZ.
    /// The limit is set on the running wflint once its temporary file exists
    /// (it then waits on standard input): set before it starts, it would stop
    /// ThreadSanitizer's runtime, which sizes a file of its own at start-up.
    /// A walk leaves the run's own report and baselines out: the next run
    /// over the folder linted the last one's (counted as a file checked, and
    /// a WF011 error once over `max-file-size`). Named, each is linted.
    @Test func aWalkLeavesTheRunsOwnReportAndBaselineOut() throws {
        let directory = try TemporaryDirectory()
        try directory.write("wf.yaml", "WorkforceName: w\nCognitoConfig: {UserPool: us-east-1_abc, ClientId: abc}\n"
            + "SourceIpConfig: {Cidrs: [10.0.0.1/24]}\n")
        let recorded = try WFLintBinary.run(["--write-baseline", "base.json", "."], in: directory.url)
        #expect(recorded.stdout == "no problems found; 1 file checked; 1 suppressed\n")
        // Over 200 bytes, a report or baseline is a WF011 error when it is linted.
        try directory.write(".wflint.yaml", "limits:\n  max-file-size: 200\n")
        for _ in 0..<2 {
            let run = try WFLintBinary.run(
                ["--baseline", "base.json", "--format", "json", "--output", "report.json", "."], in: directory.url)
            #expect(run.status == 0, "\(run.stderr)")
            let report = try String(contentsOf: directory.url.appendingPathComponent("report.json"), encoding: .utf8)
            #expect(report.contains(#""filesChecked": 1,"#), "\(report)")
        }
        try FileManager.default.removeItem(at: directory.url.appendingPathComponent("report.json"))
        for _ in 0..<2 {
            let refreshed = try WFLintBinary.run(["--baseline", "base.json", "--write-baseline", "base.json", "."], in: directory.url)
            #expect(refreshed.stdout == "no problems found; 1 file checked; 1 suppressed\n")
        }
        let named = try WFLintBinary.run(["--baseline", "base.json", "wf.yaml", "base.json"], in: directory.url)
        #expect(named.stdout.hasPrefix("base.json:1:1: error: the file is "))
    }

    @Test func aReportOverTheFileSizeLimitIsExit2WithTheEarlierReportIntact() throws {
        let directory = try TemporaryDirectory()
        try directory.write("report.sarif", "{\"an\": \"older report\"}\n")
        let (status, errors) = try ChildProcess.withTwo { process, limiter in
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [
                "python3", "-c", WFLintBinary.defaultSignalsLauncher, "", WFLintBinary.url.path,
                "--format", "sarif", "--output", "report.sarif", "--stdin-filename", "broken.json", "-",
            ]
            process.currentDirectoryURL = directory.url
            let (input, errors) = (Pipe(), Pipe())
            (process.standardInput, process.standardError) = (input, errors)
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            // A hang guard, not timing: two minutes for a start-up under sanitizers.
            var waited = 0
            while try Self.entries(directory).count < 2 && waited < 2_400 {
                usleep(50_000)
                waited += 1
            }
            limiter.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            limiter.arguments = [
                "python3", "-c", "import resource, sys; resource.prlimit(int(sys.argv[1]), resource.RLIMIT_FSIZE, (512, 512))",
                String(process.processIdentifier),
            ]
            try limiter.run()
            limiter.waitUntilExit()
            #expect(limiter.terminationStatus == 0)
            try input.fileHandleForWriting.write(contentsOf: Data("{,}".utf8))
            try input.fileHandleForWriting.close()
            let stderr = errors.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: stderr, as: UTF8.self))
        }
        #expect(errors == "report.sarif: error: cannot write the report: File too large\n")
        #expect(status == 2)
        #expect(try String(contentsOfFile: directory.path("report.sarif"), encoding: .utf8) == "{\"an\": \"older report\"}\n")
        #expect(try Self.entries(directory) == ["report.sarif"])
    }

    /// A report to standard output that cannot be written whole (here a full
    /// device) ends the run with a message and exit code 2, not in silence.
    @Test func aReportStandardOutputCannotTakeIsExit2() throws {
        let directory = try TemporaryDirectory()
        try directory.write("broken.json", "{,}")
        let run = try WFLintBinary.run(["--format", "sarif", "broken.json"], standardOutputTo: "/dev/full", in: directory.url)
        #expect(run.stderr == "wflint: error: cannot write to standard output: No space left on device\n")
        #expect(run.status == 2)
    }

    /// A run stopped while it lints (here, waiting on standard input) keeps
    /// the earlier report as it was and removes its temporary file.
    @Test(arguments: [SIGINT, SIGTERM])
    func anInterruptedRunLeavesTheEarlierReportIntact(signal: Int32) throws {
        let directory = try TemporaryDirectory()
        try directory.write("report.sarif", "{\"an\": \"older report\"}\n")
        let (reason, status) = try ChildProcess.with { process in
            process.executableURL = WFLintBinary.url
            process.arguments = ["--format", "sarif", "--output", "report.sarif", "-"]
            process.currentDirectoryURL = directory.url
            let input = Pipe()
            process.standardInput = input
            try process.run()
            // The temporary file exists once the run has started linting. The
            // waits below are hang guards, not timing: two minutes, so that a
            // start-up slowed by sanitizers on a busy machine still passes.
            let guardPolls = 2_400
            var waited = 0
            while try Self.entries(directory).count < 2 && waited < guardPolls {
                usleep(50_000)
                waited += 1
            }
            #expect(try Self.entries(directory).count == 2)
            kill(process.processIdentifier, signal)
            // A process that ignored the signal must fail the test, not hang the suite.
            waited = 0
            while process.isRunning && waited < guardPolls {
                usleep(50_000)
                waited += 1
            }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            try input.fileHandleForWriting.close()
            return (process.terminationReason, process.terminationStatus)
        }
        #expect(reason == .uncaughtSignal)
        #expect(status == signal)
        #expect(try String(contentsOfFile: directory.path("report.sarif"), encoding: .utf8) == "{\"an\": \"older report\"}\n")
        #expect(try Self.entries(directory) == ["report.sarif"])
    }

    static func umask() -> mode_t {
        let mask = Foundation.umask(0)
        Foundation.umask(mask)
        return mask
    }
}
