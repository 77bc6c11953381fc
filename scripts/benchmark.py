"""Performance benchmark: build time, page weight beside plain Material, recompute times.

Run `bash scripts/benchmark.sh` (it sets up .venv as scripts/test.sh does); prints a Markdown
table, each budget beside its figure. tests/test_performance.py and tests/test_calculator_budget.py
import the measuring functions and the budgets below.

What is measured, and how:

- Build: wall time of `mkdocs build --strict`, median of 3 runs, each into a fresh folder.
- Page weight: the page opened in Debian's Chromium with an empty cache, until the network
  is idle (the search worker's index and lunr files included: a first visit loads them).
  Our own small server serves the built site and logs every request; each response body is
  counted gzipped at level 6 when its type is text (HTML, CSS, JS, JSON, SVG, XML), as a
  gzip-capable host would send it, and as is otherwise (the PNG favicon). Headers not counted.
- Plain Material: a temporary copy of the project built from the same Markdown, without our
  assets: `extra_css` and `extra_javascript` removed, and the calculator macros
  (`instalment_calculator`, `overdue_calculator`) removed, not replaced by their static
  output. Removed, because the question is what the calculators cost a reader: their markup,
  worked result and tables as much as their CSS and JS; a plain page holding the static
  output would hide the markup's share. The `*_figure` macros stay: they are figures quoted
  in the prose, part of the Markdown's text. The theme overrides and build hooks stay too:
  they add no request of their own (the overrides even save two; see overrides/main.html),
  except hooks/search_index.py: plain Material has one search index for both languages,
  fetched by every page; ours has one per language (see search_rows).
- Search index: each language's index file, gzipped as above, beside plain Material's one.
- Recompute: as tests/test_calculator_budget.py measures it: in the page, 41 times, set a new
  amount, dispatch `input`, force layout; the median. A 60-period plan with a budget, and
  1095 days overdue with the cost of waiting.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # also run as a plain script
from scripts.chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402 (needs the sys.path line above)
from scripts.project_copy import copy_project  # noqa: E402 (needs the sys.path line above)

# Budgets, held by the tests and printed beside each figure.
BUILD_BUDGET_S = 9.0  # CPU time of one `mkdocs build --strict` (tests/test_performance.py says how it was set)
CALCULATOR_PAGE_BUDGET_BYTES = 15 * 1024  # a calculator page over plain Material, gzip -6
HOME_PAGE_BUDGET_BYTES = 0  # the home page over plain Material: lighter (plain carries both languages' index)
SEARCH_INDEX_BUDGET_BYTES = 45 * 1024  # each language's own search index, gzip -6
CALCULATOR_ASSETS_BUDGET_BYTES = 15 * 1024  # the scripts and styles one calculator page loads, gzip -9
FRAME_MS = 16  # one recompute: within a frame

# The pages measured (the benchmark's table), in each language.
PAGES = {
    "home": "",
    "guide, three compact calculators": "guides/six-steps/",
    "agreement checklist, a plan's figures": "toolkit/agreement-checklist/",
    "instalment calculator": "calculators/instalment/",
    "overdue fees calculator": "calculators/overdue-fees/",
    "budget calculator": "calculators/budget/",
    "offer check": "calculators/offer/",
    "proposal letter": "toolkit/proposal-letter/",
}
LANGUAGES = {"zh": "", "en": "en/"}  # where each language's pages are, below the site root
# The pages with a calculator, each held within CALCULATOR_PAGE_BUDGET_BYTES of plain Material
# (the proposal letter is filled in by its script like a calculator).
CALCULATOR_PAGES = (
    "calculators/instalment/",
    "calculators/overdue-fees/",
    "calculators/budget/",
    "calculators/offer/",
    "toolkit/proposal-letter/",
)
# Pages that embed calculators among their text (measured, and their scripts held to the
# assets budget, but not held to CALCULATOR_PAGE_BUDGET_BYTES: their prose is most of them).
EMBEDDING_PAGES = ("guides/six-steps/", "toolkit/agreement-checklist/")


# --------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------


def build(dest: Path, project: Path = ROOT, site_url: str = "http://127.0.0.1:8000/") -> float:
    """One `mkdocs build --strict` of `project` into `dest`; its wall time in seconds.
    Raises when the build fails (a broken build has no meaningful time)."""
    env = {**os.environ, "SITE_URL": site_url, "NO_MKDOCS_2_WARNING": "1"}
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(dest)]
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"mkdocs build --strict failed in {project}:\n{done.stdout}")
    return seconds


@dataclass(frozen=True)
class BuildTime:
    wall: float  # seconds a person waits: grows with whatever else the machine is doing
    cpu: float  # user + system seconds of the build itself: its own cost, held to the budget


def timed_build(dest: Path, project: Path = ROOT) -> BuildTime:
    """One build (as build()), with the CPU time of its process besides the wall time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = build(dest, project)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return BuildTime(wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))


def build_times(runs: int = 3, project: Path = ROOT) -> list[BuildTime]:
    """`runs` builds, each into a fresh temporary folder."""
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="bench-build-") as dest:
            times.append(timed_build(Path(dest) / "site", project))
    return times


JAVASCRIPTS = ROOT / "docs" / "assets" / "javascripts"
CALCULATORS_CSS = ROOT / "docs" / "assets" / "stylesheets" / "calculators.css"
# In calculators.js: `instalment: () => import('./instalment-ui.js')...`
_STARTER = re.compile(r"^\s*(?P<name>[\w-]+): \(\) => import\('\./(?P<file>[\w.-]+\.js)'\)", re.M)
_DATA_CALCULATOR = re.compile(r'data-calculator="([\w-]+)"')


def calculator_modules() -> dict[str, Path]:
    """data-calculator -> the module calculators.js imports for it (only on a page that has it)."""
    text = (JAVASCRIPTS / "calculators.js").read_text(encoding="utf-8")
    return {m["name"]: JAVASCRIPTS / m["file"] for m in _STARTER.finditer(text)}


def calculators_on(html: str) -> list[str]:
    """The data-calculator names of a built page, each once, in page order."""
    return list(dict.fromkeys(_DATA_CALCULATOR.findall(html)))


def calculator_assets(calculators) -> list[Path]:
    """What a page with these calculators loads of ours: calculators.js (only where there is a
    calculator: hooks/calculator_scripts.py), each calculator's module and everything it
    imports, and the calculators' styles."""
    from offline.hooks import module_graph

    modules = calculator_modules()
    scripts = {JAVASCRIPTS / "calculators.js"} if calculators else set()
    for name in calculators:
        scripts |= {m.path for m in module_graph(modules[name], ROOT / "docs")}
    return sorted(scripts) + [CALCULATORS_CSS]


def calculator_assets_gzip(calculators) -> int:
    """Their bytes, each file gzipped at level 9."""
    return sum(len(gzip.compress(f.read_bytes(), 9)) for f in calculator_assets(calculators))


def page_calculators(site: Path, page_path: str) -> list[str]:
    """The calculators of a page of the built `site`."""
    return calculators_on((Path(site) / page_path / "index.html").read_text(encoding="utf-8"))


# --------------------------------------------------------------------------
# The plain Material project
# --------------------------------------------------------------------------

# Left out of the copy: the built site, tests, tools and caches.
_CALCULATOR_MACRO = re.compile(
    r"\{\{\s*(?:(?:instalment|overdue|budget|offer)_calculator|proposal_letter|plan_summary)\s*\([^)]*\)\s*\}\}"
)
_ASSET_BLOCK = re.compile(r"(?m)^(extra_css|extra_javascript):\n(?:[ \t]+.*\n)*")


def plain_project(dest: Path, project: Path = ROOT) -> Path:
    """A copy of `project` in `dest` built from the same Markdown without our assets (see the
    module's docstring for why the calculators are removed rather than kept as static output)."""
    copy_project(dest, project)
    config = (dest / "mkdocs.yml").read_text(encoding="utf-8")
    config, blocks = _ASSET_BLOCK.subn("", config)
    if blocks != 2:
        raise RuntimeError(f"expected extra_css and extra_javascript in mkdocs.yml, found {blocks} of them")
    (dest / "mkdocs.yml").write_text(config, encoding="utf-8")
    # Our assets themselves go too, so nothing can load them by another path.
    shutil.rmtree(dest / "docs" / "assets")
    removed = 0
    for md in (dest / "docs").rglob("*.md"):
        text = md.read_text(encoding="utf-8")
        text, n = _CALCULATOR_MACRO.subn("", text)
        if n:
            md.write_text(text, encoding="utf-8")
            removed += n
    if removed == 0:
        raise RuntimeError("no calculator macro found to remove")
    drop_search_hook(dest / "mkdocs.yml")
    return dest


# --------------------------------------------------------------------------
# Search indexes (hooks/search_index.py)
# --------------------------------------------------------------------------

SEARCH_HOOK = "hooks/search_index.py"
# Language -> its index below the site root. Plain Material writes one, for both languages,
# at the first of these (mkdocs-static-i18n merges them), fetched by every page.
SEARCH_INDEXES = {"zh": "search/search_index.json", "en": "en/search/search_index.json"}
_SEARCH_HOOK_LINE = re.compile(r"(?m)^(?:[ \t]*#.*\n)?[ \t]*- " + re.escape(SEARCH_HOOK) + r"[ \t]*\n")


def drop_search_hook(config_path: Path) -> None:
    """Plain Material has Material's own search: one combined index for both languages, at the
    root, fetched by every page. Without the hook, overrides/main.html falls back to that."""
    config = config_path.read_text(encoding="utf-8")
    config, n = _SEARCH_HOOK_LINE.subn("", config)
    if n != 1:
        raise RuntimeError(f"expected {SEARCH_HOOK} once in {config_path.name}'s hooks, found it {n} times")
    config_path.write_text(config, encoding="utf-8")


def index_sizes(site: Path) -> dict[str, tuple[int, int]]:
    """Language -> (bytes, bytes gzipped -6) of its search index in the built `site`; only the
    indexes that exist (plain Material has one, for both languages)."""
    sizes = {}
    for lang, rel in SEARCH_INDEXES.items():
        path = Path(site) / rel
        if path.is_file():
            data = path.read_bytes()
            sizes[lang] = (len(data), gzip_size(data, "application/json"))
    return sizes


def page_budget(page_path: str) -> int | None:
    """How many bytes a page may weigh over plain Material (gzip -6), or None where no budget holds."""
    if page_path in CALCULATOR_PAGES:
        return CALCULATOR_PAGE_BUDGET_BYTES
    if page_path == PAGES["home"]:
        return HOME_PAGE_BUDGET_BYTES
    return None


def search_rows(ours_site: Path, plain_site: Path) -> list[tuple[str, ...]]:
    """The report's rows for the search indexes: each language's beside plain Material's one."""
    ours, plain = index_sizes(ours_site), index_sizes(plain_site)
    _, plain_wire = plain["zh"]
    rows = []
    for lang, rel in SEARCH_INDEXES.items():
        raw, wire = ours[lang]
        rows.append((
            f"search index `{rel}`, {lang} pages only: KB (gzip -6; raw)",
            f"{wire / 1024:.1f} ({raw / 1024:.0f} raw)",
            f"{plain_wire / 1024:.1f} (both languages)",
            f"{(wire - plain_wire) / 1024:+.1f}",
            f"≤ {SEARCH_INDEX_BUDGET_BYTES / 1024:.1f}",
        ))
    return rows


# --------------------------------------------------------------------------
# Serving and weighing pages
# --------------------------------------------------------------------------

_TEXT_TYPES = ("text/", "application/javascript", "application/json", "application/xml", "image/svg+xml")


def gzip_size(data: bytes, content_type: str) -> int:
    """Bytes on the wire from a gzip-capable host: text gzipped at level 6, the rest as is."""
    if content_type.startswith(_TEXT_TYPES):
        return len(gzip.compress(data, compresslevel=6))
    return len(data)


@dataclass
class Request:
    path: str
    status: int
    raw: int = 0  # body bytes
    wire: int = 0  # body bytes as sent with gzip (see gzip_size)


class _Handler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # quiet: no line per request
        pass

    def log_request(self, code="-", size="-"):
        self.entry = Request(self.path, int(getattr(code, "value", code)))
        self.server.record(self.entry)

    def guess_type(self, path):
        # Called by send_head with the file actually sent (a folder's index.html included).
        self.content_type = super().guess_type(path)
        return self.content_type

    def copyfile(self, source, outputfile):
        data = source.read()
        self.entry.raw, self.entry.wire = len(data), gzip_size(data, self.content_type)
        outputfile.write(data)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, directory):
        super().__init__(("127.0.0.1", 0), partial(_Handler, directory=str(directory)))
        self.lock = threading.Lock()
        self.requests: list[Request] = []

    def record(self, entry):
        with self.lock:
            self.requests.append(entry)


@contextmanager
def serve(directory: Path):
    """Serves `directory` on 127.0.0.1 at a free port; yields the server (`.url`, `.requests`)."""
    server = _Server(directory)
    server.directory = Path(directory)
    server.url = f"http://127.0.0.1:{server.server_address[1]}/"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class Weight:
    requests: int
    wire: int  # bytes, gzipped as a host would send them
    raw: int
    errors: list  # paths answered with an HTTP error
    files: dict  # path -> bytes on the wire

    @property
    def kb(self) -> float:
        return self.wire / 1024


def page_weight(browser, server, path: str, quiet: float = 1.0, timeout: float = 20.0) -> Weight:
    """Opens `path` of `server` in a fresh context (empty cache) and counts what the server
    sent, once the page is loaded and the server has had no request for `quiet` seconds
    (Material's search worker fetches its index and lunr files after the load)."""
    with server.lock:
        server.requests.clear()
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(server.url + path, wait_until="networkidle")
        deadline, seen, since = time.monotonic() + timeout, -1, time.monotonic()
        while time.monotonic() < deadline:
            with server.lock:
                count = len(server.requests)
            if count != seen:
                seen, since = count, time.monotonic()
            elif time.monotonic() - since >= quiet:
                break
            time.sleep(0.1)
    finally:
        context.close()
    with server.lock:
        got = list(server.requests)
    return Weight(
        requests=len(got),
        wire=sum(r.wire for r in got),
        raw=sum(r.raw for r in got),
        errors=[f"{r.status} {r.path}" for r in got if r.status >= 400],
        files={r.path.split("?")[0]: r.wire for r in got},
    )


# --------------------------------------------------------------------------
# Recompute times (as tests/test_calculator_budget.py)
# --------------------------------------------------------------------------

# Median of 41 recomputes (input event, compute, DOM update, forced layout), best of three
# rounds: as with timeit's repeat, the best round is the page's own cost, the worse ones
# mostly whatever else shares the machine's two cores.
_RECOMPUTE = """([input, out]) => {
    const field = document.querySelector(input);
    const medians = [];
    for (let round = 0; round < 3; round++) {
        const times = [];
        for (let i = 0; i < 41; i++) {
            field.value = String(50000 + i);
            const t0 = performance.now();
            field.dispatchEvent(new Event('input', { bubbles: true }));
            document.querySelector(out).getBoundingClientRect();  // force layout
            times.push(performance.now() - t0);
        }
        times.sort((a, b) => a - b);
        medians.push(times[20]);
    }
    return Math.min(...medians);
}"""

RECOMPUTE_CASES = {
    "instalment, 60 periods with a budget": (
        "calculators/instalment/?periods=60&method=annuity&budget=300",
        "#instalment-amount",
        "[data-out=payment_first]",
    ),
    "overdue fees, 1095 days": (
        "calculators/overdue-fees/?days=1095&penalty_min=10&penalty_max=500",
        "#overdue-balance",
        "[data-out=total]",
    ),
    "offer check, 120 months (the rate solved each time)": (
        "calculators/offer/?debt=100000&periods=120&payment=1200&budget=1000",
        "#offer-debt",
        "[data-out=apr]",
    ),
    "budget, every field": (
        "calculators/budget/?income=9000&housing=2500&living=2000&family=1000&medical=300&other_debts=800&debt=12000",
        "#budget-income",
        "[data-out=available]",
    ),
}


def recompute_median(page, url: str, input_selector: str, out_selector: str) -> float:
    """Milliseconds to read, compute and render after one input event (median of 41, best of 3 rounds)."""
    page.goto(url)
    # calculators.js imports the calculator after the page has loaded: wait until it answers.
    page.wait_for_selector("[data-calculator][data-ready]", state="attached")
    return page.evaluate(_RECOMPUTE, [input_selector, out_selector])


# --------------------------------------------------------------------------
# The report
# --------------------------------------------------------------------------


def measure(runs: int = 3) -> list[tuple[str, str, str, str]]:
    """Every figure of the report, as table rows (what, this site, plain Material, difference)."""
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        tmp = Path(tmp)
        plain = plain_project(tmp / "plain")
        ours_t, plain_t = build_times(runs), build_times(runs, plain)
        for kind, budget in (("cpu", f"< {BUILD_BUDGET_S:.1f} s"), ("wall", "")):
            ours_m = statistics.median(getattr(t, kind) for t in ours_t)
            plain_m = statistics.median(getattr(t, kind) for t in plain_t)
            rows.append(
                (
                    f"build, `mkdocs build --strict`, {'CPU' if kind == 'cpu' else 'wall'} time (median of {runs})",
                    f"{ours_m:.2f} s",
                    f"{plain_m:.2f} s",
                    f"{ours_m - plain_m:+.2f} s",
                    budget,
                )
            )
        build(tmp / "ours-site")
        build(tmp / "plain-site", plain)
        for page_path in CALCULATOR_PAGES + EMBEDDING_PAGES:
            calculators = page_calculators(tmp / "ours-site", page_path)
            rows.append(
                (
                    f"scripts and styles `/{page_path}` loads ({', '.join(calculators)}), KB (gzip -9)",
                    f"{calculator_assets_gzip(calculators) / 1024:.1f}",
                    "",
                    "",
                    f"< {CALCULATOR_ASSETS_BUDGET_BYTES / 1024:.1f}",
                )
            )
        with sync_playwright() as p, serve(tmp / "ours-site") as ours_srv, serve(tmp / "plain-site") as plain_srv:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            for prefix in LANGUAGES.values():
                for name, page_path in PAGES.items():
                    path = prefix + page_path
                    a, b = page_weight(browser, ours_srv, path), page_weight(browser, plain_srv, path)
                    for w in (a, b):
                        if w.errors:
                            raise RuntimeError(f"{path}: {w.errors}")
                    label = f"{name} `/{path}`"
                    rows.append(
                        (f"{label}: requests", str(a.requests), str(b.requests), f"{a.requests - b.requests:+d}")
                    )
                    budget = page_budget(page_path)
                    rows.append(
                        (
                            f"{label}: KB transferred (gzip -6)",
                            f"{a.kb:.1f}",
                            f"{b.kb:.1f}",
                            f"{a.kb - b.kb:+.1f}",
                            "" if budget is None else f"difference ≤ {budget / 1024:+.1f}",
                        )
                    )
            rows += search_rows(tmp / "ours-site", tmp / "plain-site")
            page = browser.new_page()
            for name, (path, field, out) in RECOMPUTE_CASES.items():
                ms = recompute_median(page, ours_srv.url + path, field, out)
                label = f"recompute: {name} (median of 41, best of 3 rounds)"
                rows.append((label, f"{ms:.2f} ms", "", "", f"< {FRAME_MS} ms"))
            browser.close()
    return rows


def table(rows) -> str:
    """Rows of (what, this site, plain Material, difference[, budget]); no budget prints blank."""
    head = ("measure", "this site", "plain Material", "difference", "budget")
    lines = ["| " + " | ".join(head) + " |", "| " + " | ".join(("---",) + ("---:",) * 4) + " |"]
    lines += ["| " + " | ".join(tuple(r) + ("",) * (len(head) - len(r))) + " |" for r in rows]
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="builds per median (default 3)")
    args = parser.parse_args(argv)
    print(table(measure(args.runs)))


if __name__ == "__main__":
    main()
