"""What wflint's HCL reader reads in every Terraform fixture, against
python-hcl2 (PyPI, pinned in Scripts/install-test-deps): the same blocks with
the same labels, the same attributes, and the same literal values: strings
with their escapes decoded, numbers, bools, null, tuples and objects of them,
heredocs with their indentation removed. Where wflint reads an expression
that is not a literal, python-hcl2 must not read a literal either.

wflint's reading comes from its hidden test hook `wflint hcl-values`
(Sources/WFLintKit/Terraform/HCLLiteralDump.swift). The differences that are
python-hcl2's own, not wflint's, are DELIBERATE below, each applied where it
shows; a file python-hcl2 cannot read is listed in UNREADABLE with why, and
is asserted to stay unreadable, so that neither list can rot.

Run alone: swift build --product wflint && python3 -m pytest -q Tests/Terraform
"""
import json
import math
import os
import pathlib
import subprocess

import pytest

import hcl2
from hcl2.utils import SerializationOptions

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = sorted(
    path.relative_to(REPOSITORY).as_posix()
    for folder in ("Tests/Fixtures/terraform", "examples/terraform")
    for path in (REPOSITORY / folder).rglob("*")
    if path.suffix in (".tf", ".tfvars"))

# Each a difference in python-hcl2's output that is not a difference in what
# HCL means; the test applies it to python-hcl2's side only.
DELIBERATE = {
    "doubled-introducers": "python-hcl2 keeps '$${' and '%%{' as written; in HCL they are the text '${' and '%{'.",
    "heredoc-final-newline": "python-hcl2 drops a heredoc's last line end; in HCL the text ends with it.",
    "numbers-as-floats": "python-hcl2 gives a number as a Python int or float; wflint keeps the literal's text "
                         "(HCL numbers have arbitrary precision). They are compared as floats.",
    "negative-numbers": "python-hcl2 gives -5 as the expression '${-5}'; in HCL it is the number -5.",
    "bare-names": "python-hcl2 gives a bare name (type = string, ignore_changes = [tags]) as the string 'string'; "
                  "in HCL it is a variable, not a literal.",
    "secrets": "wflint never prints a value under a secret's name (client_secret): it is not compared.",
}

# Fixtures python-hcl2 cannot read, though Terraform does.
UNREADABLE = {
    "Tests/Fixtures/terraform/modules/monitoring/main.tf":
        "non-ASCII identifiers (étiquettes, équipe): HCL takes Unicode ID_Start/ID_Continue, "
        "python-hcl2's grammar only ASCII names",
}


def wflint():
    chosen = os.environ.get("WFLINT")
    if chosen:
        return str(pathlib.Path(chosen).resolve())
    built = REPOSITORY / ".build/debug/wflint"
    if not built.exists():
        subprocess.run(["swift", "build", "--product", "wflint"], cwd=REPOSITORY, check=True)
    return str(built)


@pytest.fixture(scope="module")
def wflint_views():
    run = subprocess.run([wflint(), "hcl-values", *FIXTURES], cwd=REPOSITORY, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    return {entry["file"]: entry for entry in json.loads(run.stdout)}


def python_hcl2(path):
    options = SerializationOptions(
        with_comments=False, explicit_blocks=True, preserve_heredocs=False, strip_string_quotes=True,
        preserve_scientific_notation=False)
    with open(REPOSITORY / path, encoding="utf-8") as stream:
        return hcl2.load(stream, serialization_options=options)


def is_block_list(value):
    return isinstance(value, list) and value and all(isinstance(item, dict) and unwrap_labels(item) for item in value)


def unwrap_labels(item):
    """(labels, body) of one python-hcl2 block, or None for a plain object."""
    labels = []
    while "__is_block__" not in item:
        if len(item) != 1 or not isinstance(next(iter(item.values())), dict):
            return None
        label, item = next(iter(item.items()))
        labels.append(label)
    return labels, item


def body_of(raw):
    """python-hcl2's body in wflint's layout: attributes by name, blocks by type in order."""
    attributes, blocks = {}, {}
    for name, value in raw.items():
        if name == "__is_block__":
            continue
        if is_block_list(value):
            blocks[name] = [unwrap_labels(item) for item in value]
        else:
            attributes[name] = value
    return attributes, blocks


def mismatches(wflint_body, raw, place):
    attributes, blocks = body_of(raw)
    problems = []
    mine = wflint_body["attributes"]
    if set(mine) != set(attributes):
        problems.append(f"{place}: attributes {sorted(mine)} vs python-hcl2's {sorted(attributes)}")
    for name in sorted(set(mine) & set(attributes)):
        problems += value_mismatches(mine[name], attributes[name], f"{place}.{name}")
    mine_blocks = {}
    for block in wflint_body["blocks"]:
        mine_blocks.setdefault(block["type"], []).append(block)
    if set(mine_blocks) != set(blocks):
        problems.append(f"{place}: blocks {sorted(mine_blocks)} vs python-hcl2's {sorted(blocks)}")
    for kind in sorted(set(mine_blocks) & set(blocks)):
        ours, theirs = mine_blocks[kind], blocks[kind]
        if len(ours) != len(theirs):
            problems.append(f"{place}: {len(ours)} '{kind}' blocks vs python-hcl2's {len(theirs)}")
            continue
        for index, (block, (labels, inner)) in enumerate(zip(ours, theirs)):
            where = f"{place}.{kind}[{index}]"
            if block["labels"] != labels:
                problems.append(f"{where}: labels {block['labels']} vs python-hcl2's {labels}")
            problems += mismatches(block["body"], inner, where)
    return problems


def interpolates(value):
    """Whether python-hcl2's value holds an expression somewhere: it writes
    every non-literal as a string with '${' (a template or '${expr}')."""
    if isinstance(value, str):
        return "${" in value.replace("$${", "") or "%{" in value.replace("%%{", "")
    if isinstance(value, list):
        return any(interpolates(item) for item in value)
    if isinstance(value, dict):
        return any(interpolates(key) or interpolates(item) for key, item in value.items())
    return False


def literal_text(value):
    """A python-hcl2 string as HCL's text (deliberate: doubled-introducers)."""
    return value.replace("$${", "${").replace("%%{", "%{")


def value_mismatches(mine, theirs, place):
    if isinstance(mine, dict) and len(mine) == 1 and next(iter(mine)).startswith("$"):
        tag, inner = next(iter(mine.items()))
        if tag == "$sensitive":  # deliberate: secrets
            return []
        if tag == "$expression":
            if isinstance(theirs, str) and theirs == inner and inner.isidentifier():  # deliberate: bare-names
                return []
            return [] if interpolates(theirs) else [f"{place}: wflint reads the expression {inner!r}, "
                                                    f"python-hcl2 the literal {theirs!r}"]
        if tag == "$heredoc":  # deliberate: heredoc-final-newline
            expected = inner[:-1] if inner.endswith("\n") else inner
            ok = isinstance(theirs, str) and literal_text(theirs) == expected
            return [] if ok else [f"{place}: heredoc {inner!r} vs python-hcl2's {theirs!r}"]
        if tag == "$number":  # deliberate: numbers-as-floats, negative-numbers
            if isinstance(theirs, str) and theirs.startswith("${-") and theirs.endswith("}"):
                theirs = -float(theirs[3:-1])
            ok = isinstance(theirs, (int, float)) and not isinstance(theirs, bool) \
                and math.isclose(float(inner), float(theirs), rel_tol=1e-15)
            return [] if ok else [f"{place}: number {inner} vs python-hcl2's {theirs!r}"]
    if isinstance(mine, str):
        ok = isinstance(theirs, str) and literal_text(theirs) == mine
        return [] if ok else [f"{place}: {mine!r} vs python-hcl2's {theirs!r}"]
    if isinstance(mine, list):
        if not isinstance(theirs, list) or len(mine) != len(theirs):
            return [f"{place}: {mine!r} vs python-hcl2's {theirs!r}"]
        return [problem for index, (a, b) in enumerate(zip(mine, theirs))
                for problem in value_mismatches(a, b, f"{place}[{index}]")]
    if isinstance(mine, dict):
        if not isinstance(theirs, dict) or set(mine) != set(theirs):
            return [f"{place}: object keys {sorted(mine)} vs python-hcl2's {theirs!r}"]
        return [problem for key in mine for problem in value_mismatches(mine[key], theirs[key], f"{place}.{key}")]
    same = theirs is mine if isinstance(mine, bool) or mine is None else theirs == mine
    return [] if same else [f"{place}: {mine!r} vs python-hcl2's {theirs!r}"]


def test_the_fixtures_are_there():
    assert len(FIXTURES) >= 29
    assert set(UNREADABLE) <= set(FIXTURES)


@pytest.mark.parametrize("path", [path for path in FIXTURES if path not in UNREADABLE])
def test_same_reading_as_python_hcl2(path, wflint_views):
    view = wflint_views[path]
    assert "error" not in view, view.get("error")
    problems = mismatches(view["body"], python_hcl2(path), path)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", sorted(UNREADABLE))
def test_unreadable_to_python_hcl2_but_read_by_wflint(path, wflint_views):
    assert "error" not in wflint_views[path]
    with pytest.raises(Exception):
        python_hcl2(path)


def test_the_hook_never_prints_a_secret(wflint_views):
    """Secrets: the hook masks a value under a secret's name like every output."""
    text = json.dumps(wflint_views)
    assert "s3cr3t" not in text
    secrets = [view for view in wflint_views.values() if '"$sensitive"' in json.dumps(view)]
    assert secrets, "no fixture holds a client_secret literal: the masking is not exercised"
