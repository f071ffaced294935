"""A difference as a person reads it: the document, the consumers' verdict and
reason, wflint's findings; and the whole list grouped by class."""
import collections

CLASSES = ["YAML reading", "Unicode keys", "timestamps", "patterns", "lengths", "URLs", "other"]


def issue_class(difference):
    """The class of issue 10 a difference most likely belongs to, by what the
    case varied."""
    name = difference.case.id
    if name.startswith("keys:"):
        return "Unicode keys"
    if "timestamp" in name or "CreationTime" in name or "epoch" in name:
        return "timestamps"
    if any(word in name for word in (" form ", "header", "merge key", "two documents", "document end", "flow style")):
        return "YAML reading"
    if difference.direction in ("pyyaml", "warning"):
        return "YAML reading"
    if any(word in name for word in ("Issuer", "Endpoint", "JwksUri")):
        return "URLs"
    if " inside " in name or " at end " in name:
        return "patterns"
    if "length" in name:
        return "lengths"
    return "other"


def describe(difference):
    consumer = difference.consumer
    verdict = "accepted" if consumer.accepted else f"rejected: {consumer.reason}"
    lines = [f"### {difference.case.id} ({difference.direction})", "",
             f"- operation: {difference.case.operation}",
             f"- consumers: {verdict}",
             "- wflint: " + ("no error" if not any(f['severity'] == 'error' for f in difference.findings) else "errors")]
    for finding in difference.findings:
        start = finding.get("start") or {}
        lines.append(f"  - {finding['ruleId']} {finding['severity']} at {start.get('line')}:{start.get('column')} "
                     f"{finding['pointer']!r}: {finding['message']}")
    if difference.unexplained:
        lines.append("- not explained by any entry: " + "; ".join(
            f"{u['ruleId']} {u['pointer']!r}" if isinstance(u, dict) else str(u) for u in difference.unexplained))
    lines += ["", "```" + difference.case.fmt, difference.case.text.rstrip("\n").replace("```", "`\u200b``"), "```", ""]
    return "\n".join(lines)


def grouped(differences, title, limit_per_class=None):
    """Markdown: differences by class, each with one reproducing document
    first (the shortest), then the ids of the rest."""
    by_class = collections.defaultdict(list)
    for difference in differences:
        by_class[issue_class(difference)].append(difference)
    out = [f"# {title}", "", f"{len(differences)} differences.", "",
           "| class | direction | unexplained (or known bug) | cases | e.g. |", "|---|---|---|---|---|"]
    counts = collections.Counter((issue_class(d), d.direction, unexplained_names(d)) for d in differences)
    examples = {}
    for d in differences:
        examples.setdefault((issue_class(d), d.direction, unexplained_names(d)), d.case.id)
    for key in sorted(counts, key=lambda k: (CLASSES.index(k[0]), -counts[k])):
        out.append(f"| {key[0]} | {key[1]} | {key[2]} | {counts[key]} | {examples[key]} |")
    out.append("")
    for name in CLASSES:
        found = by_class.get(name, [])
        if not found:
            continue
        out += [f"## {name} ({len(found)})", ""]
        by_signature = collections.defaultdict(list)
        for difference in found:
            by_signature[signature(difference)].append(difference)
        for same in sorted(by_signature.values(), key=lambda ds: -len(ds)):
            shortest = min(same, key=lambda d: len(d.case.text))
            out.append(describe(shortest))
            others = [d.case.id for d in same if d is not shortest]
            if others:
                shown = others if limit_per_class is None else others[:limit_per_class]
                out.append(f"Same difference ({len(others)} more): " + ", ".join(shown) +
                           (" …" if len(shown) < len(others) else ""))
                out.append("")
    return "\n".join(out)


def unexplained_names(difference):
    """What no entry explains (rule ids, the consumer), or the known-bug entries."""
    if not difference.unexplained:
        return ", ".join(e.id for e in difference.entries)
    return ", ".join(sorted({u["ruleId"] if isinstance(u, dict) else u.split(":")[0] for u in difference.unexplained}))


def signature(difference):
    """What makes two differences the same bug: direction and the unexplained
    rules (or the consumers' reason with values left out)."""
    return (difference.direction, unexplained_names(difference), issue_class(difference),
            difference.case.id.split(" ")[0].split("/")[-1])
