// swift-tools-version: 5.4
import PackageDescription

// libFuzzer targets, kept out of the root package: they have no `main`
// (libFuzzer's is linked in by `-sanitize=fuzzer`), so the root's
// `swift build` and `swift test` must not see them. Scripts/fuzz.sh builds
// and runs them.
//
// Tools version 5.4 on purpose: from 5.5 on, SwiftPM renames an executable's
// entry point to `<Module>_main` and links `main` to that symbol, which a
// target without top-level code does not define (undefined `FuzzJSON_main`).
let package = Package(
    name: "wflint-fuzz",
    dependencies: [.package(name: "wflint", path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzYAML",
            dependencies: [.product(name: "YAMLReader", package: "wflint"), .product(name: "DocumentModel", package: "wflint")]),
        .executableTarget(name: "FuzzJSON", dependencies: [.product(name: "JSONReader", package: "wflint")]),
        .executableTarget(name: "FuzzHCL", dependencies: [.product(name: "HCLReader", package: "wflint")]),
        .executableTarget(name: "FuzzCIDR", dependencies: [.product(name: "WFLintKit", package: "wflint")]),
        .executableTarget(name: "FuzzURL", dependencies: [.product(name: "WFLintKit", package: "wflint")]),
        .executableTarget(name: "FuzzScope", dependencies: [.product(name: "WFLintKit", package: "wflint")]),
        .executableTarget(name: "FuzzPack", dependencies: [.product(name: "WFLintKit", package: "wflint")]),
        // What FuzzLint and FuzzFix share: the built-in linter.
        .target(name: "FuzzSupport", dependencies: [.product(name: "WFLintKit", package: "wflint")]),
        .executableTarget(
            name: "FuzzFix",
            dependencies: [
                "FuzzSupport", .product(name: "WFLintKit", package: "wflint"),
                .product(name: "JSONReader", package: "wflint"), .product(name: "YAMLReader", package: "wflint"),
            ]),
        .executableTarget(
            name: "FuzzLint",
            dependencies: [
                "FuzzSupport", .product(name: "WFLintKit", package: "wflint"),
                .product(name: "DocumentModel", package: "wflint"),
            ]),
    ]
)
