import ArgumentParser

public struct WFLint: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(commandName: "wflint")
    public init() {}
    public func run() async throws {}
}
