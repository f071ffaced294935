import ArgumentParser
import WFLintKit

/// `wflint hcl-values FILE...`: a test hook, hidden from `--help`. Prints
/// what the HCL reader reads in each file (`HCLLiteralDump`), so that the
/// differential test (`Tests/Terraform`) can compare it with python-hcl2.
/// Secrets are masked as everywhere else.
struct HCLValuesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hcl-values",
        abstract: "Print the literal values the HCL reader reads in each file, as JSON (a test hook).",
        shouldDisplay: false)

    @Argument(help: ArgumentHelp("The .tf or .tfvars files.", valueName: "file"))
    var files: [String]

    func run() throws {
        var entries: [JSONOutput] = []
        for path in files {
            switch FileSystem.readFile(path, maximumSize: LintLimits.defaultFileSize).map(\.array) {
            case .success(.some(let bytes)):
                switch HCLLiteralDump.json(of: bytes) {
                case .success(let body): entries.append(.object([("file", .string(path)), ("body", body)]))
                case .failure(let error):
                    entries.append(.object([("file", .string(path)), ("error", .string("\(error.position): \(error.message)"))]))
                }
            case .success(.none):
                Console.standardError.writeLine("wflint: error: \(path): larger than \(LintLimits.defaultFileSize) bytes")
                throw ExitCode(ExitStatus.failure.rawValue)
            case .failure(let failure):
                Console.standardError.writeLine("wflint: error: \(path): \(failure.reason)")
                throw ExitCode(ExitStatus.failure.rawValue)
            }
        }
        Console.standardOutput.write(JSONOutput.array(entries).rendered())
    }
}
