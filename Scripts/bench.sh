#!/usr/bin/env bash
# The benchmark in one command: wflint against the libyaml parse floor, check-jsonschema and
# yamllint, on the same generated inputs, in the same run, judged on issue 12's targets (with issue
# 5's check-jsonschema ratio and issue 13's Terraform ones). See docs/performance.md.
#
# Everything it makes (corpus, venv, binaries of the floor, results) lives in one temporary folder,
# removed at exit (--keep keeps it). It installs what is missing with apt-get (hyperfine, time,
# gcc, libyaml-dev, python3-venv) and takes check-jsonschema, yamllint and botocore from PyPI into a
# throw-away virtual environment.
set -euo pipefail

usage() {
    cat <<'EOF'
usage: Scripts/bench.sh [options]

  --quick            skip the slow competitors (check-jsonschema, yamllint) and the 10x scaling run,
                     and time the 20 MB stream 5 times and the 80 MB one twice (else hyperfine's
                     default and 3); the corpus, the findings corpus, one document, both streams
                     and Terraform still run (about 5 minutes with wflint as of issue 12's start)
  --single           only the one 2 KB document (YAML and .tf), the 1,000 .tf files, the two module
                     folders, wflint and the parse floor: start-up (about a minute)
  --server           only the language server: didChange -> publishDiagnostics on 2 KB and 200 KB
                     documents, and memory after 100 and 10,000 edits (Scripts/bench/server_bench.py)
  --no-competitors   skip check-jsonschema and yamllint (no virtual environment, no PyPI)
  --no-scaling       skip the 10x corpus (50,000 documents)
  --no-wflint        measure only the parse floor and the competitors (wflint rows say so)
  --wflint PATH      measure this wflint binary instead of building one (swift build -c release)
  --slow-runs N      hyperfine runs for check-jsonschema and yamllint on the corpus (default 3)
  --markdown FILE    also write the report (Markdown) to FILE
  --keep             keep the temporary folder and print where it is
  -h, --help         this help

Exit code: 0 when the run completed (whatever the verdicts), non-zero when it could not run.
EOF
}

COMPETITORS=1 SCALING=1 WITH_WFLINT=1 WFLINT="" SLOW_RUNS=3 MARKDOWN="" KEEP=0 SINGLE_ONLY=0 SERVER_ONLY=0
# hyperfine runs of the 20 MB and the 80 MB stream (auto = hyperfine's default: 10 runs, or 3 s)
STREAM_RUNS=auto STREAM80_RUNS=3
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) COMPETITORS=0 SCALING=0 STREAM_RUNS=5 STREAM80_RUNS=2 ;;
        --single) SINGLE_ONLY=1 COMPETITORS=0 SCALING=0 ;;
        --server) SERVER_ONLY=1 COMPETITORS=0 SCALING=0 ;;
        --no-competitors) COMPETITORS=0 ;;
        --no-scaling) SCALING=0 ;;
        --no-wflint) WITH_WFLINT=0 ;;
        --wflint) WFLINT=$(realpath "${2:?--wflint needs a path}"); shift ;;
        --slow-runs) SLOW_RUNS=${2:?--slow-runs needs a number}; shift ;;
        --markdown) MARKDOWN=$(realpath -m "${2:?--markdown needs a file}"); shift ;;
        --keep) KEEP=1 ;;
        -h | --help) usage; exit 0 ;;
        *) echo "bench.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
    esac
    shift
done

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/Scripts/bench
WORK=$(mktemp -d "${TMPDIR:-/tmp}/wflint-bench.XXXXXX")
GEN=$WORK/gen RES=$WORK/results VENV=$WORK/venv FLOOR=$WORK/parse_floor
mkdir -p "$RES"
cleanup() {
    if [ "$KEEP" = 1 ]; then echo "bench.sh: kept $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'bench.sh: %s\n' "$*" >&2; exit 2; }

# --- tools ---------------------------------------------------------------------------------------
APT_UPDATED=0
apt_install() {
    [ "$(id -u)" = 0 ] || die "missing: $*; install it with: sudo apt-get install $*"
    if [ "$APT_UPDATED" = 0 ]; then apt-get update -qq; APT_UPDATED=1; fi
    log "apt-get install $*"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
command -v hyperfine >/dev/null || apt_install hyperfine
[ -x /usr/bin/time ] || apt_install time
command -v cc >/dev/null || apt_install gcc
[ -f /usr/include/yaml.h ] || apt_install libyaml-dev
command -v python3 >/dev/null || apt_install python3

if [ "$COMPETITORS" = 1 ]; then
    log "virtual environment with check-jsonschema, yamllint, botocore (PyPI)"
    python3 -m venv "$VENV" 2>/dev/null || { apt_install python3-venv; python3 -m venv "$VENV"; }
    "$VENV/bin/pip" install -q --disable-pip-version-check check-jsonschema yamllint botocore
fi

# What machine.txt says the measured binary is: this checkout's commit when it
# is built here, or only its path for a --wflint binary, which may come from
# another commit.
WFLINT_ORIGIN="given by --wflint"
if [ "$WITH_WFLINT" = 1 ] && [ -z "$WFLINT" ]; then
    WFLINT_ORIGIN="built from commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
    # Untracked files count: SwiftPM compiles a new Sources/ file before it is added.
    if [ -n "$(git -C "$ROOT" status --porcelain 2>/dev/null)" ]; then
        WFLINT_ORIGIN+=" with uncommitted changes"
    fi
    log "swift build -c release"
    (cd "$ROOT" && swift build -c release --product wflint) || die "wflint does not build (try --no-wflint)"
    WFLINT="$(cd "$ROOT" && swift build -c release --show-bin-path)/wflint"
fi

if [ "$SERVER_ONLY" = 1 ]; then
    log "wflint server under a scripted client"
    python3 "$BENCH/server_bench.py" "$WFLINT" | tee ${MARKDOWN:+"$MARKDOWN"}
    exit 0
fi

log "cc -O2 parse_floor.c -lyaml"
cc -O2 -o "$FLOOR" "$BENCH/parse_floor.c" -lyaml

# --- inputs --------------------------------------------------------------------------------------
log "generating the corpus, the 20 MB stream and the 2 KB document"
python3 "$BENCH/gen_corpus.py" --out "$GEN" >&2
if [ "$SINGLE_ONLY" = 0 ]; then
    # Issue 12's findings workload: the same documents, with findings on every one (~9,500).
    log "generating the corpus with findings"
    python3 "$BENCH/gen_corpus.py" --out "$WORK/genf" --findings --corpus-only >&2
    # Four copies of the 20 MB stream: a peak that grows with the input shows between the two.
    log "writing the 80 MB stream"
    cat "$GEN/stream.yaml" "$GEN/stream.yaml" "$GEN/stream.yaml" "$GEN/stream.yaml" >"$WORK/stream80.yaml"
fi
if [ "$SCALING" = 1 ]; then
    log "generating the 10x corpus"
    python3 "$BENCH/gen_corpus.py" --out "$WORK/gen10" --scale 10 --corpus-only >&2
fi
(cd "$GEN" && find corpus -type f | LC_ALL=C sort >"$WORK/corpus.list")
grep -E '\.ya?ml$' "$WORK/corpus.list" >"$WORK/yaml.list"

if [ "$COMPETITORS" = 1 ]; then
    "$VENV/bin/python" "$BENCH/gen_schema.py" "$WORK/schema.json"
    # 5,000 paths exceed what one argument string may hold: pass them as separate arguments.
    cat >"$WORK/check-jsonschema-corpus" <<EOF
#!/usr/bin/env bash
mapfile -t files <$(printf '%q' "$WORK/corpus.list")
exec $(printf '%q' "$VENV/bin/check-jsonschema") --schemafile $(printf '%q' "$WORK/schema.json") "\${files[@]}"
EOF
    chmod +x "$WORK/check-jsonschema-corpus"
fi

# --- measuring -----------------------------------------------------------------------------------
# run_once ID COMMAND...   (in the current folder)
# One run under /usr/bin/time: the peak memory, the exit code and the output (which also warms the
# page cache). Exit codes 0 and 1 (findings) are success; above is failure: fails, with ID.skip.
run_once() {
    local id=$1 rc=0
    shift
    /usr/bin/time -f '%M' -o "$RES/$id.rss" "$@" >"$RES/$id.out" 2>&1 || rc=$?
    echo "$rc" >"$RES/$id.rc"
    if [ "$rc" -gt 1 ]; then
        echo "failed (exit $rc): $(grep -v '^Command' "$RES/$id.out" | head -c 200 | tr '\n|' '  ')" >"$RES/$id.skip"
        log "$id failed with exit code $rc; see the report"
        return 1
    fi
}

# measure ID RUNS WARMUP COMMAND...   (in the current folder, $GEN unless said otherwise;
# RUNS: N, or min:N, or auto = hyperfine's default): run_once, then hyperfine.
measure() {
    local id=$1 runs=$2 warmup=$3
    shift 3
    log "measuring $id"
    run_once "$id" "$@" || return 0
    local count=()
    case "$runs" in
        auto) ;;
        min:*) count=(--min-runs "${runs#min:}") ;;
        *) count=(--runs "$runs") ;;
    esac
    hyperfine -N -i --style basic "${count[@]}" --warmup "$warmup" \
        --export-json "$RES/$id.json" -- "$(printf '%q ' "$@")" >&2
}
skip() { echo "$2" >"$RES/$1.skip"; }

# peak_median ID COMMAND...: runs COMMAND twice more beside run_once's run and keeps the median
# of the three peaks in ID.rss: one run's peak moved by 8 % between two benches of one build
# (the 20 MB stream: 21.9 and 23.8 MiB), as much as the 80 MB ÷ 20 MB target allows.
peak_median() {
    local id=$1 peaks
    shift
    [ -f "$RES/$id.rss" ] || return 0
    peaks=$(tail -1 "$RES/$id.rss")
    for _ in 1 2; do
        /usr/bin/time -f '%M' -o "$RES/$id.rss.more" "$@" >/dev/null 2>&1 || true
        peaks="$peaks $(tail -1 "$RES/$id.rss.more")"
    done
    rm -f "$RES/$id.rss.more"
    printf '%s\n' $peaks | sort -n | sed -n 2p >"$RES/$id.rss"
}

# measure_wflint ID RUNS WARMUP ARGS...: measure wflint with ARGS, or say why it is not measured.
measure_wflint() {
    if [ "$WITH_WFLINT" = 1 ]; then
        local id=$1 runs=$2 warmup=$3
        shift 3
        measure "$id" "$runs" "$warmup" "$WFLINT" "$@"
    else
        skip "$1" "not yet measured (--no-wflint)"
    fi
}

# --jobs may live under the lint subcommand's help only: ask by using it (exit 2 = unknown option).
has_jobs() {
    [ "$WITH_WFLINT" = 1 ] && { "$WFLINT" --jobs 1 "$GEN/single.yaml" >/dev/null 2>&1 || [ $? = 1 ]; }
}

# The corpus: wall and CPU time against the floor's; --jobs 1 beside the default jobs, for the
# parallel speed-up and the byte-identical output.
measure_corpus() {
    measure_wflint corpus.wflint auto 2 corpus
    if has_jobs; then
        measure corpus.wflint-j1 auto 2 "$WFLINT" --jobs 1 corpus
    elif [ "$WITH_WFLINT" = 1 ]; then
        skip corpus.wflint-j1 "not measured: wflint has no --jobs yet"
    fi
    measure corpus.floor auto 2 "$FLOOR" corpus
    measure corpus-yaml.floor auto 2 "$FLOOR" -l "$WORK/yaml.list"
    if [ "$COMPETITORS" = 1 ]; then
        measure corpus.cjs "$SLOW_RUNS" 0 "$WORK/check-jsonschema-corpus"
        # yamllint walks *.yaml and *.yml only: the YAML half
        measure corpus-yaml.yamllint "$SLOW_RUNS" 0 "$VENV/bin/yamllint" -f parsable corpus
    fi
}

# The same documents with findings on every one: making and writing the text report of ~9,500
# findings is in the time, and the floor parses these files, not the clean ones. Run in its own
# folder so that the report's paths are the manifest's (corpus/...).
measure_findings_corpus() {
    cd "$WORK/genf"
    measure_wflint findings.wflint auto 2 corpus
    measure findings.floor auto 2 "$FLOOR" corpus
    cd "$GEN"
}

# One 2 KB document, and Terraform (issue 13): a 2 KB .tf workforce against the 2 KB YAML document,
# and what a folder of 1,000 .tf files without a workforce adds to a run (tf-noise is tf-base plus
# those files). Start-up dominates here: many runs, for a median a busy machine moves little.
# Then one module of 100 and one of 1,000 workforce files: a lint resolves its file's values in
# the whole module, and the run must still grow with the files (the 1,000 ÷ the 100 ≤ 10.5×).
measure_single() {
    measure_wflint single.wflint min:200 10 single.yaml
    measure single.floor min:40 5 "$FLOOR" single.yaml
    if [ "$WITH_WFLINT" = 1 ]; then
        python3 "$BENCH/gen_terraform.py" --out "$GEN" --modules "$ROOT/Tests/Fixtures/terraform/modules" \
            --single "$GEN/single.yaml" >&2
    fi
    measure_wflint single-tf.wflint min:200 10 single.tf
    measure_wflint tf-base.wflint min:100 5 tf-base
    measure_wflint tf-noise.wflint min:100 5 tf-noise
    measure_wflint tf-module100.wflint min:20 3 tf-module100
    measure_wflint tf-module1000.wflint min:10 2 tf-module1000
    if [ "$COMPETITORS" = 1 ]; then
        measure single.cjs min:10 2 "$VENV/bin/check-jsonschema" --schemafile "$WORK/schema.json" single.yaml
        measure single.yamllint min:10 2 "$VENV/bin/yamllint" single.yaml
    fi
}

# The 20 MB and 80 MB streams. Both are over the 16 MiB max-file-size a lint takes by default
# (docs/security.md): they are measured linted, not refused, so the limit is raised for them
# alone, by one configuration, so that their peaks differ by the input only. The 80 MB stream is
# judged on its peak memory (from run_once) against the 20 MB one's; a run takes seconds, so a few.
measure_streams() {
    local config=$WORK/stream.wflint.yaml
    printf 'limits:\n  max-file-size: 128 MiB\n' >"$config"
    measure_wflint stream.wflint "$STREAM_RUNS" 1 --config "$config" stream.yaml
    if has_jobs; then
        # Once, for its output only: the default jobs' must be byte-identical to it.
        log "running stream.wflint-j1 (once)"
        run_once stream.wflint-j1 "$WFLINT" --jobs 1 --config "$config" stream.yaml || true
    fi
    measure stream.floor "$STREAM_RUNS" 1 "$FLOOR" stream.yaml
    measure_wflint stream80.wflint "$STREAM80_RUNS" 0 --config "$config" "$WORK/stream80.yaml"
    measure stream80.floor "$STREAM80_RUNS" 0 "$FLOOR" "$WORK/stream80.yaml"
    if [ "$WITH_WFLINT" = 1 ]; then
        # The 80 MB target is a ratio of two peaks: each the median of three runs.
        log "measuring the streams' peaks twice more"
        peak_median stream.wflint "$WFLINT" --config "$config" stream.yaml
        peak_median stream80.wflint "$WFLINT" --config "$config" "$WORK/stream80.yaml"
    fi
    if [ "$WITH_WFLINT" = 1 ]; then
        # Once each, for the peak only (a reference, not a target): the SARIF log CI uploads,
        # which must not be held whole either.
        log "running the streams' SARIF reports (once each)"
        run_once stream.wflint-sarif "$WFLINT" --format sarif --config "$config" stream.yaml || true
        run_once stream80.wflint-sarif "$WFLINT" --format sarif --config "$config" "$WORK/stream80.yaml" || true
    fi
}

measure_scaling() {
    measure_wflint x10.wflint 5 1 "$WORK/gen10/corpus"
    measure x10.floor 5 1 "$FLOOR" "$WORK/gen10/corpus"
}

cd "$GEN"
if [ "$SINGLE_ONLY" = 1 ]; then
    for id in corpus.wflint corpus.wflint-j1 corpus.floor corpus-yaml.floor findings.wflint findings.floor \
        stream.wflint stream.floor stream80.wflint stream80.floor; do
        skip "$id" "not measured (--single)"
    done
else
    measure_corpus
    measure_findings_corpus
fi
measure_single
[ "$SINGLE_ONLY" = 1 ] || measure_streams
[ "$SCALING" = 0 ] || measure_scaling

# --- what the run found, and where -----------------------------------------------------------------
# report_findings TITLE MANIFEST ID: the known defects of MANIFEST that ID's output reports.
report_findings() {
    [ -f "$RES/$3.out" ] || return 0
    printf '%s:\n\n' "$1"
    python3 "$BENCH/check_findings.py" "$2" "$RES/$3.out"
    echo
}

# same_output TITLE ID ID-J1: whether the default jobs' output is byte-identical to --jobs 1's.
same_output() {
    [ -f "$RES/$2.out" ] && [ -f "$RES/$3.out" ] || return 0
    if cmp -s "$RES/$2.out" "$RES/$3.out"; then
        echo "- $1: byte-identical ($(wc -c <"$RES/$2.out") bytes)"
    else
        echo "- $1: DIFFERENT: $(cmp "$RES/$2.out" "$RES/$3.out" 2>&1 | head -1)"
    fi
}

{
    report_findings "The corpus" "$GEN/manifest.json" corpus.wflint
    report_findings "The corpus with findings" "$WORK/genf/manifest.json" findings.wflint
} >"$RES/findings.txt"
{
    same_output "the corpus" corpus.wflint corpus.wflint-j1
    same_output "the 20 MB stream" stream.wflint stream.wflint-j1
} >"$RES/identical.txt"

{
    echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
    echo "cores (nproc): $(nproc)"
    lscpu | grep -E '^(Model name|Architecture|CPU\(s\)|Thread\(s\) per core|L2 cache|L3 cache):' | sed 's/  */ /g'
    echo "memory: $(free -h | awk '/^Mem:/ {print $2}')"
    echo "kernel: $(uname -sr)"
    echo "hyperfine: $(hyperfine --version | awk '{print $2}'); libyaml: $(pkg-config --modversion yaml-0.1 2>/dev/null || echo '?'); cc: $(cc -dumpfullversion 2>/dev/null || cc -dumpversion)"
    if [ "$WITH_WFLINT" = 1 ]; then
        echo "wflint: $("$WFLINT" --version 2>&1 | head -1) at $WFLINT ($WFLINT_ORIGIN; sha256 $(sha256sum "$WFLINT" | cut -c1-16))"
    fi
    if [ "$COMPETITORS" = 1 ]; then
        echo "$("$VENV/bin/check-jsonschema" --version); $("$VENV/bin/yamllint" --version); botocore $("$VENV/bin/python" -c 'import botocore; print(botocore.__version__)')"
    fi
    echo "corpus: $(python3 -c 'import json,sys; m=json.load(open(sys.argv[1])); print(len(m["corpus"]), "documents,", m["corpus_bytes"], "bytes,", sum("rule" in e for e in m["corpus"]), "with a known defect; stream:", len(m["stream"]), "documents,", m["stream_bytes"], "bytes; single:", m["single_bytes"], "bytes")' "$GEN/manifest.json")"
    if [ -f "$WORK/genf/manifest.json" ]; then
        echo "corpus with findings: $(python3 -c 'import json,sys; m=json.load(open(sys.argv[1])); print(len(m["corpus"]), "documents,", m["corpus_bytes"], "bytes,", sum(len(e["defects"]) for e in m["corpus"]), "known defects")' "$WORK/genf/manifest.json"); 80 MB stream: $(wc -c <"$WORK/stream80.yaml") bytes (the stream four times)"
    fi
} >"$RES/machine.txt"

if [ "$KEEP" = 1 ]; then log "results in $RES"; fi
if [ -n "$MARKDOWN" ]; then
    python3 "$BENCH/report.py" "$RES" | tee "$MARKDOWN"
else
    python3 "$BENCH/report.py" "$RES"
fi
