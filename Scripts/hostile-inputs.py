#!/usr/bin/env python3
"""Runs wflint's release build on every hostile input of docs/security.md and
checks each run: the exact findings and messages (headlines, not excerpts),
the exit code, that the other files of the run are still linted, and an upper
bound on peak memory (resident set) and a guard on CPU time (user + system).

The CPU-time guard is ten seconds, five times the 2 s target of
docs/security.md: it catches the blow-ups this script exists for (a quadratic
pass over 20,000 CIDRs took 12 s, 400 aliases of a 1,000-CIDR workforce
17.7 s), and a slower or busier CI machine cannot fail it, since the slowest
case takes about 2 s on a quiet development machine and 3 s on CI. A case
over the target but under the guard is marked "slow" and does not fail: the
target is measured here and in Scripts/bench.sh, never made a gate that
depends on the machine.

    Scripts/hostile-inputs.py [--binary PATH] [--only NAME]

Small inputs are in Tests/Fixtures/hostile/; large ones are made here, in a
temporary folder. Exit status 0 when every case holds, 1 otherwise.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "Tests" / "Fixtures" / "hostile"
TARGET_SECONDS = 2.0  # docs/security.md's target: reported, not a gate
GUARD_SECONDS = 10.0  # a blow-up, not a slow machine: fails the run
MEBIBYTES = 200

# Every run lints these two besides the hostile input: the bad file's finding
# must be there, or one bad file hid another's.
OTHERS = ["good.yaml", "bad.yaml"]
BAD = 'bad.yaml:1:16: error: "WorkforceName" must be between 1 and 63 characters long, got 0: "" [WF006 out-of-range]'
LIMIT = "[WF011 resource-limit]"
SYNTAX = "[WF001 syntax-error]"
CIDR_33 = ('CIDR "10.0.0.0/33" is invalid: prefix "33" is greater than 32; expected an address and a prefix '
           'length, like "10.0.0.0/16" or "2001:db8::/32" [WF201 cidr-invalid]')
UTF8_ONLY = "wflint reads UTF-8 only: convert it, e.g. with iconv -f"
# The start of a clean CreateWorkforce request, for the inputs made below.
REQUEST = "WorkforceName: team\nCognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}\n"


@dataclass
class Case:
    name: str
    args: list
    status: int
    # The report's headlines (findings and unreadable files, not excerpts or
    # the summary), in any order; None to check a SARIF log for WF006 instead.
    lines: list
    # Makes large inputs, FIFOs, links and permissions in the run's folder.
    prepare: object = None
    stdin: str = None
    as_nobody: bool = False
    # What standard error must hold (a rule pack's file:line:col).
    stderr: str = ""
    seconds: float = GUARD_SECONDS
    mebibytes: int = MEBIBYTES
    others: list = field(default_factory=lambda: list(OTHERS))


def write_big_file(folder):
    # 200 MiB, never read: the size comes from fstat. Sparse, so making it is free.
    with open(folder / "big.json", "wb") as file:
        file.truncate(200 * 1024 * 1024)


# Large inputs are written in pieces: a forked child's peak resident set
# (wait4's ru_maxrss) starts from this process's, which must stay small.
def write_one_line(folder, limit=None):
    with open(folder / "line.json", "w") as file:
        file.write('{"WorkforceName": "')
        for _ in range(50):
            file.write("a" * 1_000_000)
        file.write('", "CognitoConfig": {"UserPool": "us-east-1_abcDEF123", "ClientId": "abc"}}')
    if limit:
        (folder / ".wflint.yaml").write_text(f"limits:\n  max-file-size: {limit}\n")


def write_deep(folder):
    (folder / "deep.json").write_text("[" * 100_000)
    (folder / "deep.yaml").write_text("x: " + "[" * 100_000 + "\n")
    (folder / "deep-map.yaml").write_text("".join(" " * level + "a:\n" for level in range(300)))


def write_deep_after_a_tag(folder):
    # A tag the AWS CLI cannot load, then flow collections 100,000 deep: the
    # file's top-level keys were read (is it a workforce document at all?)
    # through libyaml's whole parse of the nesting, whose time grows with
    # the square of its depth (25 s); the keys are now read to max-depth.
    (folder / "tag-deep.yaml").write_text("a: !Sub x\nb: " + "[" * 100_000 + "]" * 100_000 + "\n")
    (folder / "tag-deep-map.yaml").write_text("a: !Sub x\nb: " + "{a: " * 100_000 + "}" * 100_000 + "\n")


def write_many_nodes(folder):
    with open(folder / "nodes.json", "w") as file:
        file.write("[0" + ",0" * 1_999_999 + "]")
    with open(folder / "nodes.yaml", "w") as file:
        for block in range(600):
            file.write("".join(f"k{i}: 0\n" for i in range(block * 1000, block * 1000 + 1000)))


def write_walk(folder):
    tree = folder / "tree"
    (tree / "x.json").mkdir(parents=True)
    shutil.copy(FIXTURES / "bad.yaml", tree / "x.json" / "inner.yaml")
    (tree / "x.json" / "up").symlink_to("..")
    (tree / "loop").symlink_to(".")
    os.mkfifo(tree / "pipe.yaml")
    (tree / "null.json").symlink_to("/dev/null")
    (tree / "dangling.yaml").symlink_to("nowhere.yaml")


def write_fifo(folder):
    os.mkfifo(folder / "pipe.json")


def write_unreadable(folder):
    shutil.copy(FIXTURES / "bad.yaml", folder / "secret.yaml")
    os.chmod(folder / "secret.yaml", 0)
    (folder / "closed").mkdir()
    shutil.copy(FIXTURES / "bad.yaml", folder / "closed" / "inner.yaml")
    os.chmod(folder / "closed", 0)


def cidr(index):
    """A distinct /24 for every index below 65,536."""
    return f"10.{index // 256}.{index % 256}.0/24"


ALIASED_CIDRS = [cidr(index) for index in range(999)] + [cidr(0)]


def write_aliased_workforce(folder):
    # One anchored workforce of 1,000 CIDRs (the last equal to the first), used
    # again by 399 aliases: 17 KB that expand to 400 workforces.
    with open(folder / "aliases.yaml", "w") as file:
        file.write("Workforces:\n  - &w\n    WorkforceName: team\n")
        file.write("    WorkforceArn: arn:aws:sagemaker:us-east-1:123456789012:workforce/team\n")
        file.write(f"    SourceIpConfig:\n      Cidrs: [{', '.join(ALIASED_CIDRS)}]\n")
        file.write("  - *w\n" * 399)


def aliased_workforce_findings():
    # Each alias (lines 7 to 405, column 5) repeats the anchored workforce's two findings.
    # A response's list takes none to ten (the API returns an empty one).
    too_many = "error: Cidrs has 1000 entries; the allow list takes 0 to 10 [WF202 cidr-count]"
    redundant = 'warning: CIDR "10.0.0.0/24" is already covered by "10.0.0.0/24" at 6:15 [WF204 cidr-redundant]'
    last_column = len("      Cidrs: [" + ", ".join(ALIASED_CIDRS[:-1]) + ", ") + 1
    return ([f"aliases.yaml:6:14: {too_many}", f"aliases.yaml:6:{last_column}: {redundant}"]
            + [f"aliases.yaml:{line}:5: {finding}" for line in range(7, 406) for finding in (too_many, redundant)])


SHARING_WORKFORCES = 900
TOO_MANY = "error: Cidrs has {} entries; the allow list takes 1 to 10 [WF202 cidr-count]"
# The same in a response (a ListWorkforces response's workforces): its list takes none to ten.
TOO_MANY_RETURNED = "error: Cidrs has {} entries; the allow list takes 0 to 10 [WF202 cidr-count]"


def write_shared_list(folder, name, cidrs):
    # One anchored block list of CIDRs in the first of 900 workforces, used by
    # the others through `{Cidrs: *c}`: about 900,000 nodes with the aliases
    # expanded (under max-nodes), each workforce a different one.
    with open(folder / name, "w") as file:
        file.write("Workforces:\n")
        for index in range(SHARING_WORKFORCES):
            file.write(f"  - WorkforceName: w{index}\n")
            file.write(f"    WorkforceArn: arn:aws:sagemaker:us-east-1:123456789012:workforce/w{index}\n")
            if index == 0:
                file.write("    SourceIpConfig:\n      Cidrs: &c\n")
                file.write("".join(f"        - {cidr}\n" for cidr in cidrs))
            else:
                file.write("    SourceIpConfig: {Cidrs: *c}\n")


def shared_alias_line(index, cidrs):
    """The line of workforce `index`'s `{Cidrs: *c}` (index >= 1)."""
    return 5 + len(cidrs) + (index - 1) * 3 + 3


def shared_list_findings():
    # Each workforce has one finding, the count, at its list: the anchor's
    # `&c` in the first, its own `*c` in the others.
    cidrs = [cidr(index) for index in range(1000)]
    return ([f"shared.yaml:5:14: {TOO_MANY_RETURNED.format(1000)}"]
            + [f"shared.yaml:{shared_alias_line(index, cidrs)}:29: {TOO_MANY_RETURNED.format(1000)}"
               for index in range(1, SHARING_WORKFORCES)])


def host_bit_cidr(index):
    """A distinct /24 with host bits set for every index below 65,536."""
    return f"10.{index // 256}.{index % 256}.1/24"


HOST_BIT_CIDRS = [host_bit_cidr(index) for index in range(999)]


def host_bits(value, fixable=False):
    # A fixable finding is marked "[*]" (an alias's or an aliased anchor's fix is unsafe: not marked).
    network = value.rsplit(".", 1)[0] + ".0/24"
    mark = "[*] " if fixable else ""
    return f'warning: {mark}CIDR "{value}" has host bits set; the block it allows is "{network}" [WF203 cidr-host-bits]'


def shared_host_bit_findings():
    # 1,000 findings a workforce (the count and 999 host bits) are asked for,
    # and 10,000 a file are kept. One document goes over, so the findings it
    # keeps follow the order of the checks (docs/security.md): the count of
    # every workforce (WF202 runs before WF203), then host bits use by use
    # until 10,001; of those, the first 10,000 in report order, then one WF011
    # at the first left out, the last workforce's count.
    def count(index):
        line = 5 if index == 0 else shared_alias_line(index, HOST_BIT_CIDRS)
        return f"host-bits.yaml:{line}:{14 if index == 0 else 29}: {TOO_MANY_RETURNED.format(999)}"

    def host_bit_lines(index, values):
        if index == 0:
            return [f"host-bits.yaml:{6 + row}:11: {host_bits(value)}" for row, value in enumerate(values)]
        return [f"host-bits.yaml:{shared_alias_line(index, HOST_BIT_CIDRS)}:29: {host_bits(value)}" for value in values]

    kept_host_bits = 10_001 - SHARING_WORKFORCES
    full_uses, rest = divmod(kept_host_bits, len(HOST_BIT_CIDRS))
    findings = [count(index) for index in range(SHARING_WORKFORCES - 1)]
    for index in range(full_uses):
        findings += host_bit_lines(index, HOST_BIT_CIDRS)
    findings += host_bit_lines(full_uses, HOST_BIT_CIDRS[:rest])
    last = shared_alias_line(SHARING_WORKFORCES - 1, HOST_BIT_CIDRS)
    return findings + [f"host-bits.yaml:{last}:29: error: the document has more than 10000 findings; the rest are "
                       f"not reported (limits.max-findings) {LIMIT}"]


MERGING_WORKFORCES = 990


def write_merged_lists(folder):
    # Two documents of 990 workforces, the first with an anchored
    # SourceIpConfig of 990 CIDRs with host bits set, the others merging it
    # (`{<<: *s}`): the merged values were checked again in each (8 s and
    # 147 MB a document), not once and replayed as an alias's are.
    document = "Workforces:\n"
    for index in range(MERGING_WORKFORCES):
        document += (f"  - WorkforceName: w{index}\n"
                     f"    WorkforceArn: arn:aws:sagemaker:us-east-1:123456789012:workforce/w{index}\n")
        if index == 0:
            document += "    SourceIpConfig: &s\n      Cidrs:\n" + "".join(
                f"        - {host_bit_cidr(row)}\n" for row in range(MERGING_WORKFORCES))
        else:
            document += "    SourceIpConfig: {<<: *s}\n"
    (folder / "merged.yaml").write_text(document + "---\n" + document)


def merged_lists_findings():
    # Each document: every workforce's count at the list (WF202 runs first),
    # then host bits use by use until 10,001 findings; in report order the
    # first 10,000 are kept: the first 101 CIDRs ten times, the others nine,
    # but the last, whose ninth is cut (its WF011).
    document_lines = 1 + 4 + MERGING_WORKFORCES + (MERGING_WORKFORCES - 1) * 3 + 1
    kept_host_bits = 10_001 - MERGING_WORKFORCES
    full_uses, rest = divmod(kept_host_bits, MERGING_WORKFORCES)
    findings = []
    for start in (0, document_lines):
        findings += [f"merged.yaml:{start + 6}:9: {TOO_MANY_RETURNED.format(MERGING_WORKFORCES)}"] * MERGING_WORKFORCES
        for row in range(MERGING_WORKFORCES):
            uses = full_uses + (1 if row < rest else 0) - (1 if row == MERGING_WORKFORCES - 1 else 0)
            findings += [f"merged.yaml:{start + 6 + row}:11: {host_bits(host_bit_cidr(row))}"] * uses
        findings.append(f"merged.yaml:{start + 5 + MERGING_WORKFORCES}:11: error: the document has more than 10000 "
                        f"findings; the rest are not reported (limits.max-findings) {LIMIT}")
    return findings


ANCHORS = 100_000
FIXABLE = 9_900


def write_anchors_and_fixes(folder):
    # 100,000 anchored tag keys, every one used by an alias, and 9,900 CIDRs
    # whose host-bit fix must be checked against the anchors (4.6 MB).
    with open(folder / "anchors.yaml", "w") as file:
        file.write(REQUEST + "Tags:\n")
        for index in range(ANCHORS):
            file.write(f"  - {{Key: &k{index} k{index}, Value: v}}\n")
        file.write("x-refs: [" + ", ".join(f"*k{index}" for index in range(ANCHORS)) + "]\n")
        file.write("SourceIpConfig:\n  Cidrs:\n")
        for index in range(FIXABLE):
            file.write(f"    - {host_bit_cidr(index)}\n")


def anchors_and_fixes_findings():
    first_cidr = ANCHORS + 7
    members = ", ".join(f"'{name}'" for name in ("CognitoConfig", "IpAddressType", "OidcConfig", "SourceIpConfig",
                                                   "Tags", "WorkforceName", "WorkforceVpcConfig"))
    return ([f'anchors.yaml:4:3: error: "Tags" must have at most 50 entries, got {ANCHORS} [WF006 out-of-range]',
             f'anchors.yaml:{ANCHORS + 4}:1: error: "x-refs" is not a member of CreateWorkforceRequest; '
             f"expected one of {members} [WF003 unknown-field]",
             f"anchors.yaml:{first_cidr}:5: {TOO_MANY.format(FIXABLE)}"]
            + [f"anchors.yaml:{first_cidr + index}:7: {host_bits(host_bit_cidr(index), fixable=True)}"
               for index in range(FIXABLE)])


FIX_DOCUMENTS, FIXES_EACH = 16, 2000


def write_many_fixes(folder):
    # 16 documents of 2,000 CIDRs with host bits set: 32,000 fixes in one
    # file (628 KB). Choosing the fixes that overlap none took 21 s.
    document = (REQUEST + "SourceIpConfig:\n  Cidrs:\n" + "".join(f"    - 10.{i // 256}.{i % 256}.1/24\n" for i in range(FIXES_EACH)))
    (folder / "fixes.yaml").write_text("---\n".join([document] * FIX_DOCUMENTS))


def write_fixes_past_max_findings(folder):
    # One document of 40,000 CIDRs with host bits set (835 KB): more fixes
    # than max-findings, so --fix applies them in rounds of 10,000, and each
    # round's edits were composed with a walk over those before (6.7 s).
    (folder / "fix-rounds.yaml").write_text(
        REQUEST + "SourceIpConfig:\n  Cidrs:\n"
        + "".join(f"    - 10.{i // 256}.{i % 256}.1/24\n" for i in range(40_000)))


def many_fixes_findings():
    # What is left once every host-bit fix is applied: each list is too long.
    return [f"fixes.yaml:{5 + index * (FIXES_EACH + 5)}:5: {TOO_MANY.format(FIXES_EACH)}" for index in range(FIX_DOCUMENTS)]


PAIR_KEYS = 20000


def write_misspelt_tag_keys(folder):
    # One tag list of 20,000 items whose keys the example pack's CORP030
    # fixes to CostCenter (769 KB), 9,999 of them reported within
    # max-findings: each fix looked through the whole list for a pair with
    # that key already (30 s; 0.4 s with the list's keys gathered once).
    (folder / "tags.yaml").write_text(
        REQUEST + "Tags:\n" + "".join(f'  - {{Key: cost_center, Value: "{i}"}}\n' for i in range(PAIR_KEYS)))


def misspelt_tag_keys_findings():
    reported = 9999  # and the WF006 about the list, 10,000 in all
    return [
        f'tags.yaml:4:3: error: "Tags" must have at most 50 entries, got {PAIR_KEYS} [WF006 out-of-range]',
        f"tags.yaml:{4 + reported}:11: error: the document has more than 10000 findings; the rest are not reported "
        f"(limits.max-findings) {LIMIT}",
    ] + [f'tags.yaml:{4 + i}:11: error: [*] tag key "cost_center" is spelt "CostCenter" in Acme\'s cost reports '
         "[CORP030 cost-center-tag-spelling]" for i in range(reported)]


PACK_RULES = 8000


def write_big_pack(folder):
    # A rule pack of 8,000 rules (3.3 MB), named as a file to lint, as
    # pre-commit does for a changed pack: each rule was checked against every
    # rule loaded before it (4,000 took 6.7 s).
    rule = ("  - id: PX{i}\n    name: rule-{i}\n    severity: warning\n    summary: S.\n    description: D.\n"
            "    kinds: [CreateWorkforceRequest]\n    target: WorkforceName\n    check:\n      function: length\n"
            "      max: 5\n    message: 'long'\n    examples:\n      valid:\n        - |\n          WorkforceName: a\n"
            "      invalid:\n        - yaml: |\n            WorkforceName: abcdefgh\n          findings:\n"
            "            - at: \"1:16\"\n")
    (folder / "pack.yaml").write_text("pack:\n  name: big\nrules:\n" + "".join(rule.format(i=i) for i in range(PACK_RULES)))


MESSAGE_PLACEHOLDERS = 50000


def write_big_message_pack(folder):
    # A rule pack whose one message holds 50,000 placeholders (400 KB): the
    # place of a bad one was counted from the message's start at each `{`
    # (19 s), though only an error needs it.
    (folder / "message-pack.yaml").write_text(
        "pack:\n  name: big\nrules:\n  - id: PX1\n    name: rule-1\n    severity: warning\n    summary: S.\n"
        "    description: D.\n    kinds: [CreateWorkforceRequest]\n    target: WorkforceName\n    check:\n"
        "      function: length\n      max: 63\n"
        f"    message: '{'x{value}' * MESSAGE_PLACEHOLDERS}'\n"
        "    examples:\n      valid:\n        - |\n          WorkforceName: a\n      invalid:\n        - yaml: |\n"
        f"            WorkforceName: {'a' * 64}\n          findings:\n            - at: \"1:16\"\n")


SECRET_KEYS = 40000


def write_secret_keys(folder):
    # 40,000 unknown members named like a secret (909 KB): each value is a
    # secret to keep out of every message, and each key a finding. Every
    # message was searched for every secret: 34 s.
    (folder / "secret-keys.yaml").write_text(
        REQUEST + "".join(f"secret{i}: v{i:07d}x\n" for i in range(SECRET_KEYS)))


def secret_keys_findings():
    members = ", ".join(f"'{name}'" for name in ("CognitoConfig", "IpAddressType", "OidcConfig", "SourceIpConfig",
                                                   "Tags", "WorkforceName", "WorkforceVpcConfig"))
    return ([f'secret-keys.yaml:{3 + i}:1: error: "secret{i}" is not a member of CreateWorkforceRequest; '
             f"expected one of {members} [WF003 unknown-field]" for i in range(10000)]
            + ["secret-keys.yaml:10003:1: error: the document has more than 10000 findings; the rest are not "
               f"reported (limits.max-findings) {LIMIT}"])


def cognito_workforce(label, workforce_name, client_id='"c"', body=""):
    """An `aws_sagemaker_workforce` resource `label` (HCL) whose
    `workforce_name` and `client_id` are the expressions given, with a
    Cognito user pool, then `body` (its other blocks)."""
    return (f'resource "aws_sagemaker_workforce" "{label}" {{\n  workforce_name = {workforce_name}\n'
            f'  cognito_config {{\n    client_id = {client_id}\n    user_pool = "us-east-1_abcDEF123"\n  }}\n'
            f"{body}}}\n")


def cidrs_block(items):
    """A `source_ip_config` block whose `cidrs` list holds `items` (HCL)."""
    return f"  source_ip_config {{\n    cidrs = [{items}]\n  }}\n"


VARIABLE_FILES = 12800


def write_variable_files(folder):
    # A module of 12,800 resources, each reading a variable declared in a
    # file of its own, each default with host bits set (274 KB): findings
    # shown in 12,800 files. Sorting them out by file was a pass over all of
    # them for each file: 28 s.
    module = folder / "varfiles"
    module.mkdir()
    (module / "main.tf").write_text(
        "".join(cognito_workforce(f"w{i}", f'"w{i}"', body=cidrs_block(f"var.c{i}")) for i in range(VARIABLE_FILES)))
    for i in range(VARIABLE_FILES):
        (module / f"v{i}.tf").write_text(f'variable "c{i}" {{\n  default = "10.0.0.1/24"\n}}\n')


def variable_files_findings():
    return [f'varfiles/v{i}.tf:2:13: warning: CIDR "10.0.0.1/24" has host bits set; the block it allows is '
            f'"10.0.0.0/24" [WF203 cidr-host-bits]' for i in range(VARIABLE_FILES)]


UNDECLARED_FILES = 2000


def write_workforce_files(module, client_id):
    # A module folder of UNDECLARED_FILES files, `w{i}.tf`, each a workforce
    # resource `w{i}` whose client_id is `client_id` with `{i}` filled in.
    module.mkdir()
    for i in range(UNDECLARED_FILES):
        (module / f"w{i}.tf").write_text(cognito_workforce(f"w{i}", f'"w{i}"', client_id=client_id.format(i=i)))
    return module


def write_undeclared_names(folder):
    # A module of 2,000 workforce files, each reading a variable it does not
    # declare, among 2,000 that it does (WF507): each file's lint sorted
    # every declared name and walked every file's references again (73 s);
    # each name's did-you-mean compares it with every declared one.
    module = write_workforce_files(folder / "undeclared", client_id="var.unknown_{i}")
    (module / "variables.tf").write_text("".join(f'variable "c{i}" {{}}\n' for i in range(UNDECLARED_FILES)))


def undeclared_names_findings():
    names = sorted(f"c{i}" for i in range(UNDECLARED_FILES))
    declared = ", ".join(f'"{name}"' for name in names[:10]) + f", and {UNDECLARED_FILES - 10} more"
    return [f'undeclared/w{i}.tf:4:17: error: reference to undeclared input variable "unknown_{i}"; the module '
            f'declares {declared} [WF507 tf-undeclared-name]' for i in range(UNDECLARED_FILES)]


def write_module_findings(folder):
    # A module of 2,000 workforce files and a file of locals holding 2,000
    # references to undeclared variables (WF507): every workforce file's lint
    # showed all 2,000, and the report merged them 2,000 times (68 s of CPU,
    # 1.4 GB); named alone, the file's module check did the same (12 s, 330 MB).
    module = write_workforce_files(folder / "modulefindings", client_id='"c"')
    (module / "locals.tf").write_text(
        "locals {\n" + "".join(f"  l{i} = var.missing_{i}\n" for i in range(UNDECLARED_FILES)) + "}\n")


def module_findings():
    return [f'modulefindings/locals.tf:{i + 2}:{7 + len(str(i))}: error: reference to undeclared input variable '
            f'"missing_{i}"; the module declares none: add a variable "missing_{i}" {{}} block '
            f'[WF507 tf-undeclared-name]' for i in range(UNDECLARED_FILES)]


SECRET_MEMBER_FILES = 2000


def write_secret_members(folder):
    # A module of 2,000 OIDC workforce files, each reading its own member of
    # one local value as its client_secret. Every lint marks what the module
    # reads as secrets: each of the 2,000 members in each of the 2,000 lints
    # would be 2,000 × 2,000 lookups in an object of 2,000 (a value with
    # more than 16 is marked whole). Every lint hands on the 2,000 places
    # where they are written, which the run keeps once each, and the run
    # captured the file's lines again at each lint's finding there. Each
    # lint evaluated the whole local value (2,000 × 2,000 items: 4.8 s of
    # CPU with --jobs 1); now only the item its member names (1.1 s). And
    # each lint's outcome, kept until the report, held its own copy of the
    # file of locals and of the 2,000 places (250 MiB); now they share the
    # module's (30 MiB).
    module = folder / "secretmembers"
    module.mkdir()
    resource = ('resource "aws_sagemaker_workforce" "w{i}" {{\n  workforce_name = "w{i}"\n  oidc_config {{\n'
                '    authorization_endpoint = "https://idp.example.com/a"\n    client_id = "c"\n'
                '    client_secret = local.secrets.k{i}\n    issuer = "https://idp.example.com"\n'
                '    jwks_uri = "https://idp.example.com/j"\n    logout_endpoint = "https://idp.example.com/l"\n'
                '    token_endpoint = "https://idp.example.com/t"\n    user_info_endpoint = "https://idp.example.com/u"\n'
                '  }}\n}}\n')
    for i in range(SECRET_MEMBER_FILES):
        (module / f"w{i}.tf").write_text(resource.format(i=i))
    (module / "locals.tf").write_text(
        "locals {\n  secrets = {\n" + "".join(f'    k{i} = "s3cr3t-{i}"\n' for i in range(SECRET_MEMBER_FILES)) + "  }\n}\n")


def secret_members_findings():
    return [f"secretmembers/locals.tf:{i + 3}:{9 + len(str(i))}: warning: oidc_config.client_secret is a literal secret "
            "committed in the file; set it from a variable declared sensitive = true, whose value comes from outside "
            "the repository (TF_VAR_oidc_client_secret, a secret store) [WF140 client-secret-literal]"
            for i in range(SECRET_MEMBER_FILES)]


NON_ASCII_SECRETS = 750


def write_non_ascii_secrets(folder):
    # 750 workforce files, each with a WF007 and its own sensitive variable
    # of a non-ASCII value as its client_secret. A search of every message
    # for every secret of the module (non-ASCII ones are searched by
    # characters) cost findings × secrets: 34 s in review.
    module = folder / "nonascii"
    module.mkdir()
    (module / "v.tf").write_text("".join(
        f'variable "s{i}" {{\n  sensitive = true\n  default = "S\u00e9cr{i:06d}xyzabc{i}"\n}}\n'
        for i in range(NON_ASCII_SECRETS)))
    for i in range(NON_ASCII_SECRETS):
        (module / f"w{i}.tf").write_text(
            f'resource "aws_sagemaker_workforce" "w{i}" {{\n  workforce_name = "bad name {i}"\n  oidc_config {{\n'
            '    authorization_endpoint = "https://idp.example.com/auth"\n    client_id = "id"\n'
            f'    client_secret = var.s{i}\n    issuer = "https://idp.example.com"\n'
            '    jwks_uri = "https://idp.example.com/jwks"\n    logout_endpoint = "https://idp.example.com/logout"\n'
            '    token_endpoint = "https://idp.example.com/token"\n    user_info_endpoint = "https://idp.example.com/userinfo"\n'
            '  }\n}\n', encoding="utf-8")


def non_ascii_secrets_findings():
    pattern = "'[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}'"
    return [f'nonascii/w{i}.tf:2:20: error: "workforce_name" must match the API pattern {pattern}, '
            f'got "bad name {i}" [WF007 pattern]' for i in range(NON_ASCII_SECRETS)] + [
            f"nonascii/v.tf:{4 * i + 3}:13: error: \"oidc_config.client_secret\" must match the API pattern '[ -~]+' "
            "[WF007 pattern]" for i in range(NON_ASCII_SECRETS)] + [
            f"nonascii/v.tf:{4 * i + 3}:13: warning: oidc_config.client_secret is a secret committed in the file; remove it "
            f"and give variable \"s{i}\", declared sensitive = true, its value from outside the repository (TF_VAR_s{i}, a "
            "secret store) [WF140 client-secret-literal]" for i in range(NON_ASCII_SECRETS)]


LITERAL_SECRETS = 2000


def write_literal_secrets(folder):
    # 2,000 workforce files, each with a WF007 and its own literal
    # client_secret (WF140), a secret of the whole module: masked where it
    # was written, each file's lint read every other file (27 s, 540 MB).
    module = folder / "literals"
    module.mkdir()
    for i in range(LITERAL_SECRETS):
        (module / f"w{i}.tf").write_text(
            f'resource "aws_sagemaker_workforce" "w{i}" {{\n  workforce_name = "bad name {i}"\n  oidc_config {{\n'
            '    authorization_endpoint = "https://idp.example.com/auth"\n    client_id = "id"\n'
            f'    client_secret = "Zq8secretvalue{i:05d}"\n    issuer = "https://idp.example.com"\n'
            '    jwks_uri = "https://idp.example.com/jwks"\n    logout_endpoint = "https://idp.example.com/logout"\n'
            '    token_endpoint = "https://idp.example.com/token"\n    user_info_endpoint = "https://idp.example.com/userinfo"\n'
            '  }\n}\n')


def literal_secrets_findings():
    pattern = "'[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}'"
    return [f'literals/w{i}.tf:2:20: error: "workforce_name" must match the API pattern {pattern}, '
            f'got "bad name {i}" [WF007 pattern]' for i in range(LITERAL_SECRETS)] + [
            f"literals/w{i}.tf:6:21: warning: oidc_config.client_secret is a literal secret committed in the file; set it "
            "from a variable declared sensitive = true, whose value comes from outside the repository "
            "(TF_VAR_oidc_client_secret, a secret store) [WF140 client-secret-literal]" for i in range(LITERAL_SECRETS)]


LONG_NAMES = 100


def long_name(prefix, i):
    return f"{prefix}{i:03d}" + "x" * 1996


def write_long_names(folder):
    # 100 variables with names of 2,000 characters, and a local reading each
    # with one letter changed: each "did you mean" measured an edit distance
    # of 2,000 × 2,000 against each declared name (61 s).
    module = folder / "longnames"
    module.mkdir()
    (module / "variables.tf").write_text("".join(f'variable "{long_name("a", i)}" {{}}\n' for i in range(LONG_NAMES)))
    (module / "main.tf").write_text(
        cognito_workforce("w", '"w"') + "locals {\n" + "".join(f"  l{i} = var.{long_name('b', i)}\n" for i in range(LONG_NAMES)) + "}\n")


def long_names_findings():
    names = sorted(long_name("a", i) for i in range(LONG_NAMES))
    declared = ", ".join(f'"{name}"' for name in names[:10]) + f", and {LONG_NAMES - 10} more"
    return [f'longnames/main.tf:{9 + i}:{7 + len(str(i))}: error: reference to undeclared input variable '
            f'"{long_name("b", i)}"; the module declares {declared} [WF507 tf-undeclared-name]' for i in range(LONG_NAMES)]


def write_many_cidrs(folder):
    # 20,000 distinct blocks, then one equal to the first and one inside the second.
    cidrs = ", ".join(f'"{cidr(index)}"' for index in range(20_000))
    text = '{"WorkforceName": "team", "CognitoConfig": {"UserPool": "us-east-1_abcDEF123", "ClientId": "abc"},\n'
    text += f' "SourceIpConfig": {{"Cidrs": [{cidrs},\n "10.0.0.0/24", "10.0.1.128/25"]}}}}\n'
    (folder / "cidrs.json").write_text(text)


def write_repeats(folder):
    # Where a fix removes each of many repeats, each removal is planned
    # without listing the list again; two findings are shown of each.
    (folder / ".wflint.yaml").write_text("limits:\n  max-findings: 2\n")
    (folder / "repeats.yaml").write_text(
        "WorkforceName: team\nCognitoConfig:\n  UserPool: us-east-1_aBcDeFgHi\n  ClientId: c\nSourceIpConfig:\n"
        "  Cidrs:\n" + "    - 10.0.0.0/8\n" * 80_000)
    endpoints = "".join(f"  {name}: https://i.example.com/{name[0].lower()}\n" for name in [
        "Issuer", "AuthorizationEndpoint", "TokenEndpoint", "UserInfoEndpoint", "LogoutEndpoint", "JwksUri"])
    (folder / "scope.yaml").write_text(
        "WorkforceName: team\nOidcConfig:\n  ClientId: a\n  ClientSecret: x\n" + endpoints
        + "  Scope: openid" + " email" * 200_000 + "\n")


def write_one_line_repeats(folder):
    # 100,000 repeats of one CIDR in a flow list on one line: each removal
    # WF204 plans looked for the line's end from its item (27 s).
    (folder / ".wflint.yaml").write_text("limits:\n  max-findings: 2\n")
    (folder / "one-line.yaml").write_text(
        "WorkforceName: team\nCognitoConfig:\n  UserPool: us-east-1_aBcDeFgHi\n  ClientId: c\nSourceIpConfig:\n"
        "  Cidrs: [" + ", ".join(["10.0.0.0/8"] * 100_000) + "]\n")


def one_rule_pack(name, target, check, invalid, finding):
    # A pack of one rule, `check` its check's options, one per line, and
    # `invalid` its invalid example's YAML, with its finding's line:column.
    options = "".join(f"      {line}\n" for line in check)
    return (f"pack:\n  name: {name}\nrules:\n  - id: {name.upper()}001\n    name: {name}-list\n    severity: warning\n"
            f"    summary: S.\n    description: D.\n    target: {target}\n    check:\n{options}"
            "    message: 'value {value} is not allowed'\n    examples:\n      valid: ['WorkforceName: a']\n"
            f"      invalid:\n        - yaml: {json.dumps(invalid)}\n          findings: ['{finding}']\n")


def write_long_pack_lists(folder):
    # A pack's `enum` of 20,000 values against 20,000 tags none of them
    # lists: each violation escaped the whole list for its message, and each
    # tag was compared with each value (54 s, 4.7 GB); a `within` of 30,000
    # ranges against 30,000 CIDRs outside them compared each CIDR with each
    # range (25 s). Two findings are shown of each document.
    (folder / ".wflint.yaml").write_text("limits:\n  max-findings: 2\n")
    (folder / "enum-pack.yaml").write_text(one_rule_pack(
        "keys", "Tags[*].Key", ["function: enum", "values: [" + ", ".join(f"k{2 * i}" for i in range(20_000)) + "]"],
        "Tags: [{Key: k1, Value: v}]\n", "1:14"))
    (folder / "within-pack.yaml").write_text(one_rule_pack(
        "ranges", "SourceIpConfig.Cidrs[*]",
        ["function: cidr", "within: [" + ", ".join(cidr(2 * i + 1) for i in range(30_000)) + "]"],
        "SourceIpConfig: {Cidrs: [10.0.0.0/24]}\n", "1:26"))
    head = "WorkforceName: team\nCognitoConfig:\n  UserPool: us-east-1_aBcDeFgHi\n  ClientId: c\n"
    (folder / "tags.yaml").write_text(
        head + "Tags:\n" + "".join(f"  - {{Key: k{2 * i + 1}, Value: v}}\n" for i in range(20_000)))
    (folder / "cidrs.yaml").write_text(
        head + "SourceIpConfig:\n  Cidrs: [" + ", ".join(cidr(2 * i) for i in range(30_000)) + "]\n")


def write_shared_finding(folder):
    # 16,000 workforce files, each reading one local whose CIDR has host
    # bits set: each file's finding was merged into the shared file's
    # report through a copy of its set of findings (13.7 s).
    (folder / "shared").mkdir()
    (folder / "shared" / "locals.tf").write_text('locals {\n  cidrs = ["10.0.0.1/24"]\n}\n')
    for i in range(16_000):
        (folder / "shared" / f"w{i}.tf").write_text(
            cognito_workforce(f"w{i}", f'"w{i}"', body='  source_ip_config {\n    cidrs = local.cidrs\n  }\n'))


def write_splats(folder):
    # 20,000 splats of a local of 20,000 CIDRs (`local.n.*[0]`), and a `for`
    # over it whose every element is the splat: each made its tuple before
    # the node budget saw it (38 s and 3.3 GB; 50 s). Two findings are shown
    # of each document.
    (folder / ".wflint.yaml").write_text("limits:\n  max-findings: 2\n")
    locals_ = "locals {\n  n = [" + ", ".join(f'"{cidr(i)}"' for i in range(20_000)) + "]\n}\n"
    for name, cidrs in [("splats", "[" + ", ".join(["local.n.*[0]"] * 20_000) + "]"),
                        ("forsplat", "[for a in local.n : local.n[*]]")]:
        (folder / name).mkdir()
        (folder / name / "main.tf").write_text(locals_ + cognito_workforce(
            "w0", '"w0"', body=f"  source_ip_config {{\n    cidrs = {cidrs}\n  }}\n"))


def write_doubling_module(folder):
    # A module of 16 files, each of 8 workforces reading locals that double
    # 15 to 22 times (`l16 = [local.l15, local.l15]`), 2 KB each: every node
    # a value brings was recorded twice, by pointer, for where it is written
    # and the reference it came through (18 s of CPU and 310 MiB; each
    # file's lint has its own node budget).
    module = folder / "doubling"
    module.mkdir()
    lines = ['locals {', '  l0 = ["10.0.0.1/24"]'] + [f"  l{i} = [local.l{i - 1}, local.l{i - 1}]" for i in range(1, 23)]
    (module / "locals.tf").write_text("\n".join(lines + ["}\n"]))
    for f in range(16):
        (module / f"r{f}.tf").write_text("".join(
            cognito_workforce(f"w{f}_{r}", f'"w{f}{r}"', body=f"  source_ip_config {{\n    cidrs = local.l{15 + r}\n  }}\n")
            for r in range(8)))


def doubling_module_findings():
    wrong_types = [
        f'doubling/locals.tf:{line}:9: error: "source_ip_config.cidrs[{index}]" must be a string, got a list '
        "[WF004 wrong-type]"
        for line in [16, 17, 20, 21, 22, 23] for index in [0, 1]
    ]
    refused = [
        f"doubling/r{f}.tf:{line}:1: error: the values aws_sagemaker_workforce.w{f}_{r} reads through references take "
        f"this lint past 1000000 nodes (limits.max-nodes); those past it are unknown and were not checked {LIMIT}"
        for f in range(16) for (r, line) in [(2, 21), (3, 31)]
    ]
    return wrong_types * 16 + refused


def write_iterator_reads(folder):
    # A dynamic block over 20,000 ephemeral elements whose content reads
    # 20,000 different parts of its iterator: each read followed the
    # iterator into every element (400 million steps).
    variable = 'variable "tok" {\n  type      = string\n  ephemeral = true\n  default   = "t"\n}\n'
    reads = ", ".join(f"source_ip_config.value.a{i}" for i in range(20_000))
    block = ('  dynamic "source_ip_config" {\n    for_each = [' + ", ".join(["var.tok"] * 20_000) + ']\n'
             f'    content {{\n      cidrs = [{reads}]\n    }}\n  }}\n')
    (folder / "iterator.tf").write_text(variable + cognito_workforce("w0", '"w0"', body=block))


WIDE_ENTRIES = 100_000


def wide_value_column(index):
    """The column of entry `index`'s value on the local's line (`  p = { k0 = ["x"], k1 = ...`)."""
    return 9 + sum(len(f"k{i}") + 10 for i in range(index)) + len(f"k{index}") + 3


def write_wide_local(folder):
    # A local map of 100,000 entries read as a workforce's extra params,
    # each of the wrong type: each of the 10,000 findings reported found its
    # place by scanning the map for its key (8.5 s).
    entries = ", ".join(f'k{i} = ["x"]' for i in range(WIDE_ENTRIES))
    oidc = "".join(f'    {name} = "https://idp.example.com/{name}"\n' for name in [
        "authorization_endpoint", "issuer", "jwks_uri", "logout_endpoint", "token_endpoint", "user_info_endpoint"])
    body = (f'  oidc_config {{\n{oidc}    client_id = "c"\n    client_secret = "s"\n'
            "    authentication_request_extra_params = local.p\n  }\n")
    (folder / "wide.tf").write_text(f"locals {{\n  p = {{ {entries} }}\n}}\n" + (
        'resource "aws_sagemaker_workforce" "w0" {\n  workforce_name = "w0"\n' + body + "}\n"))


def wide_local_findings():
    wrong = [
        f'wide.tf:2:{wide_value_column(i)}: error: "oidc_config.authentication_request_extra_params.k{i}" must be a '
        "string, got a list [WF004 wrong-type]"
        for i in range(9_999)
    ]
    return wrong + [
        f'wide.tf:2:7: error: "oidc_config.authentication_request_extra_params" must have at most 10 entries, got '
        f"{WIDE_ENTRIES} [WF006 out-of-range]",
        f"wide.tf:2:{wide_value_column(9_999)}: error: the document has more than 10000 findings; the rest are not "
        f"reported (limits.max-findings) {LIMIT}",
    ]


def write_dynamic_blocks(folder):
    # Each `dynamic` block asked again which block types its body writes.
    # (A `for_each` known to be empty makes no block, so the first one is
    # given an item: it is checked, the others are left out as repeats.)
    block = '  dynamic "source_ip_config" {\n    for_each = ["a"]\n    content {\n      cidrs = []\n    }\n  }\n'
    (folder / "dynamic.tf").write_text(cognito_workforce("w0", '"w0"', body=block * 20_000))


def write_one_line_literals(folder):
    # A one-line list of numbers and bools: each item's place was found by
    # scanning the line again from its start (360 KB took 15 s).
    items = ",".join(["1", "true", "-2"] * 110_000)
    (folder / "literals.tf").write_text(cognito_workforce("w0", '"w0"', body=cidrs_block(f"[{items}]")))


def write_one_line_objects(folder):
    # 80,000 objects on one line of a local, read through a splat: each
    # object's range was asked for after its key's, and counted from the
    # line's start (33 s). The splat is evaluated (docs/terraform.md): each
    # of the 80,000 distinct addresses is checked, and the list is too long.
    items = ",".join(f'{{c = "10.{i // 65536}.{i // 256 % 256}.{i % 256}/32"}}' for i in range(80_000))
    (folder / "objects.tf").write_text(
        f"locals {{\n  l = [{items}]\n}}\n" + cognito_workforce("w0", '"w0"', body="  source_ip_config {\n"
                                                                   "    cidrs = local.l[*].c\n  }\n"))


def write_local_chain(folder):
    # 50,000 locals, each reading the last, resolved one inside the next:
    # the worker's 64 MiB stack overflowed (exit 139). Bounded by max-depth.
    locals_ = ", ".join(f'"l{i}": "${{local.l{i - 1}}}"' for i in range(1, 50_000))
    (folder / "chain.tf.json").write_text(
        '{"locals": {"l0": "bad name", ' + locals_ + '},\n "resource": {"aws_sagemaker_workforce": {"main": '
        '{"workforce_name": "${local.l49999}", "cognito_config": {"client_id": "c", "user_pool": "us-east-1_abcDEF123"}}}}}\n')


def write_template_doubling(folder):
    # Forty locals, each interpolating the last twice (the 40th would be
    # 16 TiB), and 30,000 more interpolating an 8 MiB one after a literal:
    # rendered whole, terabytes. Bounded by the lint's render budget
    # (16 MiB), and said; a refused template copies nothing (each copied
    # its 8 MiB before it was refused: 12 s).
    lines = ['locals {', '  l0 = "0123456789abcdef"']
    lines += [f'  l{i} = "${{local.l{i - 1}}}${{local.l{i - 1}}}"' for i in range(1, 41)]
    lines += [f'  m{i} = "x${{local.l19}}-{i}"' for i in range(30_000)]
    items = ", ".join(f"local.m{i}" for i in range(30_000))
    (folder / "doubling.tf").write_text(
        "\n".join(lines) + "\n}\n" + cognito_workforce("main", "local.l40", body=cidrs_block(items)))


def write_references_on_one_line(folder):
    # 100,000 references to locals on one 1.6 MB line, each local on a
    # line of its own: each column was counted from the long line's start,
    # the position last asked for being on the local's line (40 s).
    lines = ['locals {'] + [f'  m{i} = upper("x{i}")' for i in range(100_000)]
    items = ", ".join(f"local.m{i}" for i in range(100_000))
    (folder / "references.tf").write_text(
        "\n".join(lines) + "\n}\n" + cognito_workforce("main", '"w"', body=cidrs_block(items)))


UNDECLARED_FLOOD = 50_000
MAX_FINDINGS = 10_000


def undeclared_flood_text():
    """A local of 50,000 references to undeclared variables (WF507), and a
    workforce whose CIDRs are 50,000 more."""
    items = ", ".join(f"var.u{i}" for i in range(UNDECLARED_FLOOD))
    return "locals {\n  all = [" + items + "]\n}\n" + cognito_workforce("w", '"w"', body=cidrs_block(items))


def write_undeclared_flood(folder):
    # Each WF507 was reported, uncut (200,000 references: 387 MB), and each
    # excerpt of the long line read every mask of the line, one a reference
    # in the local (the local's value may be a secret's): 100,000 and
    # 100,000 took 140 s, 200,000 in the local 557 s.
    module = folder / "flood"
    module.mkdir()
    (module / "main.tf").write_text(undeclared_flood_text())


def undeclared_flood_findings():
    line = "  all = ["
    columns = []
    for i in range(MAX_FINDINGS + 1):
        columns.append(len(line) + 1)
        line += f"var.u{i}, "
    cidrs_line = 1 + undeclared_flood_text().split("\n").index("    cidrs = [" + ", ".join(
        f"var.u{i}" for i in range(UNDECLARED_FLOOD)) + "]")
    return [f'flood/main.tf:2:{columns[i]}: error: reference to undeclared input variable "u{i}"; the module '
            f'declares none: add a variable "u{i}" {{}} block [WF507 tf-undeclared-name]' for i in range(MAX_FINDINGS)] + [
        f"flood/main.tf:2:{columns[MAX_FINDINGS]}: error: the document has more than {MAX_FINDINGS} findings; the rest "
        f"are not reported (limits.max-findings) {LIMIT}",
        f"flood/main.tf:{cidrs_line}:13: error: source_ip_config.cidrs has {UNDECLARED_FLOOD} entries; the allow list "
        "takes 1 to 10 [WF202 cidr-count]",
    ]


CONDITION_READS = 32_000
CONDITIONS_FINDING = ('conditions.tf:96002:20: error: "workforce_name" must be between 1 and 63 characters long, got '
                      '64000: "' + "x" * 57 + '..." [WF006 out-of-range]')


def write_condition_reads(folder):
    # One argument reading 32,000 variables, then 32,000 conditionals on the
    # first: each conditional looked through every variable read before it
    # for the ephemeral ones its condition read (16,000 took 9 s).
    variables = "".join(f'variable "a{i}" {{\n  default = "x"\n}}\n' for i in range(CONDITION_READS))
    template = "".join(f"${{var.a{i}}}" for i in range(CONDITION_READS))
    template += '${var.a0 == "x" ? "b" : "c"}' * CONDITION_READS
    (folder / "conditions.tf").write_text(variables + cognito_workforce("main", f'"{template}"'))


def write_marker_template(folder):
    # A template holding the heredoc marker wflint reads it with, then
    # 30,000 underscores: the marker grew one "_" at a time, each a search
    # of the whole text (111 s). The secret is unknown (a declared variable
    # without a value): no finding.
    (folder / "marker.tf.json").write_text(
        '{"resource": {"aws_sagemaker_workforce": {"main": {"workforce_name": "w0", "oidc_config": {\n'
        + "".join(f'"{name}": "https://idp.example.com/{name}", '
                  for name in ["authorization_endpoint", "issuer", "jwks_uri", "logout_endpoint", "token_endpoint",
                               "user_info_endpoint"])
        + '"client_id": "c", "client_secret": "${var.x}WFLINT_TEMPLATE' + "_" * 30_000 + '"}}}},\n'
        ' "variable": {"x": {"sensitive": true}}}\n')


def write_many_tags(folder):
    # 10,000 distinct keys, then the first again.
    tags = "".join(f"  - {{Key: k{index}, Value: v}}\n" for index in range(10_000))
    (folder / "tags.yaml").write_text(
        REQUEST + "Tags:\n"
        + tags + "  - {Key: k0, Value: again}\n")


def with_extra_params(params):
    """An OIDC workforce whose AuthenticationRequestExtraParams are `params` (lines of YAML)."""
    endpoints = "".join(f"  {name}: https://idp.example.com/{name.lower()}\n" for name in (
        "AuthorizationEndpoint", "TokenEndpoint", "UserInfoEndpoint", "LogoutEndpoint", "JwksUri"))
    return ("WorkforceName: team\nOidcConfig:\n  ClientId: abc\n  ClientSecret: ${SECRET}\n"
            "  Issuer: https://idp.example.com\n" + endpoints + "  Scope: openid\n"
            "  AuthenticationRequestExtraParams:\n" + params)


def write_many_extra_params(folder):
    # 10,000 distinct parameters, then the first again.
    params = "".join(f"    p{index}: v\n" for index in range(10_000))
    (folder / "params.yaml").write_text(with_extra_params(params + "    p0: again\n"))


def write_secret_list(folder):
    # A client secret written as a list of 100,000 items (WF004), each a secret
    # text of the document, one of them held by a URL too: the document is
    # searched for its secrets' texts (the longest 64), not for each of them.
    items = ", ".join(f"s{index:06d}x" for index in range(100_000))
    endpoints = "".join(f"  {name}: https://idp.example.com/{name.lower()}\n" for name in (
        "AuthorizationEndpoint", "TokenEndpoint", "UserInfoEndpoint", "LogoutEndpoint"))
    (folder / "secret-list.yaml").write_text(
        "WorkforceName: team\nOidcConfig:\n  ClientId: c\n  ClientSecret: [" + items + "]\n"
        "  Issuer: https://idp.example.com\n" + endpoints + "  JwksUri: http://idp.example.com/k?s=s000001x\n")


COGNITO = "CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}\n"


def write_unknown_directives(folder):
    # libyaml refuses a directive the AWS CLI ignores; wflint reads on from
    # it with a new parser, never the whole file again for each directive.
    with open(folder / "directive-lines.yaml", "w") as file:
        file.write("%FOO bar\n" * 100_000 + "---\nWorkforceName: team\n" + COGNITO)
    with open(folder / "directive-prologues.yaml", "w") as file:
        file.write("%FOO bar\n---\n" * 20_000 + "WorkforceName: team\n" + COGNITO)
    with open(folder / "directive-ends.yaml", "w") as file:
        file.write("".join(f"---\nx{index}: 1\n%FOO\n" for index in range(20_000)) + "---\nWorkforceName: team\n")


def write_tag_directives(folder):
    # libyaml compares each %TAG directive with those before it in its
    # prologue: 160,000 before one document took 43 s. wflint cuts the stream
    # at the 1,001st, before libyaml reads them, and reads the document before.
    with open(folder / "tag-directives.yaml", "w") as file:
        file.write("WorkforceName: team\n" + COGNITO + "---\n")
        for index in range(160_000):
            file.write(f"%TAG !e{index}! tag:example.com,2000:\n")
        file.write("---\nWorkforceName: team\n" + COGNITO)


def write_colon_led_cidrs(folder):
    # 20,000 IPv6 blocks written ::x/128 in flow style (one colon-led entry
    # each, which libyaml reads only once wflint patches it), then the first again.
    cidrs = ",\n    ".join(f"::{index:x}/128" for index in range(20_000))
    (folder / "colon-cidrs.yaml").write_text(
        f"WorkforceName: team\n{COGNITO}IpAddressType: dualstack\nSourceIpConfig:\n  Cidrs: [{cidrs},\n    ::0/128]\n")


def write_surrogate_escapes(folder):
    # libyaml stops at the first surrogate escape; wflint patches them all and
    # reads the text once more, never again for each. One 3 MB name of
    # 250,000 escaped pairs (as json.dumps writes emoji), and 100,000
    # parameters whose keys each end in a lone surrogate, then the first again.
    (folder / "surrogate-name.yaml").write_text(
        'WorkforceName: "' + "\\ud83d\\ude00" * 250_000 + '"\n' + COGNITO)
    params = "".join(f'    "p{index}\\ud800": v\n' for index in range(100_000))
    (folder / "surrogate-keys.yaml").write_text(with_extra_params(params + '    "p0\\ud800": again\n'))


def write_line_separators(folder):
    # 100,000 tags whose values each hold a raw U+2028 in a plain scalar, which
    # libyaml ends the line at: one token scan and one more read, not one each.
    tags = "".join(f"  - Key: k{index}\n    Value: v\u2028{index}\n" for index in range(100_000))
    (folder / "separators.yaml").write_text(f"WorkforceName: team\n{COGNITO}Tags:\n{tags}", encoding="utf-8")
    # 16,000 documents, each after a directive libyaml refuses and each holding
    # a raw U+2028 libyaml fails at: each segment would have read the rest of
    # the file again, or made its line index again.
    (folder / "separator-segments.yaml").write_text(
        "%FOO bar\n---\nWorkforceName: a\u2028b\n...\n" * 16_000, encoding="utf-8")
    # 40,000 flow mappings on one line, each value holding one: each position
    # on the line counted them all back to the line's start (9 s).
    entries = ",".join(f"{{Key: k{index}, Value: v\u2028w}}" for index in range(40_000))
    (folder / "separators-one-line.yaml").write_text(f"WorkforceName: team\n{COGNITO}Tags: [{entries}]\n", encoding="utf-8")
    # A million in one run between tokens, in a comment, in a flow collection:
    # each was read back to the run's start, or the gap's (2.4 s for 40,000).
    run = "\u2028" * 1_000_000
    (folder / "separator-run-gap.yaml").write_text(f"WorkforceName:{run}team\n{COGNITO}", encoding="utf-8")
    (folder / "separator-run-comment.yaml").write_text(f"{COGNITO}WorkforceName: a # c{run}\n", encoding="utf-8")
    (folder / "separator-run-flow.yaml").write_text(f"{COGNITO}WorkforceName: [a,{run}b]\n", encoding="utf-8")


def cases():
    return [
        Case("file over max-file-size (200 MiB, not read)", ["big.json"], 1, [
            f"big.json:1:1: error: the file is 209715200 bytes, over the 16 MiB limit (limits.max-file-size); it was not read {LIMIT}",
        ], prepare=write_big_file),
        Case("standard input without end (/dev/zero)", ["-", "--stdin-filename", "zero.yaml"], 1, [
            f"zero.yaml:1:1: error: the input is larger than the 16 MiB limit (limits.max-file-size); it was not read {LIMIT}",
        ], stdin="/dev/zero"),
        Case("a 50 MB line over the default limit", ["line.json"], 1, [
            f"line.json:1:1: error: the file is 50000094 bytes, over the 16 MiB limit (limits.max-file-size); it was not read {LIMIT}",
        ], prepare=write_one_line),
        Case("a 50 MB line under a raised limit, as SARIF", ["--format", "sarif", "line.json"], 1, None,
             prepare=lambda folder: write_one_line(folder, "64 MiB")),
        Case("a 50 MB line under a raised limit", ["line.json"], 1, [
            'line.json:1:19: error: "WorkforceName" must be between 1 and 63 characters long, got 50000000: "'
            + "a" * 57 + f'..." [WF006 out-of-range]',
        ], prepare=lambda folder: write_one_line(folder, "64 MiB")),
        Case("nesting 100,000 deep", ["deep.json", "deep.yaml", "deep-map.yaml"], 1, [
            f"deep-map.yaml:257:257: error: nesting deeper than 256 levels (limits.max-depth) {LIMIT}",
            f"deep.json:1:257: error: nesting deeper than 256 levels (limits.max-depth) {LIMIT}",
            f"deep.yaml:1:259: error: nesting deeper than 256 levels (limits.max-depth) {LIMIT}",
        ], prepare=write_deep),
        Case("a tag the AWS CLI cannot load, then nesting 100,000 deep (200 and 500 KB)",
             ["tag-deep.yaml", "tag-deep-map.yaml"], 1, [
            f"{name}:1:4: error: the AWS CLI and PyYAML cannot load the tag !Sub here: neither loader has a "
            f"constructor for a scalar with this tag {SYNTAX}" for name in ["tag-deep-map.yaml", "tag-deep.yaml"]
        ], prepare=write_deep_after_a_tag),
        Case("more than 1,000,000 nodes in JSON", ["nodes.json"], 1, [
            f"nodes.json:1:2000000: error: the document has more than 1000000 nodes (limits.max-nodes) {LIMIT}",
        ], prepare=write_many_nodes),
        Case("more than 1,000,000 nodes in YAML", ["nodes.yaml"], 1, [
            f"nodes.yaml:500000:10: error: the document has more than 1000000 nodes (limits.max-nodes) {LIMIT}",
        ], prepare=write_many_nodes),
        Case("billion laughs", ["billion-laughs.yaml"], 1, [
            "billion-laughs.yaml:8:45: error: alias '*a4' repeats 111111 nodes, which takes the document past 1000000 "
            "nodes (limits.max-nodes); each use of an alias counts all it refers to, so aliases of aliases "
            f'(a "billion laughs") stop here {LIMIT}',
        ]),
        Case("a few aliases lint normally", ["few-aliases.yaml"], 1, []),
        Case("400 aliases of a 1,000-CIDR workforce (17 KB)", ["aliases.yaml"], 1, aliased_workforce_findings(),
             prepare=write_aliased_workforce),
        Case("a 1,000-CIDR list shared by 900 workforces (93 KB)", ["shared.yaml"], 1, shared_list_findings(),
             prepare=lambda folder: write_shared_list(folder, "shared.yaml", [cidr(index) for index in range(1000)])),
        Case("the same with host bits set: 900,000 findings asked for", ["host-bits.yaml"], 1,
             shared_host_bit_findings(),
             prepare=lambda folder: write_shared_list(folder, "host-bits.yaml", HOST_BIT_CIDRS)),
        Case("two documents of 990 workforces merging one 990-CIDR list (298 KB)", ["merged.yaml"], 1,
             merged_lists_findings(), prepare=write_merged_lists),
        Case("100,000 aliased anchors and 9,900 fixable findings (4.6 MB)", ["anchors.yaml"], 1,
             anchors_and_fixes_findings(), prepare=write_anchors_and_fixes),
        Case("--fix with 32,000 fixes in one file of 16 documents (628 KB)", ["--fix", "fixes.yaml"], 1,
             many_fixes_findings(), prepare=write_many_fixes),
        Case("--fix with 40,000 fixes in one document, four rounds of max-findings (835 KB)",
             ["--fix", "fix-rounds.yaml"], 1, [f"fix-rounds.yaml:5:5: {TOO_MANY.format(40_000)}"],
             prepare=write_fixes_past_max_findings),
        Case("20,000 misspelt tag keys in one list, each with a pack's fix to one key (769 KB)",
             ["--rules", str(ROOT / "rules" / "examples" / "fixes.yaml"), "--ignore", "WF302", "tags.yaml"], 1,
             misspelt_tag_keys_findings(), prepare=write_misspelt_tag_keys),
        Case("a rule pack of 8,000 rules named as a file to lint (3.3 MB)", ["pack.yaml"], 1, [],
             prepare=write_big_pack),
        Case("a rule pack whose message holds 50,000 placeholders (400 KB)", ["--rules", "message-pack.yaml"], 1, [],
             prepare=write_big_message_pack),
        Case("40,000 members named like a secret, 10,000 findings (909 KB)", ["secret-keys.yaml"], 1,
             secret_keys_findings(), prepare=write_secret_keys),
        Case("a Terraform module of 12,800 resources, each with a finding in a file of its own (274 KB)",
             ["varfiles/main.tf"], 1, variable_files_findings(), prepare=write_variable_files),
        Case("a Terraform module of 2,000 workforce files, each reading a variable it does not declare (WF507)",
             ["undeclared"], 1, undeclared_names_findings(), prepare=write_undeclared_names),
        Case("a Terraform module of 2,000 workforce files and a file of locals with 2,000 WF507s, each shown once",
             ["modulefindings"], 1, module_findings(), prepare=write_module_findings),
        Case("the same module's file of locals named alone, as a pre-commit hook names it (its module's 2,000 lints)",
             ["modulefindings/locals.tf"], 1, module_findings(), prepare=write_module_findings),
        Case("a Terraform module of 2,000 OIDC workforce files, each reading its own member of one local as its secret",
             ["secretmembers"], 1, secret_members_findings(), prepare=write_secret_members),
        # Each of the 2,000 lints of its module's check handed on the 2,000
        # places of the secrets, all kept (344 MiB); and a buffer's module
        # check read and parsed the folder again for each lint (221 s).
        Case("that module's file of locals named alone, as a pre-commit hook names it (its module's 2,000 lints)",
             ["secretmembers/locals.tf"], 1, secret_members_findings(), prepare=write_secret_members),
        Case("that file of locals as an editor's unsaved buffer (--stdin-filename)",
             ["-", "--stdin-filename", "secretmembers/locals.tf"], 1, secret_members_findings(),
             prepare=write_secret_members, stdin="secretmembers/locals.tf"),
        Case("750 workforce files with a finding each and 750 non-ASCII secrets in their module",
             ["nonascii"], 1, non_ascii_secrets_findings(), prepare=write_non_ascii_secrets),
        Case("2,000 workforce files with a finding and a literal client_secret each", ["literals"], 1,
             literal_secrets_findings(), prepare=write_literal_secrets),
        Case("100 references to undeclared variables of 2,000-character names (WF507's did-you-mean)",
             ["longnames/main.tf"], 1, long_names_findings(), prepare=write_long_names),
        Case("20,000 CIDRs in JSON", ["cidrs.json"], 1, [
            "cidrs.json:2:30: error: Cidrs has 20002 entries; the allow list takes 1 to 10 [WF202 cidr-count]",
            'cidrs.json:3:2: warning: [*] CIDR "10.0.0.0/24" is already covered by "10.0.0.0/24" at 2:31 [WF204 cidr-redundant]',
            'cidrs.json:3:17: warning: [*] CIDR "10.0.1.128/25" is already covered by "10.0.1.0/24" at 2:46 '
            "[WF204 cidr-redundant]",
        ], prepare=write_many_cidrs),
        Case("80,000 repeats of one CIDR; 200,000 of one scope token (2.6 MB)", ["repeats.yaml", "scope.yaml"], 1, [
            'repeats.yaml:7:5: error: Cidrs has 80000 entries; the allow list takes 1 to 10 [WF202 cidr-count]',
            'repeats.yaml:8:7: warning: [*] CIDR "10.0.0.0/8" is already covered by "10.0.0.0/8" at 7:7 '
            "[WF204 cidr-redundant]",
            "repeats.yaml:9:7: error: the document has more than 2 findings; the rest are not reported "
            f"(limits.max-findings) {LIMIT}",
            "scope.yaml:4:17: warning: ClientSecret is a literal secret committed in the file; write a placeholder "
            "such as ${OIDC_CLIENT_SECRET} and fill it in at deploy time [WF140 client-secret-literal]",
            'scope.yaml:11:10: error: "Scope" must be at most 1024 characters long, got 1200006: "openid email email '
            'email email email email email email em..." [WF006 out-of-range]',
            "scope.yaml:11:10: error: the document has more than 2 findings; the rest are not reported "
            f"(limits.max-findings) {LIMIT}",
        ], prepare=write_repeats),
        Case("100,000 repeats of one CIDR in a flow list on one line (1.2 MB)", ["one-line.yaml"], 1, [
            "one-line.yaml:6:10: error: Cidrs has 100000 entries; the allow list takes 1 to 10 [WF202 cidr-count]",
            'one-line.yaml:6:23: warning: [*] CIDR "10.0.0.0/8" is already covered by "10.0.0.0/8" at 6:11 '
            "[WF204 cidr-redundant]",
            "one-line.yaml:6:35: error: the document has more than 2 findings; the rest are not reported "
            f"(limits.max-findings) {LIMIT}",
        ], prepare=write_one_line_repeats),
        Case("a pack's enum of 20,000 values against 20,000 tags; its within of 30,000 ranges against 30,000 CIDRs",
             ["--rules", "enum-pack.yaml", "--rules", "within-pack.yaml", "tags.yaml", "cidrs.yaml"], 1, [
            "cidrs.yaml:6:10: error: Cidrs has 30000 entries; the allow list takes 1 to 10 [WF202 cidr-count]",
            "cidrs.yaml:6:11: warning: value 10.0.0.0/24 is not allowed [RANGES001 ranges-list]",
            f"cidrs.yaml:6:24: error: the document has more than 2 findings; the rest are not reported (limits.max-findings) {LIMIT}",
            "tags.yaml:6:11: warning: value k1 is not allowed [KEYS001 keys-list]",
            'tags.yaml:6:3: error: "Tags" must have at most 50 entries, got 20000 [WF006 out-of-range]',
            f"tags.yaml:7:11: error: the document has more than 2 findings; the rest are not reported (limits.max-findings) {LIMIT}",
        ], prepare=write_long_pack_lists),
        # Each workforce's finding is the shared file's, related to its own use.
        Case("16,000 workforce files whose findings are in one shared file", ["shared"], 1, [
            'shared/locals.tf:2:12: warning: CIDR "10.0.0.1/24" has host bits set; the block it allows is '
            '"10.0.0.0/24" [WF203 cidr-host-bits]',
        ] * 16_000, prepare=write_shared_finding),
        Case("20,000 splats of a local of 20,000 CIDRs; a for over it whose elements are the splat",
             ["splats", "forsplat"], 1, [
            f"{folder}/main.tf:4:1: error: the values aws_sagemaker_workforce.w0 reads through references take this lint "
            f"past 1000000 nodes (limits.max-nodes); those past it are unknown and were not checked {LIMIT}"
            for folder in ["splats", "forsplat"]
        ] + [
            f"splats/main.tf:2:8: error: the document has more than 2 findings; the rest are not reported (limits.max-findings) {LIMIT}",
        ] + [
            'splats/main.tf:2:8: warning: CIDR "10.0.0.0/24" is already covered by "10.0.0.0/24" at 2:8 [WF204 cidr-redundant]',
        ] * 2, prepare=write_splats),
        Case("a module of 16 files of 8 workforces reading locals that double 15 to 22 times (32 KB)", ["doubling"], 1,
             doubling_module_findings(), prepare=write_doubling_module),
        Case("20,000 different reads of a dynamic block's iterator over 20,000 ephemeral elements (0.7 MB)",
             ["iterator.tf"], 1, [
            "iterator.tf:13:16: error: aws_sagemaker_workforce.w0 takes one source_ip_config block, and this for_each makes "
            "20000; give it at most one element [WF502 tf-repeated-block]",
            'iterator.tf:15:15: error: "cidrs" of source_ip_config reads var.tok, an ephemeral value; Terraform takes none '
            "in a resource argument, whose value must persist from plan to apply: give it one that is not ephemeral "
            "[WF506 tf-ephemeral-value]",
            "iterator.tf:15:15: error: source_ip_config.cidrs has 20000 entries; the allow list takes 1 to 10 [WF202 cidr-count]",
        ], prepare=write_iterator_reads),
        Case("10,000 findings in a local map of 100,000 entries read as extra params (1.6 MB)", ["wide.tf"], 1,
             wide_local_findings(), prepare=write_wide_local),
        Case("20,000 dynamic blocks in one workforce (1.8 MB)", ["dynamic.tf"], 1, [
            "dynamic.tf:10:15: error: source_ip_config.cidrs has 0 entries; the allow list takes 1 to 10 "
            "[WF202 cidr-count]",
        ], prepare=write_dynamic_blocks),
        Case("330,000 numbers and bools on one line of a .tf file (1.1 MB)", ["literals.tf"], 1, [
            "literals.tf:8:14: error: \"source_ip_config.cidrs[0]\" must be a string, got a list [WF004 wrong-type]",
        ], prepare=write_one_line_literals),
        Case("80,000 objects on one line of a local, read through a splat (1.8 MB)", ["objects.tf"], 1, [
            "objects.tf:2:7: error: source_ip_config.cidrs has 80000 entries; the allow list takes 1 to 10 [WF202 cidr-count]",
        ], prepare=write_one_line_objects),
        Case("a chain of 50,000 locals in a .tf.json file", ["chain.tf.json"], 1, [
            "chain.tf.json:2:43: error: a value aws_sagemaker_workforce.main reads goes through more than 256 "
            f"references, each reading the next (limits.max-depth); the rest is unknown and was not checked {LIMIT}",
        ], prepare=write_local_chain),
        Case("50,000 references to undeclared variables in a local and 50,000 in a workforce (1.5 MB)",
             ["flood"], 1, undeclared_flood_findings(), prepare=write_undeclared_flood),
        Case("100,000 references to locals on one line (4 MB)", ["references.tf"], 1, [
            "references.tf:100010:13: error: source_ip_config.cidrs has 100000 entries; the allow list takes 1 to 10 "
            "[WF202 cidr-count]",
        ], prepare=write_references_on_one_line),
        Case("templates of locals that double 40 times, and 30,000 of an 8 MiB one (1.4 MB)", ["doubling.tf"], 1, [
            "doubling.tf:30044:1: error: the templates aws_sagemaker_workforce.main reads render more than 16 MiB of "
            "text in this lint; those past it are unknown and were not checked [WF011 resource-limit]",
            "doubling.tf:30051:13: error: source_ip_config.cidrs has 30000 entries; the allow list takes 1 to 10 "
            "[WF202 cidr-count]",
        ], prepare=write_template_doubling),
        Case("one argument reading 32,000 variables, then 32,000 conditionals (2.4 MB)", ["conditions.tf"], 1, [
            CONDITIONS_FINDING,
        ], prepare=write_condition_reads),
        Case("a .tf.json template of 30,000 underscores after wflint's heredoc marker", ["marker.tf.json"], 1, [],
             prepare=write_marker_template),
        Case("10,000 tags", ["tags.yaml"], 1, [
            'tags.yaml:4:3: error: "Tags" must have at most 50 entries, got 10001 [WF006 out-of-range]',
            'tags.yaml:10004:11: error: duplicate tag key "k0", first defined at 4:11 [WF302 tag-duplicate-key]',
        ], prepare=write_many_tags),
        Case("10,000 extra params", ["params.yaml"], 1, [
            # 10,001 entries, one key twice: 10,000 members sent (json.loads and PyYAML keep the last).
            'params.yaml:13:5: error: "AuthenticationRequestExtraParams" must have at most 10 entries, got 10000 '
            "[WF006 out-of-range]",
            'params.yaml:10013:5: error: duplicate key "p0", first defined at 13:5 [WF002 duplicate-key]',
        ], prepare=write_many_extra_params),
        Case("a client secret of 100,000 items, one held by a URL (1 MB)", ["secret-list.yaml"], 1, [
            'secret-list.yaml:4:17: error: "ClientSecret" must be a string, got a list [WF004 wrong-type]',
            'secret-list.yaml:10:12: error: JwksUri "http://idp.example.com/k?s=***" must begin with "https://" '
            "[WF111 oidc-https]",
        ], prepare=write_secret_list),
        Case("100,000 unknown directives; 20,000 prologues; 20,000 documents ended by a directive",
             ["directive-lines.yaml", "directive-prologues.yaml", "directive-ends.yaml"], 1, [],
             prepare=write_unknown_directives),
        Case("160,000 %TAG directives before one document (5.8 MB)", ["tag-directives.yaml"], 1, [
            "tag-directives.yaml:1004:1: error: more than 1000 %TAG directives before one document; libyaml, which "
            f"reads YAML for wflint, compares each with those before it, so wflint reads no more {SYNTAX}",
        ], prepare=write_tag_directives),
        # WF009 (PyYAML refuses each entry) is left out: 20,000 warnings would time the report, not the reading.
        Case("20,000 colon-led IPv6 CIDRs in flow style", ["--ignore", "WF009", "colon-cidrs.yaml"], 1, [
            "colon-cidrs.yaml:5:10: error: Cidrs has 20001 entries; the allow list takes 1 to 10 [WF202 cidr-count]",
            'colon-cidrs.yaml:20005:5: warning: [*] CIDR "::0/128" is already covered by "::0/128" at 5:11 '
            "[WF204 cidr-redundant]",
        ], prepare=write_colon_led_cidrs),
        Case("surrogate escapes: 250,000 pairs in one name (3 MB); 100,000 keys with a lone one",
             ["surrogate-name.yaml", "surrogate-keys.yaml"], 1, [
            'surrogate-keys.yaml:13:5: error: "AuthenticationRequestExtraParams" must have at most 10 entries, '
            "got 100000 [WF006 out-of-range]",
            'surrogate-keys.yaml:100013:5: error: duplicate key "p0\\uD800", first defined at 13:5 [WF002 duplicate-key]',
            'surrogate-name.yaml:1:16: error: "WorkforceName" must be between 1 and 63 characters long, got 250000 '
            'characters (500000 UTF-16 code units): "' + "\U0001F600" * 57 + '..." [WF006 out-of-range]',
        ], prepare=write_surrogate_escapes),
        # WF009 (PyYAML refuses each value) is left out: 100,000 warnings would time the report.
        # Every document is read as the AWS CLI reads it: the first segment's
        # second read gives all their separators spaces at once.
        Case("100,000 plain scalars holding a raw U+2028 (2.3 MB); 16,000 such documents after unknown directives",
             ["--ignore", "WF009", "separators.yaml", "separator-segments.yaml"], 1, [
            f'separator-segments.yaml:{4 * document + 3}:16: error: "WorkforceName" must match the API pattern '
            "'[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}', got \"a\\u2028b\" [WF007 pattern]"
            for document in range(16_000)
        ] + [
            'separators.yaml:4:3: error: "Tags" must have at most 50 entries, got 100000 [WF006 out-of-range]',
        ], prepare=write_line_separators),
        Case("a million raw U+2028 in one run between tokens, in a comment, in a flow collection (3 MB each)",
             ["--ignore", "WF009", "separator-run-gap.yaml", "separator-run-comment.yaml", "separator-run-flow.yaml"], 1, [
            'separator-run-flow.yaml:2:16: error: "WorkforceName" must be a string, got a list [WF004 wrong-type]',
        ], prepare=write_line_separators),
        Case("40,000 flow mappings on one line, each value holding a raw U+2028 (1.3 MB)",
             ["--ignore", "WF009", "separators-one-line.yaml"], 1, [
            'separators-one-line.yaml:3:7: error: "Tags" must have at most 50 entries, got 40000 [WF006 out-of-range]',
        ], prepare=write_line_separators),
        Case("invalid UTF-8 and NUL bytes", ["invalid-utf8.json", "invalid-utf8.yaml", "nul.json", "nul.yaml"], 1, [
            f"invalid-utf8.json:1:23: error: invalid UTF-8 byte 0xE9 {SYNTAX}",
            # libyaml stops at the line end (0xE9 starts a three-byte sequence); the byte named is the 0xE9.
            f"invalid-utf8.yaml:1:19: error: invalid UTF-8 byte 0xE9 {SYNTAX}",
            f"nul.json:1:21: error: control character U+0000 in string must be escaped {SYNTAX}",
            f"nul.yaml:1:17: error: control characters are not allowed: U+0000 {SYNTAX}",
        ]),
        Case("UTF-16 and UTF-32 byte-order marks", ["utf16le.json", "utf16be.yaml", "utf32le.yaml", "utf8-bom.yaml"], 1, [
            "utf16be.yaml:1:1: error: the file is UTF-16BE text (it starts with the byte-order mark FE FF); "
            f"{UTF8_ONLY} UTF-16BE -t UTF-8 {SYNTAX}",
            "utf16le.json:1:1: error: the file is UTF-16LE text (it starts with the byte-order mark FF FE); "
            f"{UTF8_ONLY} UTF-16LE -t UTF-8 {SYNTAX}",
            "utf32le.yaml:1:1: error: the file is UTF-32LE text (it starts with the byte-order mark FF FE 00 00); "
            f"{UTF8_ONLY} UTF-32LE -t UTF-8 {SYNTAX}",
            'utf8-bom.yaml:1:16: error: "WorkforceName" must be between 1 and 63 characters long, got 0: "" [WF006 out-of-range]',
        ]),
        Case("CRLF and lone CR line ends", ["crlf.yaml", "cr.yaml"], 1, [
            f'cr.yaml:4:11: error: {CIDR_33}',
            f'crlf.yaml:4:11: error: {CIDR_33}',
        ]),
        Case("a binary file", ["binary.json"], 1, [
            f"binary.json:1:1: error: invalid UTF-8 byte 0x89 {SYNTAX}",
        ]),
        Case("a pattern that backtracks catastrophically", ["--rules", "evil-pattern-pack.yaml", "evil-pattern.yaml"], 1, [
            'evil-pattern.yaml:4:21: error: rule EVIL001 (tag-value-letters) could not check this value: its pattern '
            f'"^(a+)+$" reached PCRE2\'s match limit (limits.regex-match-limit: 1000000) {LIMIT}',
            'evil-pattern.yaml:5:21: warning: tag value "b" is not a run of a [EVIL001 tag-value-letters]',
        ]),
        # A walk reads regular files only: the FIFO, the device and the dangling link are skipped.
        Case("a walk with link loops, a folder named x.json, a FIFO, a device, a dangling link", ["tree"], 1, [
            'tree/x.json/inner.yaml:1:16: error: "WorkforceName" must be between 1 and 63 characters long, got 0: "" [WF006 out-of-range]',
        ], prepare=write_walk),
        Case("a FIFO and a device named on the command line", ["pipe.json", "/dev/zero"], 2, [
            "pipe.json: error: cannot read: not a regular file (a named pipe)",
            "/dev/zero: error: cannot read: not a regular file (a character device)",
        ], prepare=write_fifo),
        Case("unreadable file and folder", ["secret.yaml", "closed", "missing.yaml"], 2, [
            "missing.yaml: error: cannot read: No such file or directory",
            "closed: error: cannot read: Permission denied",
            "secret.yaml: error: cannot read: Permission denied",
        ], prepare=write_unreadable, as_nobody=True),
        Case("a broken rule pack", ["--rules", "broken-pack.yaml"], 2, [], others=["good.yaml"],
             stderr='broken-pack.yaml:7:15: error: unknown severity "fatal"; valid severities: error, note, warning'),
    ]


def headlines(output):
    """The report's lines that are not excerpts, without the closing summary
    and the count of fixable findings after it."""
    lines = [line for line in output.splitlines() if line and not line.startswith(" ")]
    if lines and " fixable with --fix" in lines[-1]:
        lines = lines[:-1]
    return lines[:-1] if lines and ("checked" in lines[-1] or "no problems" in lines[-1]) else lines


@dataclass
class Outcome:
    status: int
    stdout: str
    stderr: str
    seconds: float  # wall time, reported only
    cpu_seconds: float  # user + system time, bounded
    mebibytes: float


def execute(command, folder, stdin):
    """Runs `command`, reading its output as it comes, and measures its wall
    time, CPU time and peak resident set (wait4's rusage of that one child).
    The watchdog is a hang guard, far above any bound."""
    started = time.monotonic()
    process = subprocess.Popen(command, cwd=folder, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env={**os.environ, "NO_COLOR": "1"})
    outputs = {}
    readers = [threading.Thread(target=lambda name=name, pipe=pipe: outputs.__setitem__(name, pipe.read()))
               for name, pipe in (("stdout", process.stdout), ("stderr", process.stderr))]
    for reader in readers:
        reader.start()
    watchdog = threading.Timer(60, process.kill)
    watchdog.start()
    _, status, usage = os.wait4(process.pid, 0)
    watchdog.cancel()
    process.returncode = os.waitstatus_to_exitcode(status)
    for reader in readers:
        reader.join()
    return Outcome(process.returncode, outputs["stdout"].decode(errors="replace"), outputs["stderr"].decode(errors="replace"),
                   time.monotonic() - started, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def check(case, outcome):
    problems = []
    if outcome.status != case.status:
        problems.append(f"exit code {outcome.status}, expected {case.status}\n{outcome.stderr[-2000:]}")
    if case.lines is None:
        if '"ruleId": "WF006"' not in outcome.stdout:
            problems.append("the SARIF log lacks the WF006 finding")
    else:
        expected = sorted(case.lines + ([BAD] if "bad.yaml" in case.others else []))
        got = sorted(headlines(outcome.stdout))
        if case.stderr:
            expected, got = [case.stderr], [line for line in outcome.stderr.splitlines() if line.startswith(case.stderr)]
        if got != expected:
            problems.append("findings differ:\n  expected: " + "\n            ".join(expected)
                            + "\n  got:      " + "\n            ".join(got))
    if outcome.cpu_seconds > case.seconds:
        problems.append(f"took {outcome.cpu_seconds:.2f} s of CPU time, over the {case.seconds} s guard")
    if outcome.mebibytes > case.mebibytes:
        problems.append(f"peaked at {outcome.mebibytes:.0f} MiB, over the {case.mebibytes} MiB bound")
    return problems


def run(case, binary, work):
    folder = Path(tempfile.mkdtemp(prefix="case-", dir=work))
    os.chmod(folder, 0o755)
    for name in os.listdir(FIXTURES):
        shutil.copy(FIXTURES / name, folder / name)
    if case.prepare:
        case.prepare(folder)
    command = [str(binary), *case.args, *case.others]
    if case.as_nobody:
        if os.getuid() != 0:
            return ["needs root, to run wflint as the user nobody (root reads every file)"], None
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    # A relative `stdin` is a file the case's `prepare` wrote.
    stdin_path = (case.stdin if os.path.isabs(case.stdin) else folder / case.stdin) if case.stdin else os.devnull
    with open(stdin_path, "rb") as stdin:
        outcome = execute(command, folder, stdin)
    shutil.rmtree(folder, onerror=lambda function, path, _: (os.chmod(os.path.dirname(path), 0o700), function(path)))
    return check(case, outcome), outcome


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", default=str(ROOT / ".build" / "release" / "wflint"))
    parser.add_argument("--only", help="run only the cases whose name contains this")
    options = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="wflint-hostile-"))
    os.chmod(work, 0o755)
    # A copy the user nobody can run, wherever the checkout is.
    binary = work / "wflint"
    shutil.copy(options.binary, binary)
    os.chmod(binary, 0o755)
    failures = 0
    for case in cases():
        if options.only and options.only not in case.name:
            continue
        problems, outcome = run(case, binary, work)
        failures += bool(problems)
        measured = (f"{outcome.cpu_seconds:5.2f} s CPU {outcome.seconds:5.2f} s wall {outcome.mebibytes:4.0f} MiB"
                    if outcome else "")
        slow = outcome and not problems and outcome.cpu_seconds > TARGET_SECONDS
        print(f"{'FAIL' if problems else 'slow' if slow else 'ok  '} {measured}  {case.name}")
        if slow:
            print(f"     over the {TARGET_SECONDS} s target of docs/security.md (not a failure: see the docstring)")
        for problem in problems:
            print("     " + problem.replace("\n", "\n     "))
    shutil.rmtree(work, ignore_errors=True)
    print(f"{failures} hostile-input case(s) failed" if failures else "every hostile-input case held its bounds")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
