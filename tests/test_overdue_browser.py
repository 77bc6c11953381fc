"""The overdue-fees calculator in Chromium: the shipped JavaScript and the page itself."""

from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from playwright.sync_api import expect

from browser import assert_no_figures, outputs, type_into, vector_mismatches, watch
from browser import expected as expected_outputs
from macros import finance, labels, widgets

PAGE = "calculators/overdue-fees/"
ROOT = '[data-calculator="overdue"]'
ADVANCED = ("minimum", "grace_days", "basis", "compound", "penalty_min", "penalty_max")


def reference(**params):
    inputs, errors = finance.read_overdue({k: str(v) for k, v in params.items()})
    assert not errors
    return inputs, finance.overdue(inputs)


def expected(**params):
    return expected_outputs("overdue", params)


def table(page, role):
    """The rows of a results table, as the reader sees them."""
    return page.eval_on_selector_all(
        f"{ROOT} [data-role={role}] tbody tr", "trs => trs.map(tr => [...tr.cells].map(td => td.textContent))"
    )


def chart_bars(page):
    return page.locator(f"{ROOT} [data-role=waiting-chart] rect").count()


def open_advanced(page):
    if not page.eval_on_selector(f"{ROOT} .calc__advanced", "d => d.open"):
        page.click(f"{ROOT} .calc__advanced summary")


def test_javascript_reproduces_every_vector(site, page):
    page.goto(site.url + PAGE)
    assert vector_mismatches(page, site.url, "overdue") == []


DEEP_LINKS = [
    dict(balance=10000, paid=0, days=30),
    dict(balance=10000, paid=500, days=90),
    dict(balance="12345.67", paid="0.01", days=1095, daily_rate="0.0333", penalty_rate="7.5", grace_days=0),
    dict(balance=8000, days=400, minimum=5000, paid=6000, basis="unpaid", compound=0),
    dict(balance=1, days=1, daily_rate=1, penalty_rate=100, penalty_min=1000, penalty_max=10000),
    dict(balance=10000000, paid="9999999.99", days=365, grace_days=60, penalty_max="0"),
]


@pytest.mark.parametrize("params", DEEP_LINKS)
def test_deep_link_shows_the_reference_figures(site, page, params):
    trouble = watch(page)
    page.goto(site.url + PAGE + "?" + urlencode(params))
    assert outputs(page, ROOT) == expected(**params)
    inputs, result = reference(**params)
    def money(v):
        return widgets.fmt_money(v, "zh")

    cycles = table(page, "cycles")
    assert cycles[0][2] == money(result.grace_interest)  # G, its own row
    assert cycles[1:] == [[str(c.period), str(c.days), money(c.interest), money(c.balance)] for c in result.cycles]
    assert table(page, "waiting") == [[str(w.days), money(w.total)] for w in finance.cost_of_waiting(inputs)]
    assert chart_bars(page) == 10
    assert page.inner_text(f"{ROOT} [data-out=total]") == money(result.total)
    assert trouble == []


def macro_chart(page, svg, lang="zh", **params):
    """The chart macros/widgets.py draws for `params`, as the browser serialises it in `svg`."""
    inputs, result = reference(**params)
    cents = lambda v: int(v * 100)  # noqa: E731
    waiting = [(w.days, cents(w.total)) for w in finance.cost_of_waiting(inputs)]
    drawn = widgets.waiting_bars(cents(result.principal), waiting, labels.OVERDUE[lang]["day_label"])
    return page.eval_on_selector(
        svg, "(el, s) => { const c = el.cloneNode(false); c.innerHTML = s; return c.innerHTML; }", drawn
    )


def test_javascript_redraws_the_chart_as_the_macro_draws_it(site, page):
    page.goto(site.url + PAGE)
    svg = f"{ROOT} [data-role=waiting-chart]"
    defaults = macro_chart(page, svg)
    assert page.inner_html(svg) == defaults
    # New figures: the script must draw new bars, the same the macro would draw for them.
    type_into(page, "#overdue-balance", "3000")
    type_into(page, "#overdue-paid", "2500")
    type_into(page, "#overdue-days", "400")
    redrawn = page.inner_html(svg)
    assert redrawn != defaults
    assert redrawn == macro_chart(page, svg, balance=3000, paid=2500, days=400)
    type_into(page, "#overdue-balance", finance.OVERDUE_DEFAULTS["balance"])
    type_into(page, "#overdue-paid", finance.OVERDUE_DEFAULTS["paid"])
    type_into(page, "#overdue-days", finance.OVERDUE_DEFAULTS["days"])
    assert page.inner_html(svg) == defaults
    assert page.get_attribute(svg, "role") == "img"
    label = page.get_attribute(svg, "aria-labelledby")
    assert page.inner_text(f"#{label}") == labels.OVERDUE["zh"]["waiting"]
    assert page.locator(f"{ROOT} [data-role=waiting] caption#{label}").count() == 1


def test_worked_checks_of_the_contract(site, page):
    page.goto(site.url + PAGE + "?balance=10000&paid=0&days=30")
    got = outputs(page, ROOT)
    assert (got["interest"], got["penalties"], got["total"]) == ("250.00", "50.00", "10300.00")
    assert table(page, "cycles") == [
        ["补计免息期", "20", "¥100.00", "¥10,000.00"],
        ["1", "30", "¥150.00", "¥10,000.00"],
    ]
    page.goto(site.url + PAGE + "?balance=10000&paid=500&days=90")
    got = outputs(page, ROOT)
    assert (got["interest"], got["penalties"], got["total"]) == ("536.97", "75.00", "10111.97")
    page.goto(site.url + PAGE + "?balance=10000&paid=0&days=90&penalty_min=10&penalty_max=30")
    got = outputs(page, ROOT)
    assert (got["interest"], got["penalties"], got["total"]) == ("559.81", "90.00", "10649.81")
    page.goto(site.url + PAGE + "?penalty_rate=0&days=45&penalty_min=20")
    assert outputs(page, ROOT)["penalties"] == "40.00"


def test_typing_updates_figures_and_url(site, page):
    trouble = watch(page)
    page.goto(site.url + PAGE)
    type_into(page, "#overdue-balance", "¥8,000")
    type_into(page, "#overdue-paid", "300")
    type_into(page, "#overdue-days", "75")
    type_into(page, "#overdue-daily_rate", "0.04%")
    type_into(page, "#overdue-penalty_rate", "6")
    assert outputs(page, ROOT) == expected(balance=8000, paid=300, days=75, daily_rate="0.04", penalty_rate=6)
    query = parse_qs(urlsplit(page.url).query)
    assert query == {
        "balance": ["8000"], "paid": ["300"], "days": ["75"], "daily_rate": ["0.04"], "penalty_rate": ["6"],
        "grace_days": ["20"], "basis": ["full"], "compound": ["1"], "penalty_min": ["0"],
    }  # empty optional fields (minimum, penalty_max) left out
    assert len(table(page, "cycles")) == 1 + 3
    assert trouble == []


def test_advanced_inputs_are_folded_and_work_when_opened(site, page):
    trouble = watch(page)
    page.goto(site.url + PAGE)
    fold = f"{ROOT} .calc__advanced"
    assert page.eval_on_selector(fold, "d => d.open") is False
    for name in ADVANCED:
        assert page.locator(f"#overdue-{name}").is_hidden()
    for name in ("balance", "paid", "days", "daily_rate", "penalty_rate"):
        assert page.locator(f"#overdue-{name}").is_visible()
    page.click(f"{fold} summary")
    for name in ADVANCED:
        assert page.locator(f"#overdue-{name}").is_visible()
    page.select_option("#overdue-compound", "0")
    page.select_option("#overdue-basis", "unpaid")
    type_into(page, "#overdue-paid", "2000")
    type_into(page, "#overdue-minimum", "2500")
    type_into(page, "#overdue-grace_days", "25")
    type_into(page, "#overdue-penalty_min", "10")
    type_into(page, "#overdue-penalty_max", "20")
    type_into(page, "#overdue-days", "100")
    want = dict(
        paid=2000, minimum=2500, grace_days=25, penalty_min=10, penalty_max=20, days=100, basis="unpaid", compound=0
    )
    assert outputs(page, ROOT) == expected(**want)
    assert "compound=0" in page.url and "basis=unpaid" in page.url and "minimum=2500" in page.url
    assert trouble == []


def test_link_with_a_folded_assumption_opens_the_fold(site, page):
    page.goto(site.url + PAGE + "?compound=0")
    assert page.eval_on_selector(f"{ROOT} .calc__advanced", "d => d.open") is True
    assert page.input_value("#overdue-compound") == "0"
    # A copied default link (every field written out) leaves it folded.
    page.goto(
        site.url + PAGE + "?balance=10000&paid=0&days=30&daily_rate=0.05&penalty_rate=5&penalty_min=0"
        "&grace_days=20&basis=full&compound=1"
    )
    assert page.eval_on_selector(f"{ROOT} .calc__advanced", "d => d.open") is False


def test_an_error_in_a_folded_field_opens_the_fold(site, page):
    page.goto(site.url + PAGE)
    open_advanced(page)
    type_into(page, "#overdue-minimum", "5000")
    page.click(f"{ROOT} .calc__advanced summary")  # fold it again
    assert page.locator("#overdue-minimum").is_hidden()
    type_into(page, "#overdue-balance", "4000")  # now the minimum is above the balance
    assert page.locator("#overdue-minimum").is_visible()
    assert page.inner_text("#overdue-minimum-error") == labels.OVERDUE["zh"]["messages"]["minimum"]
    assert_no_figures(page, ROOT)


def test_copy_link_reproduces_the_scenario(site, browser):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(site.url + PAGE)
    type_into(page, "#overdue-balance", "１２，３４５．６７")  # full-width digits, comma, point
    type_into(page, "#overdue-days", "200")
    open_advanced(page)
    page.select_option("#overdue-compound", "0")
    want = outputs(page, ROOT)
    assert want == expected(balance="12345.67", days=200, compound=0)
    page.click(f"{ROOT} [data-action=copy-link]")
    # A string predicate would be evaluated inside the page, which its Content Security Policy refuses.
    expect(page.locator(f"{ROOT} .calc__status")).to_have_text(labels.OVERDUE["zh"]["copied"])
    link = page.evaluate("navigator.clipboard.readText()")
    assert "balance=12345.67" in link and "compound=0" in link
    other = context.new_page()
    other.goto(link)
    assert outputs(other, ROOT) == want
    assert table(other, "waiting") == table(page, "waiting")
    context.close()


BAD = [
    ("balance", ""), ("balance", "abc"), ("balance", "-5"), ("balance", "0"), ("balance", "1e5"), ("balance", "NaN"),
    ("balance", "Infinity"), ("balance", "<img src=x onerror=alert(1)>"), ("balance", "12.345"), ("balance", "¥¥100"),
    ("days", "0"), ("days", "1096"), ("days", ""), ("days", "1.5"),
    ("paid", "10000"), ("paid", "20000"), ("paid", "-1"),
    ("daily_rate", "1.1"), ("penalty_rate", "101"),
    ("minimum", "10000.01"), ("minimum", "0"),
    ("penalty_max", "5"), ("penalty_min", "1000.01"), ("grace_days", "61"),
]
FIXES = {"penalty_max": ""}  # what puts each right, where the default does not


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("field,typed", BAD)
def test_bad_input_is_refused_with_a_message(site, page, lang, field, typed):
    trouble = watch(page)
    page.goto(site.url + ("en/" if lang == "en" else "") + PAGE)
    if field in ADVANCED:
        open_advanced(page)
    if field == "penalty_max":
        type_into(page, "#overdue-penalty_min", "10")  # a cap below the floor
    type_into(page, f"#overdue-{field}", typed)
    assert page.inner_text(f"#overdue-{field}-error") == labels.OVERDUE[lang]["messages"][field]
    assert page.get_attribute(f"#overdue-{field}", "aria-invalid") == "true"
    assert_no_figures(page, ROOT)
    assert chart_bars(page) == 0
    assert page.inner_text(f"{ROOT} [data-role=penalty-note]") == ""
    assert page.locator("img[src=x]").count() == 0
    # Put it right and the figures come back.
    type_into(page, f"#overdue-{field}", FIXES.get(field, finance.OVERDUE_DEFAULTS[field]))
    assert page.inner_text(f"#overdue-{field}-error") == ""
    assert outputs(page, ROOT)["total"] == "10300.00"
    assert chart_bars(page) == 10
    assert trouble == []


def test_bad_link_is_refused_without_a_figure(site, page):
    trouble = watch(page)
    page.goto(site.url + PAGE + "?balance=NaN&days=1096&daily_rate=Infinity&compound=2&foo=bar")
    for field in ("balance", "days", "daily_rate", "compound"):
        assert page.inner_text(f"#overdue-{field}-error") != ""
    assert_no_figures(page, ROOT)
    assert chart_bars(page) == 0
    assert trouble == []


def test_english_page_speaks_english(site, page):
    page.goto(site.url + "en/" + PAGE)
    t = labels.OVERDUE["en"]
    for name in finance.OVERDUE_FIELDS:
        assert page.text_content(f"label[for=overdue-{name}]") == t["fields"][name]
    assert page.inner_text(f"{ROOT} .calc__advanced summary") == t["advanced"]
    assert page.inner_text(f"{ROOT} [data-out=total]") == "CNY\xa010,300.00"
    assert table(page, "cycles")[0][0] == t["grace_row"]
    assert page.inner_text(f"{ROOT} [data-role=penalty-note]") == t["penalty_note"].format(n=1, each="CNY\xa050.00")
    assert page.locator(f"{ROOT} [data-role=waiting-chart] text").first.text_content() == "30 days"
    type_into(page, "#overdue-days", "61")
    assert page.inner_text(f"{ROOT} [data-role=penalty-note]") == t["penalty_note"].format(n=3, each="CNY\xa050.00")
    assert page.locator(f"{ROOT} .calc__assumptions li").all_inner_texts() == t["assume"]


def test_worked_result_is_there_without_javascript(site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    for prefix in ("", "en/"):
        page.goto(site.url + prefix + PAGE)
        assert outputs(page, ROOT) == expected(balance=10000, paid=0, days=30)
        assert len(table(page, "cycles")) == 2
        assert [row[0] for row in table(page, "waiting")] == ["30", "60", "90", "180", "365"]
        assert chart_bars(page) == 10
        assert page.eval_on_selector(f"{ROOT} .calc__advanced", "d => d.open") is False
    context.close()


WAYS = [
    dict(balance=10000, paid=0, days=30),
    dict(balance=10000, paid=500, days=90),
    dict(balance=10000, days=30, basis="unpaid"),
    dict(balance=5000, minimum=5000, days=60),
    dict(balance="12345.67", minimum="234.56", days=1095, compound=0, penalty_min=10, penalty_max=30),
    dict(balance=1, days=1, daily_rate=1, penalty_rate=100),
]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_three_ways_to_pay(site, page, lang):
    """The worked check, then many scenarios typed into one page visit: the totals, each row's
    interest and late fees, and the words on why the minimum does not stop the interest."""
    trouble = watch(page)
    t = labels.OVERDUE[lang]
    page.goto(site.url + ("en/" if lang == "en" else "") + PAGE + "?balance=10000&days=30")
    got = outputs(page, ROOT)
    assert (got["total_if_none"], got["total_if_minimum"], got["total_if_full"]) == ("10300.00", "10235.00", "10000.00")
    assert page.inner_text(f"{ROOT} [data-role=ways-note]") == t["ways_why"]["full"]
    assert "全额计息" in t["ways_why"]["full"] and "全额计息" not in t["ways_why"]["unpaid"]
    open_advanced(page)
    for params in WAYS:
        full = {**finance.OVERDUE_DEFAULTS, **{k: str(v) for k, v in params.items()}}
        for name in ("balance", "paid", "minimum", "days", "daily_rate", "penalty_rate", "penalty_min",
                     "penalty_max", "grace_days"):
            type_into(page, f"#overdue-{name}", full[name])
        page.select_option("#overdue-basis", full["basis"])
        page.select_option("#overdue-compound", full["compound"])
        assert outputs(page, ROOT) == expected(**params), params
        _, result = reference(**params)
        def money(v):
            return widgets.fmt_money(v, lang)

        assert table(page, "ways") == [
            [t["way_names"][w.way], money(w.paid), money(w.interest), money(w.penalties), money(w.total)]
            for w in result.ways
        ], params
        assert page.inner_text(f"{ROOT} [data-role=ways-note]") == t["ways_why"][full["basis"]]
    assert trouble == []
