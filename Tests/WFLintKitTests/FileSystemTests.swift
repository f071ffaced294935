@testable import WFLintKit
import Foundation
import Testing

/// The C-library calls a walk and a lint read files with: a folder's entries
/// in bytewise order with their types, and a file read whole within its limit.
@Suite struct FileSystemTests {
    /// Bytewise, as `LC_ALL=C sort` orders: upper case before lower, a name
    /// before its longer forms, non-ASCII last. Symbolic links are followed,
    /// a dangling one and a FIFO are neither file nor folder.
    @Test func listsAFolderBytewiseWithEachEntrysType() throws {
        let directory = try TemporaryDirectory()
        for name in ["z.json", "é.json", "b.json", "B.json", "a.yaml", "ab"] { try directory.write(name, "{}") }
        try FileManager.default.createDirectory(atPath: directory.path("a"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: directory.path("link"), withDestinationPath: "a")
        try FileManager.default.createSymbolicLink(atPath: directory.path("flink.json"), withDestinationPath: "ab")
        try FileManager.default.createSymbolicLink(atPath: directory.path("dead"), withDestinationPath: "nowhere")
        #expect(mkfifo(directory.path("pipe"), 0o644) == 0)
        let entries = try FileSystem.directoryEntries(directory.url.path).get()
        #expect(entries.map(\.name) == [
            "B.json", "a", "a.yaml", "ab", "b.json", "dead", "flink.json", "link", "pipe", "z.json", "é.json",
        ])
        #expect(entries.map { "\($0.type)" } == [
            "file", "directory", "file", "file", "file", "other", "file", "directory", "other", "file", "file",
        ])
    }

    @Test func ordersNamesByTheirBytes() {
        #expect(FileSystem.bytewiseLess("B", "a"))
        #expect(FileSystem.bytewiseLess("a", "a.json"))
        #expect(!FileSystem.bytewiseLess("a.json", "a"))
        #expect(!FileSystem.bytewiseLess("a", "a"))
        #expect(FileSystem.bytewiseLess("z", "é"))
        // "é" precomposed (C3 A9) sorts after "e" with a combining accent (65 CC 81).
        #expect(FileSystem.bytewiseLess("e\u{301}", "\u{E9}"))
        #expect(FileSystem.bytewiseLess("", "a"))
    }

    /// Larger than the 4 KiB read that finds the end, empty, exactly at the
    /// limit, over it (not read), and of a size `stat` does not know.
    @Test func readsAFileWholeWithinItsLimit() throws {
        let directory = try TemporaryDirectory()
        let large = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        try directory.write("large.bin", Data(large))
        try directory.write("empty.json", "")
        #expect(try FileSystem.readFile(directory.path("large.bin"), maximumSize: 100_000).get() == .bytes(large))
        #expect(try FileSystem.readFile(directory.path("large.bin"), maximumSize: 99_999).get() == .tooLarge(byteCount: 100_000))
        #expect(try FileSystem.readFile(directory.path("empty.json"), maximumSize: 10).get() == .bytes([]))
        guard case .bytes(let status) = try FileSystem.readFile("/proc/self/status", maximumSize: 1 << 20).get() else {
            Issue.record("/proc/self/status was not read")
            return
        }
        #expect(String(decoding: status.prefix(5), as: UTF8.self) == "Name:")
        #expect(try FileSystem.readFile("/proc/self/status", maximumSize: 4).get() == .tooLarge(byteCount: nil))
    }

    /// A file of `mappingFrom` bytes or more is mapped, with the same bytes;
    /// an empty one is read (there is nothing to map).
    @Test func mapsAFileFromItsThreshold() throws {
        let directory = try TemporaryDirectory()
        let large = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        try directory.write("large.bin", Data(large))
        try directory.write("empty.json", "")
        guard case .source(let mapped) = try FileSystem.readFile(
            directory.path("large.bin"), maximumSize: 100_000, mappingFrom: 100_000).get()
        else {
            Issue.record("large.bin was not mapped")
            return
        }
        #expect(mapped.isMapped)
        #expect(mapped.array == large)
        #expect(try FileSystem.readFile(directory.path("large.bin"), maximumSize: 100_000, mappingFrom: 100_001).get() == .bytes(large))
        #expect(try FileSystem.readFile(directory.path("empty.json"), maximumSize: 10, mappingFrom: 0).get() == .bytes([]))
    }

    /// With `asSource`, a file below the mapping size is read straight into a
    /// `SourceBytes` held in memory; one of a size `stat` does not know, and
    /// an empty one, are read as arrays, to their end.
    @Test func readsAFileIntoASourceWhenAsked() throws {
        let directory = try TemporaryDirectory()
        let text = Array("WorkforceName: é\n".utf8)
        try directory.write("team.yaml", Data(text))
        try directory.write("empty.json", "")
        guard case .source(let read) = try FileSystem.readFile(directory.path("team.yaml"), maximumSize: 100, asSource: true).get()
        else {
            Issue.record("team.yaml was not read into a source")
            return
        }
        #expect(!read.isMapped)
        #expect(read.array == text)
        #expect(try FileSystem.readFile(directory.path("team.yaml"), maximumSize: 100).get() == .bytes(text))
        #expect(try FileSystem.readFile(directory.path("empty.json"), maximumSize: 10, asSource: true).get() == .bytes([]))
        guard case .bytes(let status) = try FileSystem.readFile("/proc/self/status", maximumSize: 1 << 20, asSource: true).get()
        else {
            Issue.record("/proc/self/status was not read to its end")
            return
        }
        #expect(String(decoding: status.prefix(5), as: UTF8.self) == "Name:")
    }

    /// A mapped stream lints to the same findings, excerpts and fix places as
    /// the same bytes read into memory.
    @Test func aMappedStreamLintsAsOneReadIntoMemory() throws {
        let document = """
            ---
            WorkforceName: team-%d  # a comment
            SourceIpConfig:
              Cidrs: ["10.0.0.0/33", "10.1.0.0/16"]
            CognitoConfig: {UserPool: us-east-1_abc, ClientId: abcdefghijklmnopqrstuvwxyz}
            Unknown: é

            """
        let text = (0..<200).map { document.replacingOccurrences(of: "%d", with: "\($0)") }.joined()
        let directory = try TemporaryDirectory()
        try directory.write("stream.yaml", text)
        guard case .source(let mapped) = try FileSystem.readFile(
            directory.path("stream.yaml"), maximumSize: 1 << 20, mappingFrom: 0).get()
        else {
            Issue.record("stream.yaml was not mapped")
            return
        }
        let input = LintInput(source: .file("stream.yaml"), displayName: "stream.yaml", isExplicit: true)
        let linter = builtinLinter()
        let fromMapping = linter.lint(mapped, as: input, jobs: 2)
        let fromMemory = linter.lint(Array(text.utf8), as: input, jobs: 1)
        #expect(fromMapping.findings.count == 400)
        #expect(described(fromMapping.findings, of: "WF003").last == "1200:1 /Unknown \"Unknown\" is not a member of "
            + "CreateWorkforceRequest; expected one of 'CognitoConfig', 'IpAddressType', 'OidcConfig', 'SourceIpConfig', "
            + "'Tags', 'WorkforceName', 'WorkforceVpcConfig'")
        #expect(fromMapping.findings == fromMemory.findings)
        let lines = fromMemory.findings.map(\.range.start.line)
        #expect(lines.map { fromMapping.source?.line($0) } == lines.map { fromMemory.source?.line($0) })
        #expect(fromMapping.findings.last.map { fromMapping.source?.line($0.range.start.line) } == "Unknown: é")
        let edits = fromMemory.findings.compactMap(\.fix).flatMap(\.edits)
        #expect(edits.map { fromMapping.fixLocations?.range(of: $0) } == edits.map { fromMemory.fixLocations?.range(of: $0) })
    }
}

