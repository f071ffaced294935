@testable import WFLintKit
import Testing

/// How a path's name picks its reader, read on the name's bytes: the last
/// dot's ending in any case, a folder's dots ignored, and anything else sniffed.
@Suite struct SourceFormatTests {
    private static let json = Array("{}".utf8), yaml = Array("a: 1".utf8)

    @Test func theLastDotsEndingInAnyCaseNamesTheFormat() {
        #expect(SourceFormat.of(name: "team/a.YAML", bytes: Self.json) == .yaml)
        #expect(SourceFormat.of(name: "team/a.Yml", bytes: Self.json) == .yaml)
        #expect(SourceFormat.of(name: "team/a.JSON", bytes: Self.yaml) == .json)
        #expect(SourceFormat.of(name: "ünï/é.Tf", bytes: Self.json) == .hcl)
        #expect(SourceFormat.of(name: "a.json/b.TFVARS", bytes: Self.json) == .hcl)
        #expect(SourceFormat.of(name: "x/main.tf.JSON", bytes: Self.yaml) == .terraformJSON)
    }

    /// A folder's extension does not name a file without one; a dot that a
    /// combining accent makes part of a larger character names nothing.
    @Test func aNameWithoutAnEndingOfItsOwnIsSniffed() {
        #expect(SourceFormat.of(name: "dir.yaml/notes", bytes: Self.json) == .json)
        #expect(SourceFormat.of(name: "dir.json/notes", bytes: Self.yaml) == .yaml)
        #expect(SourceFormat.of(name: "notes.", bytes: Self.json) == .json)
        #expect(SourceFormat.of(name: "a.\u{301}json", bytes: Self.yaml) == .yaml)
    }

    /// Variable values by the last component's ending in any case; a folder
    /// named like one does not make its files variable values.
    @Test func variableValuesAreNamedByTheirOwnEnding() {
        #expect(TerraformLinting.isVariableValues("env/TERRAFORM.TFVARS"))
        #expect(TerraformLinting.isVariableValues("prod.auto.tfvars.Json"))
        #expect(TerraformLinting.isVariableValues("ünï/é.tfvars"))
        #expect(!TerraformLinting.isVariableValues("vars.tfvars/main.tf"))
        #expect(!TerraformLinting.isVariableValues("main.tf"))
        #expect(!TerraformLinting.isVariableValues("a.tfvars.yaml"))
    }

    /// Override files by the last component's name, as Terraform names them;
    /// a folder named like one does not make its files override files.
    @Test func overrideFilesAreNamedByTheirOwnName() {
        #expect(TerraformModuleFiles.isOverride("override.tf"))
        #expect(TerraformModuleFiles.isOverride("env/override.tf.json"))
        #expect(TerraformModuleFiles.isOverride("ünï/é_override.tf"))
        #expect(TerraformModuleFiles.isOverride("/abs/path/net_override.tf.json"))
        #expect(!TerraformModuleFiles.isOverride("override.tf/main.tf"))
        #expect(!TerraformModuleFiles.isOverride("env/myoverride.tf"))
        #expect(!TerraformModuleFiles.isOverride("env/override.tfvars"))
        #expect(!TerraformModuleFiles.isOverride("env/_override.tf.yaml"))
        #expect(!TerraformModuleFiles.isOverride("a_override/"))
    }

    /// A file's name is the bytes after the path's last slash, and names
    /// order as Terraform lists a folder, bytewise: `B` (0x42) before `b`
    /// (0x62) before `ä` (0xC3 0xA4), and a decomposed `e` + U+0301 before
    /// `f` and apart from `é` (U+00E9), which Swift's String comparison
    /// takes for one name after `f`.
    @Test func fileNamesAreTheBytesAfterTheLastSlashOrderedBytewise() {
        typealias FileName = TerraformModuleFiles.FileName
        #expect(FileName("main.tf").bytes == Array("main.tf".utf8))
        #expect(FileName("/abs/ünï/ä.tf").bytes == Array("ä.tf".utf8))
        #expect(FileName("override.tf/").bytes == [])
        let paths = ["z/ä.tf", "b.tf", "a/B.tf", "f.tf", "é.tf", "y/e\u{301}.tf"]
        #expect(paths.map(FileName.init).sorted().map(\.bytes) == [
            Array("B.tf".utf8), Array("b.tf".utf8), Array("e\u{301}.tf".utf8), Array("f.tf".utf8),
            Array("ä.tf".utf8), Array("é.tf".utf8),
        ])
        #expect(FileName("é.tf") != FileName("e\u{301}.tf"))
    }

    /// A linted `.tf` file's module is the other module files of its folder:
    /// `read` leaves out the file's own name, the bytes after its path's
    /// last slash (`FileName`). A path ending in `/` names a folder, no file
    /// of it, so every `.tf` file there joins. The name is compared exactly:
    /// `café.tf` (U+00E9) keeps `cafe\u{301}.tf`, another file to Terraform,
    /// and the other way round.
    @Test func aModuleLeavesOutTheLintedFileByItsName() throws {
        let directory = try TemporaryDirectory()
        let names = [
            "mod/main.tf", "mod/vars.tf", "mod/notes.txt", "mod/terraform.tfvars", "mod/b.auto.tfvars", "mod/a.auto.tfvars.json",
            "x.tf/x.tf", "x.tf/y.tf", "u/caf\u{E9}.tf", "u/cafe\u{301}.tf",
        ]
        for name in names { try directory.write(name, "") }
        func module(_ folder: String, _ name: String, shownAs displayName: String) -> [String] {
            TerraformModuleFiles.sources(
                for: directory.path(folder) + "/" + name, displayName: displayName, varFiles: [], maximumSize: 1 << 20
            ).others.map(\.path)
        }
        #expect(module("mod", "main.tf", shownAs: "mod/main.tf") == [
            "mod/vars.tf", "mod/terraform.tfvars", "mod/a.auto.tfvars.json", "mod/b.auto.tfvars",
        ])
        #expect(module("mod", "vars.tf", shownAs: "env/vars.tf") == [
            "env/main.tf", "env/terraform.tfvars", "env/a.auto.tfvars.json", "env/b.auto.tfvars",
        ])
        #expect(module("mod", "new.tf", shownAs: "new.tf") == [
            "main.tf", "vars.tf", "terraform.tfvars", "a.auto.tfvars.json", "b.auto.tfvars",
        ])
        #expect(module("x.tf", "", shownAs: "x.tf/") == ["x.tf/x.tf", "x.tf/y.tf"])
        #expect(module("u", "caf\u{E9}.tf", shownAs: "u/caf\u{E9}.tf").map { Array($0.utf8) }
            == [Array("u/cafe\u{301}.tf".utf8)])
        #expect(module("u", "cafe\u{301}.tf", shownAs: "u/cafe\u{301}.tf").map { Array($0.utf8) }
            == [Array("u/caf\u{E9}.tf".utf8)])
        #expect(module("u", "", shownAs: "u/").map { Array($0.utf8) } == [
            Array("u/cafe\u{301}.tf".utf8), Array("u/caf\u{E9}.tf".utf8),
        ])
    }
}
