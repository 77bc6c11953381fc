"""The calculators with the keyboard only: no click, no fill, no focus() from the test.

On each calculator page, in both languages: Tab to the skip link and follow it, Tab on to
the first field, type, Tab through the whole form in order (the overdue calculator's folded
assumptions opened with Enter), see the figures change after each entry, Tab on to
"copy link" and press Enter: the link of the scenario typed is on the clipboard.
"""

import pytest
from playwright.sync_api import expect

from browser import expected, outputs, watch
from macros import labels
from macros.labels_offer import OFFER

LANGS = {"zh": "", "en": "en/"}

# (the element Tab should reach next, what the reader then does there): digits are typed
# over the field's value, a key name is pressed, None moves straight on.
CALCULATORS = {
    "instalment": (
        "calculators/instalment/",
        [
            ("instalment-amount", "24000"),
            ("instalment-periods", "24"),
            ("instalment-method", "ArrowDown"),  # the next way of charging
            ("instalment-rate", None),
            ("instalment-budget", "1500"),
        ],
    ),
    "overdue": (
        "calculators/overdue-fees/",
        [
            ("overdue-balance", "20000"),
            ("overdue-paid", None),
            ("overdue-days", "95"),
            ("overdue-daily_rate", None),
            ("overdue-penalty_rate", None),
            ("summary", "Enter"),  # opens the folded assumptions
            ("overdue-minimum", None),
            ("overdue-grace_days", "25"),
            ("overdue-basis", None),
            ("overdue-compound", "ArrowDown"),  # simple interest instead of compound
            ("overdue-penalty_min", None),
            ("overdue-penalty_max", None),
        ],
    ),
    "offer": (
        "calculators/offer/",
        [
            ("offer-debt", "20000"),
            ("offer-down", "2000"),
            ("offer-periods", "48"),
            ("offer-payment", "450"),
            ("offer-budget", "400"),
        ],
    ),
    "budget": (
        "calculators/budget/",
        [
            ("budget-income", "9000"),
            ("budget-housing", "2500"),
            ("budget-living", "2000"),
            ("budget-family", "1000"),
            ("budget-medical", "300"),
            ("budget-other_debts", "800"),
            ("budget-debt", None),
        ],
    ),
}


def focused(page):
    """What has the keyboard focus: its id, else its tag; and whether it sits in a calculator."""
    return page.evaluate(
        """() => {
            const e = document.activeElement;
            return { name: e.id || e.dataset.action || e.tagName.toLowerCase(), cls: e.className,
                     inCalculator: !!e.closest('[data-calculator]') };
        }"""
    )


def tab_to(page, name, limit=200):
    """Presses Tab until `name` has the focus; returns every stop on the way (not counting it)."""
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        now = focused(page)
        if now["name"] == name:
            return stops
        stops.append(now)
    raise AssertionError(f"{limit} Tabs never reached {name}; last stops: {stops[-10:]}")


def reference(calc, page, root):
    """The figures finance.py gives for what the form now holds."""
    params = page.eval_on_selector_all(
        f"{root} form [name]", "els => Object.fromEntries(els.map(e => [e.name, e.value]))"
    )
    return expected(calc, params)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("calc", CALCULATORS)
def test_calculator_works_with_the_keyboard_alone(site, browser, calc, lang):
    rel, steps = CALCULATORS[calc]
    root = f'[data-calculator="{calc}"]'
    t = {"instalment": labels.INSTALMENT, "overdue": labels.OVERDUE, "offer": OFFER, "budget": labels.BUDGET}[calc][
        lang
    ]
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    trouble = watch(page)
    page.goto(site.url + LANGS[lang] + rel)

    # The first Tab reaches Material's skip link; Enter follows it past header and navigation.
    page.keyboard.press("Tab")
    assert "md-skip" in focused(page)["cls"]
    page.keyboard.press("Enter")
    before_form = tab_to(page, steps[0][0])
    assert not [s for s in before_form if "md-nav__link" in s["cls"]], "the skip link did not skip the navigation"

    for i, (name, action) in enumerate(steps):
        if i:
            assert tab_to(page, name, limit=1) == [], f"Tab after {steps[i - 1][0]} did not reach {name}"
        if action is None:
            continue
        before = outputs(page, root)
        if action.isdigit():
            page.keyboard.press("ControlOrMeta+A")
            page.keyboard.type(action)
            assert page.eval_on_selector(f"#{name}", "e => e.value") == action
        else:
            page.keyboard.press(action)
        if name == "summary":
            assert page.eval_on_selector(f"{root} .calc__advanced", "d => d.open")
        else:
            assert outputs(page, root) != before, f"{action} in {name} changed no figure"
    assert outputs(page, root) == reference(calc, page, root)

    # On past the results (the tables scroll sideways, so they take the focus) to "copy link".
    after_form = tab_to(page, "copy-link", limit=20)
    assert all(s["inCalculator"] for s in after_form), after_form
    page.keyboard.press("Enter")
    # (expect polls from Python: wait_for_function's string would be eval'd, which the CSP refuses.)
    expect(page.locator(f"{root} .calc__status")).to_have_text(t["copied"])
    link = page.evaluate("navigator.clipboard.readText()")
    assert link == page.url
    for name, action in steps:
        if action and action.isdigit():
            assert f"{name.split('-', 1)[1]}={action}" in link
    assert trouble == []
    context.close()
