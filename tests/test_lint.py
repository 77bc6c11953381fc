"""The linter scripts/test.sh runs before the tests: ruff, pinned, with pyproject.toml's settings."""

import re
import subprocess
import sys

from conftest import ROOT


def ruff(*args, cwd=ROOT):
    cmd = [sys.executable, "-m", "ruff", *args]
    return subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def test_the_project_passes_the_linter():
    checked = ruff("check", "--no-cache", ".")
    assert checked.returncode == 0, checked.stdout


def test_the_linter_fails_on_a_mistake_of_each_kind(tmp_path):
    """An unused import, unsorted imports, a 121-character line: each fails with its rule."""
    sample = tmp_path / "sample.py"
    sample.write_text("import sys\nimport os\n\n" + "NAME = " + repr("x" * 112) + "\n", encoding="utf-8")
    assert len(sample.read_text(encoding="utf-8").splitlines()[-1]) == 121
    config = str(ROOT / "pyproject.toml")
    checked = ruff("check", "--no-cache", "--config", config, "--output-format", "concise", str(sample))
    assert checked.returncode == 1, checked.stdout
    assert {"F401", "I001", "E501"} <= set(re.findall(r": ([A-Z]+\d+) ", checked.stdout)), checked.stdout


def test_the_installed_ruff_is_the_pinned_one():
    pinned = re.search(r"(?m)^ruff==(\S+)$", (ROOT / "requirements-dev.txt").read_text(encoding="utf-8"))
    assert pinned, "requirements-dev.txt pins no ruff"
    assert ruff("--version").stdout.split() == ["ruff", pinned.group(1)]


def test_the_test_command_lints_before_the_tests():
    script = (ROOT / "scripts" / "test.sh").read_text(encoding="utf-8")
    assert script.index(".venv/bin/ruff check") < script.index("-m pytest")
