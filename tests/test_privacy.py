"""Privacy: what a reader types stays in their browser.

After every built page has been opened and both calculators used (both languages), the
browser holds no cookie, neither localStorage nor sessionStorage holds anything typed
(Material's own palette and consent keys are allowed), and no request carries a typed value.
Each calculator page says so in one line, in its language (labels.py `privacy`).
"""

import re
from urllib.parse import unquote_plus

import pytest
from playwright.sync_api import expect

from browser import expected, outputs, type_into, watch
from macros import labels
from macros.labels_offer import OFFER

# Values no page shows by itself, so finding one anywhere means it was kept or sent.
TYPED = {
    "instalment": {
        "fields": {"amount": "73519.42", "periods": "37", "rate": "9.8765", "budget": "2718.28"},
        "choices": {"method": "annuity"},
    },
    "overdue": {
        "fields": {
            "balance": "86420.13", "paid": "123.45", "days": "271", "daily_rate": "0.0377", "penalty_rate": "6.123",
            "minimum": "9753.11", "grace_days": "47", "penalty_min": "11.11", "penalty_max": "333.33",
        },
        "choices": {"basis": "unpaid", "compound": "0"},
    },
    "budget": {
        "fields": {
            "income": "9876.54", "housing": "1234.56", "living": "2345.67", "family": "345.68", "medical": "456.79",
            "other_debts": "567.89", "debt": "43210.98",
        },
        "choices": {},
    },
    "offer": {
        "fields": {"debt": "65432.19", "down": "3210.77", "periods": "53", "payment": "1357.91", "budget": "1500.37"},
        "choices": {},
    },
}
PAGES = {
    "instalment": "calculators/instalment/", "overdue": "calculators/overdue-fees/", "budget": "calculators/budget/",
    "offer": "calculators/offer/",
}
LABELS = {"instalment": labels.INSTALMENT, "overdue": labels.OVERDUE, "budget": labels.BUDGET, "offer": OFFER}
STORAGE = """() => {
    const dump = (s) => Object.fromEntries([...Array(s.length).keys()].map(i => [s.key(i), s.getItem(s.key(i))]));
    return { local: dump(localStorage), session: dump(sessionStorage), cookie: document.cookie };
}"""


def typed_strings():
    """Every value typed, as typed (the normalised form is the same for these)."""
    return [v for calc in TYPED.values() for v in calc["fields"].values()]


def carries(text, value):
    """Whether `value` is in `text` as a whole number, after URL-decoding.

    A plain substring test is wrong both ways: "37" (periods) is inside the test server's
    random port 37793 and inside asset hashes, which made this test fail by chance.
    """
    whole = rf"(?<![0-9A-Za-z])(?<![0-9]\.){re.escape(value)}(?![0-9A-Za-z])(?!\.[0-9])"
    return re.search(whole, unquote_plus(text)) is not None


def test_leak_finder_carries_matches_whole_numbers_only():
    """Protects the storage and request checks below from false alarms and from missed leaks."""
    assert carries("http://127.0.0.1:8000/calculators/instalment/?periods=37&rate=9.8765", "37")
    assert carries("/x?rate=9.8765", "9.8765") and carries('{"amount":"73519.42"}', "73519.42")
    assert carries("/x?days%3D271", "271") and carries("271%", "271")
    assert not carries("http://127.0.0.1:37793/assets/stylesheets/main.57a0d79d.min.css", "37")
    assert not carries("/x?rate=19.8765", "9.8765") and not carries("/x?days=2710", "271")
    assert not carries("/x?paid=123.456", "123.45") and not carries("/x?v=0.47", "47")


def use_calculator(page, calc, lang):
    """Types every field and picks every choice, then copies the link; returns the figures."""
    root = f'[data-calculator="{calc}"]'
    fold = f"{root} .calc__advanced"
    if page.locator(fold).count() and not page.eval_on_selector(fold, "d => d.open"):
        page.click(f"{fold} summary")
    for name, value in TYPED[calc]["choices"].items():
        page.select_option(f"#{calc}-{name}", value)
    for name, value in TYPED[calc]["fields"].items():
        type_into(page, f"#{calc}-{name}", value)
    page.click(f"{root} [data-action=copy-link]")
    # The copy really happened (a failed copy says copy_failed): the link went through the clipboard too.
    copied = LABELS[calc][lang]["copied"]
    expect(page.locator(f"{root} .calc__status")).to_have_text(copied)
    assert page.evaluate("navigator.clipboard.readText()") == page.url
    if calc == "instalment":
        with page.expect_download():
            page.click(f"{root} [data-action=csv]")
    return outputs(page, root)


@pytest.fixture(scope="module")
def visited(site, browser):
    """One browser context: every built page opened, then both calculators used in both languages."""
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"], accept_downloads=True)
    requests = []
    context.on("request", lambda r: requests.append((r.url, r.post_data or "")))
    page = context.new_page()
    trouble = watch(page)
    pages = site.pages()
    assert len(pages) >= 30
    for rel in pages:
        page.goto(site.url + rel)
    figures = {}
    for lang in ("zh", "en"):
        for calc, path in PAGES.items():
            page.goto(site.url + ("en/" if lang == "en" else "") + path)
            figures[lang, calc] = use_calculator(page, calc, lang)
    storage = page.evaluate(STORAGE)
    cookies = context.cookies()
    yield {"storage": storage, "cookies": cookies, "requests": requests, "figures": figures, "trouble": trouble}
    context.close()


def test_the_calculators_were_really_used(visited):
    """The checks below mean something only if the typed values were read and computed."""
    for (lang, calc), got in visited["figures"].items():
        assert got == expected(calc, {**TYPED[calc]["fields"], **TYPED[calc]["choices"]}), (lang, calc)
    assert visited["trouble"] == []


def test_no_cookie_at_all(visited):
    assert visited["cookies"] == []
    assert visited["storage"]["cookie"] == ""


@pytest.mark.parametrize("area", ["local", "session"])
def test_storage_holds_nothing_typed(visited, area):
    stored = visited["storage"][area]
    blob = "\n".join(f"{k}\n{v}" for k, v in stored.items())
    kept = [value for value in typed_strings() if carries(blob, value)]
    assert kept == [], f"{area}Storage keeps {kept}: {stored}"


def test_no_request_carries_a_typed_value(visited):
    sent = [(url, body) for url, body in visited["requests"] for v in typed_strings()
            if carries(url, v) or carries(body, v)]
    assert sent == []


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("calc", PAGES)
def test_calculator_page_says_inputs_stay_private(site, page, calc, lang):
    page.goto(site.url + ("en/" if lang == "en" else "") + PAGES[calc])
    line = LABELS[calc][lang]["privacy"]
    privacy = page.locator(f'[data-calculator="{calc}"] .calc__privacy')
    assert privacy.count() == 1
    assert privacy.is_visible()
    text = privacy.inner_text()
    assert text == line and "\n" not in text  # one line: one sentence in one paragraph
    # What the page says: never stored, never sent.
    assert ("不会被保存或发送" in text) if lang == "zh" else ("never stored or sent" in text)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("calc", PAGES)
def test_copy_link_says_what_a_shared_link_carries(site, page, calc, lang):
    """Beside "copy link": the link carries the figures typed, never a name or personal detail."""
    page.goto(site.url + ("en/" if lang == "en" else "") + PAGES[calc])
    root = f'[data-calculator="{calc}"]'
    note = page.locator(f"{root} .calc__actions + .calc__share-note")
    assert page.locator(f"{root} [data-action=copy-link]").is_visible()
    assert note.count() == 1 and note.is_visible()
    assert note.inner_text() == labels.SHARE_NOTE[lang]
    assert ("数字" in note.inner_text() and "不带姓名" in note.inner_text()) if lang == "zh" else (
        "figures you typed" in note.inner_text() and "never a name" in note.inner_text()
    )
