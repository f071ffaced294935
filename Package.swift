// swift-tools-version: 6.2
import PackageDescription

// C libraries enter through system-library targets, each wrapped by exactly one
// small Swift module (YAMLReader, PCRERegex); nothing else imports them.

// Release builds reach generic types' metadata through accessor functions, not
// through their mangled names. By name, the runtime demangles the type at its
// first use in a run and, for each generic argument that must be Hashable or
// Equatable, searches every protocol conformance record of the binary (about
// 3,900): a hundred such first uses were 2.9 M of a one-file run's 7.6 M
// instructions. An accessor passes the conformance it was compiled with, so
// a one-file run is 5.4 M (docs/performance.md, "Generic metadata by
// accessor, not by mangled name"). The cost is code size (the binary grows
// by 0.23 %); the debug build, which the tests and sanitizers use, is left as
// the compiler makes it. The flag is a hidden frontend option: should a
// toolchain drop it, delete this setting; only start-up changes.
//
// Release builds also optimize across modules (`-cross-module-optimization`):
// the engine reads the tree through DocumentModel's small accessors, which
// another module could otherwise only call, not inline. Measured with
// callgrind: a one-file run 5.17 -> 4.83 M instructions, the corpus's 500
// files 351.8 -> 348.7 M, a 2 MB stream 955.8 -> 943.2 M; the build takes as
// long (68 s either way).
//
// Tools version 6.2: SwiftPM before it refused a versioned dependency whose
// products carry unsafe flags, and WFLintKit must stay usable as one
// (Scripts/test-dependency-use.sh).
let releaseFlags: [SwiftSetting] = [
    .unsafeFlags(
        ["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors", "-cross-module-optimization"],
        .when(configuration: .release))
]
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
        // Release builds are one static executable (the Swift runtime, libc,
        // libstdc++, libyaml and PCRE2 inside, as a Go program built without
        // cgo is): a one-file run is mostly start-up, and
        // the dynamic loader's relocations and symbol lookups were a quarter
        // of its instructions and 200 of its 500 page faults (CPU 7.2 ->
        // 3.7 ms; docs/performance.md). Its image is at a fixed address
        // (glibc's static-pie failed to link or start with Swift's runtime);
        // docs/security.md says what that means.
        .executableTarget(
            name: "wflint", dependencies: ["WFLintCLI"],
            linkerSettings: [.unsafeFlags(
                ["-static-executable", "-l_FoundationCollections", "-l_FoundationCShims"],
                .when(platforms: [.linux], configuration: .release))]),
        .testTarget(name: "DocumentModelTests", dependencies: ["DocumentModel", "JSONReader", "YAMLReader", "Locking"]),
        .testTarget(name: "HCLReaderTests", dependencies: ["HCLReader", "DocumentModel"]),
        .testTarget(name: "LanguageServerTests", dependencies: ["LanguageServer", "DocumentModel", "WFLintKit"]),
        .testTarget(name: "PCRERegexTests", dependencies: ["PCRERegex", "Caching"]),
        .testTarget(
            name: "WFLintKitTests", dependencies: ["WFLintKit", "WFLintCLI", "wflint", "Caching"],
            exclude: ["Golden"]),
    ]
)

// Every module of wflint's own, library or executable, gets the release flags;
// set here once, so that a module added later cannot miss them. System
// libraries take no Swift settings, and the tests use the debug build.
for target in package.targets where target.type == .regular || target.type == .executable {
    target.swiftSettings = (target.swiftSettings ?? []) + releaseFlags
}
