#if canImport(Glibc)
import Glibc
#endif
import WFLintCLI

exit(await runCommandLine(Array(CommandLine.arguments.dropFirst())))
