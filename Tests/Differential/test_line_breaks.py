"""NEL, LS and PS written raw at every place of two YAML requests: whether
the AWS CLI's loader loads each document, and whether PyYAML reads it as the
AWS CLI does, against wflint's WF001 and WF009 (docs/yaml.md, "NEL, LS and
PS written raw"). The differences left are the ones that page lists; any
other fails, as does one of them that is gone (update the page)."""
import pathlib
import tempfile

import pytest
import yaml as pyyaml
from ruamel.yaml import YAML

from consumers import first_difference
from wflint import lint

CHARACTERS = ["\u0085", "\u2028", "\u2029"]

# One request in the forms people write most, one in every other style.
REQUESTS = {
    "plain": (
        "WorkforceName: team-a\n"
        "OidcConfig:\n"
        "  ClientId: client123\n"
        "  ClientSecret: s3cr3t\n"
        "  Issuer: https://idp.example.com\n"
        "  Scope: openid email\n"
        "SourceIpConfig:\n"
        "  Cidrs:\n"
        "  - 10.0.0.0/8\n"
        "  - 192.168.1.0/24\n"
        "Tags: [{Key: k, Value: v}]\n"),
    "styles": (
        "# workforce\n"
        "WorkforceName: \"team-a\"   # name\n"
        "CognitoConfig:\n"
        "  UserPool: 'us-east-1_abcDEF123'\n"
        "  ClientId: >-\n"
        "    client123\n"
        "SourceIpConfig: {Cidrs: [10.0.0.0/8, \"192.168.1.0/24\"]}\n"
        "Tags:\n"
        "  - Key: k\n"
        "    Value: multi word\n"
        "      value\n"
        "  - {Key: j, Value: w}\n"),
}

# (request, offset, character): documents the AWS CLI refuses and wflint
# passes. A NEL that starts a line's indentation is two columns to libyaml,
# one to the AWS CLI; a character in a block scalar's indentation is read as
# libyaml reads it.
KNOWN_LAXER = {
    ("plain", 135, "\u0085"), ("plain", 194, "\u0085"),
    ("styles", 110, "\u0085"), ("styles", 110, "\u2028"), ("styles", 110, "\u2029"), ("styles", 123, "\u0085"),
}


def load(loader, text):
    try:
        return True, loader(text)
    except Exception:  # each loader's own errors, and a document neither can construct
        return False, None


@pytest.fixture(scope="module")
def outcomes():
    documents = [(name, offset, character, request[:offset] + character + request[offset:])
                 for name, request in REQUESTS.items()
                 for offset in range(len(request) + 1) for character in CHARACTERS]
    with tempfile.TemporaryDirectory(prefix="wflint-line-breaks-") as folder:
        paths = []
        for number, (*_, text) in enumerate(documents):
            path = pathlib.Path(folder) / f"{number:05d}.yaml"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        findings = lint({"CreateWorkforce": paths})
        found = [findings.get(str(path), []) for path in paths]
    results = []
    for (name, offset, character, text), rules in zip(documents, found):
        aws_cli_loads, loaded = load(YAML(typ="safe", pure=True).load, text)
        pyyaml_loads, theirs = load(pyyaml.safe_load, text)
        pyyaml_differs = aws_cli_loads and (not pyyaml_loads or first_difference(loaded, theirs, "") is not None)
        rule_ids = {finding["ruleId"] for finding in rules}
        results.append(((name, offset, character), aws_cli_loads, pyyaml_differs, rule_ids))
    return results


def test_every_document_is_made(outcomes):
    assert len(outcomes) == 3 * sum(len(request) + 1 for request in REQUESTS.values()) == 1428


def test_wflint_refuses_what_the_aws_cli_refuses(outcomes):
    laxer = {place for place, loads, _, rules in outcomes if not loads and "WF001" not in rules}
    assert laxer == KNOWN_LAXER


def test_wflint_reads_what_the_aws_cli_reads(outcomes):
    stricter = [place for place, loads, _, rules in outcomes if loads and "WF001" in rules]
    assert stricter == []


def test_wf009_where_pyyaml_reads_otherwise(outcomes):
    # Where it does not, the document has an unknown member (a key holding the character), which botocore refuses.
    unwarned = [place for place, loads, differs, rules in outcomes if differs and "WF009" not in rules]
    assert [place for place, *_, rules in outcomes if place in unwarned and "WF003" not in rules] == []
    assert len(unwarned) == 432


def test_no_wf009_where_pyyaml_reads_alike(outcomes):
    assert [place for place, loads, differs, rules in outcomes if loads and not differs and "WF009" in rules] == []
