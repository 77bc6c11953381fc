"""Helpers for the calculator browser tests: read figures off the page, watch for trouble."""

import json
from pathlib import Path

from macros import budget, finance

VECTORS = Path(__file__).parent / "vectors"
BAD_TEXT = ("NaN", "Infinity", "undefined")


def load_vectors(name):
    return json.loads((VECTORS / f"{name}.json").read_text(encoding="utf-8"))["cases"]


# Each calculator's rules in finance.py: read the parameters, compute, the figures shown.
RULES = {
    "instalment": (finance.read_instalment, finance.instalment, finance.instalment_outputs),
    "overdue": (finance.read_overdue, finance.overdue, finance.overdue_outputs),
    "budget": (budget.read_budget, budget.budget, budget.budget_outputs),
}


def expected(calc, params):
    """data-out name -> the value finance.py gives for `params` (as a form or a link holds them)."""
    read, compute, outs = RULES[calc]
    inputs, errors = read({k: str(v) for k, v in params.items()})
    assert errors == {}, (calc, params, errors)
    return outs(compute(inputs))


def outputs(page, root="[data-calculator]"):
    """data-out name -> data-value, for the calculator at `root`."""
    return page.eval_on_selector_all(
        f"{root} [data-out]", "els => Object.fromEntries(els.map(e => [e.dataset.out, e.dataset.value]))"
    )


def watch(page):
    """Collects console errors, uncaught exceptions and dialogs of `page` into one list."""
    trouble = []
    page.on("console", lambda m: m.type == "error" and trouble.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: trouble.append(f"pageerror: {e}"))

    def dialog(d):
        trouble.append(f"dialog: {d.message}")
        d.dismiss()

    page.on("dialog", dialog)
    return trouble


def type_into(page, selector, text):
    """Types like a reader: fill, then a key press (fill alone fires no keyup for Chinese input)."""
    page.fill(selector, text)
    page.press(selector, "End")


def assert_no_figures(page, root="[data-calculator]"):
    assert set(outputs(page, root).values()) == {""}
    assert page.locator(f"{root} .calc__results").is_hidden()
    assert page.locator(f"{root} .calc__results tbody tr").count() == 0
    text = page.inner_text("body")
    for bad in BAD_TEXT:
        assert bad not in text
