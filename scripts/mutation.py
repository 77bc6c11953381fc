"""Mutation check of the calculator rules (run it with `bash scripts/mutation.sh`).

Puts small bugs into the rules one at a time and checks that a test fails for each:

- Python: mutmut over macros/finance.py, against the fast rule tests
  (tests/test_finance_*.py), in a scratch copy of those files;
- browser: each mutation of scripts/mutation_js.py applied to the built site's finance.js,
  checked by the vector tests' own check (tests/browser.py), all in one Chromium.

Prints each mutant that no test caught, then exactly one line `survived: N`. Mutants listed
in scripts/mutation-equivalent.txt (each with why it changes nothing) are shown but not
counted. Options: --python-only, --js-only.
"""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

MUTMUT = [sys.executable, "-m", "mutmut"]
RULE_TESTS = ["test_finance_instalment.py", "test_finance_overdue.py", "test_finance_reading.py"]
# mutmut's settings for the scratch copy: only finance.py, only the rule tests.
MUTMUT_CONFIG = """[mutmut]
source_paths=macros/finance.py
pytest_add_cli_args_test_selection=tests/
pytest_add_cli_args=-p no:cacheprovider -q
timeout_multiplier=5.0

[tool:pytest]
pythonpath = .
"""


def equivalents() -> set[str]:
    """Keys of the listed equivalent mutants: "python <function>: <line>" or "js <id>"."""
    keys = set()
    for line in (ROOT / "scripts" / "mutation-equivalent.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            keys.add(line.split(" # ", 1)[0].strip())
    return keys


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------
# Python: mutmut
# --------------------------------------------------------------------------


# A mutant that makes a test fail, hang (timeout) or crash (segfault) was caught.
CAUGHT = {"killed", "timeout", "segfault"}


def limit_memory() -> None:
    """A mutant such as `while start <= days` appends cycles forever: at 2 GB it fails with
    MemoryError (caught) instead of taking the shared machine's memory."""
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def python_survivors(scratch: Path) -> list[tuple[str, str]]:
    """[(key, diff)] of every mutant of finance.py that the rule tests let through."""
    work = scratch / "python"
    (work / "tests").mkdir(parents=True)
    shutil.copytree(ROOT / "macros", work / "macros", ignore=shutil.ignore_patterns("__pycache__"))
    for name in RULE_TESTS:
        shutil.copy2(ROOT / "tests" / name, work / "tests" / name)
    (work / "setup.cfg").write_text(MUTMUT_CONFIG, encoding="utf-8")
    run = subprocess.run([*MUTMUT, "run", "--max-children", "2"], cwd=work, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, text=True, preexec_fn=limit_memory)
    if run.returncode != 0:
        sys.exit(f"mutmut run failed:\n{run.stdout[-3000:]}")
    return mutmut_survivors(work)


def mutmut_survivors(work: Path) -> list[tuple[str, str]]:
    """[(key, status and diff)] of the mutants mutmut's run in `work` did not catch."""
    results = subprocess.run([*MUTMUT, "results"], cwd=work, stdout=subprocess.PIPE, text=True, check=True).stdout
    out = []
    for line in results.splitlines():
        name, _, status = line.strip().rpartition(": ")
        if not name or status in CAUGHT:
            continue
        diff = subprocess.run([*MUTMUT, "show", name], cwd=work, stdout=subprocess.PIPE, text=True, check=True).stdout
        added = [d[1:].strip() for d in diff.splitlines() if d.startswith("+") and not d.startswith("+++")]
        function = name.split("__mutmut_")[0].rsplit(".", 1)[-1].removeprefix("x_").removeprefix("x\u01c1")
        out.append((f"python {function}: {' | '.join(added)}", f"{status}\n{diff}"))
    return out


# --------------------------------------------------------------------------
# Browser: the mutations of mutation_js.py against the vector check
# --------------------------------------------------------------------------


def js_survivors(scratch: Path) -> list[tuple[str, str]]:
    from playwright.sync_api import sync_playwright

    from browser import vector_mismatches
    from conftest import build_site, free_port, wait_for_port
    from scripts.chromium import CHROMIUM, CHROMIUM_ARGS
    from scripts.mutation_js import MUTATIONS

    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    site = scratch / "site"
    built = build_site(site, url)
    if built.returncode != 0:
        sys.exit(f"mkdocs build --strict failed:\n{built.stdout}")
    script = site / "assets" / "javascripts" / "finance.js"
    original = script.read_text(encoding="utf-8")
    server = subprocess.Popen([sys.executable, str(ROOT / "tests" / "static_server.py"), str(port), str(site)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = []
    try:
        wait_for_port(port)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)

            def caught() -> str:
                """What the vector check found wrong ("" when nothing)."""
                context = browser.new_context()  # a fresh cache: the new finance.js is loaded
                try:
                    page = context.new_page()
                    page.goto(url + "calculators/instalment/")
                    for calc in ("instalment", "overdue"):
                        bad = vector_mismatches(page, url, calc, first_only=True)
                        if bad:
                            return f"{calc}: {len(bad)} vectors, e.g. {bad[0]}"
                    return ""
                except Exception as error:  # a mutant that does not even load is caught too
                    return f"error: {str(error).splitlines()[0]}"
                finally:
                    context.close()

            found = caught()
            if found:
                sys.exit(f"the vector check fails on the unchanged finance.js: {found}")
            for ident, what, old, new in MUTATIONS:
                if original.count(old) != 1:
                    sys.exit(f"mutation {ident}: its text is in finance.js {original.count(old)} times, not once")
                script.write_text(original.replace(old, new), encoding="utf-8")
                found = caught()
                log(f"js {ident}: {'caught, ' + found[:120] if found else 'SURVIVED'}")
                if not found:
                    out.append((f"js {ident}", f"{what}\n- {old}\n+ {new}"))
            script.write_text(original, encoding="utf-8")
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    return out


def main(argv: list[str]) -> int:
    known = equivalents()
    scratch = Path(tempfile.mkdtemp(prefix="mutation-"))
    survivors = []
    try:
        if "--js-only" not in argv:
            log("Python rules: mutmut over macros/finance.py (about 10 minutes, up to 25 on a busy machine)...")
            survivors += python_survivors(scratch)
        if "--python-only" not in argv:
            log("Browser rules: mutations of finance.js against the vector check...")
            survivors += js_survivors(scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    counted = 0
    for key, detail in survivors:
        if key in known:
            print(f"equivalent (listed in scripts/mutation-equivalent.txt): {key}")
            continue
        counted += 1
        print(f"SURVIVED {key}\n{detail}\n")
    print(f"survived: {counted}")
    return 1 if counted else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
