"""After each navigation in the tests: wait until every calculator on the page has started.

calculators.js imports a calculator's script only on a page that has that calculator, once
the page has been parsed, and the load event does not wait for such an import. Until the
script runs, the reader sees the page's worked example; a test must not type or read figures
before the calculator answers, so every navigation here (goto, reload, back, forward, waiting
for a load or a URL) also waits for each `[data-calculator]` to carry `data-ready`, which
calculators.js sets once it has started that calculator. Pages where no script runs (a
context without JavaScript: Material's `document$` never appears) are left alone.
"""

from playwright.sync_api import Page

READY = "() => [...document.querySelectorAll('[data-calculator]')].every((r) => r.dataset.ready === 'true')"
TIMEOUT_MS = 15_000


def wait_until_ready(page):
    if page.evaluate("() => !!window.document$"):
        page.wait_for_function(READY, timeout=TIMEOUT_MS)


def install():
    for name in ("goto", "reload", "go_back", "go_forward", "wait_for_load_state", "wait_for_url"):
        original = getattr(Page, name)

        def patched(self, *args, _original=original, **kwargs):
            result = _original(self, *args, **kwargs)
            wait_until_ready(self)
            return result

        setattr(Page, name, patched)
