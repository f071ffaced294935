#!/usr/bin/env bash
# Issue 5's benchmark in one command: wflint against the libyaml parse floor, check-jsonschema and
# yamllint, on the same generated inputs, in the same run. See docs/performance.md.
#
# Everything it makes (corpus, venv, binaries of the floor, results) lives in one temporary folder,
# removed at exit (--keep keeps it). It installs what is missing with apt-get (hyperfine, time,
# gcc, libyaml-dev, python3-venv) and takes check-jsonschema, yamllint and botocore from PyPI into a
# throw-away virtual environment.
set -euo pipefail

usage() {
    cat <<'EOF'
usage: Scripts/bench.sh [options]

  --quick            skip the slow competitors (check-jsonschema, yamllint) and the 10x scaling run
  --single           only the one 2 KB document (YAML and .tf), the 1,000 .tf files, wflint and the
                     parse floor: start-up (about a minute)
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
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) COMPETITORS=0 SCALING=0 ;;
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

if [ "$WITH_WFLINT" = 1 ] && [ -z "$WFLINT" ]; then
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
# measure ID RUNS WARMUP COMMAND...   (run in $GEN; RUNS: N, or min:N, or auto = hyperfine's default)
# First one run under /usr/bin/time for the peak memory, the exit code and the output (which also
# warms the page cache), then hyperfine. Exit codes 0 and 1 (findings) are success; above is failure.
measure() {
    local id=$1 runs=$2 warmup=$3 rc=0
    shift 3
    log "measuring $id"
    /usr/bin/time -f '%M' -o "$RES/$id.rss" "$@" >"$RES/$id.out" 2>&1 || rc=$?
    echo "$rc" >"$RES/$id.rc"
    if [ "$rc" -gt 1 ]; then
        echo "failed (exit $rc): $(grep -v '^Command' "$RES/$id.out" | head -c 200 | tr '\n|' '  ')" >"$RES/$id.skip"
        log "$id failed with exit code $rc; see the report"
        return 0
    fi
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

cd "$GEN"
if [ "$SINGLE_ONLY" = 1 ]; then
    for id in corpus.wflint corpus.wflint-j1 corpus.floor corpus-yaml.floor stream.wflint stream.floor; do
        skip "$id" "not measured (--single)"
    done
elif [ "$WITH_WFLINT" = 1 ]; then
    measure corpus.wflint auto 2 "$WFLINT" corpus
    # --jobs may live under the lint subcommand's help only: ask by using it (exit 2 = unknown option)
    if "$WFLINT" --jobs 1 single.yaml >/dev/null 2>&1 || [ $? = 1 ]; then
        measure corpus.wflint-j1 auto 2 "$WFLINT" --jobs 1 corpus
    else
        skip corpus.wflint-j1 "not measured: wflint has no --jobs yet"
    fi
else
    skip corpus.wflint "not yet measured (--no-wflint)"
fi
if [ "$SINGLE_ONLY" = 0 ]; then
    measure corpus.floor auto 2 "$FLOOR" corpus
    measure corpus-yaml.floor auto 2 "$FLOOR" -l "$WORK/yaml.list"
fi
if [ "$COMPETITORS" = 1 ]; then
    measure corpus.cjs "$SLOW_RUNS" 0 "$WORK/check-jsonschema-corpus"
    # yamllint walks *.yaml and *.yml only: the YAML half
    measure corpus-yaml.yamllint "$SLOW_RUNS" 0 "$VENV/bin/yamllint" -f parsable corpus
fi

if [ "$WITH_WFLINT" = 1 ]; then
    # Start-up dominates here: many runs, for a median a busy machine moves little.
    measure single.wflint min:200 10 "$WFLINT" single.yaml
else
    skip single.wflint "not yet measured (--no-wflint)"
fi
measure single.floor min:40 5 "$FLOOR" single.yaml

# Terraform (issue 13): a 2 KB .tf workforce against the 2 KB YAML document, and what a folder
# of 1,000 .tf files without a workforce adds to a run (tf-noise is tf-base plus those files).
if [ "$WITH_WFLINT" = 1 ]; then
    python3 "$BENCH/gen_terraform.py" --out "$GEN" --modules "$ROOT/Tests/Fixtures/terraform/modules" \
        --single "$GEN/single.yaml" >&2
    measure single-tf.wflint min:200 10 "$WFLINT" single.tf
    measure tf-base.wflint min:100 5 "$WFLINT" tf-base
    measure tf-noise.wflint min:100 5 "$WFLINT" tf-noise
else
    for id in single-tf.wflint tf-base.wflint tf-noise.wflint; do skip "$id" "not yet measured (--no-wflint)"; done
fi
if [ "$COMPETITORS" = 1 ]; then
    measure single.cjs min:10 2 "$VENV/bin/check-jsonschema" --schemafile "$WORK/schema.json" single.yaml
    measure single.yamllint min:10 2 "$VENV/bin/yamllint" single.yaml
fi

if [ "$SINGLE_ONLY" = 1 ]; then
    :
elif [ "$WITH_WFLINT" = 1 ]; then
    # 20 MB is over the 16 MiB max-file-size a lint takes by default (docs/security.md):
    # the stream is measured linted, not refused, so the limit is raised for it alone.
    printf 'limits:\n  max-file-size: 32 MiB\n' >"$WORK/stream.wflint.yaml"
    measure stream.wflint auto 1 "$WFLINT" --config "$WORK/stream.wflint.yaml" stream.yaml
else
    skip stream.wflint "not yet measured (--no-wflint)"
fi
[ "$SINGLE_ONLY" = 1 ] || measure stream.floor auto 1 "$FLOOR" stream.yaml

if [ "$SCALING" = 1 ]; then
    if [ "$WITH_WFLINT" = 1 ]; then
        measure x10.wflint 5 1 "$WFLINT" "$WORK/gen10/corpus"
    else
        skip x10.wflint "not yet measured (--no-wflint)"
    fi
    measure x10.floor 5 1 "$FLOOR" "$WORK/gen10/corpus"
fi

# --- what the run found, and where -----------------------------------------------------------------
if [ -f "$RES/corpus.wflint.out" ]; then
    python3 "$BENCH/check_findings.py" "$GEN/manifest.json" "$RES/corpus.wflint.out" >"$RES/findings.txt"
    if [ -f "$RES/corpus.wflint-j1.out" ]; then
        if cmp -s "$RES/corpus.wflint.out" "$RES/corpus.wflint-j1.out"; then
            echo "- byte-identical ($(wc -c <"$RES/corpus.wflint.out") bytes)" >"$RES/identical.txt"
        else
            echo "- DIFFERENT: $(cmp "$RES/corpus.wflint.out" "$RES/corpus.wflint-j1.out" 2>&1 | head -1)" \
                >"$RES/identical.txt"
        fi
    fi
fi

{
    echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
    echo "cores (nproc): $(nproc)"
    lscpu | grep -E '^(Model name|Architecture|CPU\(s\)|Thread\(s\) per core|L2 cache|L3 cache):' | sed 's/  */ /g'
    echo "memory: $(free -h | awk '/^Mem:/ {print $2}')"
    echo "kernel: $(uname -sr)"
    echo "hyperfine: $(hyperfine --version | awk '{print $2}'); libyaml: $(pkg-config --modversion yaml-0.1 2>/dev/null || echo '?'); cc: $(cc -dumpfullversion 2>/dev/null || cc -dumpversion)"
    if [ "$WITH_WFLINT" = 1 ]; then
        echo "wflint: $("$WFLINT" --version 2>&1 | head -1) (commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'))"
    fi
    if [ "$COMPETITORS" = 1 ]; then
        echo "$("$VENV/bin/check-jsonschema" --version); $("$VENV/bin/yamllint" --version); botocore $("$VENV/bin/python" -c 'import botocore; print(botocore.__version__)')"
    fi
    echo "corpus: $(python3 -c 'import json,sys; m=json.load(open(sys.argv[1])); print(len(m["corpus"]), "documents,", m["corpus_bytes"], "bytes,", sum("rule" in e for e in m["corpus"]), "with a known defect; stream:", len(m["stream"]), "documents,", m["stream_bytes"], "bytes; single:", m["single_bytes"], "bytes")' "$GEN/manifest.json")"
} >"$RES/machine.txt"

if [ "$KEEP" = 1 ]; then log "results in $RES"; fi
if [ -n "$MARKDOWN" ]; then
    python3 "$BENCH/report.py" "$RES" | tee "$MARKDOWN"
else
    python3 "$BENCH/report.py" "$RES"
fi
