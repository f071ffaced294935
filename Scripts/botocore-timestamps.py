#!/usr/bin/env python3
"""Print what botocore does with each timestamp value given as a JSON text on
standard input, one a line: the whole epoch seconds its JSON serializer sends
for ListModelPackageGroups' CreationTimeAfter, or null when its ParamValidator
rejects the value (or fails on it). Made the verdicts of
Tests/WFLintKitTests/APITimestampTests.swift.

Usage: printf '%s\n' '"2024-06-01"' '"0000-01-01"' | python3 Scripts/botocore-timestamps.py
"""
import json
import sys
import warnings

from botocore.serialize import create_serializer
from botocore.session import get_session
from botocore.validate import ParamValidator

warnings.simplefilter("ignore")  # dateutil's UnknownTimezoneWarning

OPERATION = get_session().get_service_model("sagemaker").operation_model("ListModelPackageGroups")
SERIALIZER = create_serializer("json")


def sent_seconds(value):
    try:
        if ParamValidator().validate({"CreationTimeAfter": value}, OPERATION.input_shape).has_errors():
            return None
        request = SERIALIZER.serialize_to_request({"CreationTimeAfter": value}, OPERATION)
    except Exception:  # botocore fails on some values (OverflowError, RuntimeError): rejected
        return None
    return json.loads(request["body"])["CreationTimeAfter"]


for line in sys.stdin:
    if line.strip():
        print(json.dumps(json.loads(line)), json.dumps(sent_seconds(json.loads(line))), sep="\t")
