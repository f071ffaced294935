#!/usr/bin/env bash
# Builds the libFuzzer targets (Fuzz/, a package of its own) and runs one, or
# all in turn. Fails on a crash, a leak or running out of memory (2 GiB), and
# says where the reproducer is.
#
#   Scripts/fuzz.sh TARGET SECONDS [libFuzzer options...]   TARGET: yaml json hcl cidr url scope pack lint fix
#   Scripts/fuzz.sh all SECONDS      explore: SECONDS each, the corpus growing across
#                                    runs in .build-fuzz/fuzz/TARGET/corpus
#   Scripts/fuzz.sh all ci           what CI runs: a fixed number of inputs per target
#                                    from the seeds alone, with a fixed seed
#
# The ci budget depends on nothing but the code: the same inputs run whatever
# the machine's load, so a loaded CI machine cannot fail it and a quiet one
# cannot skip work. Neither mode has a slow-input limit (a slow input on a
# busy machine is not a bug); a 10-minute hang guard stands in for it.
#
# Replay a reproducer: .build-fuzz/debug/FuzzYAML path/to/crash-...
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(yaml json hcl cidr url scope pack lint fix)
usage="usage: Scripts/fuzz.sh {all|$(IFS="|"; echo "${targets[*]}")} {SECONDS|ci} [libFuzzer options...]"
[[ $# -ge 2 && ( $2 =~ ^[0-9]+$ || $2 == ci ) ]] || { echo "$usage" >&2; exit 2; }
target=$1 budget=$2
options=("${@:3}")
scratch=.build-fuzz

# Inputs per target in ci mode: about 15 s each on a loaded two-core machine
# (pack and lint run whole rule sets per input, so they get far fewer, and fix
# fewer still: it lints each input up to a dozen times; hcl seeds are whole
# Terraform files, about 700 inputs a second).
ci_runs() {
    case $1 in
        yaml) echo 50000 ;; json) echo 70000 ;; hcl) echo 10000 ;; cidr) echo 45000 ;; url) echo 40000 ;;
        scope) echo 200000 ;; pack) echo 1000 ;; lint) echo 500 ;; fix) echo 600 ;;
    esac
}

binary() {
    case $1 in
        yaml | json | hcl | cidr | url) echo "$scratch/debug/Fuzz${1^^}" ;;
        *) echo "$scratch/debug/Fuzz${1^}" ;;
    esac
}

build() {
    mkdir -p "$scratch"
    # libyaml and PCRE2 are the system's shared libraries, not instrumented:
    # coverage comes from the Swift code around them (see docs/security.md).
    if ! (cd Fuzz && swift build -c debug --scratch-path "../$scratch" \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library) >"$scratch/build.log" 2>&1; then
        # ld.gold warns about every ASan helper symbol; only the rest is news.
        grep -v "Cannot export local symbol" "$scratch/build.log" >&2
        exit 1
    fi
}

# Regenerated every run: cheap, and always what examples/ and rules/ say now.
seed() {
    rm -rf "$scratch/fuzz/seeds"
    python3 Scripts/fuzz-seeds.py "$scratch/fuzz/seeds"
}

run() {
    local name=$1 work=$scratch/fuzz/$1 dictionary=() mode=()
    mkdir -p "$work/corpus" "$work/artifacts"
    case $name in
        json) dictionary=(-dict=Fuzz/Dictionaries/json.dict) ;;
        hcl) dictionary=(-dict=Fuzz/Dictionaries/hcl.dict) ;;
        yaml | pack | lint | fix) dictionary=(-dict=Fuzz/Dictionaries/yaml.dict) ;;
    esac
    local corpus=$work/corpus
    if [[ $budget == ci ]]; then
        # A fresh corpus each time: what runs must not depend on earlier runs.
        corpus=$work/ci-corpus
        rm -rf "$corpus" && mkdir -p "$corpus"
        mode=(-runs="$(ci_runs "$name")" -seed=1)
        echo "fuzz $name: $(ci_runs "$name") inputs"
    else
        mode=(-max_total_time="$budget")
        echo "fuzz $name: $budget s"
    fi
    local status=0
    ASAN_OPTIONS=detect_leaks=1 \
        "$(binary "$name")" "${mode[@]}" -timeout=600 -rss_limit_mb=2048 -detect_leaks=1 \
        -print_final_stats=1 -artifact_prefix="$work/artifacts/" "${dictionary[@]}" "${options[@]}" \
        "$corpus" "$scratch/fuzz/seeds/$name" >"$work/last.log" 2>&1 || status=$?
    if [[ $status -eq 0 ]]; then
        grep -E "DONE |^Done " "$work/last.log" | sed 's/^/  /'
        return 0
    fi
    tail -n 60 "$work/last.log"
    echo "fuzz $name FAILED (exit $status); full log: $work/last.log"
    grep -o "Test unit written to .*" "$work/last.log" | sed 's/Test unit written to/  reproducer:/'
    echo "  replay: $(binary "$name") REPRODUCER"
    return 1
}

[[ " all ${targets[*]} " == *" $target "* ]] || { echo "$usage" >&2; exit 2; }
build
seed
if [[ $target != all ]]; then run "$target"; exit; fi
failed=()
for name in "${targets[@]}"; do run "$name" || failed+=("$name"); done
[[ ${#failed[@]} -eq 0 ]] || { echo "fuzz: failed: ${failed[*]}"; exit 1; }
