import Foundation
import Testing

/// wflint never opens a network connection (README): it is an offline tool.
/// Two proofs, each of which fails if that stops being true:
///
/// - What a run does: a realistic run of the built binary (every example, the
///   example packs, SARIF written with `--output`, two jobs) under
///   `strace -f -e trace=network`, which logs each socket-family system call
///   of the process and all its threads, whatever library makes it. A control
///   run of a program that does open a socket shows the trace would see one.
///   strace must be installed (Scripts/install-deps installs it).
/// - What the code could do: a run only takes some paths, so no object linked
///   into wflint (SwiftPM's list of them) and no shared library it loads may
///   import a network function (`nm --undefined-only`). The objects rather
///   than the linked executable: a sanitizer build defines interceptors for
///   several of these functions in the executable, which would hide a call.
@Suite struct OfflineTests {
    /// The C library's ways into the network: sockets, and name lookups
    /// (which talk to DNS servers, or to nscd over a socket). Not `socketpair`:
    /// two connected ends inside one machine, which the Swift runtime's crash
    /// backtracer uses, and no connection to anything.
    static let networkFunctions: Set<String> = [
        "socket", "connect", "bind", "listen", "accept", "accept4", "send", "sendto", "sendmsg",
        "recv", "recvfrom", "recvmsg", "getaddrinfo", "getnameinfo", "gethostbyname", "gethostbyname2",
        "gethostbyname_r", "gethostbyname2_r", "gethostbyaddr", "gethostbyaddr_r", "res_init", "res_query",
        "res_search", "res_nquery", "res_nsearch", "__res_query", "__res_search",
    ]

    /// The system calls in a `strace -f -o` log: every line but the exit and signal notes.
    static func systemCalls(traceOf arguments: [String]) throws -> [String] {
        let traced = try TemporaryDirectory()
        let log = traced.url.appendingPathComponent("trace.log")
        // LeakSanitizer cannot run under ptrace; in an ASan build the traced wflint
        // keeps every other check (and the runner's log_path) but skips the leak scan.
        let asan = (ProcessInfo.processInfo.environment["ASAN_OPTIONS"].map { $0 + ":" } ?? "") + "detect_leaks=0"
        _ = try WFLintBinary.shell(
            ["strace", "-f", "-qq", "-e", "trace=network", "-o", log.path] + arguments,
            environment: ["ASAN_OPTIONS": asan])
        let lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n")
        return lines.map { $0.drop { $0.isNumber }.drop { $0 == " " } }
            .filter { !$0.hasPrefix("+++") && !$0.hasPrefix("---") }
            .map(String.init)
    }

    @Test func aRealisticRunMakesNoNetworkSystemCall() throws {
        #expect(FileManager.default.isExecutableFile(atPath: "/usr/bin/strace"),
            "strace is missing: Scripts/install-deps installs it")
        let control = try Self.systemCalls(
            traceOf: ["python3", "-c", "import socket; socket.socket().close()"])
        #expect(control.contains { $0.hasPrefix("socket(AF_INET, SOCK_STREAM") })

        let output = try TemporaryDirectory()
        let sarif = output.url.appendingPathComponent("wflint.sarif")
        let calls = try Self.systemCalls(
            traceOf: [WFLintBinary.url.path, "--jobs", "2", "--rules", "rules/examples", "--format", "sarif",
                      "--output", sarif.path, "examples/"])
        #expect(calls == [])
        // The run did lint: the log holds the examples' findings, the packs' too.
        let log = try String(contentsOf: sarif, encoding: .utf8)
        #expect(log.contains(#""ruleId": "WF003""#))
        #expect(log.contains(#""ruleId": "CORP020""#))
    }

    @Test func nothingLinkedIntoWflintImportsANetworkFunction() throws {
        let products = WFLintBinary.url.deletingLastPathComponent()
        let objectList = products.appendingPathComponent("wflint.product/Objects.LinkFileList")
        let objects = try String(contentsOf: objectList, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(objects.contains { $0.hasSuffix("/WFLintKit.build/Linter.swift.o") })
        let libraries = try WFLintBinary.shell(["ldd", WFLintBinary.url.path]).split(separator: "\n").compactMap {
            line -> String? in
            // `name => /path (address)`. The C library and its resolver (which every
            // Swift program links) are where these functions live, not callers of them.
            let fields = line.split(whereSeparator: \.isWhitespace)
            guard fields.count >= 3, fields[1] == "=>", !fields[0].hasPrefix("libc.so"),
                  !fields[0].hasPrefix("libresolv.so") else { return nil }
            return String(fields[2])
        }
        #expect(libraries.contains { $0.hasSuffix("/libyaml-0.so.2") })

        // One `nm` for the objects and one for the libraries, not one per file:
        // swift-corelibs-foundation's `Process` crashed in its `run()` twice in CI among
        // this test's hundreds of launches, one at a time (`ChildProcess`).
        let imports = try Self.undefinedSymbols(in: objects, dynamic: false)
            .merging(Self.undefinedSymbols(in: libraries, dynamic: true)) { $0.union($1) }
        // The listing is read per file (a misread one would hide every import).
        #expect(imports.first { $0.key.hasSuffix("/WFLintKit.build/Linter.swift.o") }?.value.isEmpty == false)
        #expect(imports.first { $0.key.hasSuffix("/libyaml-0.so.2") }?.value.contains("malloc") == true)
        for (file, imported) in imports {
            #expect(Self.networkFunctions.isDisjoint(with: imported), "\(file) imports a network function")
        }
    }

    /// Each file's undefined symbols (their versions cut), by one `nm` over
    /// all of them: `--print-file-name` in POSIX format writes each as
    /// `FILE: SYMBOL TYPE`.
    static func undefinedSymbols(in files: [String], dynamic: Bool) throws -> [String: Set<String>] {
        guard !files.isEmpty else { return [:] }
        let output = try WFLintBinary.shell(
            ["nm", "--undefined-only", "--format=posix", "--print-file-name"] + (dynamic ? ["-D"] : []) + files)
        var symbols = Dictionary(files.map { ($0, Set<String>()) }) { first, _ in first }
        for line in output.split(separator: "\n") {
            guard let colon = line.firstRange(of: ": "),
                let symbol = line[colon.upperBound...].split(separator: " ").first
            else { continue }
            symbols[String(line[..<colon.lowerBound]), default: []]
                .insert(String(symbol.split(separator: "@").first ?? symbol))
        }
        return symbols
    }
}
