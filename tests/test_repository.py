"""The repository as a contributor meets it: it stands alone, and its scripts repair or explain.

A fresh clone has no sibling folders: no tracked file may send a reader to one.
"""

import os
import re
import shutil
import socket
import subprocess
import sys
import urllib.request

from conftest import ROOT, free_port, wait_for_port
from scripts.project_copy import copy_project

# Written in two parts so that this file does not name what it looks for.
OUTSIDE = ("../" + "shared", "/work/" + "shared")


def repository_files():
    """Tracked files, plus new ones not yet added (git ls-files; .gitignore'd files left out)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, check=True, stdout=subprocess.PIPE,
    ).stdout.decode()
    return sorted({name for name in listed.split("\0") if name and (ROOT / name).is_file()})


def test_no_file_points_outside_the_repository():
    files = repository_files()
    assert "README.md" in files and "mkdocs.yml" in files
    found = []
    for name in files:
        text = (ROOT / name).read_bytes().decode("utf-8", errors="replace")
        found += [f"{name}: {needle}" for needle in OUTSIDE if needle in text]
    assert found == [], "the repository must stand alone; these files point outside it"


# ---- scripts/setup-venv.sh, run in a scratch copy with its own .venv and stand-in commands


def scratch(tmp_path, shims=None):
    """A scratch project holding scripts/setup-venv.sh and an empty requirements file; `shims`
    (name -> bash body) are commands put first on PATH. Returns (project, run)."""
    project = tmp_path / "project"
    (project / "scripts").mkdir(parents=True)
    (project / "scripts" / "setup-venv.sh").write_bytes((ROOT / "scripts" / "setup-venv.sh").read_bytes())
    (project / "requirements.txt").write_text("# nothing to install\n")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    real_python = subprocess.run(
        ["bash", "-c", "command -v python3"], check=True, stdout=subprocess.PIPE, text=True
    ).stdout.strip()
    for name, body in (shims or {}).items():
        shim = bin_dir / name
        shim.write_text(f"#!/usr/bin/env bash\nREAL_PYTHON={real_python}\n{body}\n")
        shim.chmod(0o755)
    env = {"PATH": f"{bin_dir}:{os.environ['PATH']}", "HOME": str(tmp_path), "LANG": "C.UTF-8"}

    def run():
        return subprocess.run(
            ["bash", "scripts/setup-venv.sh", "requirements.txt"],
            cwd=project, env=env, capture_output=True, text=True, timeout=300,
        )

    return project, run


def pip_works(project):
    return subprocess.run([project / ".venv/bin/python", "-m", "pip", "--version"], capture_output=True).returncode == 0


def test_half_made_venv_is_rebuilt(tmp_path):
    project, run = scratch(tmp_path)
    subprocess.run(["python3", "-m", "venv", "--without-pip", project / ".venv"], check=True)
    assert (project / ".venv/bin/python").exists() and not pip_works(project)
    done = run()
    assert done.returncode == 0, done.stderr
    assert "Rebuilding .venv" in done.stderr
    assert pip_works(project)
    again = run()  # a sound venv is kept as it is
    assert again.returncode == 0 and "Rebuilding" not in again.stderr


# python3 as on Debian without python3.X-venv: the ensurepip module is not there.
NO_ENSUREPIP = (
    'case "$*" in *ensurepip*) echo "ModuleNotFoundError: ensurepip" >&2; exit 1;; esac\nexec "$REAL_PYTHON" "$@"'
)


def test_missing_venv_module_gets_one_line_saying_what_to_install(tmp_path):
    project, run = scratch(tmp_path, {"python3": NO_ENSUREPIP, "id": "echo 1000", "apt-get": "exit 99"})
    done = run()
    minor = sys.version_info[1]
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"Python's venv module is missing: sudo apt-get install python3.{minor}-venv (then run this again)"
    ]
    assert not (project / ".venv").exists()


def test_missing_venv_module_is_installed_as_root(tmp_path):
    calls = tmp_path / "apt-calls"
    project, run = scratch(tmp_path, {"python3": NO_ENSUREPIP, "id": "echo 0", "apt-get": f'echo "$*" >> {calls}'})
    done = run()
    assert done.returncode == 0, done.stderr
    assert calls.read_text().splitlines() == ["update -qq", f"install -y -qq python3.{sys.version_info[1]}-venv"]
    assert pip_works(project)


# ---- scripts/serve.sh, in a scratch copy of the project sharing this .venv


def project_with_scripts(tmp_path):
    project = copy_project(tmp_path / "project")
    shutil.copytree(ROOT / "scripts", project / "scripts", ignore=shutil.ignore_patterns("__pycache__"))
    (project / ".venv").symlink_to((ROOT / ".venv").resolve())
    return project


def test_serve_refuses_a_taken_port_before_building(tmp_path):
    project = project_with_scripts(tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(["bash", "scripts/serve.sh"], cwd=project, env={**os.environ, "PORT": str(port)},
                              capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert f"Port {port} on 127.0.0.1 is taken" in done.stderr and "PORT=" in done.stderr
    assert not (project / "site").exists(), "it built the site before finding the port taken"
    bad = subprocess.run(
        ["bash", "scripts/serve.sh"], cwd=project, env={**os.environ, "PORT": "80a"}, capture_output=True, text=True
    )
    assert bad.returncode == 2 and "PORT must be a number" in bad.stderr


def test_serve_builds_and_serves_on_the_port_given(tmp_path):
    project = project_with_scripts(tmp_path)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "SITE_URL"}
    server = subprocess.Popen(["bash", "scripts/serve.sh"], cwd=project, env={**env, "PORT": str(port)},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port, timeout=180)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/en/", timeout=10) as response:
            html = response.read().decode()
        assert '<html lang="en"' in html
        assert f'<link rel="canonical" href="http://127.0.0.1:{port}/en/">' in html
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_documented_commands_name_files_that_exist():
    """Every script, test file and document the contributor documents name is in the repository."""
    named = set()
    for doc in ("README.md", "CONTRIBUTING.md", "ARCHITECTURE.md"):
        text = (ROOT / doc).read_text(encoding="utf-8")
        named |= {
            (doc, path)
            for path in re.findall(
                r"(?<![\w/.-])((?:scripts|tests|docs|macros|hooks|offline|overrides)/[\w./-]+\.(?:sh|py|md|yml|json|html|js))",
                text,
            )
        }
        named |= {(doc, path) for path in re.findall(r"`([A-Z]+\.md)`", text)}
    assert len(named) > 20
    placeholder = re.compile(r"/[A-Z]+[./]")  # docs/SECTION/NAME.md
    missing = sorted(
        f"{doc}: {path}" for doc, path in named if not (ROOT / path).exists() and not placeholder.search(path)
    )
    assert missing == []


def test_no_browser_run_needs_no_chromium_and_the_full_run_still_installs_it(tmp_path):
    """scripts/test.sh --no-browser never calls ensure-browser.sh (which fails here, standing in
    for a machine without Chromium and without root); the full run still does."""
    project = project_with_scripts(tmp_path)
    shutil.copytree(ROOT / "tests", project / "tests", ignore=shutil.ignore_patterns("__pycache__", "vectors"))
    (project / "scripts" / "ensure-browser.sh").write_text("echo 'ensure-browser ran' >&2\nexit 1\n")
    run = lambda *args: subprocess.run(  # noqa: E731
        ["bash", "scripts/test.sh", *args, "tests/test_finance_reading.py", "-q"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=600,
    )
    quick = run("--no-browser")
    assert quick.returncode == 0, quick.stdout + quick.stderr
    assert "ensure-browser ran" not in quick.stderr and " passed" in quick.stdout
    full = run()
    assert full.returncode == 1 and "ensure-browser ran" in full.stderr
