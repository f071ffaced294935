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
}
