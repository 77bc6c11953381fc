"""A copy of the project's sources for a throw-away build (the benchmark's plain Material
site, the hostile-input tests' broken pages): what `mkdocs build` reads, and no more; and a
config that inherits the copied mkdocs.yml with settings of its own."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
# Build output, tools and caches: nothing a build reads.
NOT_COPIED = {
    "site", "tests", "scripts", "dist", ".git", ".venv", ".pytest_cache", ".ruff_cache", "__pycache__", ".hypothesis"
}


def copy_project(dest: Path, project: Path = ROOT, leave_out: set[str] = frozenset()) -> Path:
    """Copies the top-level entries of `project` into `dest`, but NOT_COPIED and `leave_out`."""
    dest.mkdir(parents=True, exist_ok=True)
    for entry in project.iterdir():
        if entry.name in NOT_COPIED or entry.name in leave_out:
            continue
        if entry.is_dir():
            shutil.copytree(entry, dest / entry.name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(entry, dest / entry.name)
    return dest


def inherit_config(dest: Path, name: str, **settings) -> Path:
    """Writes `dest/name`: `INHERIT: mkdocs.yml` and `settings`, as mkdocs.offline.yml does. MkDocs
    merges it into the copied mkdocs.yml: a mapping merges key by key, a list (nav, hooks)
    replaces the parent's. Build it with `mkdocs build -f name`."""
    config = dest / name
    text = yaml.safe_dump({"INHERIT": "mkdocs.yml", **settings}, allow_unicode=True, sort_keys=False)
    config.write_text(text, encoding="utf-8")
    return config
