import Foundation
import Locking
import Testing

/// Runs the built `wflint` executable the way a user does, for end-to-end
/// tests: the test target depends on it, so `swift test` builds it beside the
/// test bundle.
enum WFLintBinary {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static var url: URL {
        let testBundle = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        var directory = testBundle.deletingLastPathComponent()
        // On Linux the runner sits inside `<products>/wflintPackageTests.xctest`.
        while !FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent("wflint").path),
            directory.path != "/"
        {
            directory = directory.deletingLastPathComponent()
        }
        return directory.appendingPathComponent("wflint")
    }

    /// Runs `wflint arguments` in `directory` (default: the repository root),
    /// without color, with `stdin` as standard input.
    static func run(
        _ arguments: [String], in directory: URL = Golden.repositoryRoot, stdin: String? = nil,
        environment extra: [String: String] = [:], timeout: TimeInterval = 60
    ) throws -> Run {
        try execute(url, arguments, in: directory, stdin: stdin, environment: extra, timeout: timeout)
    }

    /// Runs `wflint arguments` as a user without root's powers (to whom a
    /// read-only file is not writable): as `nobody` through `setpriv` when the
    /// tests run as root, as the tests' own user otherwise.
    /// `nobody` runs a copy of the binary in a folder of its own: the build
    /// folder may sit where only root can reach it (a clone under `/root`).
    static func runUnprivileged(_ arguments: [String], in directory: URL) throws -> Run {
        guard getuid() == 0 else { return try run(arguments, in: directory) }
        let files = FileManager.default
        let folder = files.temporaryDirectory.appendingPathComponent("wflint-unprivileged-\(UUID().uuidString)")
        try files.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? files.removeItem(at: folder) }
        try files.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        let binary = folder.appendingPathComponent("wflint")
        try files.copyItem(at: url, to: binary)
        try files.setAttributes([.posixPermissions: 0o755], ofItemAtPath: binary.path)
        let nobody = ["--reuid=65534", "--regid=65534", "--clear-groups"]
        return try execute(URL(fileURLWithPath: "/usr/bin/setpriv"), nobody + [binary.path] + arguments, in: directory)
    }

    /// A launcher (`python3 -c launcher OUTPUT PROGRAM ARGUMENTS...`) that
    /// sets SIGXFSZ to its default action and unblocks it, sends standard
    /// output to the file OUTPUT unless it is empty, and becomes PROGRAM. A
    /// test runner's threads may pass the signal on blocked, which would hide
    /// what it does to wflint (and Python itself ignores it).
    static let defaultSignalsLauncher = """
        import os, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_DFL)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGXFSZ})
        if sys.argv[1]:
            os.dup2(os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644), 1)
        os.execv(sys.argv[2], sys.argv[2:])
        """

    /// Runs `wflint arguments` in `directory` through `defaultSignalsLauncher`,
    /// standard output to the file `output` (`/dev/full`: every write fails).
    static func run(_ arguments: [String], standardOutputTo output: String, in directory: URL) throws -> Run {
        try execute(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", defaultSignalsLauncher, output, url.path] + arguments,
            in: directory)
    }

    /// Runs another program (found on PATH) around wflint, e.g. `script` for a
    /// pseudo-terminal; returns its standard output.
    static func shell(_ command: [String], environment extra: [String: String] = [:]) throws -> String {
        try execute(URL(fileURLWithPath: "/usr/bin/env"), command, environment: extra).stdout
    }

    /// Runs another program (found on PATH) in `directory`, e.g. a script
    /// that runs wflint as a CI step would; returns the whole run.
    static func program(_ command: [String], in directory: URL, environment extra: [String: String] = [:]) throws -> Run {
        try execute(URL(fileURLWithPath: "/usr/bin/env"), command, in: directory, environment: extra)
    }

    private static func execute(
        _ executable: URL, _ arguments: [String], in directory: URL = Golden.repositoryRoot, stdin: String? = nil,
        environment extra: [String: String] = [:], timeout: TimeInterval = 60
    ) throws -> Run {
        try ChildProcess.with { process in
            try execute(process, executable, arguments, in: directory, stdin: stdin, environment: extra, timeout: timeout)
        }
    }

    private static func execute(
        _ process: ChildProcess, _ executable: URL, _ arguments: [String], in directory: URL, stdin: String?,
        environment extra: [String: String], timeout: TimeInterval
    ) throws -> Run {
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.merge(extra) { $1 }
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        // A run that hangs (a FIFO read, an endless walk) fails its test instead of the whole suite.
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        defer { watchdog.cancel() }
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes at once before waiting: a large report on standard
        // error (`--fix -`'s) would fill its pipe while standard output was
        // read to its end, and both processes would wait for ever.
        let errorsRead = DispatchGroup()
        let errorData = Locked(Data())
        DispatchQueue.global().async(group: errorsRead) {
            let data = errors.fileHandleForReading.readDataToEndOfFile()
            errorData.withLock { $0 = data }
        }
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        errorsRead.wait()
        let errData = errorData.withLock { $0 }
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
