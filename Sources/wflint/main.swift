#if canImport(Glibc)
import Glibc
#endif
import WFLintCLI

exit(runCommandLine(Array(CommandLine.arguments.dropFirst())))
