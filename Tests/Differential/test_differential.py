"""The differential suite: wflint's verdicts against the real consumers' on
generated documents (generate.py), every difference documented in
deliberate-differences.yaml. See docs/differential.md."""
import os
import warnings
import pathlib
import tempfile

import pytest
import ruamel.yaml

from compare import differences, load_entries
from consumers import verdict
from generate import cases
from report import describe, grouped
from wflint import lint


@pytest.fixture(scope="module")
def outcome():
    """Every case with its consumers' verdict, wflint's findings and differences."""
    entries = load_entries()
    generated = cases()
    with tempfile.TemporaryDirectory(prefix="wflint-differential-") as folder:
        paths, by_operation = {}, {}
        for number, case in enumerate(generated):
            path = pathlib.Path(folder) / f"{number:05d}.{case.fmt}"
            path.write_bytes(case.text.encode("utf-8", "surrogatepass"))
            paths[case.id] = str(path)
            by_operation.setdefault(case.operation, []).append(path)
        findings = lint(by_operation)
    results = []
    for case in generated:
        consumer = verdict(case.text, case.fmt, case.operation)
        found = findings.get(paths[case.id], [])
        results.append((case, consumer, found, differences(case, consumer, found, entries)))
    all_differences = [d for *_, ds in results for d in ds]
    report = os.environ.get("WFLINT_DIFFERENTIAL_REPORT")
    if report:
        undocumented = [d for d in all_differences if not d.documented and not d.known_bug]
        known = [d for d in all_differences if d.known_bug]
        pathlib.Path(report).write_text(
            grouped(undocumented, "Undocumented differences", limit_per_class=30) + "\n\n"
            + grouped(known, "Known bugs (deliberate-differences.yaml, known-bugs)", limit_per_class=30))
    return results, all_differences, entries


def test_the_yaml_reference_is_the_aws_cli_pin():
    """The AWS CLI v2 installers pin ruamel.yaml 0.18.16; another version reads differently."""
    assert ruamel.yaml.__version__ == "0.18.16", "Scripts/install-test-deps installs it"


def test_generation_is_deterministic():
    first, second = cases(), cases()
    assert [(c.id, c.text) for c in first] == [(c.id, c.text) for c in second]


def test_generates_a_few_thousand_documents(outcome):
    results, _, _ = outcome
    assert 2000 <= len(results) <= 6000


def test_the_starting_documents_pass_everywhere(outcome):
    results, _, _ = outcome
    bases = [(case, consumer, found) for case, consumer, found, _ in results if case.id.endswith("/base")]
    assert bases
    for case, consumer, found in bases:
        assert consumer.accepted, f"{case.id}: {consumer.reason}"
        assert not [f for f in found if f["severity"] == "error"], f"{case.id}: {found}"


def test_both_verdicts_occur(outcome):
    """The generator reaches both sides of the edges, for both readers."""
    results, _, _ = outcome
    for fmt in ("json", "yaml"):
        verdicts = {consumer.accepted for case, consumer, _, _ in results if case.fmt == fmt}
        assert verdicts == {True, False}, fmt


def test_no_undocumented_differences(outcome):
    _, found, _ = outcome
    undocumented = [d for d in found if not d.documented and not d.known_bug]
    assert not undocumented, grouped(undocumented, "Undocumented differences", limit_per_class=5)


def test_every_entry_is_still_needed(outcome):
    """A deliberate entry no difference uses is stale: a matcher that no
    longer matches what it was written for. A known bug that no longer occurs
    was fixed: reported loudly, not failed, so that a fix lands green."""
    _, found, entries = outcome
    used = {e.id for d in found for e in d.entries}
    stale = [e.id for e in entries if e.id not in used and e.section == "deliberate"]
    assert not stale, f"deliberate entries that explain nothing: {stale}"
    fixed = [e.id for e in entries if e.id not in used and e.section == "known-bugs"]
    if fixed:
        warnings.warn(f"known bugs that no longer occur (fixed? remove them from known-bugs): {fixed}")


def test_known_bugs(outcome):
    """Known bugs are reported loudly, as an expected failure with every case."""
    _, found, _ = outcome
    known = [d for d in found if d.known_bug]
    if known:
        pytest.xfail(f"{len(known)} differences are KNOWN BUGS (deliberate-differences.yaml, known-bugs):\n"
                     + "\n".join(describe(d) for d in known[:20]))
