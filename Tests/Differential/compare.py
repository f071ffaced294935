"""wflint's verdict against the consumers', and the documented differences.

A case differs when
- "stricter": the consumers accept it and wflint reports an error (warnings
  and notes are advice and never change a verdict);
- "laxer": the consumers reject it and wflint reports no error;
- "pyyaml": PyYAML reads an accepted YAML document differently from the AWS
  CLI and wflint gives no WF009 warning there;
- "warning": wflint gives a WF009 warning where PyYAML reads the same.
A difference is documented when entries of deliberate-differences.yaml explain
every finding of it (or its consumer reason, for "laxer").
"""
import pathlib
import re
from dataclasses import dataclass, field

import yaml

from consumers import pyyaml_difference, value_at

LIST = pathlib.Path(__file__).with_name("deliberate-differences.yaml")


@dataclass
class Entry:
    id: str
    section: str  # "deliberate" or "known-bugs"
    direction: str
    why: str
    rules: list = field(default_factory=list)
    pointer: str = None
    message: str = None
    value: str = None
    reason: str = None
    format: str = None
    value_type: str = None
    case: str = None  # known-bugs only: the generated cases it names
    issue: str = None  # known-bugs only: where the bug is filed

    def explains_case(self, case):
        return self.case is None or re.search(self.case, case.id) is not None

    def explains_finding(self, finding, loaded, fmt):
        if self.rules and finding["ruleId"] not in self.rules:
            return False
        if self.format is not None and self.format != fmt:
            return False
        if self.value_type is not None and type(value_at(loaded, finding["pointer"])).__name__ != self.value_type:
            return False
        if self.pointer is not None and not re.fullmatch(self.pointer, finding["pointer"]):
            return False
        if self.message is not None and not re.search(self.message, finding["message"]):
            return False
        if self.value is not None:
            value = value_at(loaded, finding["pointer"])
            if not isinstance(value, str) or not re.fullmatch(self.value, value, re.DOTALL):
                return False
        return True

    def explains_reason(self, reason):
        return re.search(self.reason, reason) is not None


def load_entries():
    listed = yaml.safe_load(LIST.read_text())
    entries = []
    for section in ("deliberate", "known-bugs"):
        for raw in listed.get(section) or []:
            entry = Entry(section=section, **raw)
            # A deliberate difference is a rule, never a list of cases.
            assert section == "known-bugs" or (entry.case is None and (entry.rules or entry.reason)), entry.id
            entries.append(entry)
    return entries


@dataclass
class Difference:
    case: object
    direction: str
    consumer: object
    findings: list
    unexplained: list  # the findings (or the reason) no entry explains
    entries: list  # the entries that explain the rest

    @property
    def documented(self):
        return not self.unexplained and all(e.section == "deliberate" for e in self.entries)

    @property
    def known_bug(self):
        return not self.unexplained and any(e.section == "known-bugs" for e in self.entries)


def counted_errors(findings):
    return [f for f in findings if f["severity"] == "error"]


def differences(case, consumer, findings, entries):
    """Every difference of one case (usually none)."""
    found = []
    errors = counted_errors(findings)
    if consumer.accepted and errors:
        found.append(explain_findings(case, "stricter", consumer, findings, errors, entries))
    if not consumer.accepted and not errors:
        matching = [e for e in entries if e.direction == "laxer" and e.explains_case(case)
                    and (e.reason is None or e.explains_reason(consumer.reason))
                    and (not e.rules or any(f["ruleId"] in e.rules for f in findings))]
        found.append(Difference(case, "laxer", consumer, findings, [] if matching else [consumer.reason], matching[:1]))
    # A document wflint cannot read (WF001) gets no WF009: its "stricter"
    # difference above is the one to explain.
    if case.fmt == "yaml" and consumer.accepted and not any(f["ruleId"] == "WF001" for f in findings):
        found.extend(warning_differences(case, consumer, findings, entries))
    return found


def explain_findings(case, direction, consumer, findings, subject, entries):
    unexplained, used = [], []
    for finding in subject:
        entry = next((e for e in entries if e.direction == direction and e.explains_case(case)
                      and e.explains_finding(finding, consumer.loaded, case.fmt)), None)
        if entry is None:
            unexplained.append(finding)
        elif entry not in used:
            used.append(entry)
    return Difference(case, direction, consumer, findings, unexplained, used)


def warning_differences(case, consumer, findings, entries):
    found = []
    warned = [f for f in findings if f["ruleId"] == "WF009"]
    differs_at = pyyaml_difference(case.text, consumer.loaded)
    def within(finding):
        return differs_at is not None and (finding["pointer"] == differs_at or
                                           finding["pointer"].startswith(differs_at + "/"))

    if differs_at is not None and not any(within(f) for f in warned):
        missing = {"ruleId": "WF009", "severity": "warning", "pointer": differs_at,
                   "message": "(missing) PyYAML reads this differently from the AWS CLI", "start": None}
        found.append(explain_findings(case, "pyyaml", consumer, findings, [missing], entries))
    spurious = [f for f in warned if not within(f)]
    if spurious:
        found.append(explain_findings(case, "warning", consumer, findings, spurious, entries))
    return [d for d in found if d.unexplained or d.entries]
