#!/usr/bin/env python3
"""Checks a SARIF log the way wflint's tests need it checked.

    python3 Tests/SARIF/validate-sarif.py LOG.sarif

Two layers:
1. The official OASIS SARIF 2.1.0 schema (errata 01, JSON Schema draft-04),
   kept beside this script as sarif-2.1.0.json, with Python's jsonschema.
2. What GitHub code scanning documents or enforces beyond the schema: the
   properties it requires to be non-empty, its size limits, one run per
   tool and category, relative '/' paths, and the line-hash fingerprint.

Each problem is one line, "KIND: $.json.path: message", where KIND is
schema-error or github-error (both make the log invalid) or github-warning
(advice GitHub gives; wflint's tests treat a warning as a failure too).
Exit status: 0 valid, 1 invalid, 2 unusable input or schema.
"""
import json
import math
import pathlib
import sys

try:
    import jsonschema
except ImportError:
    sys.exit("validate-sarif.py needs Python's jsonschema (pip install jsonschema)")

SCHEMA = pathlib.Path(__file__).with_name("sarif-2.1.0.json")

# GitHub's documented limits (rejected above these).
MAX_RUNS = 20
MAX_RESULTS = 25_000
MAX_RULES = 25_000
MAX_EXTENSIONS = 100
MAX_LOCATIONS = 1_000
MAX_THREAD_FLOW_LOCATIONS = 10_000
MAX_TAGS = 20
MAX_DESCRIPTION = 1024
MAX_RULE_NAME = 255
# Shown only up to these: advice, not rejection.
SHOWN_TAGS = 10
LEVELS = {"note", "warning", "error"}
PRECISIONS = {"very-high", "high", "medium", "low"}
PROBLEM_SEVERITIES = {"error", "warning", "recommendation"}
REGION_KEYS = ("startLine", "startColumn", "endLine", "endColumn")


class Problems:
    def __init__(self):
        self.lines = []

    def error(self, path, message):
        self.lines.append(f"github-error: {path}: {message}")

    def warning(self, path, message):
        self.lines.append(f"github-warning: {path}: {message}")


def text_of(node, key):
    """The `text` of a message-like member, or None."""
    value = node.get(key) if isinstance(node, dict) else None
    return value.get("text") if isinstance(value, dict) else None


def require_text(problems, path, text, limit=None):
    if not isinstance(text, str) or not text.strip():
        problems.error(path, "required by GitHub and must not be empty")
    elif limit is not None and len(text) > limit:
        problems.error(path, f"has {len(text)} characters; GitHub allows at most {limit}")


def schema_problems(log):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(log), key=lambda error: list(map(str, error.absolute_path)))
    return [f"schema-error: {error.json_path}: {error.message}" for error in errors]


def check_log(log, problems):
    if log.get("version") != "2.1.0":
        problems.error("$.version", 'must be "2.1.0"')
    require_text(problems, "$.$schema", log.get("$schema"))
    runs = log.get("runs")
    if not isinstance(runs, list) or not runs:
        problems.error("$.runs", "GitHub needs at least one run")
        return
    if len(runs) > MAX_RUNS:
        problems.error("$.runs", f"has {len(runs)} runs; GitHub allows at most {MAX_RUNS}")
    seen = {}
    for index, run in enumerate(runs):
        path = f"$.runs[{index}]"
        check_run(run, path, problems)
        key = run_identity(run)
        if key in seen:
            problems.error(path, f"has the same tool and category as {seen[key]}; GitHub refuses two such runs in one upload")
        seen.setdefault(key, path)


def run_identity(run):
    driver = run.get("tool", {}).get("driver", {})
    fields = ("name", "fullName", "version", "semanticVersion", "guid")
    return tuple(driver.get(field) for field in fields) + (run.get("automationDetails", {}).get("id"),)


def check_run(run, path, problems):
    tool = run.get("tool", {})
    driver = tool.get("driver", {})
    require_text(problems, f"{path}.tool.driver.name", driver.get("name"))
    if len(tool.get("extensions", [])) > MAX_EXTENSIONS:
        problems.error(f"{path}.tool.extensions", f"GitHub allows at most {MAX_EXTENSIONS} extensions")
    rules = driver.get("rules")
    if not isinstance(rules, list):
        problems.error(f"{path}.tool.driver.rules", "required by GitHub (an array, empty when no rule ran)")
        rules = []
    if len(rules) > MAX_RULES:
        problems.error(f"{path}.tool.driver.rules", f"has {len(rules)} rules; GitHub allows at most {MAX_RULES}")
    for index, rule in enumerate(rules):
        check_rule(rule, f"{path}.tool.driver.rules[{index}]", problems)
    check_base_ids(run.get("originalUriBaseIds", {}), f"{path}.originalUriBaseIds", problems)
    results = run.get("results")
    if not isinstance(results, list):
        problems.error(f"{path}.results", "upload-sarif needs an array here, [] when nothing was found")
        return
    if len(results) > MAX_RESULTS:
        problems.error(f"{path}.results", f"has {len(results)} results; GitHub allows at most {MAX_RESULTS}")
    if results and run.get("columnKind") is None:
        problems.warning(f"{path}.columnKind", "should say how columns are counted (utf16CodeUnits)")
    for index, result in enumerate(results):
        check_result(result, rules, f"{path}.results[{index}]", problems)


def check_rule(rule, path, problems):
    require_text(problems, f"{path}.id", rule.get("id"))
    if len(rule.get("name", "")) > MAX_RULE_NAME:
        problems.error(f"{path}.name", f"GitHub allows at most {MAX_RULE_NAME} characters")
    require_text(problems, f"{path}.shortDescription.text", text_of(rule, "shortDescription"), MAX_DESCRIPTION)
    require_text(problems, f"{path}.fullDescription.text", text_of(rule, "fullDescription"), MAX_DESCRIPTION)
    require_text(problems, f"{path}.help.text", text_of(rule, "help"))
    level = rule.get("defaultConfiguration", {}).get("level")
    if level is not None and level not in LEVELS:
        problems.error(f"{path}.defaultConfiguration.level", f"GitHub reads only {sorted(LEVELS)}, not {level!r}")
    check_rule_properties(rule.get("properties", {}), f"{path}.properties", problems)


def check_rule_properties(properties, path, problems):
    tags = properties.get("tags", [])
    if len(tags) > MAX_TAGS:
        problems.error(f"{path}.tags", f"has {len(tags)} tags; GitHub allows at most {MAX_TAGS}")
    elif len(tags) > SHOWN_TAGS:
        problems.warning(f"{path}.tags", f"GitHub shows only {SHOWN_TAGS} tags")
    precision = properties.get("precision")
    if precision is not None and precision not in PRECISIONS:
        problems.error(f"{path}.precision", f"must be one of {sorted(PRECISIONS)}")
    severity = properties.get("problem.severity")
    if severity is not None and severity not in PROBLEM_SEVERITIES:
        problems.error(f'{path}["problem.severity"]', f"must be one of {sorted(PROBLEM_SEVERITIES)}")
    if "security-severity" in properties:
        check_security_severity(properties["security-severity"], f'{path}["security-severity"]', problems)


def check_security_severity(value, path, problems):
    try:
        score = float(value) if isinstance(value, str) else math.nan
    except ValueError:
        score = math.nan
    if not 0.0 <= score <= 10.0:
        problems.error(path, "must be a string holding a score from 0.0 to 10.0")


def check_base_ids(base_ids, path, problems):
    for name, location in base_ids.items():
        uri = location.get("uri")
        if uri is None:
            continue
        if not uri.endswith("/") or "?" in uri or "#" in uri or "/../" in uri or uri.endswith("/.."):
            problems.error(f"{path}.{name}.uri", "must end in '/' and have no query, fragment or '..'")


def check_result(result, rules, path, problems):
    require_text(problems, f"{path}.message.text", text_of(result, "message"))
    if "level" not in result:
        problems.warning(f"{path}.level", "should be written explicitly")
    check_rule_reference(result, rules, path, problems)
    locations = result.get("locations")
    if not isinstance(locations, list) or not locations:
        problems.error(f"{path}.locations", "GitHub shows a result only with a location")
    else:
        if len(locations) > MAX_LOCATIONS:
            problems.error(f"{path}.locations", f"GitHub allows at most {MAX_LOCATIONS} locations")
        elif len(locations) > 1:
            problems.warning(f"{path}.locations", "GitHub uses only the first location")
        check_location(locations[0], f"{path}.locations[0]", problems)
    fingerprints = result.get("partialFingerprints", {})
    if not fingerprints.get("primaryLocationLineHash"):
        problems.warning(f"{path}.partialFingerprints", "should carry primaryLocationLineHash, which GitHub matches alerts by")
    for flow_index, flow in enumerate(result.get("codeFlows", [])):
        for thread_index, thread in enumerate(flow.get("threadFlows", [])):
            if len(thread.get("locations", [])) > MAX_THREAD_FLOW_LOCATIONS:
                problems.error(f"{path}.codeFlows[{flow_index}].threadFlows[{thread_index}].locations",
                               f"GitHub allows at most {MAX_THREAD_FLOW_LOCATIONS}")


def check_rule_reference(result, rules, path, problems):
    if "ruleIndex" not in result:
        return
    index = result["ruleIndex"]
    if not 0 <= index < len(rules):
        problems.error(f"{path}.ruleIndex", f"{index} is not an index of tool.driver.rules")
    elif "ruleId" in result and rules[index].get("id") != result["ruleId"]:
        problems.error(f"{path}.ruleIndex", f"points at rule {rules[index].get('id')!r}, not at ruleId {result['ruleId']!r}")


def check_location(location, path, problems):
    physical = location.get("physicalLocation", {})
    artifact = physical.get("artifactLocation", {})
    uri = artifact.get("uri")
    require_text(problems, f"{path}.physicalLocation.artifactLocation.uri", uri)
    if isinstance(uri, str) and ("\\" in uri or " " in uri):
        problems.error(f"{path}.physicalLocation.artifactLocation.uri", "must use '/' and percent-encode spaces")
    if isinstance(uri, str) and "://" in uri and "uriBaseId" in artifact:
        problems.error(f"{path}.physicalLocation.artifactLocation.uriBaseId", "an absolute uri must not have a uriBaseId")
    region = physical.get("region", {})
    missing = [key for key in REGION_KEYS if key not in region]
    if missing:
        problems.error(f"{path}.physicalLocation.region", f"GitHub lists {', '.join(missing)} as required")


def main(arguments):
    if len(arguments) != 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    try:
        log = json.loads(pathlib.Path(arguments[0]).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        print(f"schema-error: $: not a JSON file: {error}")
        return 1
    try:
        lines = schema_problems(log)
    except (OSError, ValueError, jsonschema.SchemaError) as error:
        print(f"unusable schema {SCHEMA}: {error}", file=sys.stderr)
        return 2
    problems = Problems()
    if isinstance(log, dict):
        check_log(log, problems)
    lines += problems.lines
    print("\n".join(lines) if lines else "valid")
    return 1 if any(not line.startswith("github-warning") for line in lines) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
