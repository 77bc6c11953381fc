"""The instalment calculator in Chromium: the shipped JavaScript and the page itself."""

from pathlib import Path
from urllib.parse import urlencode

import pytest
from playwright.sync_api import expect

from browser import assert_no_figures, outputs, type_into, vector_mismatches, watch
from browser import expected as expected_outputs
from macros import finance, labels

PAGE = "calculators/instalment/"
ROOT = '[data-calculator="instalment"]'


def expected(**params):
    return expected_outputs("instalment", params)


def test_javascript_reproduces_every_vector(site, page):
    """Every figure exactly, APR and EAR included (a cent off is a wrong figure)."""
    page.goto(site.url + PAGE)
    assert vector_mismatches(page, site.url, "instalment") == []


@pytest.mark.parametrize(
    "params",
    [
        dict(amount=12000, periods=12, method="fee", rate="0.6", budget=1500),
        dict(amount=12000, periods=12, method="annuity", rate=13),
        dict(amount=12000, periods=12, method="linear", rate=13),
        dict(amount="9999.99", periods=60, method="annuity", rate="0"),
        dict(amount=200, periods=1, method="fee", rate=10, budget=100),
    ],
)
def test_deep_link_shows_the_reference_figures(site, page, params):
    trouble = watch(page)
    page.goto(site.url + PAGE + "?" + urlencode(params))
    assert outputs(page, ROOT) == expected(**params)
    assert trouble == []


def test_worked_checks_of_the_contract(site, page):
    page.goto(site.url + PAGE + "?amount=12000&periods=12&method=fee&rate=0.6&budget=1500")
    got = outputs(page, ROOT)
    assert (got["payment_first"], got["total_interest"], got["apr"], got["ear"]) == (
        "1072.00", "864.00", "13.03", "13.84"
    )
    assert got["periods_for_budget"] == "9"
    page.goto(site.url + PAGE + "?method=annuity")
    got = outputs(page, ROOT)
    assert (got["payment_first"], got["total_interest"], got["apr"], got["ear"]) == (
        "1071.81", "861.69", "13.00", "13.80"
    )


def test_typing_updates_figures_and_url(site, page):
    trouble = watch(page)
    page.goto(site.url + PAGE)
    type_into(page, "#instalment-amount", "24000")
    type_into(page, "#instalment-periods", "24")
    page.select_option("#instalment-method", "linear")
    assert page.input_value("#instalment-rate") == "13"  # the annual kind's default
    type_into(page, "#instalment-budget", "1300")
    assert outputs(page, ROOT) == expected(amount=24000, periods=24, method="linear", rate=13, budget=1300)
    assert page.url.endswith("?amount=24000&periods=24&method=linear&rate=13&budget=1300")
    assert page.locator(f"{ROOT} [data-role=schedule] tbody tr").count() == 24
    assert trouble == []


def test_copy_link_reproduces_the_scenario(site, browser):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(site.url + PAGE)
    type_into(page, "#instalment-amount", "３５，０００．５")  # full-width digits, comma, point
    page.select_option("#instalment-method", "annuity")
    want = outputs(page, ROOT)
    assert want == expected(amount="35000.5", periods=12, method="annuity", rate=13)
    page.click(f"{ROOT} [data-action=copy-link]")
    # A string predicate would be evaluated inside the page, which its Content Security Policy refuses.
    expect(page.locator(f"{ROOT} .calc__status")).to_have_text(labels.INSTALMENT["zh"]["copied"])
    link = page.evaluate("navigator.clipboard.readText()")
    assert "amount=35000.5" in link
    other = context.new_page()
    other.goto(link)
    assert outputs(other, ROOT) == want
    context.close()


@pytest.mark.parametrize("typed", ["¥12,000", "１２０００", "￥１２，０００．００", "12 000", "12000 "])
def test_reader_forms_of_a_number_are_accepted(site, page, typed):
    page.goto(site.url + PAGE)
    type_into(page, "#instalment-amount", typed)
    assert outputs(page, ROOT) == expected(amount=12000, periods=12, method="fee", rate="0.6")


BAD = [
    ("amount", ""), ("amount", "abc"), ("amount", "-1"), ("amount", "0"), ("amount", "12.345"),
    ("amount", "1e5"), ("amount", "NaN"), ("amount", "Infinity"), ("amount", "<img src=x onerror=alert(1)>"),
    ("amount", "199.99"), ("amount", "¥¥12000"), ("periods", "61"), ("periods", "0"), ("periods", ""),
    ("periods", "1.5"), ("rate", "10.5"), ("rate", "-1"), ("budget", "0"), ("budget", "abc"),
]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("field,typed", BAD)
def test_bad_input_is_refused_with_a_message(site, page, lang, field, typed):
    trouble = watch(page)
    page.goto(site.url + ("en/" if lang == "en" else "") + PAGE)
    type_into(page, f"#instalment-{field}", typed)
    key = "rate_fee" if field == "rate" else field
    assert page.inner_text(f"#instalment-{field}-error") == labels.INSTALMENT[lang]["messages"][key]
    assert page.get_attribute(f"#instalment-{field}", "aria-invalid") == "true"
    assert_no_figures(page, ROOT)
    assert page.locator("img[src=x]").count() == 0
    # Put it right and the figures come back.
    type_into(page, f"#instalment-{field}", finance.INSTALMENT_DEFAULTS[field] or "1500")
    assert page.inner_text(f"#instalment-{field}-error") == ""
    assert outputs(page, ROOT)["payment_first"] == "1072.00"
    assert trouble == []


def test_bad_link_is_refused_without_a_figure(site, page):
    trouble = watch(page)
    page.goto(site.url + PAGE + "?amount=NaN&periods=61&rate=Infinity&foo=bar")
    for field in ("amount", "periods", "rate"):
        assert page.inner_text(f"#instalment-{field}-error") != ""
    assert_no_figures(page, ROOT)
    assert trouble == []


def test_no_plan_fits_says_so(site, page):
    page.goto(site.url + PAGE + "?amount=100000&periods=12&method=fee&rate=0.6&budget=100")
    result = finance.instalment(finance.read_instalment({"amount": "100000", "budget": "100"})[0])
    assert outputs(page, ROOT)["periods_for_budget"] == ""
    note = page.inner_text(f"{ROOT} [data-role=budget-note]")
    assert "60" in note and f"{result.payment_max_at_60:,}" in note and "个性化分期还款" in note


def test_english_page_speaks_english(site, page):
    page.goto(site.url + "en/" + PAGE)
    t = labels.INSTALMENT["en"]
    assert page.inner_text("label[for=instalment-amount]") == t["fields"]["amount"]
    assert page.inner_text(f"{ROOT} [data-out=payment_first]") == "CNY\xa01,072.00"
    page.select_option("#instalment-method", "annuity")
    assert page.inner_text("label[for=instalment-rate]") == t["fields"]["rate_annual"]


def test_worked_result_is_there_without_javascript(site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    for prefix in ("", "en/"):
        page.goto(site.url + prefix + PAGE)
        assert outputs(page, ROOT) == expected(amount=12000, periods=12, method="fee", rate="0.6")
        assert page.locator(f"{ROOT} [data-role=schedule] tbody tr").count() == 12
    context.close()


def test_schedule_downloads_as_csv_for_excel(site, page):
    page.goto(site.url + PAGE + "?periods=6")
    with page.expect_download() as info:
        page.click(f"{ROOT} [data-action=csv]")
    data = Path(info.value.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads the Chinese header
    lines = data.decode("utf-8-sig").strip().split("\r\n")
    assert lines[0] == ",".join(labels.INSTALMENT["zh"]["schedule_head"])
    assert lines[1] == "1,2072.00,2000.00,72.00,10000.00"
    assert len(lines) == 7


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_schedule_scrolls_sideways_on_a_phone_with_a_cue(site, browser, lang):
    """On a 390 px phone the schedule is wider than the screen: it scrolls inside its own box,
    the page does not, and an edge shadow says more columns are there."""
    context = browser.new_context(viewport={"width": 390, "height": 800}, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(site.url + ("en/" if lang == "en" else "") + PAGE)
    box = page.locator(f"{ROOT} .calc__scroll:has(table.calc__table)").last
    box.scroll_into_view_if_needed()
    size = box.evaluate("b => ({ scroll: b.scrollWidth, client: b.clientWidth })")
    assert size["scroll"] > size["client"], size
    assert page.evaluate("() => document.scrollingElement.scrollWidth <= window.innerWidth")
    assert "radial-gradient" in box.evaluate("b => getComputedStyle(b).backgroundImage")
    box.evaluate("b => { b.scrollLeft = b.scrollWidth; }")
    assert box.evaluate("b => b.scrollLeft") > 0
    context.close()
