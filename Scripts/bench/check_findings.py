#!/usr/bin/env python3
"""Compare wflint's text output on the corpus with the generator's manifest: a fast linter that
skips work is no win, so the benchmark says how many of the known defects were reported.

    check_findings.py MANIFEST WFLINT_OUTPUT

Reads findings in wflint's text form `path:line:col: severity: message [WF003 unknown-field]`
(excerpt and summary lines are ignored), with paths as in the manifest (relative, `corpus/...`).
Prints a short Markdown summary. Exit code 0 always: this informs, the targets are speed.
"""

import collections
import json
import re
import sys

FINDING = re.compile(r"^(?P<path>.+?):\d+:\d+: (?P<severity>error|warning|note): .*\[(?P<rule>WF\d+) [a-z0-9-]+\]$")


def read_findings(path):
    found = collections.defaultdict(list)
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = FINDING.match(line.rstrip("\n"))
            if m:
                file = m["path"][2:] if m["path"].startswith("./") else m["path"]
                found[file].append((m["rule"], m["severity"]))
    return found


def main(argv):
    if len(argv) != 2:
        sys.exit("usage: check_findings.py MANIFEST WFLINT_OUTPUT")
    with open(argv[0], encoding="utf-8") as f:
        corpus = json.load(f)["corpus"]
    found = read_findings(argv[1])
    defective = [e for e in corpus if "rule" in e]
    missed = collections.Counter(e["defect"] for e in defective
                                 if e["rule"] not in {rule for rule, _ in found.get(e["path"], [])})
    clean = [e for e in corpus if "rule" not in e]
    extra = collections.Counter(rule for e in clean for rule, _ in found.get(e["path"], []))
    print(f"- known defects reported with their rule: {len(defective) - sum(missed.values())} of {len(defective)}")
    if missed:
        print("- missed, by defect: " + ", ".join(f"{name} {n}" for name, n in sorted(missed.items())))
    print(f"- findings in the {len(clean)} clean files: {sum(extra.values())}"
          + (" (" + ", ".join(f"{rule} {n}" for rule, n in sorted(extra.items())) + ")" if extra else ""))


if __name__ == "__main__":
    main(sys.argv[1:])
