"""What a frightened reader meets first: the scams and court pages, the top of the
abusive-calls page and the first lines of the toolkit, as built, in both languages."""

import re
from html.parser import HTMLParser

import pytest
import yaml

from conftest import ROOT
from test_pages import Page, built, main_content, site_relative

LANGS = ("zh", "en")
FACTS = yaml.safe_load((ROOT / "macros" / "facts.yml").read_text(encoding="utf-8"))

# Ids other pages, the home triage and trainers link to: never rename or remove one.
STABLE_IDS = {
    "guides/scams.md": {
        "check-the-caller", "pay-only-the-bank", "real-letters", "fake-legal-papers", "paid-agents", "hardship-papers",
    },
    "guides/court.md": {"court-papers", "jail-threat", "court-can-cut-charges", "repay-early", "legal-advice"},
    "guides/abusive-calls.md": {"family", "safety", "stress"},
}
# Pages whose top (before the first section heading) sends the reader to the scams check.
# guides/six-steps.md joins this list once its action-first opening links the scams page.
SCAMS_LINKED_FROM_THE_TOP = ["guides/abusive-calls.md"]
# The numbers a reader may need to dial from these pages.
DIAL = ("emergency_police", "emergency_ambulance", "hotline_mental", "hotline_court", "hotline_legal")


def page_dir(src, lang):
    """The built page's folder under the site root, as test_pages.site_relative expects it."""
    rel = src[: -len(".md")] + "/"
    return ("en/" if lang == "en" else "") + rel


def top(site, src, lang):
    """The article from its start to its first <h2>: what a phone shows on the first screen or two."""
    return main_content(built(site, src, lang)).split("<h2", 1)[0]


@pytest.mark.parametrize("src", sorted(STABLE_IDS))
def test_linked_ids_exist_in_both_languages(site, src):
    for lang in LANGS:
        ids = Page(main_content(built(site, src, lang))).ids
        missing = STABLE_IDS[src] - ids
        assert not missing, f"{lang} {src} lost {sorted(missing)}"


@pytest.mark.parametrize("src", SCAMS_LINKED_FROM_THE_TOP)
def test_the_scams_check_is_linked_from_the_top(site, src):
    for lang in LANGS:
        links = Page(top(site, src, lang)).links
        targets = [site_relative(link, page_dir(src, lang)) for link in links]
        scams = ("en/" if lang == "en" else "") + "guides/scams"
        assert any(t.rstrip("/") == scams for t in targets), (
            f"{lang} {src}: no link to the scams page before the first section: {links}"
        )


class Admonitions(HTMLParser):
    """The first admonition's title and its list items, as text."""

    def __init__(self, html):
        super().__init__()
        self.depth, self.title, self.items, self._in = 0, None, [], None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        cls = dict(attrs).get("class") or ""
        if self.title is None and tag == "div" and "admonition" in cls.split():
            self.depth = 1
        elif self.depth and tag == "div":
            self.depth += 1
        if self.depth and tag == "p" and "admonition-title" in cls:
            self._in = "title"
            self.title = ""
        elif self.depth and tag == "li":
            self._in = "li"
            self.items.append("")

    def handle_endtag(self, tag):
        if self.depth and tag == "div":
            self.depth -= 1
        if tag in ("p", "li"):
            self._in = None

    def handle_data(self, data):
        if self._in == "title":
            self.title += data
        elif self._in == "li":
            self.items[-1] += data


@pytest.mark.parametrize(
    "src, title, count",
    [
        ("guides/scams.md", {"zh": "先做这几件事", "en": "Do these things first"}, 6),
        ("guides/court.md", {"zh": "先做这几件事", "en": "Do these things first"}, 4),
        ("toolkit/call-script.md", {"zh": "最短版本", "en": "Shortest version"}, 5),
    ],
)
def test_the_first_screen_is_a_short_checklist(site, src, title, count):
    for lang in LANGS:
        box = Admonitions(top(site, src, lang))
        assert box.title == title[lang], f"{lang} {src}: first box is {box.title!r}"
        assert len(box.items) == count, (lang, src, box.items)


def test_the_shortest_call_has_blanks_to_fill_in_both_languages(site):
    for lang in LANGS:
        items = Admonitions(top(site, "toolkit/call-script.md", lang)).items
        # Who you are, the card's last digits, the monthly amount and the start date.
        assert sum(len(re.findall(r"_{4,}", item)) for item in items) >= 4, (lang, items)


@pytest.mark.parametrize("src", sorted(STABLE_IDS) + ["toolkit/complaint-letter.md"])
def test_every_number_to_dial_is_a_tap_to_call_link(site, src):
    numbers = [str(FACTS[name]) for name in DIAL]
    for lang in LANGS:
        content = main_content(built(site, src, lang))
        shown = [n for n in numbers if re.search(rf"(?<!\d){n}(?!\d)", re.sub(r"<[^>]+>", " ", content))]
        assert shown, f"{lang} {src} shows no number to call"
        for number in shown:
            assert f'href="tel:{number}"' in content, f"{lang} {src}: {number} is not a tap-to-call link"


class Table(HTMLParser):
    """The header cells of the first table."""

    def __init__(self, html):
        super().__init__()
        self.headers, self._th, self._done = [], False, False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag == "th" and not self._done:
            self._th = True
            self.headers.append("")

    def handle_endtag(self, tag):
        if tag == "th":
            self._th = False
        if tag == "table":
            self._done = True

    def handle_data(self, data):
        if self._th:
            self.headers[-1] += data


def test_the_call_log_records_channel_and_where_they_asked_you_to_pay(site):
    expected = {"zh": ["方式", "要求付款到哪里"], "en": ["Channel", "Where they asked you to pay"]}
    columns = {}
    for lang in LANGS:
        sheet = main_content(built(site, "toolkit/call-log.md", lang)).split('class="print-sheet"', 1)[1]
        columns[lang] = [h.strip() for h in Table(sheet).headers]
        for header in expected[lang]:
            assert header in columns[lang], (lang, columns[lang])
    assert len(columns["zh"]) == len(columns["en"])
    assert columns["zh"].index("方式") == columns["en"].index("Channel")
    assert columns["zh"].index("要求付款到哪里") == columns["en"].index("Where they asked you to pay")


@pytest.mark.parametrize("lang", LANGS)
def test_the_call_log_fits_a_computer_and_scrolls_by_keyboard_on_a_phone(site, browser, lang):
    """Eight columns: no sideways scroll box at computer width; on a phone the sheet may scroll
    sideways, but only in a box the keyboard can reach (axe's scrollable-region-focusable)."""
    prefix = "en/" if lang == "en" else ""
    context = browser.new_context()
    page = context.new_page()
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(site.url + prefix + "toolkit/call-log/")
        boxes = page.eval_on_selector_all(
            ".print-sheet *",
            """els => els.filter(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible')
                        .map(e => ({cls: e.className, focusable: e.tabIndex >= 0}))""",
        )
        if width == 1280:
            assert boxes == [], f"{lang}: the log scrolls sideways on a computer: {boxes}"
        assert all(b["focusable"] for b in boxes), (
            f"{lang} at {width}px: a scroll box the keyboard cannot reach: {boxes}"
        )
    context.close()
