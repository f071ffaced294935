import Foundation
import Testing

/// Every test starts its child processes through `ChildProcess` (its comment
/// says why): no file of the tests uses Foundation's `Process`, whose
/// `run()` crashed the suite.
@Suite struct ChildProcessTests {
    @Test func noTestUsesFoundationsProcess() throws {
        let tests = Golden.repositoryRoot.appendingPathComponent("Tests")
        // `Process` as a name of its own (not `ChildProcess`, `ProcessInfo`), outside comments;
        // spelled in pieces, so that this file does not hold what it looks for.
        let name = try Regex("(^|[^A-Za-z_])" + "Proc" + "ess([^A-Za-z_]|$)")
        var using: [String] = []
        let files = try #require(FileManager.default.enumerator(at: tests, includingPropertiesForKeys: nil))
        for case let file as URL in files where file.pathExtension == "swift" {
            let code = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
                .filter { !$0.drop { $0 == " " }.hasPrefix("//") }
            if code.contains(where: { $0.contains(name) }) { using.append(String(file.path.dropFirst(tests.path.count + 1))) }
        }
        #expect(using == [])
    }

    /// What the tests read of a child: its output, its exit status, the
    /// signal that ended it, its working folder and environment; and
    /// nothing the test process has open beyond standard input, output and
    /// error is open in it, and no signal is blocked (`SigBlk`) or ignored
    /// (`SigIgn`) there, though a test's thread blocks them: the watchdog's
    /// SIGTERM must reach it.
    @Test func aChildRunsAsProcessRanIt() throws {
        let (status, output) = try Self.run("/bin/sh", [
            "-c", "pwd; echo \"$GREETING\"; ls /proc/self/fd | sort -n | tr '\\n' ' '; exit 3",
        ])
        // `ls` lists its own descriptor of /proc/self/fd too: 3.
        #expect(output == "/tmp\nhello\n0 1 2 3 ")
        #expect(status == 3)
        // Read by grep itself: a shell clears its mask when it starts.
        let (_, signals) = try Self.run("/bin/grep", ["-E", "^Sig(Blk|Ign)", "/proc/self/status"])
        // In hexadecimal; of the standard signals, 1 to 31 (glibc keeps 32 and 33 for its threads).
        let masks = signals.split(separator: "\n").map { line in
            line.split(separator: "\t").last.flatMap { UInt64($0, radix: 16) }.map { $0 & 0x7FFF_FFFF }
        }
        #expect(masks == [0, 0], "\(signals)")
        let (reason, signal) = try ChildProcess.with { process in
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "kill -KILL $$"]
            try process.run()
            process.waitUntilExit()
            return (process.terminationReason, process.terminationStatus)
        }
        #expect(reason == .uncaughtSignal)
        #expect(signal == SIGKILL)
    }

    /// `executable` with `arguments` in /tmp, with only `GREETING` and
    /// `PATH` in its environment: its exit status and standard output.
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        try ChildProcess.with { process in
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            process.currentDirectoryURL = URL(fileURLWithPath: "/tmp")
            process.environment = ["GREETING": "hello", "PATH": "/usr/bin:/bin"]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(process.terminationReason == .exit)
            #expect(!process.isRunning)
            return (process.terminationStatus, String(decoding: data, as: UTF8.self))
        }
    }
}
