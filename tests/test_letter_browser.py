"""The proposal letter in Chromium: figures from the link in ¥ and capitals, typed personal details
that never leave the page, a blank template without JavaScript, and one or two A4 pages in print."""

import io
import json
from urllib.parse import urlencode

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from browser import load_vectors, type_into, watch
from macros.labels_letter import FORM

PAGE = "toolkit/proposal-letter/"
ROOT = '[data-calculator="letter"]'
FIGURES = {
    "debt": "12000", "down": "0", "periods": "12", "payment": "1072", "reason": "illness",
    "income": "8000", "housing": "2500", "living": "2000", "family": "1000", "medical": "0", "other_debts": "800",
}
# Typed on the page only: each must show in the letter and nowhere else.
PERSONAL = {
    "name": "张小明测试", "id_last4": "4827", "bank": "示例银行", "phone": "13912345678", "note": "腿伤住院三个月",
}


def figures(page):
    return page.eval_on_selector_all(
        f"{ROOT} [data-out]",
        "els => Object.fromEntries(els.map(e => [e.dataset.out, [e.dataset.value, e.textContent]]))",
    )


def test_javascript_capitals_match_every_vector(site, page):
    cases = load_vectors("capitals")
    page.goto(site.url + PAGE)
    bad = page.evaluate(
        """async (cases) => {
            const f = await import('./../../assets/javascripts/letter.js');
            return cases.filter(c => f.capitals(BigInt(c.cents)) !== c.text);
        }""",
        cases,
    )
    assert len(cases) >= 500 and bad == []


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_link_fills_the_letter_and_the_statement(site, page, lang):
    trouble = watch(page)
    page.goto(site.url + ("en/" if lang == "en" else "") + PAGE + "?" + urlencode(FIGURES))
    got = figures(page)
    assert got["debt"] == ["12000.00", "¥12,000.00"] and got["debt_caps"][1] == "壹万贰仟元整"
    assert got["payment"] == ["1072.00", "¥1,072.00"] and got["payment_caps"][1] == "壹仟零柒拾贰元整"
    assert got["financed"][0] == "12000.00" and got["down_caps"][1] == "零元整" and got["periods"][0] == "12"
    assert (got["essentials"][0], got["committed"][0], got["available"][0]) == ("5500.00", "6300.00", "1700.00")
    sheet = page.inner_text(f"{ROOT} .letter__sheet")
    assert "因本人或家人患病，医疗支出增加" in sheet and "¥1,700.00" in sheet
    if lang == "en":
        aid = page.inner_text(f"{ROOT} [data-para='plan'] + .letter__aid")
        assert "CNY\xa01,072.00" in aid and "12 monthly payments" in aid
    # A wrong figure: its message in the page's language, and every figure blank again.
    type_into(page, "#letter-payment", "-0")
    assert page.inner_text("#letter-payment-error") == FORM[lang]["messages"]["payment"]
    assert {v for v, _ in figures(page).values()} == {""}
    type_into(page, "#letter-payment", "1,072.05")
    assert figures(page)["payment_caps"][1] == "壹仟零柒拾贰元零伍分"
    assert "payment=1072.05" in page.url
    assert trouble == []


def test_personal_details_stay_on_the_page(site, browser):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    requests = []
    context.on("request", lambda r: requests.append((r.url, r.post_data or "")))
    page = context.new_page()
    trouble = watch(page)
    # A link that names a detail loses it at once.
    page.goto(site.url + PAGE + "?" + urlencode({**FIGURES, "name": "链接里的名字"}))
    assert "name=" not in page.url and "链接里的名字" not in page.inner_text(ROOT)
    for name, value in PERSONAL.items():
        type_into(page, f"#letter-{name}", value)
    type_into(page, "#letter-periods", "24")  # a figure typed after them: the URL is rewritten
    sheet = page.inner_text(f"{ROOT} .letter__sheet")
    assert all(value in sheet for value in PERSONAL.values())
    page.click(f"{ROOT} [data-action=copy-link]")
    expect(page.locator(f"{ROOT} .calc__status")).not_to_have_text("")
    copied = page.evaluate("navigator.clipboard.readText()")
    stored = page.evaluate("JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)])")
    assert "periods=24" in page.url and "periods=24" in copied
    for value in PERSONAL.values():
        assert value not in page.url and value not in copied and value not in stored
        assert not [r for r in requests if value in r[0] or value in r[1]]
        # URL-encoded too: what a request would carry.
        assert not [r for r in requests if urlencode({"x": value})[2:] in r[0] + r[1]]
    assert context.cookies() == [] and trouble == []
    context.close()


def test_the_form_and_letter_are_left_out_of_search(site):
    for index in ("search/search_index.json", "en/search/search_index.json"):
        text = json.dumps(json.loads((site.root / index).read_text(encoding="utf-8")), ensure_ascii=False)
        assert FORM["zh"]["fields"]["id_last4"] not in text and FORM["en"]["fields"]["id_last4"] not in text
        assert "尊敬的" not in text


def test_without_javascript_it_is_a_blank_template(site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site.url + PAGE + "?" + urlencode(FIGURES))
    sheet = page.inner_text(f"{ROOT} .letter__sheet")
    assert "协商还款申请书" in sheet and "尊敬的" in sheet and "＿＿＿" in sheet
    assert "¥" not in sheet and "壹" not in sheet
    context.close()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_it_prints_the_letter_alone_on_one_or_two_a4_pages(site, page, lang):
    page.goto(site.url + ("en/" if lang == "en" else "") + PAGE + "?" + urlencode(FIGURES))
    type_into(page, "#letter-name", PERSONAL["name"])
    type_into(page, "#letter-note", "说明" * 120)  # a long note still fits
    reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
    text = "".join(p.extract_text() for p in reader.pages).replace(" ", "").replace("\n", "")
    assert 1 <= len(reader.pages) <= 2
    assert all(abs(float(p.mediabox.width) - 595) <= 1 for p in reader.pages)
    assert "协商还款申请书" in text and "¥1,072.00" in text and "壹仟零柒拾贰元整" in text and "收支情况说明" in text
    assert PERSONAL["name"] in text
    # No menus, no form, no buttons, no English reading aid.
    t = FORM[lang]
    for absent in (t["fields"]["id_last4"], t["print"], "Tothecreditcardcentre"):
        assert absent.replace(" ", "") not in text
    assert page.locator(".md-header").count() == 1  # the header exists on screen, and is not printed:
    assert page.inner_text(".md-header__topic .md-ellipsis").replace(" ", "") not in text
