#!/usr/bin/env python3
"""Print botocore's SageMaker shapes for wflint's document kinds, in the
normalized YAML form of rules/shapes/sagemaker-workforce.yaml.

rules/shapes/sagemaker-workforce.yaml was made from this output once; it then
differs from it only by the deliberate differences that
Tests/WFLintKitTests/ShapesDriftTests.swift names. That test runs this script
whenever botocore is importable and fails on any other difference, so drift
from the real API is caught.

Usage: python3 Scripts/dump-shapes.py > /tmp/botocore-shapes.yaml
"""
import html
import re
import sys

import botocore
import botocore.session

# Each document kind is the input or output shape of one operation.
KINDS = [
    ("CreateWorkforceRequest", "CreateWorkforce", "input"),
    ("UpdateWorkforceRequest", "UpdateWorkforce", "input"),
    ("UpdateWorkforceResponse", "UpdateWorkforce", "output"),
    ("DescribeWorkforceRequest", "DescribeWorkforce", "input"),
    ("DescribeWorkforceResponse", "DescribeWorkforce", "output"),
    ("ListWorkforcesRequest", "ListWorkforces", "input"),
    ("ListWorkforcesResponse", "ListWorkforces", "output"),
    ("ListModelPackageGroupsRequest", "ListModelPackageGroups", "input"),
    ("ListModelPackageGroupsResponse", "ListModelPackageGroups", "output"),
]

# The shape attributes wflint checks, in the order they are printed.
SCALAR_ATTRIBUTES = ["min", "max", "pattern", "sensitive"]


def quoted(text):
    """A YAML single-quoted scalar: no escapes but '' for a quote."""
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in text):
        raise SystemExit(f"cannot print {text!r} as a single-quoted YAML scalar")
    return "'" + text.replace("'", "''") + "'"


def value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return quoted(v)


def first_paragraph(documentation):
    """The first paragraph of botocore's HTML documentation as one line of
    Markdown: <code> becomes backticks, a link its text, other tags and
    entities go, whitespace runs become one space. Hover shows this much; the
    rest (notes, examples) is in the API reference."""
    paragraphs = re.findall(r"<p>(.*?)</p>", documentation, re.S) or [documentation]
    text = next((p for p in paragraphs if p.strip()), "")
    text = re.sub(r"<code>(.*?)</code>", lambda m: "`" + m.group(1).strip() + "`", text, flags=re.S)
    text = re.sub(r"<[^>]*>", "", text)
    return " ".join(html.unescape(text).split())


def reachable(model, roots):
    """Every shape reachable from the roots, by name."""
    found = {}
    pending = list(roots)
    while pending:
        shape = pending.pop()
        if shape.name in found:
            continue
        found[shape.name] = shape
        if shape.type_name == "structure":
            pending.extend(shape.members.values())
        elif shape.type_name == "list":
            pending.append(shape.member)
        elif shape.type_name == "map":
            pending.extend([shape.key, shape.value])
    return found


def shape_lines(shape):
    raw = shape._shape_model  # the attributes as the service model states them
    lines = [f"  {shape.name}:", f"    type: {shape.type_name}"]
    if shape.type_name == "structure":
        required = raw.get("required", [])
        if required:
            lines.append("    required: [" + ", ".join(required) + "]")
        lines.append("    members:")
        for name, member in shape.members.items():
            lines.append(f"      {name}: {member.name}")
        # botocore gives the member's own documentation, else its shape's.
        docs = [(name, first_paragraph(member.documentation)) for name, member in shape.members.items()]
        docs = [(name, text) for name, text in docs if text]
        if docs:
            lines.append("    docs:")
            lines += [f"      {name}: {quoted(text)}" for name, text in docs]
    elif shape.type_name == "list":
        lines.append(f"    member: {shape.member.name}")
    elif shape.type_name == "map":
        lines.append(f"    key: {shape.key.name}")
        lines.append(f"    value: {shape.value.name}")
    for attribute in SCALAR_ATTRIBUTES:
        if attribute in raw:
            lines.append(f"    {attribute}: {value(raw[attribute])}")
    if "enum" in raw:
        lines.append("    enum: [" + ", ".join(quoted(v) for v in raw["enum"]) + "]")
    return lines


def main():
    model = botocore.session.get_session().get_service_model("sagemaker")
    roots = {}
    for kind, operation, side in KINDS:
        op = model.operation_model(operation)
        roots[kind] = op.input_shape if side == "input" else op.output_shape
    out = [
        f"# botocore {botocore.__version__}, service sagemaker {model.api_version}",
        "kinds:",
    ]
    out += [f"  {kind}: {shape.name}" for kind, shape in roots.items()]
    out.append("shapes:")
    for name, shape in sorted(reachable(model, roots.values()).items()):
        out += shape_lines(shape)
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
