"""Writes a generated document as JSON or block-style YAML text.

A document is built of dicts, lists and Python scalars; `Raw(text)` stands for
the exact text of a scalar (a plain YAML scalar, a tagged one, a JSON number
spelled `1e2`), and `Pairs` for a mapping that repeats a key. Strings are
written double-quoted with every character that YAML or JSON could read
otherwise (C0/C1 controls, line and paragraph separators, BOM) escaped, so a
value reaches the reader unchanged unless a Raw form is chosen on purpose.
"""
import json


class Raw:
    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return f"Raw({self.text!r})"


class Pairs:
    """A mapping written with its pairs in order, repeated keys included."""

    def __init__(self, pairs):
        self.pairs = list(pairs)


def items(mapping):
    return mapping.pairs if isinstance(mapping, Pairs) else list(mapping.items())


def is_mapping(value):
    return isinstance(value, (dict, Pairs))


def yaml_quoted(text):
    out = ['"']
    for c in text:
        code = ord(c)
        if c in '"\\':
            out.append("\\" + c)
        elif code < 0x20 or 0x7F <= code <= 0x9F or c in "\u2028\u2029\ufeff" or 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{code:04x}")
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


def yaml_scalar(value):
    if isinstance(value, Raw):
        return value.text
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return yaml_quoted(value)


def yaml_key(key):
    if isinstance(key, Raw):
        return key.text
    return key if key.isidentifier() else yaml_quoted(key)


def yaml_lines(value, indent):
    pad = " " * indent
    entries = ((f"{yaml_key(key)}:", item) for key, item in items(value)) if is_mapping(value) \
        else (("-", item) for item in value)
    lines = []
    for lead, item in entries:
        # A non-empty collection goes on the lines below its key or dash; the rest inline.
        if (is_mapping(item) and items(item)) or (isinstance(item, list) and item):
            lines.append(f"{pad}{lead}")
            lines.extend(yaml_lines(item, indent + 2))
        else:
            lines.append(f"{pad}{lead} {yaml_inline(item)}")
    return lines


def yaml_inline(value):
    if is_mapping(value):
        return "{}"
    if isinstance(value, list):
        return "[]"
    return yaml_scalar(value)


def to_yaml(document, header=""):
    """`header` goes first: a directive such as `%YAML 1.1` with its `---`."""
    if is_mapping(document) and items(document) or isinstance(document, list) and document:
        body = "\n".join(yaml_lines(document, 0))
    else:
        body = yaml_inline(document)
    return header + body + "\n"


def to_json(document, ascii_only):
    return json_text(document, 0, ascii_only) + "\n"


def json_key(key, ascii_only):
    return key.text if isinstance(key, Raw) else json.dumps(key, ensure_ascii=ascii_only)


def json_text(value, indent, ascii_only):
    pad = "  " * (indent + 1)
    if isinstance(value, Raw):
        return value.text
    if is_mapping(value):
        if not items(value):
            return "{}"
        inner = ",\n".join(
            f"{pad}{json_key(key, ascii_only)}: {json_text(item, indent + 1, ascii_only)}"
            for key, item in items(value))
        return "{\n" + inner + "\n" + "  " * indent + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        inner = ",\n".join(pad + json_text(item, indent + 1, ascii_only) for item in value)
        return "[\n" + inner + "\n" + "  " * indent + "]"
    return json.dumps(value, ensure_ascii=ascii_only)
