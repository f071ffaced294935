// swift-tools-version: 6.0
import PackageDescription

// C libraries enter through system-library targets, each wrapped by exactly one
// small Swift module (YAMLReader, PCRERegex); nothing else imports them.
let package = Package(
    name: "wflint",
    products: [
        .executable(name: "wflint", targets: ["wflint"]),
        .library(name: "WFLintKit", targets: ["WFLintKit"]),
        // The readers and their document tree on their own, for the fuzz targets (Fuzz/Package.swift).
        .library(name: "DocumentModel", targets: ["DocumentModel"]),
        .library(name: "JSONReader", targets: ["JSONReader"]),
        .library(name: "YAMLReader", targets: ["YAMLReader"]),
        .library(name: "HCLReader", targets: ["HCLReader"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML", path: "Sources/CYAML", pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(
            name: "CPCRE2", path: "Sources/CPCRE2", pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"])]),
        .target(name: "DocumentModel", dependencies: ["Locking"]),
        .target(name: "JSONReader", dependencies: ["DocumentModel"]),
        .target(name: "YAMLReader", dependencies: ["CYAML", "DocumentModel"]),
        // HCL's native syntax (.tf, .tfvars) into a syntax tree; plain Swift.
        .target(name: "HCLReader", dependencies: ["DocumentModel"]),
        // A pthread lock that ThreadSanitizer can see (Locked.swift says why).
        .target(name: "Locking"),
        // A map of bounded size (least recently used out), for the process-wide caches.
        .target(name: "Caching"),
        .target(name: "PCRERegex", dependencies: ["CPCRE2", "Locking", "Caching"]),
        .target(
            name: "WFLintKit", dependencies: ["DocumentModel", "JSONReader", "YAMLReader", "HCLReader", "PCRERegex", "Locking", "Caching"]),
        // `wflint server`: LSP over stdio, on the engine's Workspace; plain Swift.
        .target(name: "LanguageServer", dependencies: ["WFLintKit", "DocumentModel", "JSONReader", "Locking"]),
        .target(
            name: "WFLintCLI",
            dependencies: [
                "WFLintKit", "LanguageServer", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // The Swift runtime linked statically in release builds: resolving
        // libswiftCore's and FoundationEssentials' symbols at every start took
        // about 3 ms of a one-file run's 12 ms (`wflint --version`: 7.1 -> 3.9 ms).
        .executableTarget(
            name: "wflint", dependencies: ["WFLintCLI"],
            linkerSettings: [.unsafeFlags(
                ["-static-stdlib", "-l_FoundationCollections", "-l_FoundationCShims"],
                .when(platforms: [.linux], configuration: .release))]),
        .testTarget(name: "DocumentModelTests", dependencies: ["DocumentModel", "JSONReader", "YAMLReader"]),
        .testTarget(name: "HCLReaderTests", dependencies: ["HCLReader", "DocumentModel"]),
        .testTarget(name: "LanguageServerTests", dependencies: ["LanguageServer", "DocumentModel", "WFLintKit"]),
        .testTarget(name: "PCRERegexTests", dependencies: ["PCRERegex", "Caching"]),
        .testTarget(
            name: "WFLintKitTests", dependencies: ["WFLintKit", "WFLintCLI", "wflint", "Caching"],
            exclude: ["Golden"]),
    ]
)
