"""A small project to build in a test, in the style of mkdocs-macros-plugin's test projects:
the site's config, macros, theme overrides, hooks and assets, but pages of the test's own,
under a config that inherits mkdocs.yml (`INHERIT:`) with its own `nav:`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT
from scripts.project_copy import copy_project, inherit_config

CONFIG = "mkdocs.test.yml"
FRONT = "---\ntitle: {title}\ndescription: A test page.\nreviewed: 2026-01-01\n---\n\n# {title}\n\n{body}\n"


def page(title: str, body: str = "") -> str:
    """A page with the front matter every page needs."""
    return FRONT.format(title=title, body=body)


def small_project(dest: Path, pages: dict[str, str], nav: list) -> Path:
    """The project in `dest` with only `pages` (path under docs/ -> Markdown) and `nav`."""
    copy_project(dest, ROOT, leave_out={"docs"})
    shutil.copytree(ROOT / "docs" / "assets", dest / "docs" / "assets")
    for name, text in pages.items():
        (dest / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
        (dest / "docs" / name).write_text(text, encoding="utf-8")
    inherit_config(dest, CONFIG, nav=nav)
    return dest


def build(project: Path) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of a small project into project/site; its output in .stdout."""
    env = {**os.environ, "SITE_URL": "http://127.0.0.1:8000/", "NO_MKDOCS_2_WARNING": "1"}
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", CONFIG, "-d", str(project / "site")]
    return subprocess.run(cmd, cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
