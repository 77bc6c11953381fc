"""The budget calculator in Chromium: the shipped JavaScript (budget.js, budget-ui.js) and the page."""

from decimal import Decimal
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from browser import assert_no_figures, load_vectors, outputs, type_into, watch
from browser import expected as expected_outputs
from macros import budget, labels, widgets

PAGE = "calculators/budget/"
ROOT = '[data-calculator="budget"]'
LANGS = {"zh": "", "en": "en/"}
WORKED = dict(income="8000", housing="2500", living="2000", family="1000", medical="0", other_debts="800")


def expected(**params):
    return expected_outputs("budget", params)


def shown(page):
    """Which next step the page shows: enough, short or empty (exactly one)."""
    parts = [role for role in ("enough", "short", "empty") if page.locator(f"{ROOT} [data-role={role}]").is_visible()]
    assert len(parts) == 1, parts
    return parts[0]


def fill(page, params):
    for name in budget.FIELDS:
        type_into(page, f"#budget-{name}", str(params.get(name, "")))


def test_javascript_reproduces_every_vector(site, page):
    cases = load_vectors("budget")
    assert len(cases) >= 500
    page.goto(site.url + PAGE)
    mismatches = page.evaluate(
        """async ([cases, links]) => {
            const f = await import('./../../assets/javascripts/budget.js');
            const sorted = (e) => JSON.stringify(Object.keys(e).sort().map(k => [k, e[k]]));
            const bad = [];
            for (const c of cases) {
                const { inputs, errors } = f.readBudget(c.params);
                if (sorted(errors) !== sorted(c.errors)) {
                    bad.push({ params: c.params, errors, want: c.errors });
                    continue;
                }
                if (!inputs) continue;
                const r = f.budget(inputs), out = f.budgetOutputs(r);
                if (sorted(out) !== sorted(c.outputs)) bad.push({ params: c.params, out, want: c.outputs });
                const state = r.empty ? 'empty' : r.enough ? 'enough' : 'short';
                if (state !== c.state) bad.push({ params: c.params, state, want: c.state });
                for (const [key, carry] of links) {
                    const q = f.linkQuery(inputs, r, carry).toString();
                    if (q !== c.links[key]) bad.push({ params: c.params, link: key, got: q, want: c.links[key] });
                }
            }
            return bad;
        }""",
        [cases, [[key, [list(pair) for pair in carry]] for key, _, carry in budget.PLAN_LINKS]],
    )
    assert mismatches == []


@pytest.mark.parametrize("lang", LANGS)
def test_worked_check_and_the_link_to_the_instalment_calculator(site, page, lang):
    trouble = watch(page)
    t = labels.BUDGET[lang]
    page.goto(site.url + LANGS[lang] + PAGE)
    assert shown(page) == "empty"
    fill(page, {**WORKED, "debt": "¥12,000"})
    assert outputs(page, ROOT) == {"essentials": "5500.00", "committed": "6300.00", "available": "1700.00"}
    money = widgets.fmt_money
    assert page.inner_text(f"{ROOT} [data-out=available]") == money(Decimal("1700.00"), lang)
    assert shown(page) == "enough"
    assert page.inner_text(f"{ROOT} [data-role=enough] a") == t["links"]["instalment"]
    # The URL keeps the figures (empty fields left out); the link carries the budget and the debt.
    assert parse_qs(urlsplit(page.url).query) == {
        "income": ["8000"], "housing": ["2500"], "living": ["2000"], "family": ["1000"], "medical": ["0"],
        "other_debts": ["800"], "debt": ["12000"],
    }
    page.click(f"{ROOT} [data-role=enough] a")
    page.wait_for_url("**/calculators/instalment/**")
    assert page.input_value("#instalment-budget") == "1700.00"
    assert page.input_value("#instalment-amount") == "12000.00"
    assert outputs(page, '[data-calculator="instalment"]') == expected_outputs(
        "instalment", {"amount": "12000", "budget": "1700"}
    )
    assert trouble == []


SCENARIOS = [
    dict(income="1"),
    dict(income="1000.99", housing="1000"),
    dict(income="2000", housing="2000.01", debt="500"),
    dict(housing="1500", other_debts="0.5"),
    dict(income="10,000,000", debt="10000000"),
    {n: "10000000" for n in budget.FIELDS},
    dict(income="８０００．５０", living="２，０００．２５", family=" 1,000\u3000"),
    dict(income="0.01", housing="0.01"),
    dict(income="12345.67", housing="2345.6", living="1987.65", family="432.1", medical="99.99", other_debts="1200"),
    {},
]


@pytest.mark.parametrize("lang", LANGS)
def test_many_values_in_one_visit(site, page, lang):
    """Typed one after the other: the same cents as budget.py, negative figures written as the
    macro writes them (never -0.00), and the one next step that fits."""
    trouble = watch(page)
    page.goto(site.url + LANGS[lang] + PAGE)
    for params in SCENARIOS:
        fill(page, params)
        want = expected(**params)
        assert outputs(page, ROOT) == want, params
        inputs, _ = budget.read_budget(params)
        result = budget.budget(inputs)
        for name in budget.OUTPUTS:
            assert page.inner_text(f"{ROOT} [data-out={name}]") == widgets.fmt_money(getattr(result, name), lang)
        assert "-0.00" not in want.values()
        state = "empty" if result.empty else "enough" if result.enough else "short"
        assert shown(page) == state, params
        if state == "enough":
            href = page.get_attribute(f"{ROOT} [data-role=enough] a", "href")
            query = dict(parse_qs(urlsplit(href).query))
            carried = {"budget": [want["available"]]}
            if inputs.debt is not None:
                carried["amount"] = [f"{inputs.debt:.2f}"]
            assert query == carried
    assert trouble == []


@pytest.mark.parametrize("lang", LANGS)
def test_nothing_left_says_what_to_tell_the_bank_and_offers_no_plan(site, page, lang):
    t = labels.BUDGET[lang]
    page.goto(site.url + LANGS[lang] + PAGE + "?" + urlencode(dict(income="3000", housing="2500", other_debts="800")))
    assert outputs(page, ROOT)["available"] == "-300.00"
    assert shown(page) == "short"
    short = page.locator(f"{ROOT} [data-role=short]")
    assert t["short"].strip() in short.inner_text()
    hrefs = short.locator("a").evaluate_all("els => els.map(a => a.getAttribute('href'))")
    assert hrefs == ["../../guides/six-steps/#personalised-instalment", "../../guides/court/#legal-advice"]
    # No link offers a plan: the instalment link is hidden with its block.
    assert page.locator(f"{ROOT} [data-role=plan-link]:visible, {ROOT} a[href*=\"instalment/\"]:visible").count() == 0
    # The page never suggests borrowing to repay: it says not to.
    assert t["short_end"] in short.inner_text()


@pytest.mark.parametrize("lang", LANGS)
def test_bad_input_gets_one_message_per_field_and_no_figures(site, page, lang):
    trouble = watch(page)
    t = labels.BUDGET[lang]
    page.goto(site.url + LANGS[lang] + PAGE + "?" + urlencode(WORKED))
    for name, bad in (("income", "-0"), ("housing", "-1"), ("debt", "100"), ("living", "NaN")):
        type_into(page, f"#budget-{name}", bad)
        assert page.inner_text(f"#budget-{name}-error") == t["messages"][name]
        assert page.get_attribute(f"#budget-{name}", "aria-invalid") == "true"
        assert_no_figures(page, ROOT)
    for name in ("income", "housing", "debt", "living"):
        type_into(page, f"#budget-{name}", WORKED.get(name, ""))
    assert outputs(page, ROOT) == expected(**WORKED)
    assert page.locator(f"{ROOT} .calc__error:not(:empty)").count() == 0
    assert trouble == []
