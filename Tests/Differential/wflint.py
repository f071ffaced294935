"""wflint's verdict on many files at once: one process per batch of files and
operation, `--format json --no-config`, every finding kept per file."""
import collections
import json
import os
import pathlib
import subprocess

from model import REPOSITORY

BATCH = 400  # files per wflint process: few processes, short command lines


def binary():
    """$WFLINT, or the debug build (built when missing)."""
    chosen = os.environ.get("WFLINT")
    if chosen:
        return pathlib.Path(chosen).resolve()
    built = REPOSITORY / ".build/debug/wflint"
    if not built.exists():
        subprocess.run(["swift", "build", "--product", "wflint"], cwd=REPOSITORY, check=True)
    return built


def lint(files_by_operation):
    """{path: [finding]} for every file, from `wflint --operation OP files...`;
    a file wflint could not read gets a finding with ruleId "unreadable"."""
    findings = collections.defaultdict(list)
    executable = binary()
    for operation, files in files_by_operation.items():
        for start in range(0, len(files), BATCH):
            batch = [str(f) for f in files[start:start + BATCH]]
            run = subprocess.run(
                [str(executable), "--format", "json", "--no-config", "--operation", operation, "--jobs", "2", *batch],
                capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
            if run.returncode not in (0, 1):
                raise AssertionError(f"wflint exited {run.returncode}: {run.stderr.strip()}")
            report = json.loads(run.stdout)
            for finding in report["findings"]:
                findings[finding["file"]].append(finding)
            for notification in report["notifications"]:
                findings[notification["file"]].append(
                    {"ruleId": "unreadable", "severity": "error", "message": notification["message"], "pointer": "",
                     "start": {"line": 0, "column": 0}})
    return findings
