"""The AWS CLI v2's YAML loader, at the version it pins, from a folder of its
own: the machine's site-packages may hold another ruamel.yaml (the lint
environment, other tools), which must not change the reference."""
import pathlib
import sys

import pytest

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
PINNED = REPOSITORY / ".build/differential-python"
INSTALL = f"python3 -m pip install --upgrade --no-deps --target {PINNED} 'ruamel.yaml==0.18.16'"

if not (PINNED / "ruamel.yaml-0.18.16.dist-info").is_dir():
    raise pytest.UsageError(f"the differential suite needs ruamel.yaml 0.18.16 in {PINNED}: {INSTALL}")
sys.path.insert(0, str(PINNED))
for name in [m for m in sys.modules if m == "ruamel" or m.startswith("ruamel.")]:
    del sys.modules[name]  # a ruamel.yaml imported before this point is the wrong one
