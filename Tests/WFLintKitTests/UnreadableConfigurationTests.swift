import DocumentModel
import Foundation
import Testing
import WFLintKit

/// A `.wflint.yaml` that is there but cannot be read — a dangling symbolic
/// link, a link loop, a FIFO, a folder — stops the run with exit code 2 and
/// the reason, as an unreadable file does; the configuration of a folder
/// above is never applied in its place.
@Suite struct UnreadableConfigurationTests {
    enum Kind: String, CaseIterable, Sendable {
        case danglingLink, linkLoop, fifo, folder

        /// Makes `path` this kind of entry.
        func make(at path: String) throws {
            switch self {
            case .danglingLink:
                try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "../nowhere.yaml")
            case .linkLoop:
                try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: ".wflint.yaml")
            case .fifo:
                #expect(mkfifo(path, 0o644) == 0)
            case .folder:
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
            }
        }

        var reason: String {
            switch self {
            case .danglingLink: #"it is a symbolic link to "../nowhere.yaml", which does not exist"#
            case .linkLoop: "Too many levels of symbolic links"
            case .fifo: "not a regular file (a named pipe)"
            case .folder: "not a regular file (a directory)"
            }
        }
    }

    /// The repository's configuration turns WF009 off; `sub/`'s cannot be read.
    static func repository(_ kind: Kind) throws -> TemporaryRepository {
        let repository = try TemporaryRepository(files: [
            ".wflint.yaml": "rules: {WF009: off}\n", "sub/team.yaml": "WorkforceName: team\nTags:\n  - {Key: env, Value: yes}\n",
        ])
        try kind.make(at: repository.url("sub/.wflint.yaml").path)
        return repository
    }

    @Test(arguments: Kind.allCases)
    func anUnreadableConfigurationIsExit2AndNotTheOneAbove(kind: Kind) throws {
        let repository = try Self.repository(kind)
        defer { repository.remove() }
        let run = try WFLintBinary.run(["team.yaml"], in: repository.url("sub"))
        #expect(run.stderr == ".wflint.yaml: error: cannot read the configuration: \(kind.reason)\n")
        #expect(run.stdout == "")
        #expect(run.status == 2)
    }

    /// The language server's setup finds the configuration the same way.
    @Test(arguments: Kind.allCases)
    func anUnreadableConfigurationIsTheWorkspacesSetupFailure(kind: Kind) throws {
        let repository = try Self.repository(kind)
        defer { repository.remove() }
        let path = repository.url("sub/team.yaml").path
        guard case .failure(.source(let error)) = Workspace().setup(forDocumentAt: path) else {
            Issue.record("a configuration was applied")
            return
        }
        let file = ProjectPath.relative(repository.url("sub/.wflint.yaml").path, to: FileSystem.currentDirectory())
        #expect(error == SourceError(file: file, position: nil, message: "cannot read the configuration: \(kind.reason)"))
    }
}
