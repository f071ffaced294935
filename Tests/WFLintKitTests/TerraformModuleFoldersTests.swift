import DocumentModel
import Foundation
import HCLReader
import Testing
@testable import WFLintKit

/// A run reads and parses each Terraform module folder once, however many of
/// its files it lints (`TerraformModuleFolders`, `ModuleFileParse`): before,
/// every linted file with a workforce read and parsed all its siblings again,
/// so a folder of N such files cost N × N parses.
@Suite struct TerraformModuleFoldersTests {
    static let variable = "variable \"vpc\" {\n  default = \"vpc-bad\"\n}\n"

    /// Workforce resource `label`, whose VPC id is `var.vpc`.
    static func workforce(_ label: String) -> String {
        TerraformWorkforceText.cognito(label: label, vpcID: "var.vpc")
    }

    /// The module of `mod/NAME`, named `mod/…` in findings.
    static func module(
        _ directory: TemporaryDirectory, _ name: String, folders: TerraformModuleFolders?
    ) -> [TerraformSourceFile] {
        TerraformModuleFiles.sources(
            for: directory.path("mod/" + name), displayName: "mod/" + name, varFiles: [], maximumSize: 1 << 20,
            folders: folders
        ).others
    }

    /// A folder's file is read when a module first needs it: the linted
    /// file is not a module file of its own, so its module does not read it
    /// (before, a folder of one `.tf` file read that file twice). A sibling's
    /// module then reads it, as it is by then.
    @Test func aFolderFileIsReadWhenAModuleFirstNeedsIt() throws {
        let directory = try TemporaryDirectory()
        try directory.write("mod/a.tf", Self.workforce("a"))
        try directory.write("mod/b.tf", Self.variable)
        let folders = TerraformModuleFolders()

        let ofA = Self.module(directory, "a.tf", folders: folders)
        #expect(ofA.map(\.path) == ["mod/b.tf"])
        #expect(ofA.map { String(decoding: $0.bytes, as: UTF8.self) } == [Self.variable])
        // a.tf has not been read for a module yet: b.tf's module reads it now.
        try directory.write("mod/a.tf", Self.workforce("changed"))
        let ofB = Self.module(directory, "b.tf", folders: folders)
        #expect(ofB.map(\.path) == ["mod/a.tf"])
        #expect(ofB.map { String(decoding: $0.bytes, as: UTF8.self) } == [Self.workforce("changed")])
        // Read once for the run: later modules get the same bytes.
        try directory.write("mod/a.tf", Self.workforce("again"))
        let ofBAgain = Self.module(directory, "b.tf", folders: folders)
        #expect(ofBAgain.map { String(decoding: $0.bytes, as: UTF8.self) } == [Self.workforce("changed")])
    }

    @Test func aRunReadsAFolderOnceAndItsModulesShareEachParse() throws {
        let directory = try TemporaryDirectory()
        for label in ["a", "b"] { try directory.write("mod/\(label).tf", Self.workforce(label)) }
        try directory.write("mod/c.tf", Self.variable)
        try directory.write("mod/terraform.tfvars", "vpc = \"vpc-0123abcd\"\n")
        let folders = TerraformModuleFolders()

        let ofA = Self.module(directory, "a.tf", folders: folders)
        #expect(ofA.map(\.path) == ["mod/b.tf", "mod/c.tf", "mod/terraform.tfvars"])
        // The run has read the folder: a change on disk after that is not seen by it.
        try directory.write("mod/c.tf", "variable \"vpc\" {}\n")
        let ofB = Self.module(directory, "b.tf", folders: folders)
        #expect(ofB.map(\.path) == ["mod/a.tf", "mod/c.tf", "mod/terraform.tfvars"])
        #expect(ofB[1].bytes == Array(Self.variable.utf8))
        #expect(ofA[1].parse === ofB[1].parse)
        let first = try ofA[1].parsedHCL(limits: .default).get()
        let second = try ofB[1].parsedHCL(limits: .default).get()
        #expect(first.source === second.source)

        // Without the run's folders, each module reads the folder itself.
        let alone = Self.module(directory, "b.tf", folders: nil)
        #expect(alone[1].bytes == Array("variable \"vpc\" {}\n".utf8))
        #expect(alone[1].parse !== ofB[1].parse)
    }

    /// A folder that could not be listed is not kept as empty: the next
    /// file of it lists it again (a listing may fail once, out of descriptors).
    @Test func aFolderThatCouldNotBeListedIsListedAgain() throws {
        let directory = try TemporaryDirectory()
        let folders = TerraformModuleFolders()
        #expect(Self.module(directory, "a.tf", folders: folders).isEmpty)
        try directory.write("mod/b.tf", Self.variable)
        #expect(Self.module(directory, "a.tf", folders: folders).map(\.path) == ["mod/b.tf"])
    }

    /// A parse answers for the limits it was made with: other limits parse
    /// again, and the first parse is still the one shared.
    @Test func aSharedParseIsKeptForItsLimitsOnly() throws {
        let file = TerraformSourceFile(path: "mod/deep.tf", bytes: Array("x = [[[[1]]]]\n".utf8))
        let shallow = ReadLimits(maximumDepth: 2)
        let first = try file.parsedHCL(limits: .default).get()
        guard case .failure(let error) = file.parsedHCL(limits: shallow) else {
            Issue.record("a depth limit of 2 read [[[[1]]]]")
            return
        }
        #expect(error.syntaxError.exceededLimit == .depth)
        #expect(try file.parsedHCL(limits: .default).get().source === first.source)
        let deeper = try file.parsedHCL(limits: ReadLimits(maximumDepth: 100)).get()
        #expect(deeper.source !== first.source)
        #expect(try file.parsedHCL(limits: .default).get().source === first.source)
    }

    /// The lints of one folder's files share what the folder declares, made
    /// once: before, each linted file declared its whole module again, so a
    /// folder of N workforce files cost N × N declarations. Each lint knows
    /// its own file among the module's, which are in Terraform's order.
    @Test func theLintsOfAFoldersFilesShareWhatItDeclares() throws {
        let directory = try TemporaryDirectory()
        for label in ["a", "b"] { try directory.write("mod/\(label).tf", Self.workforce(label)) }
        try directory.write("mod/c.tf", Self.variable)
        try directory.write("mod/terraform.tfvars", "vpc = \"vpc-0123abcd\"\n")
        let folders = TerraformModuleFolders()

        let ofA = try #require(Self.shared(directory, "a.tf", Self.workforce("a"), folders: folders))
        let ofB = try #require(Self.shared(directory, "b.tf", Self.workforce("b"), folders: folders))
        #expect(ofA.declarations === ofB.declarations)
        #expect(ofA.declarations.files.map(\.path) == ["mod/a.tf", "mod/b.tf", "mod/c.tf", "mod/terraform.tfvars"])
        #expect(ofA.linted == 0)
        #expect(ofB.linted == 1)
        #expect(ofA.declarations.resourceBlocks.map { "\($0.file) \($0.name)" } == ["0 a", "1 b"])
        #expect(ofA.declarations.blocks(inFile: 1).map { ofA.declarations.resourceBlocks[$0].name } == ["b"])
    }

    /// A run lints a folder's files with its `--var-file`s (a file named)
    /// and without (its siblings a walk met in a sub-folder): the folder
    /// keeps what it declares with each, rather than declaring it again each
    /// time the kind of file changes.
    @Test func aFolderKeepsItsDeclarationsWithAndWithoutVarFiles() throws {
        let directory = try TemporaryDirectory()
        for label in ["a", "b"] { try directory.write("mod/\(label).tf", Self.workforce(label)) }
        let varFile = TerraformSourceFile(path: "prod.tfvars", bytes: Array("vpc = \"vpc-0123abcd\"\n".utf8))
        let folders = TerraformModuleFolders()

        let plain = try #require(Self.shared(directory, "a.tf", Self.workforce("a"), folders: folders))
        let named = try #require(
            Self.shared(directory, "b.tf", Self.workforce("b"), varFiles: [varFile], folders: folders))
        #expect(plain.declarations !== named.declarations)
        #expect(named.declarations.files.map(\.path) == ["mod/a.tf", "mod/b.tf", "prod.tfvars"])
        let plainAgain = try #require(Self.shared(directory, "b.tf", Self.workforce("b"), folders: folders))
        let namedAgain = try #require(
            Self.shared(directory, "a.tf", Self.workforce("a"), varFiles: [varFile], folders: folders))
        #expect(plainAgain.declarations === plain.declarations)
        #expect(namedAgain.declarations === named.declarations)
    }

    /// A linted text that is not the folder's file as the run read it (an
    /// editor's buffer, a text `--fix` changed, standard input) declares its
    /// own module, as does the one configuration file of a folder (it would
    /// cost the same) and any file of a lint without the run's folders.
    @Test func aTextOtherThanTheFoldersDeclaresItsOwnModule() throws {
        let directory = try TemporaryDirectory()
        try directory.write("mod/a.tf", Self.workforce("a"))
        try directory.write("mod/b.tf", Self.variable)
        try directory.write("one/a.tf", Self.workforce("a"))
        try directory.write("one/terraform.tfvars", "vpc = \"vpc-0123abcd\"\n")
        let folders = TerraformModuleFolders()

        #expect(Self.shared(directory, "a.tf", Self.workforce("changed"), folders: folders) == nil)
        #expect(Self.shared(directory, "a.tf", Self.workforce("a"), folders: folders) != nil)
        #expect(Self.shared(directory, "a.tf", Self.workforce("a"), folders: nil) == nil)
        #expect(Self.shared(directory, "a.tf", Self.workforce("a"), folder: "one", folders: folders) == nil)
    }

    /// The folder's shared declarations for the linted file `name` of
    /// `folder` holding `text`, and its index in them; nil when it declares its own.
    static func shared(
        _ directory: TemporaryDirectory, _ name: String, _ text: String, folder: String = "mod",
        varFiles: [TerraformSourceFile] = [], folders: TerraformModuleFolders?
    ) -> (declarations: TerraformModuleDeclarations, linted: Int)? {
        let sources = TerraformModuleFiles.sources(
            for: directory.path(folder + "/" + name), displayName: folder + "/" + name, varFiles: varFiles,
            maximumSize: 1 << 20, folders: folders)
        return sources.shared(path: folder + "/" + name, bytes: Array(text.utf8), limits: .default, schema: .builtin)
    }

    /// Linted together in one run, the files of a folder get each the
    /// findings each gets linted alone: the value of `var.vpc` shown where
    /// it is written (`mod/v.tf`), with a note at the file's use of it.
    @Test func filesLintedInOneRunFindWhatEachFindsAlone() throws {
        let directory = try TemporaryDirectory()
        let labels = ["w1", "w2", "w3"]
        for label in labels { try directory.write("mod/\(label).tf", Self.workforce(label)) }
        try directory.write("mod/v.tf", Self.variable)
        let linter = builtinLinter()
        let inputs = labels.map {
            LintInput(source: .file(directory.path("mod/\($0).tf")), displayName: "mod/\($0).tf", isExplicit: true)
        }
        let together = linter.lint(inputs, jobs: 2).map { outcome in
            Self.described(try? outcome.result.get())
        }
        let alone = try inputs.map { input in
            guard case .file(let path) = input.source else { return [String]() }
            return Self.described(linter.lint(Array(try Data(contentsOf: URL(fileURLWithPath: path))), as: input))
        }
        #expect(together == alone)
        let message = "VPC id \"vpc-bad\" is not \"vpc-\" followed by 8 or 17 lower-case hexadecimal digits"
        #expect(together == labels.map { label in
            [
                "mod/v.tf:2:13 WF212 /resource/aws_sagemaker_workforce/\(label)/workforce_vpc_config/0/vpc_id \(message)",
                "  note: used by aws_sagemaker_workforce.\(label) at mod/\(label).tf:8:26",
            ]
        })
    }

    /// `file:line:col RULE pointer message` of each finding a source shows,
    /// its own and those shown in other files, then its notes.
    static func described(_ linted: LintedSource?) -> [String] {
        guard let linted else { return ["unreadable"] }
        let findings = (linted.findings + linted.referenced.flatMap(\.findings)).sorted(by: Finding.reportOrder)
        return findings.flatMap { finding in
            ["\(finding.file):\(finding.range.start) \(finding.ruleID) \(finding.pointer) \(finding.message)"]
                + finding.related.map { "  note: " + $0.sentence }
        }
    }
}
