"""botocore's SageMaker service model, and the constraints the service checks.

Constraints come from botocore's shapes (min, max, pattern, enum), with one
repair that rules/shapes/sagemaker-workforce.yaml also makes (and
Tests/WFLintKitTests/ShapesDriftTests.swift names): botocore's Cidr pattern
lost the backslashes of its IPv6 alternative, so the repaired pattern is read
from that file.
"""
import functools
import pathlib

import botocore.session
import yaml

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]

# The operations whose request documents wflint checks.
OPERATIONS = ["CreateWorkforce", "UpdateWorkforce", "DescribeWorkforce", "ListWorkforces", "ListModelPackageGroups"]


@functools.cache
def service_model():
    return botocore.session.get_session().get_service_model("sagemaker")


@functools.cache
def repaired_cidr_pattern():
    shapes = yaml.safe_load((REPOSITORY / "rules/shapes/sagemaker-workforce.yaml").read_text())
    return shapes["shapes"]["Cidr"]["pattern"]


def constraints_of(shape):
    raw = shape._shape_model  # the attributes as the service model states them
    found = {key: raw[key] for key in ("min", "max", "pattern", "enum") if key in raw}
    if shape.name == "Cidr":
        found["pattern"] = repaired_cidr_pattern()
    return found
