"""python-hcl2 and lark at the versions Scripts/install-test-deps pins, from a
folder of their own (.build/terraform-python): another python-hcl2 on the
machine must not change the reference."""
import pathlib
import sys

import pytest

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
PINNED = REPOSITORY / ".build/terraform-python"
INSTALL = (f"python3 -m pip install --upgrade --no-deps --target {PINNED} "
           "'python-hcl2==8.1.4' 'lark==1.3.1'")

for needed in ("python_hcl2-8.1.4.dist-info", "lark-1.3.1.dist-info"):
    if not (PINNED / needed).is_dir():
        raise pytest.UsageError(f"the Terraform differential test needs python-hcl2 8.1.4 in {PINNED}: {INSTALL}")
sys.path.insert(0, str(PINNED))
for name in [m for m in sys.modules if m.split(".")[0] in ("hcl2", "lark")]:
    del sys.modules[name]  # one imported before this point is the wrong one
