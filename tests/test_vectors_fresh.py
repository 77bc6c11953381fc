"""The committed vectors (tests/vectors/*.json) are what macros/finance.py gives today.

When this fails, run `.venv/bin/python tests/vectors/generate.py` from the repository root and
commit the JSON.
"""

import importlib.util
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

VECTORS = Path(__file__).resolve().parent / "vectors"
ROOT = VECTORS.parent.parent
# The fix the failure prints, to run from the repository root as it stands.
FIX = ".venv/bin/python tests/vectors/generate.py"


@pytest.fixture(scope="module")
def fresh():
    spec = importlib.util.spec_from_file_location("vector_generator", VECTORS / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build()


@pytest.mark.parametrize("name", ["instalment.json", "overdue.json", "offer.json", "capitals.json", "budget.json"])
def test_committed_vectors_are_fresh(fresh, name):
    committed = (VECTORS / name).read_text(encoding="utf-8")
    assert committed == fresh[name], f"{name} is stale: run {FIX} and commit the JSON"


def test_the_printed_fix_works_as_printed(tmp_path):
    """FIX, run by the shell in a scratch copy (macros/, the generator, this .venv), writes
    the committed files: the command a failure prints works as printed."""
    shutil.copytree(ROOT / "macros", tmp_path / "macros", ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "tests" / "vectors").mkdir(parents=True)
    shutil.copy2(VECTORS / "generate.py", tmp_path / "tests" / "vectors" / "generate.py")
    (tmp_path / ".venv").symlink_to((ROOT / ".venv").resolve())
    done = subprocess.run(
        ["bash", "-c", FIX], cwd=tmp_path, env={**os.environ, "PYTHONPATH": ""}, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    for name in ("instalment.json", "overdue.json", "offer.json", "capitals.json", "budget.json"):
        assert (tmp_path / "tests" / "vectors" / name).read_bytes() == (VECTORS / name).read_bytes(), name


@pytest.mark.parametrize(
    "name, lists",
    [("instalment.json", ["schedule", "compare"]), ("overdue.json", ["cycles", "waiting", "ways"])],
)
def test_vectors_hold_enough_cases_for_the_browser_checks(name, lists):
    """Protects the browser vector tests: many valid and error cases, every list filled, no
    negative figure (a vector file of a few empty cases would let any script pass)."""
    text = (VECTORS / name).read_text(encoding="utf-8")
    assert len(text.encode()) < 1_500_000
    cases = json.loads(text)["cases"]
    valid = [c for c in cases if not c["errors"]]
    errors = [c for c in cases if c["errors"]]
    assert len(valid) >= 500 and len(errors) >= 60
    for case in cases:
        assert set(case) == {"params", "errors", "outputs", *lists} | ({"irr"} if name == "instalment.json" else set())
        assert all(isinstance(v, str) for v in case["params"].values())
        if case["errors"]:
            assert case["outputs"] == {} and all(case[key] == [] for key in lists)
        else:
            assert case["outputs"] and all(case[key] for key in lists)
        rows = [row for key in lists for row in case[key]]
        assert all(isinstance(x, str) and not x.startswith("-") for row in rows for x in row)
        assert not any(v.startswith("-") for v in case["outputs"].values())


def test_budget_vectors_are_many_and_well_formed():
    cases = json.loads((VECTORS / "budget.json").read_text(encoding="utf-8"))["cases"]
    valid = [c for c in cases if not c["errors"]]
    assert len(valid) >= 500 and len(cases) - len(valid) >= 60
    states = {c["state"] for c in valid}
    assert states == {"empty", "enough", "short"}
    for case in cases:
        assert set(case) == {"params", "errors", "outputs", "state", "links"}
        if case["errors"]:
            assert case["outputs"] == {} and case["state"] == "" and case["links"] == {}
        else:
            assert set(case["outputs"]) == {"essentials", "committed", "available"}
            # available may be negative, but never "-0.00"; the others never are.
            assert "-0.00" not in case["outputs"].values()
            assert not case["outputs"]["committed"].startswith("-")
    assert any(c["outputs"].get("available", "").startswith("-") for c in valid)
