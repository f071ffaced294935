#!/usr/bin/env python3
"""Turn one Scripts/bench.sh run into the side-by-side table and the verdict on the targets
(issue 12's; issue 5's check-jsonschema ratio; issue 13's Terraform ones).

    report.py RESULTS_DIR

RESULTS_DIR holds, for each measurement ID (e.g. corpus.wflint): ID.json (hyperfine's export),
ID.rss (peak resident set in KiB, from /usr/bin/time -f %M), ID.rc (exit code of that run) and
ID.out (its output), or ID.skip (why it was not measured); plus machine.txt and, when available,
findings.txt and identical.txt. Prints Markdown, so the output pastes into docs/performance.md as
is. Wall-time ratios use the median of each measurement's runs (robust on a shared, noisy
machine); CPU-time ratios use hyperfine's mean user+sys time, the only CPU time it reports.
"""

import json
import os
import sys

from check_findings import count_findings

INPUTS = [
    ("corpus", "corpus (5,000 docs, 5.45 MB)"),
    ("corpus-yaml", "YAML half (2,500 docs)"),
    ("findings", "corpus with findings (5,000 docs, all with defects)"),
    ("single", "one 2 KB doc"),
    ("single-tf", "one 2 KB .tf workforce"),
    ("tf-base", "folder: the 2 KB doc"),
    ("tf-noise", "folder: the 2 KB doc + 1,000 .tf without a workforce"),
    ("tf-module100", "one module of 100 .tf workforce files"),
    ("tf-module1000", "one module of 1,000 .tf workforce files"),
    ("stream", "20 MB YAML stream"),
    ("stream80", "80 MB YAML stream (20 MB × 4)"),
    ("x10", "10× corpus (50,000 docs)"),
]
TOOLS = [
    ("wflint", "wflint"),
    ("wflint-j1", "wflint --jobs 1"),
    ("floor", "parse floor"),
    ("cjs", "check-jsonschema"),
    ("yamllint", "yamllint"),
]
MIB = 1024  # /usr/bin/time reports KiB


class Results:
    def __init__(self, folder):
        self.folder = folder

    def _read(self, name):
        path = os.path.join(self.folder, name)
        if not os.path.exists(path):
            return None
        with open(path, encoding="utf-8") as f:
            return f.read().strip()

    def skipped(self, mid):
        return self._read(mid + ".skip")

    def times(self, mid):
        """hyperfine's result for one measurement, or None."""
        text = self._read(mid + ".json")
        return json.loads(text)["results"][0] if text else None

    def median(self, mid):
        t = self.times(mid)
        return t["median"] if t else None

    def cpu(self, mid):
        """Mean user+sys time of a run (hyperfine reports no per-run CPU times to take a median of)."""
        t = self.times(mid)
        return t["user"] + t["system"] if t else None

    def findings(self, mid):
        """How many findings the output of ID's /usr/bin/time run holds, or None."""
        path = os.path.join(self.folder, mid + ".out")
        return count_findings(path) if os.path.exists(path) and not self.skipped(mid) else None

    def rss_kib(self, mid):
        text = self._read(mid + ".rss")
        return int(text.split()[-1]) if text else None

    def exit_code(self, mid):
        text = self._read(mid + ".rc")
        return int(text) if text else None

    def text(self, name):
        return self._read(name)


def seconds(value):
    if value is None:
        return "–"
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def times_text(value):
    return f"{value:.2f}×" if value < 10 else f"{value:.1f}×"


def ratio(a, b):
    return a / b if a is not None and b else None


def side_by_side(r):
    lines = ["| input | tool | median | mean ± σ | min | runs | CPU (user+sys) | peak RSS | exit | × floor "
             "| check-jsonschema ÷ tool |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for input_id, input_name in INPUTS:
        floor = r.median(f"{input_id}.floor")
        cjs = r.median(f"{input_id}.cjs")
        for tool_id, tool_name in TOOLS:
            mid = f"{input_id}.{tool_id}"
            t, why = r.times(mid), r.skipped(mid)
            if t is None:
                if why is not None:
                    lines.append(f"| {input_name} | {tool_name} | {why} | | | | | | | | |")
                continue
            rss = r.rss_kib(mid)
            vs_floor = ratio(t["median"], floor) if tool_id != "floor" else None
            speedup = ratio(cjs, t["median"]) if tool_id != "cjs" else None
            cells = [input_name, tool_name, seconds(t["median"]),
                     f"{seconds(t['mean'])} ± {seconds(t['stddev'])}", seconds(t["min"]), str(len(t["times"])),
                     seconds(t["user"] + t["system"]),
                     "–" if rss is None else f"{rss / MIB:.1f} MiB", str(r.exit_code(mid)),
                     "" if vs_floor is None else times_text(vs_floor),
                     "" if speedup is None else times_text(speedup)]
            lines.append("| " + " | ".join(cells) + " |")
    return lines


def verdict(measured, limit, smaller_is_better=True):
    """PASS, or MISS with how far off the limit the measurement is."""
    if measured is None:
        return "not measured"
    if measured <= limit if smaller_is_better else measured >= limit:
        return "PASS"
    if smaller_is_better:
        return f"MISS: {(measured / limit - 1) * 100:.0f} % over the limit"
    return f"MISS: {(1 - measured / limit) * 100:.0f} % short of the limit"


def targets(r):
    w, floor = r.median("corpus.wflint"), r.median("corpus.floor")
    w_cpu, floor_cpu = r.cpu("corpus.wflint"), r.cpu("corpus.floor")
    cjs = r.median("corpus.cjs")
    findings, findings_floor = r.median("findings.wflint"), r.median("findings.floor")
    findings_count = r.findings("findings.wflint")
    single, single_rss = r.median("single.wflint"), r.rss_kib("single.wflint")
    stream, stream_floor, stream_rss = r.median("stream.wflint"), r.median("stream.floor"), r.rss_kib("stream.wflint")
    stream80_rss = r.rss_kib("stream80.wflint")
    x10, x10_floor = r.median("x10.wflint"), r.median("x10.floor")
    single_tf, tf_base, tf_noise = r.median("single-tf.wflint"), r.median("tf-base.wflint"), r.median("tf-noise.wflint")
    added_ms = None if tf_base is None or tf_noise is None else (tf_noise - tf_base) * 1000
    module100, module1000 = r.median("tf-module100.wflint"), r.median("tf-module1000.wflint")
    rows = [
        ("Corpus: wflint ÷ parse floor (wall time)", ratio(w, floor), "≤ 1.0×", verdict(ratio(w, floor), 1.0)),
        ("Corpus: wflint ÷ parse floor (CPU, user+sys)", ratio(w_cpu, floor_cpu), "≤ 2.0×",
         verdict(ratio(w_cpu, floor_cpu), 2.0)),
        # Issue 5's.
        ("Corpus: check-jsonschema ÷ wflint", ratio(cjs, w), "≥ 100×", verdict(ratio(cjs, w), 100, False)),
        # The findings workload holds what it is for only with enough findings: a precondition.
        ("Corpus with findings: findings in wflint's text output", findings_count, "≥ 9,000",
         verdict(findings_count, 9000, False)),
        ("Corpus with findings: wflint ÷ parse floor (wall time)", ratio(findings, findings_floor), "≤ 1.5×",
         verdict(ratio(findings, findings_floor), 1.5)),
        ("One 2 KB document: wflint wall time (ms, median)", single and single * 1000, "≤ 5 ms",
         verdict(single and single * 1000, 5)),
        ("One 2 KB document: wflint peak RSS (MiB)", single_rss and single_rss / MIB, "≤ 15 MiB",
         verdict(single_rss and single_rss / MIB, 15)),
        ("20 MB stream: wflint ÷ parse floor", ratio(stream, stream_floor), "≤ 1.5×",
         verdict(ratio(stream, stream_floor), 1.5)),
        ("20 MB stream: wflint peak RSS (MiB)", stream_rss and stream_rss / MIB, "≤ 100 MiB",
         verdict(stream_rss and stream_rss / MIB, 100)),
        # Memory independent of the stream's length: within 10 % of the 20 MB stream's peak.
        ("80 MB stream: wflint peak RSS ÷ the 20 MB stream's", ratio(stream80_rss, stream_rss), "≤ 1.10×",
         verdict(ratio(stream80_rss, stream_rss), 1.10)),
        ("Scaling: wflint 10× corpus ÷ 1× corpus", ratio(x10, w), "≤ 10.5×", verdict(ratio(x10, w), 10.5)),
        # Issue 13's Terraform targets.
        ("2 KB .tf workforce ÷ 2 KB YAML document (wall time)", ratio(single_tf, single), "≤ 1.0×",
         verdict(ratio(single_tf, single), 1.0)),
        ("1,000 .tf files without a workforce: time added to a run (ms)", added_ms, "≤ 20 ms",
         verdict(added_ms, 20)),
        # Work bounded on every input (the brief): linear in a module's files, as the corpus scaling.
        ("One module of 1,000 .tf workforce files ÷ one of 100 (wall time)", ratio(module1000, module100), "≤ 10.5×",
         verdict(ratio(module1000, module100), 10.5)),
    ]
    lines = ["| target | measured | limit | verdict |", "|---|---:|---:|---|"]
    for name, value, limit, result in rows:
        shown = "–" if value is None else f"{value:,}" if isinstance(value, int) else f"{value:.2f}"
        lines.append(f"| {name} | {shown} | {limit} | {result} |")
    floor_scaling = ratio(x10_floor, floor)
    if floor_scaling:
        lines.append(f"| (reference) parse floor 10× corpus ÷ 1× corpus | {floor_scaling:.2f} | | |")
    sarif, sarif80 = r.rss_kib("stream.wflint-sarif"), r.rss_kib("stream80.wflint-sarif")
    if sarif and sarif80:
        lines.append(f"| (reference) `--format sarif`: 20 MB stream, 80 MB stream peak RSS (MiB); ratio "
                     f"| {sarif / MIB:.1f}, {sarif80 / MIB:.1f}; {sarif80 / sarif:.2f} | | |")
    return lines


def main(argv):
    if len(argv) != 1:
        sys.exit("usage: report.py RESULTS_DIR")
    r = Results(argv[0])
    out = ["## Machine", "", "```", r.text("machine.txt") or "(unknown)", "```", "",
           "## Side by side", ""]
    out += side_by_side(r)
    out += ["", "## Targets (issue 12; check-jsonschema: issue 5; Terraform: issue 13)", ""]
    out += targets(r)
    for name, title in (("findings.txt", "Known defects found by wflint"),
                        ("identical.txt", "Default --jobs and --jobs 1 output")):
        text = r.text(name)
        if text:
            out += ["", f"## {title}", "", text]
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1:])
