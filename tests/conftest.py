"""Shared fixtures: the site built once (strict) and served, and Debian's Chromium for Playwright.

Every test that opens a browser (it uses Playwright's `browser`, `page` or a fixture built
on them) is marked `browser` here, so `bash scripts/test.sh --no-browser` (pytest
`-m "not browser"`) runs the rules and the build without Chromium.
"""

import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

import calculators_ready
from scripts.chromium import CHROMIUM, CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


@dataclass(frozen=True)
class Site:
    root: Path  # the built site folder
    url: str  # where it is served, ends with "/"
    log: str  # everything mkdocs printed

    def pages(self):
        """Every built HTML page, as a path relative to the site root ("" is the home page)."""
        found = []
        for html in sorted(self.root.rglob("*.html")):
            rel = html.relative_to(self.root).as_posix()
            if rel.endswith("index.html"):
                found.append(rel[: -len("index.html")])
            else:
                found.append(rel)
        return found


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_site(dest, site_url, docs_dir=None):
    """Runs `mkdocs build --strict`; returns the finished process (output in .stdout)."""
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(dest)]
    if docs_dir:
        cmd += ["-f", str(docs_dir)]
    env = {**os.environ, "SITE_URL": site_url}
    return subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def wait_for_port(port, timeout=15):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port}")


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    dest = tmp_path_factory.mktemp("site")
    built = build_site(dest, url)
    if built.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{built.stdout}", pytrace=False)
    # http.server plus the headers of the built _headers file (the Content-Security-Policy).
    server = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("static_server.py")), str(port), str(dest)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port)
        yield Site(dest, url, built.stdout)
    finally:
        server.terminate()
        server.wait(timeout=10)


def pytest_configure(config):
    calculators_ready.install()
    config.addinivalue_line("markers", "browser: opens Debian's Chromium (deselect with -m 'not browser')")


def pytest_collection_modifyitems(items):
    for item in items:
        if "browser" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    # Playwright cannot download its own browser here: drive Debian's.
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"{CHROMIUM} is missing: sudo apt-get install chromium fonts-wqy-microhei "
            "(or run the tests that need no browser: bash scripts/test.sh --no-browser)",
            pytrace=False,
        )
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS, "headless": True}
