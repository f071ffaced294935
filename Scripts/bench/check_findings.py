#!/usr/bin/env python3
"""Compare wflint's text output on the corpus with the generator's manifest: a fast linter that
skips work is no win, so the benchmark says how many of the known defects were reported.

    check_findings.py MANIFEST WFLINT_OUTPUT

Reads findings in wflint's text form `path:line:col: severity: message [WF003 unknown-field]`
(excerpt and summary lines are ignored), with paths as in the manifest (relative, `corpus/...`).
Takes the default corpus's manifest (one defect in a fifth of the files) and the --findings
corpus's (one or two in every file). Prints a short Markdown summary. Exit code 0 always: this
informs, the targets are speed.
"""

import collections
import json
import re
import sys

from gen_corpus import defects_of

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


def count_findings(path):
    """How many findings wflint's text output holds."""
    return sum(len(findings) for findings in read_findings(path).values())


def main(argv):
    if len(argv) != 2:
        sys.exit("usage: check_findings.py MANIFEST WFLINT_OUTPUT")
    with open(argv[0], encoding="utf-8") as f:
        corpus = json.load(f)["corpus"]
    found = read_findings(argv[1])
    defects = [(e["path"], d) for e in corpus for d in defects_of(e)]
    missed = collections.Counter(d["defect"] for path, d in defects
                                 if d["rule"] not in {rule for rule, _ in found.get(path, [])})
    clean = [e for e in corpus if not defects_of(e)]
    extra = collections.Counter(rule for e in clean for rule, _ in found.get(e["path"], []))
    print(f"- known defects reported with their rule: {len(defects) - sum(missed.values())} of {len(defects)}"
          f" (in {len(corpus) - len(clean)} files); findings in all: {sum(len(v) for v in found.values())}")
    if missed:
        print("- missed, by defect: " + ", ".join(f"{name} {n}" for name, n in sorted(missed.items())))
    if clean:
        print(f"- findings in the {len(clean)} clean files: {sum(extra.values())}"
              + (" (" + ", ".join(f"{rule} {n}" for rule, n in sorted(extra.items())) + ")" if extra else ""))


if __name__ == "__main__":
    main(sys.argv[1:])
