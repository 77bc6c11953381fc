"""One English name per document and per glossary term, on every English page as built.

The names live in the data files the pages use: macros/facts.yml `names` (each document on the
sources page: `en`, the heading form `short_en`, and `not_en`, spellings that must not come back)
and `term_not_en` (wrong spellings of glossary terms), and macros/glossary.yml (`en`, the one
English name of each term). A failure names the page, the wrong spelling and the one to use.
"""

import difflib
import html
import re
from html.parser import HTMLParser

import pytest
import yaml

from conftest import DOCS, ROOT

FACTS = yaml.safe_load((ROOT / "macros" / "facts.yml").read_text(encoding="utf-8"))
GLOSSARY = {e["id"]: e for e in yaml.safe_load((ROOT / "macros" / "glossary.yml").read_text(encoding="utf-8"))}
NAMES = FACTS["names"]
CANONICAL_TITLES = {n["en"] for n in NAMES.values()}

# An italic run that starts like this is a document's title, and must be one of CANONICAL_TITLES.
TITLE_START = re.compile(
    r"^(Measures|Notice|Guidelines?|Regulations?|Provisions|Decision|Interpretation|Risk Warning|"
    r"Announcement|Opinions?|Rules|Criminal Law|Civil Code|Legal Aid Law|Law)\b"
)
# One style in English running text: 0.6% (no space, as facts.yml writes it) and CNY 12,000.
STYLE = [
    (re.compile(r"\d %"), "write a percentage without a space: 0.6%, not 0.6 %"),
    (re.compile(r"¥\s?\d"), "write amounts as CNY 12,000, not ¥12,000"),
    (re.compile(r"\b(?:\d[\d,.]*|XX) yuan\b"), "write amounts as CNY 12,000, not 12,000 yuan"),
]


class Article(HTMLParser):
    """The text of a page's article (code left out) and each of its <em> runs."""

    def __init__(self, page):
        super().__init__(convert_charrefs=True)
        self.depth = self.code = 0
        self.text, self.ems, self._em = [], [], None
        start = page.index('<article class="md-content__inner')
        self.feed(page[start : page.index("</article>", start)])

    def handle_starttag(self, tag, attrs):
        if tag == "code":
            self.code += 1
        if tag == "em":
            self._em = []

    def handle_endtag(self, tag):
        if tag == "code":
            self.code -= 1
        if tag == "em" and self._em is not None:
            self.ems.append(" ".join("".join(self._em).split()))
            self._em = None

    def handle_data(self, data):
        if self.code:
            return
        self.text.append(data)
        if self._em is not None:
            self._em.append(data)


def en_pages():
    return sorted(md.relative_to(DOCS).as_posix() for md in DOCS.rglob("*.en.md"))


def built_en(site, src):
    rel = src[: -len(".en.md")]
    rel = "" if rel == "index" else (rel[: -len("index")] if rel.endswith("/index") else rel + "/")
    return site.root / "en" / rel / "index.html"


def wrong_spellings(text, ems):
    """Every way `text` (and its italic runs) breaks the one-name rule, as messages."""
    found = []
    flat = " ".join(text.split())
    for doc, name in NAMES.items():
        for wrong in name.get("not_en", []):
            if wrong.lower() in flat.lower():
                found.append(
                    f"writes {wrong!r}; the one English name of {doc} is {name['en']!r} (macros/facts.yml names)"
                )
    for term, wrongs in FACTS["term_not_en"].items():
        entry = GLOSSARY[term]
        for wrong in wrongs:
            if re.search(rf"\b{re.escape(wrong)}\b", flat, flags=re.IGNORECASE):
                found.append(
                    f"writes {wrong!r}; {entry['zh']} in English is {entry['en']!r} (macros/glossary.yml {term})"
                )
    for em in ems:
        if TITLE_START.match(em) and em not in CANONICAL_TITLES:
            near = difflib.get_close_matches(em, CANONICAL_TITLES, n=1, cutoff=0.0)
            found.append(
                f"italic title {em!r} is not a canonical name; did you mean {near[0]!r}? (macros/facts.yml names)"
            )
    for pattern, rule in STYLE:
        for match in pattern.finditer(flat):
            found.append(f"{rule} (at {flat[max(0, match.start() - 20) : match.end() + 10]!r})")
    return found


@pytest.mark.parametrize("src", en_pages())
def test_english_pages_use_one_name_for_each_document_and_term(site, src):
    page = Article(built_en(site, src).read_text(encoding="utf-8"))
    found = wrong_spellings("".join(page.text), page.ems)
    assert not found, f"en page {src}:\n  " + "\n  ".join(found)


def test_the_check_catches_each_wrong_spelling_the_review_listed():
    # Each of these was on an English page before; each must be caught, with its canonical name.
    cases = {
        "under the Measures for the Supervision and Administration of Commercial Banks' Credit Card Business,": NAMES[
            "cbrc-2011-2"
        ]["en"],
        "the Guidelines on Post-Loan Collection in Internet Finance say": NAMES["nifa-2024"]["en"],
        "Guidelines on Collection of Personal Consumer Loans by Financial Institutions (Trial)": NAMES["cba-2026"][
            "en"
        ],
        "see the Credit Reporting Regulations, art. 16": NAMES["credit-reporting-631"]["en"],
        "the old overdue fee was abolished": GLOSSARY["overdue-fee"]["en"],
        "a late fee is charged": GLOSSARY["late-fee"]["en"],
        "停息挂账 (interest frozen, debt on hold)": GLOSSARY["interest-freeze"]["en"],
        "停息挂账 (freezing interest and parking the debt)": GLOSSARY["interest-freeze"]["en"],
        "the Lost grace row": GLOSSARY["interest-free-period"]["en"],
    }
    for text, canonical in cases.items():
        found = wrong_spellings(text, [])
        assert found and canonical in found[0], (text, found)
    # An italic title that is not canonical, and the style rules.
    assert "did you mean" in wrong_spellings("", ["Measures on Credit Cards of Commercial Banks"])[0]
    assert wrong_spellings("", ["Measures for the Administration of Bank Card Business", "In practice:"]) == []
    assert len(wrong_spellings("0.6 % a month, ¥12,000 and 10 yuan", [])) == 3
    # The calculator's own name is not the abolished 滞纳金, and the right names pass.
    assert wrong_spellings("Overdue fees calculator: a late-payment penalty (违约金), 0.6%, CNY 10", []) == []


def test_the_sources_page_prints_each_document_under_its_one_name(site):
    en = Article((site.root / "en" / "reference" / "sources" / "index.html").read_text(encoding="utf-8"))
    zh = (site.root / "reference" / "sources" / "index.html").read_text(encoding="utf-8")
    text = " ".join("".join(en.text).split())
    for doc, name in NAMES.items():
        heading = re.search(rf'<h3 id="{re.escape(doc)}">(.*?)<a class="headerlink"', zh)
        assert heading and html.unescape(heading.group(1)).strip() == name["short_zh"], doc
        assert name["en"] in text and name["short_en"] in text, doc
        assert html.unescape(name["zh"]) in html.unescape(zh), doc
        assert not set(name.get("not_en", [])) & {name["en"], name["short_en"]}, doc
