#!/usr/bin/env bash
# Tests that another package can depend on wflint's library products by
# version, as SwiftPM resolves a package from a URL: SwiftPM refuses such a
# dependency when a target of the product it uses carries unsafe flags
# ("the target 'X' in product 'Y' contains unsafe build flags") unless the
# dependency's manifest declares tools version 6.2 or later. Package.swift
# gives the release build an unsafe compiler flag and declares 6.2; this is
# the check that a consumer still loads WFLintKit.
#
# It commits this checkout's Package.swift in a throw-away clone, tags the
# commit 1.0.0, and loads a consumer package that depends on WFLintKit at that
# version through a file:// URL (no network: swift-argument-parser comes from
# the machine's mirror, as for any build). The package graph is loaded, not
# built, so it takes seconds. It also checks that every library and
# executable module of the root package still gives its release build the flag.
#
# Usage: Scripts/test-dependency-use.sh
# Exit status 0 when both hold; 1 with SwiftPM's message otherwise.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

git clone -q "$root" "$work/wflint"
cp "$root/Package.swift" "$work/wflint/Package.swift"
git -C "$work/wflint" -c user.name=check -c user.email=check@invalid commit -q --allow-empty -am "Package.swift as tested"
git -C "$work/wflint" tag 1.0.0

mkdir -p "$work/consumer/Sources/Consumer"
echo 'import WFLintKit' >"$work/consumer/Sources/Consumer/main.swift"
cat >"$work/consumer/Package.swift" <<EOF
// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "consumer",
    dependencies: [.package(url: "file://$work/wflint", exact: "1.0.0")],
    targets: [
        .executableTarget(name: "Consumer", dependencies: [.product(name: "WFLintKit", package: "wflint")])
    ]
)
EOF

if ! output=$(cd "$work/consumer" && swift package show-dependencies 2>&1); then
    echo "FAIL: a package that depends on WFLintKit 1.0.0 by URL does not load:"
    echo "$output"
    exit 1
fi
# Every library and executable module of the root, not only one, must keep it.
missing=$(cd "$root" && swift package dump-package | python3 -c '
import json, sys
flags = ["-disable-concrete-type-metadata-mangled-name-accessors", "-cross-module-optimization"]
def in_release(setting):
    kind = json.dumps(setting["kind"])
    return all(flag in kind for flag in flags) and (setting.get("condition") or {}).get("config") == "release"
for target in json.load(sys.stdin)["targets"]:
    if target["type"] in ("regular", "executable") and not any(map(in_release, target.get("settings", []))):
        print(target["name"])
')
if [[ -n "$missing" ]]; then
    echo "FAIL: these modules' release build no longer gets the release flags (Package.swift):" $missing
    exit 1
fi
echo "dependency use: WFLintKit loads as a versioned dependency; every module of the root keeps its release flags"
