#!/usr/bin/env python3
"""Seed corpora for Scripts/fuzz.sh, written under OUT/<target>/: the documents
of examples/ and of every rule's `examples:` (yaml, json, lint, fix), the
inputs of the fix fixtures in Tests/Fixtures/fixes (fix), the CIDRs, URLs and
scopes found in them (cidr, url, scope), the pack files (pack), and the
Terraform files of Tests/Fixtures/terraform (hcl)."""
import glob, hashlib, json, os, re, sys
import yaml

out = sys.argv[1]

def save(target, text):
    data = text.encode() if isinstance(text, str) else text
    os.makedirs(os.path.join(out, target), exist_ok=True)
    with open(os.path.join(out, target, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)

def documents():
    """(format, text) of every example file and every rule example."""
    for path in glob.glob("examples/**/*.*", recursive=True):
        with open(path, encoding="utf-8", errors="replace") as f:
            yield ("json" if path.endswith(".json") else "yaml"), f.read()
    for pack in glob.glob("rules/*.yaml") + glob.glob("rules/examples/*.yaml"):
        save("pack", open(pack, "rb").read())
        for rule in yaml.safe_load(open(pack)).get("rules", []):
            examples = rule.get("examples") or {}
            for example in examples.get("valid", []) + examples.get("invalid", []):
                if isinstance(example, str):
                    yield "yaml", example
                else:
                    yield from ((key, example[key]) for key in ("yaml", "json") if key in example)

def values(node, key=None):
    """(parent key, string) of every string in a loaded document."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield from values(v, k)
    elif isinstance(node, list):
        for v in node:
            yield from values(v, key)
    elif isinstance(node, str):
        yield key, node

for kind, text in documents():
    save("lint", text)
    save("fix", text)
    save("yaml", text)
    try:
        loaded = list(yaml.safe_load_all(text))
    except yaml.YAMLError:  # deliberately broken examples seed the parsers as they are
        loaded = []
    # JSON seeds: the JSON documents, and the YAML ones converted, but not an
    # alias bomb (WF011's example), which converts to megabytes of JSON.
    for json_text in [text] if kind == "json" else [json.dumps(d, default=str) for d in loaded]:
        if len(json_text) <= 64 * 1024:
            save("json", json_text)
    for key, value in (pair for document in loaded for pair in values(document)):
        if key == "Cidrs" or re.fullmatch(r"[0-9A-Fa-f:.]+/\S*", value):
            save("cidr", value)
        if value.startswith(("https://", "http://")):
            save("url", value)
        if key == "Scope":
            save("scope", value)

# Every fixable defect in every style, as bytes: CR LF and byte-order marks included.
for path in glob.glob("Tests/Fixtures/fixes/*/*/input.*"):
    save("fix", open(path, "rb").read())

for path in glob.glob("Tests/Fixtures/terraform/**/*.tf*", recursive=True):
    save("hcl", open(path, "rb").read())
