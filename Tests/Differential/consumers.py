"""What the real consumers do with a document: the verdict wflint is held to.

A document is accepted iff
1. it loads: JSON with `json.loads` (AWS CLI's --cli-input-json), YAML with
   ruamel.yaml's safe pure-Python loader exactly as AWS CLI v2's
   --cli-input-yaml loads it (awscli/customizations/cliinput.py:
   `YAML(typ='safe', pure=True).load(text)`; ruamel.yaml pinned to 0.18.16,
   the version the AWS CLI v2 installers pin), and the result is a mapping;
2. botocore's ParamValidator passes it for the operation's input shape, and
   botocore's serializer can send it (a timestamp it cannot serialise fails);
3. every value meets the service model's own constraints, which botocore does
   not check: max (string lengths in UTF-16 code units, as Java counts), enum,
   and pattern with Java semantics (java_pattern.py).

PyYAML's `safe_load` is a second reader (boto3 deploy scripts): where it reads
a YAML document differently, `pyyaml_difference` names the first place.
"""
import datetime
import json
from dataclasses import dataclass

import botocore.session
import yaml as pyyaml
from botocore.serialize import create_serializer
from botocore.validate import ParamValidator
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from java_pattern import java_matches, utf16_length
from model import constraints_of, service_model


@dataclass
class Verdict:
    accepted: bool
    reason: str  # why not, or "" when accepted
    loaded: object = None  # the loaded document, when it loaded


def load_like_aws_cli(text, fmt):
    """The parameters AWS CLI v2 reads from --cli-input-json/--cli-input-yaml."""
    if fmt == "json":
        return json.loads(text)
    return YAML(typ="safe", pure=True).load(text)


def verdict(text, fmt, operation):
    try:
        loaded = load_like_aws_cli(text, fmt)
    except (ValueError, YAMLError) as error:
        return Verdict(False, f"{'json.loads' if fmt == 'json' else 'ruamel.yaml'}: {type(error).__name__}: {first_line(error)}")
    if not isinstance(loaded, dict):
        return Verdict(False, f"AWS CLI: Invalid type: expecting map, received {type(loaded).__name__}", loaded)
    operation_model = service_model().operation_model(operation)
    reason = botocore_rejection(loaded, operation_model) or model_rejection(loaded, operation_model.input_shape, "")
    return Verdict(not reason, reason or "", loaded)


def botocore_rejection(params, operation_model):
    try:
        report = ParamValidator().validate(params, operation_model.input_shape)
        if report.has_errors():
            return "botocore ParamValidator: " + report.generate_report().replace("\n", "; ")
        create_serializer(service_model().metadata["protocol"]).serialize_to_request(params, operation_model)
    except Exception as error:  # botocore raises more than its own errors here (RuntimeError, OverflowError)
        return f"botocore: {type(error).__name__}: {first_line(error)}"
    return None


def model_rejection(value, shape, pointer):
    """The first model constraint the value breaks (after ParamValidator passed)."""
    kind = shape.type_name
    if kind == "structure":
        for name, member in shape.members.items():
            if name in value:
                found = model_rejection(value[name], member, f"{pointer}/{escape(name)}")
                if found:
                    return found
    elif kind == "list":
        for index, item in enumerate(value):
            found = model_rejection(item, shape.member, f"{pointer}/{index}")
            if found:
                return found
    elif kind == "map":
        for key, item in value.items():
            found = model_rejection(key, shape.key, f"{pointer}/{escape(key)} (key)") or model_rejection(
                item, shape.value, f"{pointer}/{escape(key)}")
            if found:
                return found
    return scalar_rejection(value, shape, pointer)


def scalar_rejection(value, shape, pointer):
    c = constraints_of(shape)
    where = pointer or "/"
    if shape.type_name == "string":
        if "max" in c and utf16_length(value) > c["max"]:
            return f"model: {where} is {utf16_length(value)} UTF-16 code units, over max {c['max']}"
        if "enum" in c and value not in c["enum"]:
            return f"model: {where} {value!r} is not one of {c['enum']}"
        if "pattern" in c and not java_matches(c["pattern"], value):
            return f"model: {where} {value!r} does not match {c['pattern']!r} (Java)"
    elif shape.type_name in ("list", "map"):
        if "max" in c and len(value) > c["max"]:
            return f"model: {where} has {len(value)} entries, over max {c['max']}"
    elif shape.type_name == "integer":
        if "max" in c and value > c["max"]:
            return f"model: {where} {value} is over max {c['max']}"
    return None


def pyyaml_difference(text, reference):
    """Where PyYAML's safe_load reads the document differently: a JSON pointer
    ("" for the whole document, e.g. when PyYAML cannot load it), or None."""
    try:
        theirs = pyyaml.safe_load(text)
    except pyyaml.YAMLError:
        return ""
    return first_difference(reference, theirs, "")


def first_difference(ours, theirs, pointer):
    if type(ours) is not type(theirs):
        return pointer
    if isinstance(ours, dict):
        if list(ours.keys()) != list(theirs.keys()):
            return pointer
        for key in ours:
            found = first_difference(ours[key], theirs[key], f"{pointer}/{escape(key)}")
            if found is not None:
                return found
        return None
    if isinstance(ours, list):
        if len(ours) != len(theirs):
            return pointer
        for index, (a, b) in enumerate(zip(ours, theirs)):
            found = first_difference(a, b, f"{pointer}/{index}")
            if found is not None:
                return found
        return None
    if isinstance(ours, float) and ours != ours and theirs != theirs:
        return None  # both NaN
    if isinstance(ours, datetime.datetime):
        # Only what reaches the API counts: botocore reads a naive datetime as
        # UTC and sends whole seconds (its default timestamp precision).
        return None if as_utc(ours).replace(microsecond=0) == as_utc(theirs).replace(microsecond=0) else pointer
    return None if ours == theirs else pointer


def as_utc(moment):
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(datetime.timezone.utc).replace(tzinfo=None)


def value_at(document, pointer):
    """The loaded value at an RFC 6901 pointer, or None when there is none."""
    node = document
    for token in pointer.split("/")[1:] if pointer else []:
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
    return node


def escape(key):
    return str(key).replace("~", "~0").replace("/", "~1")


def first_line(error):
    return str(error).strip().splitlines()[0] if str(error).strip() else ""
