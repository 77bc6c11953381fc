"""The six-step guide's compact calculators in Chromium: the figures finance.py gives, no
schedule, comparison or chart, and a link that opens the full calculator with the same
scenario and figures (macros/widgets.py, compact mode; the *-ui.js scripts)."""

from urllib.parse import parse_qsl, urlsplit

import pytest

from browser import assert_no_figures, outputs, type_into, watch
from browser import expected as expected_outputs
from macros import labels, widgets

GUIDE = "guides/six-steps/"
LANGS = {"zh": "", "en": "en/"}
SHOWN = {"instalment": set(widgets.INSTALMENT_COMPACT_OUTPUTS), "overdue": set(widgets.OVERDUE_COMPACT_OUTPUTS)}
FULL_PAGE = {"instalment": "calculators/instalment/", "overdue": "calculators/overdue-fees/"}
# What the guide's macros set (budget=1500 on the instalment one), as the link first carries it.
DEFAULTS = {
    "instalment": {"amount": "12000", "periods": "12", "method": "fee", "rate": "0.6", "budget": "1500"},
    "overdue": {"balance": "10000", "paid": "0", "days": "30"},
}
# What a reader types, in order (a choice is picked, a field typed); budget emptied: the
# link then leaves it out. The second overdue case pays the minimum: no late fee.
TYPED = {
    "instalment": [
        {"method": "annuity", "amount": "24000", "periods": "24", "rate": "13", "budget": "1300"},
        {"method": "fee", "amount": "5000", "periods": "6", "rate": "0.75", "budget": ""},
    ],
    "overdue": [
        {"balance": "25000", "paid": "3000", "days": "95"},
        {"balance": "8000", "paid": "800", "days": "45"},
    ],
}
GONE = (
    "[data-role=schedule], [data-role=compare], [data-role=cycles], [data-role=waiting], svg, .calc__advanced, button"
)


def root(calc):
    return f'[data-calculator="{calc}"]'


def expected(calc, params):
    """The figures finance.py gives that the compact calculator shows."""
    return {k: v for k, v in expected_outputs(calc, params).items() if k in SHOWN[calc]}


def link_scenario(page, calc):
    """The full-calculator link of the compact calculator: its page and its parameters."""
    href = page.get_attribute(f"{root(calc)} [data-role=full-link]", "href")
    parts = urlsplit(page.evaluate("h => new URL(h, location.href).href", href))
    return parts.path, dict(parse_qsl(parts.query, keep_blank_values=True))


def enter(page, calc, scenario):
    for name, value in scenario.items():
        if page.locator(f"#{calc}-{name}").evaluate("e => e.tagName") == "SELECT":
            page.select_option(f"#{calc}-{name}", value)
        else:
            type_into(page, f"#{calc}-{name}", value)


@pytest.mark.parametrize("lang", LANGS)
def test_compact_calculators_compute_and_link_the_same_scenario(site, browser, lang):
    context = browser.new_context()
    page, full = context.new_page(), context.new_page()
    trouble = {"guide": watch(page), "calculator": watch(full)}
    page.goto(site.url + LANGS[lang] + GUIDE)
    for calc in ("instalment", "overdue"):
        calc_root = page.locator(root(calc))
        assert calc_root.locator(GONE).count() == 0, f"{calc}: the compact calculator shows more than its figures"
        assert set(outputs(page, root(calc))) == SHOWN[calc]
        assert outputs(page, root(calc)) == expected(calc, DEFAULTS[calc])
        path, query = link_scenario(page, calc)
        assert path == "/" + LANGS[lang] + FULL_PAGE[calc]
        assert query == DEFAULTS[calc]

        for scenario in TYPED[calc]:
            enter(page, calc, scenario)
            given = {k: v for k, v in scenario.items() if v != ""}
            shown = outputs(page, root(calc))
            assert shown == expected(calc, given), (calc, scenario)
            path, query = link_scenario(page, calc)
            assert query == {**(DEFAULTS[calc] if calc == "overdue" else {}), **given}, (calc, scenario)
            if "budget" in scenario and scenario["budget"] == "":
                assert "budget" not in query

            # The link opens the full calculator with the same figures, and its whole result.
            full.goto(page.evaluate("s => document.querySelector(s).href", f"{root(calc)} [data-role=full-link]"))
            assert full.url.startswith(site.url + LANGS[lang] + FULL_PAGE[calc] + "?")
            everything = outputs(full, root(calc))
            assert everything == expected_outputs(calc, given)
            assert {k: everything[k] for k in shown} == shown
            for name, value in given.items():
                assert full.input_value(f"#{calc}-{name}") == value
            assert full.locator(f"{root(calc)} .calc__results tbody tr").count() >= 2
    assert trouble == {"guide": [], "calculator": []}
    context.close()


@pytest.mark.parametrize("lang", LANGS)
def test_compact_calculators_refuse_bad_input_with_a_message(site, page, lang):
    trouble = watch(page)
    page.goto(site.url + LANGS[lang] + GUIDE)
    for calc, field, typed, good in (("instalment", "amount", "abc", "12000"), ("overdue", "days", "0", "30")):
        messages = (labels.INSTALMENT if calc == "instalment" else labels.OVERDUE)[lang]["messages"]
        type_into(page, f"#{calc}-{field}", typed)
        assert page.inner_text(f"#{calc}-{field}-error") == messages[field]
        assert page.get_attribute(f"#{calc}-{field}", "aria-invalid") == "true"
        assert_no_figures(page, root(calc))
        # The link carries what was typed: the full calculator shows the same message there.
        assert link_scenario(page, calc)[1][field] == typed
        type_into(page, f"#{calc}-{field}", good)
        assert page.inner_text(f"#{calc}-{field}-error") == ""
        assert outputs(page, root(calc)) == expected(calc, DEFAULTS[calc])
    assert trouble == []


def test_compact_figures_and_link_are_there_without_javascript(site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    for prefix in LANGS.values():
        page.goto(site.url + prefix + GUIDE)
        for calc in ("instalment", "overdue"):
            assert outputs(page, root(calc)) == expected(calc, DEFAULTS[calc])
            assert link_scenario(page, calc) == ("/" + prefix + FULL_PAGE[calc], DEFAULTS[calc])
    context.close()


def test_compact_calculator_works_with_the_keyboard_alone(site, page):
    """Tab into the compact instalment calculator, type over each field, Tab on to the link
    and press Enter: the full calculator opens with what was typed."""
    trouble = watch(page)
    page.goto(site.url + GUIDE)
    focused = "() => document.activeElement.id || document.activeElement.dataset.role || ''"
    for _ in range(300):
        page.keyboard.press("Tab")
        if page.evaluate(focused) == "instalment-amount":
            break
    else:
        raise AssertionError("Tab never reached the compact calculator")
    typed = {"amount": "30000", "periods": "18", "method": None, "rate": "0.7", "budget": "2000"}
    for i, (name, value) in enumerate(typed.items()):
        if i:
            page.keyboard.press("Tab")
        assert page.evaluate(focused) == f"instalment-{name}"
        if value:
            page.keyboard.press("ControlOrMeta+A")
            page.keyboard.type(value)
    scenario = {**{k: v for k, v in typed.items() if v}, "method": "fee"}
    assert outputs(page, root("instalment")) == expected("instalment", scenario)
    page.keyboard.press("Tab")
    assert page.evaluate(focused) == "full-link"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.startswith(site.url + FULL_PAGE["instalment"] + "?")
    assert outputs(page, root("instalment")) == expected_outputs("instalment", scenario)
    assert trouble == []


@pytest.mark.parametrize("lang", LANGS)
def test_step_2_embeds_the_budget_calculator(site, browser, lang):
    """Step 2's compact budget calculator: the same figures as budget.py as the reader types,
    a link to the full calculator with the same figures, and the plan link with the budget."""
    context = browser.new_context()
    page = context.new_page()
    trouble = watch(page)
    page.goto(site.url + LANGS[lang] + GUIDE)
    calc = root("budget")
    assert page.locator(f"#step-2-budget ~ {calc}").count() == 1  # in step 2, after its heading
    assert page.locator(f"{calc} button").count() == 0
    assert outputs(page, calc) == {"essentials": "0.00", "committed": "0.00", "available": "0.00"}
    worked = dict(income="8000", housing="2500", living="2000", family="1000", medical="0", other_debts="800")
    for scenario in (dict(income="3000", housing="2500", other_debts="800"), {**worked, "debt": "12000"}):
        for name in ("income", "housing", "living", "family", "medical", "other_debts", "debt"):
            type_into(page, f"#budget-{name}", scenario.get(name, ""))
        assert outputs(page, calc) == expected_outputs("budget", scenario)
    assert outputs(page, calc)["available"] == "1700.00"
    plan = page.get_attribute(f"{calc} [data-role=plan-link]", "href")
    assert dict(parse_qsl(urlsplit(plan).query)) == {"budget": "1700.00", "amount": "12000.00"}
    page.click(f"{calc} [data-role=full-link]")
    page.wait_for_url("**/calculators/budget/**")
    assert dict(parse_qsl(urlsplit(page.url).query)) == {**worked, "debt": "12000"}
    assert outputs(page, calc) == expected_outputs("budget", worked)
    assert page.locator(f"{calc} [data-action=copy-link]").count() == 1
    assert trouble == []
    context.close()
