"""Accessibility: axe-core on every built page, in both languages and both palettes, and on
the calculators in every state a reader sees; then what axe cannot judge by itself.

axe-core is the copy bundled in axe-playwright-python (pinned in requirements-dev.txt): a
local file injected into the page, so the test needs no network.

Which rules: every rule axe tags WCAG 2.0, 2.1 or 2.2 level A or AA, and its best-practice
rules. That is axe's default set plus `target-size` (WCAG 2.2 AA 2.5.8, off by default).
`td-has-header` is enabled by name (axe files it as experimental): every data cell of a
table has a header. Not run: AAA rules, and the experimental and deprecated ones. No rule
is disabled, and no element is excluded.

Every page runs the whole set in the light palette. In the dark palette only colours change,
so every page runs the colour rules of that set there (color-contrast, link-in-text-block),
and the calculators run the whole set in both palettes, in each of their states.
"""

import pytest
from axe_playwright_python.base import AXE_SCRIPT

from browser import outputs, type_into, watch
from macros import finance, labels, offer

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": TAGS},
    "rules": {"td-has-header": {"enabled": True}},
    "resultTypes": ["violations"],
}
LANGS = {"zh": "", "en": "en/"}
SCHEMES = {"light": "default", "dark": "slate"}
INSTALMENT = "calculators/instalment/"
OVERDUE = "calculators/overdue-fees/"


def axe_violations(page, colours_only=False, within=None):
    """axe's violations on the page as it is now (or in the element `within`); axe is
    injected once per document."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(AXE_SCRIPT)
    return page.evaluate(
        """([options, coloursOnly, within]) => {
            if (coloursOnly) {
                const ids = axe.getRules(options.runOnly.values)
                    .filter(r => r.tags.includes('cat.color')).map(r => r.ruleId);
                if (!ids.includes('color-contrast')) throw new Error(`colour rules: ${ids}`);
                options = { ...options, runOnly: { type: 'rule', values: ids } };
            }
            return axe.run(within ? document.querySelector(within) : document, options).then(r => r.violations);
        }""",
        [AXE_OPTIONS, colours_only, within],
    )


def report(where, violations):
    """One line per failing element: where, rule, impact, element, axe's reason."""
    lines = []
    for v in violations:
        for node in v["nodes"]:
            why = " ".join(node.get("failureSummary", "").split())
            lines.append(f"{where}: {v['id']} ({v['impact']}) {' '.join(node['target'])}: {why}")
    return lines


@pytest.fixture(scope="module")
def tabs(browser):
    """One browser page per language and palette, reused from page to page."""
    opened = {}

    def tab(lang, scheme="light"):
        if (lang, scheme) not in opened:
            context = browser.new_context(color_scheme=scheme)
            opened[lang, scheme] = (context, context.new_page())
        return opened[lang, scheme][1]

    yield tab
    for context, _ in opened.values():
        context.close()


def visit(page, site, rel, scheme="light"):
    page.goto(site.url + rel)
    # Material picks the palette whose media query matches: make sure it is the one asked for.
    assert page.get_attribute("body", "data-md-color-scheme") == SCHEMES[scheme], rel


def pages_in(site, lang):
    found = [p for p in site.pages() if p.startswith("en/") == (lang == "en")]
    assert INSTALMENT in [p.removeprefix("en/") for p in found]
    return found


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("lang", LANGS)
def test_every_page_has_no_axe_violation(site, tabs, lang, scheme):
    page = tabs(lang, scheme)
    trouble = watch(page)
    failures = []
    for rel in pages_in(site, lang):
        visit(page, site, rel, scheme)
        failures += report(f"{scheme} /{rel}", axe_violations(page, colours_only=scheme == "dark"))
    assert failures == [], "\n".join(failures)
    assert trouble == []


# The calculators after the reader types, and with a wrong value: the error messages, the
# empty results, the folded assumptions opened, in both palettes (the error colour differs).
def instalment_typed(page, root):
    type_into(page, "#instalment-amount", "36000")
    type_into(page, "#instalment-periods", "24")
    page.select_option("#instalment-method", "annuity")
    type_into(page, "#instalment-budget", "2000")
    assert outputs(page, root)["payment_first"] != ""
    assert page.locator(f"{root} [data-role=schedule] tbody tr").count() == 24


def instalment_wrong(page, root):
    type_into(page, "#instalment-amount", "abc")
    type_into(page, "#instalment-periods", "61")
    return ["amount", "periods"]


def overdue_typed(page, root):
    type_into(page, "#overdue-balance", "25000")
    type_into(page, "#overdue-days", "95")
    page.click(f"{root} .calc__advanced summary")
    type_into(page, "#overdue-grace_days", "25")
    page.select_option("#overdue-compound", "0")
    assert page.eval_on_selector(f"{root} .calc__advanced", "d => d.open")
    assert outputs(page, root)["total"] != ""


def overdue_wrong(page, root):
    type_into(page, "#overdue-days", "0")
    type_into(page, "#overdue-minimum", "999999")  # more than the balance: opens the fold
    return ["days", "minimum"]


def offer_typed(page, root):
    type_into(page, "#offer-debt", "200")
    type_into(page, "#offer-periods", "120")
    type_into(page, "#offer-payment", "200")  # the most extreme offer: its warning shows
    type_into(page, "#offer-budget", "150")
    assert outputs(page, root)["apr"] == "1200.00"


def offer_wrong(page, root):
    type_into(page, "#offer-down", "-0")
    type_into(page, "#offer-periods", "121")
    return ["down", "periods"]


CALCULATORS = {
    "offer": ("calculators/offer/", offer_typed, offer_wrong),
    "instalment": (INSTALMENT, instalment_typed, instalment_wrong),
    "overdue": (OVERDUE, overdue_typed, overdue_wrong),
}


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("calc", CALCULATORS)
def test_calculator_states_have_no_axe_violation(site, tabs, calc, lang, scheme):
    rel, typed, wrong = CALCULATORS[calc]
    root = f'[data-calculator="{calc}"]'
    page = tabs(lang, scheme)
    trouble = watch(page)
    visit(page, site, LANGS[lang] + rel, scheme)
    failures = report(f"{scheme} {lang} {calc} default", axe_violations(page))

    before = outputs(page, root)
    typed(page, root)
    assert outputs(page, root) != before
    failures += report(f"{scheme} {lang} {calc} typed", axe_violations(page))

    for field in wrong(page, root):
        fid = f"#{calc}-{field}"
        assert page.inner_text(f"{fid}-error") != "", field
        assert page.get_attribute(fid, "aria-invalid") == "true"
    assert page.locator(f"{root} .calc__results").is_hidden()
    failures += report(f"{scheme} {lang} {calc} error", axe_violations(page))
    assert failures == [], "\n".join(failures)
    assert trouble == []


BUDGET = "calculators/budget/"


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("lang", LANGS)
def test_budget_calculator_states_have_no_axe_violation(site, tabs, lang, scheme):
    """Nothing typed, something left (links to a plan), nothing left (what to tell the bank), an error."""
    root = '[data-calculator="budget"]'
    page = tabs(lang, scheme)
    trouble = watch(page)
    visit(page, site, LANGS[lang] + BUDGET, scheme)
    failures = report(f"{scheme} {lang} budget empty", axe_violations(page))
    for state, income in (("enough", "9000"), ("short", "2000")):
        type_into(page, "#budget-income", income)
        type_into(page, "#budget-housing", "2500")
        assert page.locator(f"{root} [data-role={state}]").is_visible()
        failures += report(f"{scheme} {lang} budget {state}", axe_violations(page))
    type_into(page, "#budget-debt", "-0")
    assert page.get_attribute("#budget-debt", "aria-invalid") == "true"
    assert page.inner_text("#budget-debt-error") != ""
    assert page.locator(f"{root} .calc__results").is_hidden()
    failures += report(f"{scheme} {lang} budget error", axe_violations(page))
    assert failures == [], "\n".join(failures)
    assert trouble == []


LETTER = "toolkit/proposal-letter/"


def settle(page):
    """Back to the top, once the header's title has finished fading: typing far down the long
    letter form scrolls the page, and axe would measure the header's title half faded."""
    page.evaluate("window.scrollTo(0, 0)")
    page.wait_for_function("() => document.getAnimations().every((a) => a.playState !== 'running')")


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("lang", LANGS)
def test_proposal_letter_states_have_no_axe_violation(site, tabs, lang, scheme):
    """The blank template, the letter filled in (figures, reason, details), and a wrong figure."""
    root = '[data-calculator="letter"]'
    page = tabs(lang, scheme)
    trouble = watch(page)
    visit(page, site, LANGS[lang] + LETTER, scheme)
    failures = report(f"{scheme} {lang} letter blank", axe_violations(page))
    for name, value in (("debt", "12000"), ("periods", "12"), ("payment", "1072"), ("income", "8000"),
                        ("housing", "2500"), ("name", "张小明"), ("bank", "示例银行")):
        type_into(page, f"#letter-{name}", value)
    page.select_option("#letter-reason", "illness")
    assert page.get_attribute(f"{root} [data-out=payment]", "data-value") == "1072.00"
    settle(page)
    failures += report(f"{scheme} {lang} letter filled", axe_violations(page))
    type_into(page, "#letter-payment", "-0")
    assert page.get_attribute("#letter-payment", "aria-invalid") == "true"
    assert page.inner_text("#letter-payment-error") != ""
    settle(page)
    failures += report(f"{scheme} {lang} letter error", axe_violations(page))
    assert failures == [], "\n".join(failures)
    assert trouble == []


# The six-step guide's compact calculators (macros/widgets.py): typed into, then with a wrong value.
@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("lang", LANGS)
def test_six_steps_compact_calculators_have_no_axe_violation(site, tabs, lang, scheme):
    page = tabs(lang, scheme)
    trouble = watch(page)
    visit(page, site, LANGS[lang] + "guides/six-steps/", scheme)
    assert page.locator(".calc--compact").count() == 3
    failures = []
    for calc, field, good, bad in (
        ("instalment", "amount", "36000", "abc"), ("overdue", "days", "95", "0"), ("budget", "income", "9000", "-0")
    ):
        root = f'[data-calculator="{calc}"]'
        before = outputs(page, root)
        type_into(page, f"#{calc}-{field}", good)
        assert outputs(page, root) != before
        failures += report(f"{scheme} {lang} six-steps {calc} typed", axe_violations(page, within=root))
        type_into(page, f"#{calc}-{field}", bad)
        assert page.get_attribute(f"#{calc}-{field}", "aria-invalid") == "true"
        assert page.locator(f"{root} .calc__results").is_hidden()
        failures += report(f"{scheme} {lang} six-steps {calc} error", axe_violations(page, within=root))
    assert failures == [], "\n".join(failures)
    assert trouble == []


@pytest.mark.parametrize("scheme", SCHEMES)
def test_focused_and_hovered_links_and_buttons_keep_their_contrast(site, tabs, scheme):
    """Material colours a link or button under focus or the pointer with the accent colour."""
    page = tabs("zh", scheme)
    visit(page, site, INSTALMENT, scheme)
    failures = []
    for target in ('article p a[href*="sources"]', '[data-action="copy-link"]'):
        for state in ("focus", "hover"):
            page.mouse.move(0, 0)
            page.evaluate("() => document.activeElement.blur()")
            if state == "focus":
                page.focus(target)
            else:
                page.hover(target)
            page.wait_for_timeout(200)  # Material eases colours in over 125 ms
            failures += report(f"{scheme} {state} {target}", axe_violations(page, colours_only=True, within=target))
    assert failures == [], "\n".join(failures)


# What axe does not check by itself, checked by name and role as assistive technology sees them.
@pytest.mark.parametrize("lang", LANGS)
def test_calculator_fields_are_labelled_and_errors_announced(site, tabs, lang):
    page = tabs(lang)
    for calc, (rel, _, _) in CALCULATORS.items():
        visit(page, site, LANGS[lang] + rel)
        form = page.locator(f'[data-calculator="{calc}"] form')
        for fold in form.locator("details summary").all():
            fold.click()  # the folded assumptions: open, so that they are in the accessibility tree
        fields = form.locator("input, select")
        names = {
            "instalment": finance.INSTALMENT_FIELDS, "overdue": finance.OVERDUE_FIELDS, "offer": offer.OFFER_FIELDS
        }
        assert fields.count() == len(names[calc])
        for i in range(fields.count()):
            field = fields.nth(i)
            fid = field.get_attribute("id")
            assert page.locator(f'label[for="{fid}"]').count() == 1, f"{fid} has no <label for>"
            label = page.text_content(f'label[for="{fid}"]').strip()
            assert label, fid
            role = "combobox" if field.evaluate("e => e.tagName") == "SELECT" else "textbox"
            assert form.get_by_role(role, name=label, exact=True).count() == 1, fid
            # Its message box is announced (polite live region) and read with the field.
            error = page.locator(f"#{fid}-error")
            assert error.get_attribute("aria-live") == "polite", fid
            assert f"{fid}-error" in field.get_attribute("aria-describedby").split(), fid
            # An empty message box stays rendered, so the live region exists before its first message.
            assert error.evaluate("e => getComputedStyle(e).display") != "none", fid
        status = page.locator(f'[data-calculator="{calc}"] .calc__status')
        assert status.get_attribute("role") == "status"


@pytest.mark.parametrize("lang", LANGS)
def test_results_tables_have_headers_and_the_chart_a_text_alternative(site, tabs, lang):
    page = tabs(lang)
    for calc, (rel, _, _) in CALCULATORS.items():
        if calc == "offer":
            continue  # figures and sentences only: no table, no chart
        visit(page, site, LANGS[lang] + rel)
        tables = page.locator(f'[data-calculator="{calc}"] table')
        assert tables.count() >= 2
        for i in range(tables.count()):
            shape = tables.nth(i).evaluate(
                """t => ({
                    caption: t.caption ? t.caption.textContent.trim() : '',
                    heads: [...t.tHead.rows[0].cells].map(c => [c.tagName, c.scope, c.textContent.trim()]),
                    widths: [...t.tBodies[0].rows].map(r => r.cells.length),
                    region: t.closest('[role=region]')?.getAttribute('aria-label'),
                })"""
            )
            assert shape["caption"], shape
            assert shape["region"] == shape["caption"]
            assert shape["heads"] and all(
                tag == "TH" and scope == "col" and text for tag, scope, text in shape["heads"]
            )
            assert shape["widths"] and set(shape["widths"]) == {len(shape["heads"])}
    # The chart: an image named by the caption of the table holding the same figures.
    t = labels.OVERDUE[lang]
    visit(page, site, LANGS[lang] + OVERDUE)
    root = page.locator('[data-calculator="overdue"]')
    chart = root.get_by_role("img", name=t["waiting"], exact=True)
    assert chart.count() == 1
    assert chart.evaluate("e => e.tagName.toLowerCase()") == "svg"
    days = root.locator("[data-role=waiting] tbody tr td:first-child").all_inner_texts()
    bars = chart.locator("text").all_text_contents()
    assert bars == [t["day_label"].format(n=d) for d in days]
