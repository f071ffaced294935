#if canImport(Glibc)
import Glibc
#endif
import WFLintCLI

// A write past the file-size limit (`ulimit -f`) fails with EFBIG, which
// wflint reports (exit code 2, `--output`'s temporary file removed), rather
// than the signal killing the process with the file left behind.
signal(SIGXFSZ, SIG_IGN)
exit(runCommandLine(Array(CommandLine.arguments.dropFirst())))
