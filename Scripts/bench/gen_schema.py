#!/usr/bin/env python3
"""Write a JSON Schema (draft 2020-12) for the workforce documents wflint reads, generated from
botocore's SageMaker service model: the competitor check-jsonschema gets the same API shapes
wflint checks.

    python3 gen_schema.py OUT.json        (needs botocore importable)

The document kind is chosen from the top-level keys exactly as wflint detects it (issue 2,
"Kind detection"), through an if/then/else chain, so each document is checked against one
shape and errors name the right members. UpdateWorkforce and ListWorkforces requests cannot be
told from their keys (wflint needs --operation for them): they are read like wflint reads them
without it. Deliberate differences from botocore, as wflint's shapes have them:
  - every pattern is matched against the whole value (botocore's are unanchored, the API's are not);
  - SourceIpConfig.Cidrs holds 1 to 10 entries (the API documentation; botocore has no bounds).
    (wflint's shapes also let a response's Cidrs be empty, as the API returns it for a workforce
    without an allow list; the corpus never holds an empty list, so this schema keeps one bound.)
"""

import json
import sys

OPERATIONS = ["CreateWorkforce", "UpdateWorkforce", "DescribeWorkforce", "ListWorkforces",
              "ListModelPackageGroups"]
# (list shape name) -> (minItems, maxItems) the API documentation states and botocore omits
DOCUMENTED_LIST_BOUNDS = {"Cidrs": (1, 10)}


def shape_schema(shape, defs):
    """A schema for one botocore shape; structures go to $defs by name (they recur)."""
    kind = shape.type_name
    if kind == "structure":
        if shape.name not in defs:
            defs[shape.name] = None          # placeholder: recursion stops here
            defs[shape.name] = {
                "type": "object",
                "properties": {name: shape_schema(member, defs) for name, member in shape.members.items()},
                "required": list(shape.required_members),
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{shape.name}"}
    meta = shape.metadata
    if kind == "list":
        schema = {"type": "array", "items": shape_schema(shape.member, defs)}
        low, high = DOCUMENTED_LIST_BOUNDS.get(shape.name, (meta.get("min"), meta.get("max")))
        if low is not None:
            schema["minItems"] = low
        if high is not None:
            schema["maxItems"] = high
        return schema
    if kind == "map":
        schema = {"type": "object", "propertyNames": shape_schema(shape.key, defs),
                  "additionalProperties": shape_schema(shape.value, defs)}
        if "min" in meta:
            schema["minProperties"] = meta["min"]
        if "max" in meta:
            schema["maxProperties"] = meta["max"]
        return schema
    if kind == "string":
        schema = {"type": "string"}
        if shape.enum:
            schema["enum"] = list(shape.enum)
        if "min" in meta:
            schema["minLength"] = meta["min"]
        if "max" in meta:
            schema["maxLength"] = meta["max"]
        if "pattern" in meta:
            schema["pattern"] = "^(?:" + meta["pattern"] + ")$"
        return schema
    if kind in ("integer", "long"):
        schema = {"type": "integer"}
        if "min" in meta:
            schema["minimum"] = meta["min"]
        if "max" in meta:
            schema["maximum"] = meta["max"]
        return schema
    if kind in ("float", "double"):
        return {"type": "number"}
    if kind == "boolean":
        return {"type": "boolean"}
    if kind == "timestamp":
        # an ISO 8601 date or date-time, or epoch seconds (wflint's reading of botocore timestamps)
        return {"anyOf": [{"type": "string", "format": "date-time"}, {"type": "string", "format": "date"},
                          {"type": "number"}]}
    raise ValueError(f"unsupported shape type {kind} ({shape.name})")


def detection_chain(kinds):
    """if/then/else over the top-level keys, in issue 2's detection order."""
    has = lambda *keys: {"required": list(keys)}
    rules = [
        (has("Workforces"), kinds["ListWorkforcesResponse"]),
        (has("Workforce"), kinds["DescribeWorkforceResponse"]),
        (has("ModelPackageGroupSummaryList"), kinds["ListModelPackageGroupsOutput"]),
        ({"anyOf": [has("CrossAccountFilterOption"), has("CreationTimeAfter"), has("CreationTimeBefore")]},
         kinds["ListModelPackageGroupsInput"]),
        ({"allOf": [has("WorkforceName"), {"minProperties": 2}]}, kinds["CreateWorkforceRequest"]),
        (has("WorkforceName"), kinds["DescribeWorkforceRequest"]),
        # a workforce request whose WorkforceName is mistyped or left out
        ({"anyOf": [has(key) for key in ("CognitoConfig", "OidcConfig", "WorkforceVpcConfig")]},
         kinds["CreateWorkforceRequest"]),
    ]
    # a document that matches no kind must still be one of the shapes
    chain = {"anyOf": list(kinds.values())}
    for condition, then in reversed(rules):
        chain = {"if": condition, "then": then, "else": chain}
    return chain


def build_schema():
    import botocore.session
    model = botocore.session.get_session().get_service_model("sagemaker")
    defs, kinds = {}, {}
    for name in OPERATIONS:
        operation = model.operation_model(name)
        for shape in (operation.input_shape, operation.output_shape):
            kinds[shape.name] = shape_schema(shape, defs)
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "SageMaker workforce API documents (generated from botocore "
                 f"{botocore.__version__} by Scripts/bench/gen_schema.py)",
        "type": "object",
    }
    schema.update(detection_chain(kinds))
    schema["$defs"] = dict(sorted(defs.items()))
    return schema


def main(argv):
    if len(argv) != 1:
        sys.exit("usage: gen_schema.py OUT.json")
    try:
        schema = build_schema()
    except ImportError:
        sys.exit("gen_schema.py: botocore is not importable (pip install botocore)")
    with open(argv[0], "w", encoding="utf-8") as f:
        json.dump(schema, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
