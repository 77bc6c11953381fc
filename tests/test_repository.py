"""The repository as a contributor meets it: it stands alone, and its scripts repair or explain.

A fresh clone has no sibling folders: no tracked file may send a reader to one.
"""

import subprocess

from conftest import ROOT

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
