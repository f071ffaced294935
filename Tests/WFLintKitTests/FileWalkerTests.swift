@testable import WFLintKit
import Foundation
import Testing

/// Which walked files lie directly in a folder named on the command line
/// (the root module `--var-file` applies to), found on the paths' bytes.
@Suite struct FileWalkerTests {
    @Test func onlyAFoldersOwnFilesAreInTheNamedFolder() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(
            atPath: directory.path("ünï/é.d"), withIntermediateDirectories: true)
        for name in ["ünï/main.tf", "ünï/é.d/child.tf", "ünï/é.tfvars"] { try directory.write(name, "") }
        let named = directory.url.path + "/ünï"
        for folder in [named, named + "/"] {
            let walk = FileWalker.inputs(for: [folder], stdinName: "-")
            let root = named + "/"
            #expect(walk.failures.isEmpty)
            #expect(walk.inputs.map { $0.displayName.dropFirst(root.count) } == ["main.tf", "é.d/child.tf", "é.tfvars"])
            #expect(walk.inputs.map(\.isInNamedFolder) == [true, false, true])
        }
    }

    /// Hidden entries (`.git`, any name whose first byte is a dot) are not
    /// walked, a dot followed by a combining mark included.
    @Test func namesBeginningWithADotAreSkipped() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: directory.path(".git"), withIntermediateDirectories: true)
        for name in [".git/a.yaml", ".hidden.yaml", ".\u{301}x.yaml", "seen.yaml"] { try directory.write(name, "") }
        let walk = FileWalker.inputs(for: [directory.url.path], stdinName: "-")
        #expect(walk.failures.isEmpty)
        #expect(walk.inputs.map { $0.displayName.split(separator: "/").last.map(String.init) ?? "" } == ["seen.yaml"])
    }
}
