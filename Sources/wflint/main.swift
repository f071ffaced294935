import WFLintCLI

await WFLint.main()
