#!/usr/bin/env bash
# The whole Swift test suite under AddressSanitizer (with LeakSanitizer) and
# under ThreadSanitizer: `swift test --sanitize=...`, each in its own scratch
# path (.build-asan, .build-tsan) so that neither rebuilds the other nor the
# normal .build. The tests spawn the built `wflint` (WFLintBinary), which the
# sanitizer build instruments too, so the parallel file walk (`--jobs`) runs
# under TSan in those child processes as well as in the test process.
#
# A report must fail the run wherever it happens:
# - halt_on_error=1 stops a process at its first report (TSan would otherwise
#   go on and only change the exit status at the very end);
# - a child wflint's exit status is asserted by most tests, but 1 (ASan's
#   default) is also wflint's "findings" status, so the status alone could
#   hide a report: every process writes its reports to log_path in a fresh
#   folder instead, and any file there fails the run, whatever the tests saw;
# - exitcode=86 (ASan) / 66 (TSan) tells a sanitizer stop apart from wflint's 0/1/2.
# Reports that come from the toolchain's own libraries, not from wflint, are
# suppressed precisely by Scripts/sanitizers/*.supp (leaks.supp for LeakSanitizer,
# address.supp for AddressSanitizer), each entry with its reason.
#
# Usage: Scripts/test-sanitizers.sh [address|thread|all] [swift test options...]
#   (default all; extra options, e.g. `--filter Linter`, go to `swift test`)
# Exit status 0 only if every selected run passed with no report.
set -uo pipefail
cd "$(dirname "$0")/.."

mode="${1:-all}"
[ $# -gt 0 ] && shift
case "$mode" in
    address | thread) sanitizers=("$mode") ;;
    all) sanitizers=(address thread) ;;
    *) echo "usage: Scripts/test-sanitizers.sh [address|thread|all] [swift test options...]" >&2; exit 2 ;;
esac

reports="$(mktemp -d)"
trap 'rm -rf "$reports"' EXIT
# Tests run wflint as `nobody` too (WFLintBinary.runUnprivileged): its reports
# must land in the report folders like every other process's, and it must read
# the suppressions, wherever the clone is (under /root only root can read it).
chmod 755 "$reports"
cp Scripts/sanitizers/*.supp "$reports"/ && chmod 644 "$reports"/*.supp
failed=()
# Each report's first lines, printed again at the very end: a CI log shown
# by its tail would otherwise lose an address report under the thread run.
summary="$reports/summary"
: > "$summary"

run() {
    local sanitizer="$1"
    shift
    local folder="$reports/$sanitizer"
    mkdir -p "$folder"
    chmod 1777 "$folder"
    local start=$SECONDS status
    echo "== swift test --sanitize=$sanitizer" >&2
    case "$sanitizer" in
        address)
            ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:exitcode=86:log_path=$folder/report:suppressions=$reports/address.supp" \
            LSAN_OPTIONS="suppressions=$reports/leaks.supp:print_suppressions=0" \
                swift test --sanitize=address --scratch-path .build-asan "$@"
            ;;
        thread)
            TSAN_OPTIONS="halt_on_error=1:exitcode=66:log_path=$folder/report" \
                swift test --sanitize=thread --scratch-path .build-tsan "$@"
            ;;
    esac
    status=$?
    local found
    found=("$folder"/report.*)
    [ -e "${found[0]}" ] || found=()
    if [ ${#found[@]} -gt 0 ]; then
        for report in "${found[@]}"; do
            echo "== $sanitizer report of process ${report##*.}:" >&2
            cat "$report" >&2
            { echo "== $sanitizer report of process ${report##*.} (its first 60 lines):"; head -n 60 "$report"; } >> "$summary"
        done
        failed+=("$sanitizer: ${#found[@]} report(s)")
    elif [ "$status" -ne 0 ]; then
        failed+=("$sanitizer: swift test exited $status")
    fi
    echo "== $sanitizer: $((SECONDS - start)) s, swift test status $status, ${#found[@]} report file(s)" >&2
}

for sanitizer in "${sanitizers[@]}"; do run "$sanitizer" "$@"; done

if [ ${#failed[@]} -gt 0 ]; then
    cat "$summary" >&2
    printf 'sanitizers FAILED: %s\n' "${failed[@]}" >&2
    exit 1
fi
echo "sanitizers passed: ${sanitizers[*]}" >&2
