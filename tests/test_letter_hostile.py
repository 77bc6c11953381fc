"""Hostile values in the proposal letter, in Chromium, both languages.

Every figure the letter reads (from the link or typed) against the same fixed list as the
calculators (tests/test_hostile_input.py): a clear message next to the field in the page's
language and every figure blank, or, where letter.py accepts the value, that figure as
letter.py reads it; nothing thrown, nothing injected, no NaN. The personal details are free
text: whatever is typed shows as text in the letter, never as markup.
"""

from decimal import Decimal
from urllib.parse import urlencode

import pytest

from browser import BAD_TEXT, HOSTILE_EN_SUBSET, hostile_values, type_into, watch
from macros import letter
from macros.labels_letter import FORM
from macros.widgets_letter import BLANK

PAGE = "toolkit/proposal-letter/"
ROOT = '[data-calculator="letter"]'
LANGS = {"zh": "", "en": "en/"}
PERSONAL = ("name", "id_last4", "bank", "phone", "note")


def too_large(name):
    hi = letter.RANGES[name][1]
    return str(hi + (1 if name == "periods" else Decimal("0.01")))


def hostile(name):
    """The calculators' fixed list, as (label, value), for one figure of the letter."""
    return hostile_values(too_large(name), "12.0" if name == "periods" else "100.001")


EN_SUBSET = HOSTILE_EN_SUBSET
LINK_SUBSET = ("letters", "minus-zero", "too-large", "img", "script")

SNAPSHOT = """([root, badWords]) => {
    const calc = document.querySelector(root);
    const errors = {}, invalid = [];
    for (const el of calc.querySelectorAll('[data-figures] [name]')) {
        errors[el.name] = calc.querySelector('#' + el.id + '-error').textContent;
        if (el.getAttribute('aria-invalid') === 'true') invalid.push(el.name);
    }
    return {
        values: Object.fromEntries([...calc.querySelectorAll('[data-out]')].map(e => [e.dataset.out, e.dataset.value])),
        errors,
        invalid: invalid.sort(),
        fills: Object.fromEntries([...calc.querySelectorAll('[data-fill]')].map(e => [e.dataset.fill, e.textContent])),
        injected: document.querySelectorAll(
            'img[src="x"], [onerror], [href^="javascript:" i], [src^="javascript:" i]').length,
        alertScripts: [...document.querySelectorAll('script')].filter(s => s.textContent.includes('alert(')).length,
        bad: badWords.filter(w => calc.innerText.includes(w)),
    };
}"""


def check(page, trouble, lang, params, where):
    """The page against letter.py's reading of the same figures."""
    values, errors = letter.read_letter(params)
    snap = page.evaluate(SNAPSHOT, [ROOT, list(BAD_TEXT)])
    assert trouble == [], where
    assert snap["injected"] == 0 and snap["alertScripts"] == 0 and snap["bad"] == [], where
    messages = FORM[lang]["messages"]
    assert snap["errors"] == {n: messages[errors[n]] if n in errors else "" for n in snap["errors"]}, where
    assert snap["invalid"] == sorted(errors), where
    if errors:
        assert set(snap["values"].values()) == {""}, where
        return errors
    for name in letter.FIGURES:
        value = values[name]
        want = "" if value is None else str(value) if name == "periods" else f"{value:.2f}"
        assert snap["values"][name] == want, where
    return errors


@pytest.fixture(scope="module")
def pages(site, browser):
    context = browser.new_context()
    opened = {}

    def page_for(lang):
        if lang not in opened:
            page = context.new_page()
            opened[lang] = (page, watch(page))
        return opened[lang]

    yield page_for
    context.close()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", letter.FIGURES)
def test_a_hostile_figure_typed_is_refused_or_read_right(site, pages, name, lang):
    page, trouble = pages(lang)
    page.goto(site.url + LANGS[lang] + PAGE)
    cases = [(label, v) for label, v in hostile(name) if lang == "zh" or label in EN_SUBSET]
    refused = 0
    for label, value in cases:
        where = f"typed {name}={label} ({lang})"
        type_into(page, f"#letter-{name}", value)
        refused += bool(check(page, trouble, lang, {name: value}, where))
    # Put it right: empty again, no message, and the blank letter back.
    type_into(page, f"#letter-{name}", "")
    assert check(page, trouble, lang, {}, f"{name} emptied ({lang})") == {}
    assert refused >= len(cases) - 3  # empty, spaces, zero: the only ones a figure may accept


@pytest.mark.parametrize("lang", LANGS)
def test_hostile_figures_in_a_link_are_refused(site, pages, lang):
    page, trouble = pages(lang)
    for name in letter.FIGURES:
        for label, value in hostile(name):
            if label not in LINK_SUBSET:
                continue
            page.goto(site.url + LANGS[lang] + PAGE + "?" + urlencode({name: value}))
            assert check(page, trouble, lang, {name: value}, f"link {name}={label} ({lang})") == {name: name}


@pytest.mark.parametrize("lang", LANGS)
def test_a_hostile_reason_in_a_link_is_refused(site, pages, lang):
    """The reason comes from a list; anything else in a link gets the list's message."""
    page, trouble = pages(lang)
    for label, value in hostile("debt"):
        page.goto(site.url + LANGS[lang] + PAGE + "?" + urlencode({"reason": value}))
        errors = check(page, trouble, lang, {"reason": value}, f"link reason={label} ({lang})")
        assert errors == ({} if label in ("empty", "spaces") else {"reason": "reason"}), label
        assert page.inner_text(f'{ROOT} [data-fill="reason"]') == BLANK
    # The reader picks a reason from the list: the message goes, the reason is written in.
    page.select_option("#letter-reason", "job")
    assert check(page, trouble, lang, {"reason": "job"}, f"reason picked after a bad link ({lang})") == {}
    assert page.inner_text(f'{ROOT} [data-fill="reason"]') != BLANK


@pytest.mark.parametrize("lang", LANGS)
def test_personal_details_show_as_text_never_as_markup(site, pages, lang):
    page, trouble = pages(lang)
    page.goto(site.url + LANGS[lang] + PAGE)
    for value in ("<img src=x onerror=alert(1)>", '"><script>alert(1)</script>', "javascript:alert(1)", "名" * 5000):
        for name in PERSONAL:
            type_into(page, f"#letter-{name}", value)
        snap = page.evaluate(SNAPSHOT, [ROOT, list(BAD_TEXT)])
        assert snap["injected"] == 0 and snap["alertScripts"] == 0 and trouble == [], value[:20]
        for name in PERSONAL:
            assert snap["fills"][name] == value, (name, value[:20])
        assert "alert" not in page.url and "名名" not in page.url
