"""The pages as readers meet them: each pair says the same things, every link leads somewhere."""

import re
from html.parser import HTMLParser
from pathlib import PurePosixPath
from urllib.parse import urldefrag, urlsplit

import pytest
import yaml

from conftest import DOCS
from sections import article as main_content

# Phrases of the machine-reworded source article that must never reach a page.
BROKEN_PHRASES = [
    "之一步", "干么财务疑问", "不好还款义务", "详细的也有财务建议", "实合作", "实密切", "收工绩效",
    "有价值的力的", "自我约力", "困难信用记录", "还款惯", "实行沟通", "实行还款", "实行争吵",
    "非常必不可少", "最必不可少", "背后的理由疑问", "解决疑问", "分阶偿还", "声音或，",
]


class Page(HTMLParser):
    """What a reader can follow and what a trainer can link in one built page."""

    def __init__(self, html):
        super().__init__()
        self.ids, self.links, self.headings, self.tables, self.calculators = set(), [], [], 0, []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if "name" in a and tag == "a":
            self.ids.add(a["name"])
        if tag == "a" and a.get("href") is not None and "headerlink" not in (a.get("class") or ""):
            self.links.append(a["href"])
        if tag in ("h2", "h3", "h4") and "id" in a:
            self.headings.append((tag, a["id"]))
        if tag == "table":
            self.tables += 1
        if "data-calculator" in a:
            self.calculators.append(a["data-calculator"])


def front_matter(md):
    text = md.read_text(encoding="utf-8")
    assert text.startswith("---\n"), f"{md} has no front matter"
    return yaml.safe_load(text.split("---\n", 2)[1])


def pairs():
    for md in sorted(DOCS.rglob("*.md")):
        if not md.name.endswith(".en.md"):
            yield md.relative_to(DOCS).as_posix()


def built(site, src, lang):
    rel = src[: -len(".md")]
    rel = "" if rel == "index" else (rel[: -len("index")] if rel.endswith("/index") else rel + "/")
    return (site.root / ("en/" if lang == "en" else "") / rel / "index.html").read_text(encoding="utf-8")


def site_relative(link, page_dir):
    """A page link as a path under the language root (query and fragment dropped)."""
    path = PurePosixPath(page_dir, urlsplit(link).path)
    parts = []
    for part in path.parts:
        if part == "..":
            parts.pop()
        elif part not in (".", ""):
            parts.append(part)
    return "/".join(parts)


@pytest.mark.parametrize("src", list(pairs()))
def test_front_matter_has_title_description_and_review_date(src):
    for md in (DOCS / src, DOCS / src.replace(".md", ".en.md")):
        meta = front_matter(md)
        for key in ("title", "description", "reviewed"):
            assert meta.get(key), f"{md.relative_to(DOCS)} has no {key}"
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta["reviewed"]))


@pytest.mark.parametrize("src", list(pairs()))
def test_both_languages_say_the_same_things(site, src):
    zh, en = Page(main_content(built(site, src, "zh"))), Page(main_content(built(site, src, "en")))
    assert zh.headings == en.headings
    assert zh.tables == en.tables
    assert zh.calculators == en.calculators
    def targets(p):
        return sorted(
            urldefrag(link).url if not link.startswith("#") else link for link in p.links if not link.startswith("#__")
        )

    assert targets(zh) == targets(en)


@pytest.mark.parametrize("src", list(pairs()))
def test_pages_show_their_review_date(site, src):
    for lang in ("zh", "en"):
        assert 'data-reviewed="' in built(site, src, lang)


def test_every_internal_link_and_anchor_resolves(site):
    pages = {}
    for html in site.root.rglob("*.html"):
        pages[html.relative_to(site.root).as_posix()] = Page(html.read_text(encoding="utf-8"))
    checked = 0
    for name, page in pages.items():
        page_dir = str(PurePosixPath(name).parent)
        for link in page.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith(("mailto:", "tel:")):
                continue
            target = site_relative(link, page_dir) if parts.path else name
            if not target.endswith(".html") and not (site.root / target).is_file():
                target = (target + "/index.html").lstrip("/")
            assert (site.root / target).is_file(), f"{name}: {link} leads nowhere"
            if parts.fragment and target in pages:
                assert parts.fragment in pages[target].ids, f"{name}: {link} has no anchor #{parts.fragment}"
            checked += 1
    assert checked > 100


def test_no_broken_phrase_of_the_source_article(site):
    for html in site.root.rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        for phrase in BROKEN_PHRASES:
            assert phrase not in text, f"{html.relative_to(site.root)} says {phrase!r}"


def test_six_steps_have_stable_ids_in_both_languages(site):
    """Trainers and the home page link these: the steps, what to do today, the minimum
    payment (step 1) and the credit report (step 6)."""
    for lang in ("zh", "en"):
        page = Page(main_content(built(site, "guides/six-steps.md", lang)))
        steps = [hid for tag, hid in page.headings if tag == "h2" and hid.startswith("step-")]
        assert steps == [f"step-{n}" for n in range(1, 7)], lang
        assert {"today", "minimum-payment", "credit-report", "cost-of-waiting"} <= page.ids, lang
        order = [hid for _, hid in page.headings]
        assert order[0] == "today", "what to do today comes first"
        assert (
            order.index("step-1")
            < order.index("minimum-payment")
            < order.index("cost-of-waiting")
            < order.index("step-2")
        )
        assert order.index("step-6") < order.index("credit-report")


class Elements(HTMLParser):
    """Counts the elements of a piece of HTML."""

    def __init__(self, html):
        super().__init__()
        self.count = 0
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.count += 1


# The six steps once carried both full calculators (schedule, comparison, chart) and ran to
# about 600 elements in the article (900 in the whole page): too long to scroll on a phone.
SIX_STEPS_ELEMENT_BUDGET = 450


def test_six_steps_are_short_enough_for_a_phone(site):
    for lang in ("zh", "en"):
        content = main_content(built(site, "guides/six-steps.md", lang))
        count = Elements(content).count
        assert count <= SIX_STEPS_ELEMENT_BUDGET, f"{lang}: {count} elements in the article"
        # Compact calculators: no schedule, comparison, cycles or chart on the guide.
        page = Page(content)
        assert sorted(page.calculators) == ["budget", "instalment", "overdue"]
        assert content.count("calc--compact") == 3
        assert "data-role=\"schedule\"" not in content and "<svg data-role" not in content


def section(html, heading_id):
    """The HTML from the heading with `heading_id` to the next heading of the same level."""
    match = re.search(rf'<(h[1-6]) id="{heading_id}"', html)
    assert match, f"no heading #{heading_id}"
    rest = html[match.end():]
    end = re.search(rf"<{match.group(1)}[ >]", rest)
    return rest[: end.start() if end else len(rest)]


def test_home_triage_links_land_on_the_section_that_answers(site):
    """Home, "what is most urgent right now?": seven situations, each linked to the exact
    section (an id on the target page) in the reader's language."""
    for lang in ("zh", "en"):
        prefix = "en/" if lang == "en" else ""
        triage = section(main_content(built(site, "index.md", lang)), "most-urgent")
        cards = re.findall(r"<li>(.*?)</li>", triage, flags=re.S)
        assert len(cards) == 7, f"{lang}: {len(cards)} situations"
        for card in cards:
            links = [link for link in Page(card).links if not link.startswith("#")]
            assert links, f"{lang}: a situation without a link: {card[:80]}"
            for link in links:
                parts = urlsplit(link)
                assert parts.fragment, f"{lang}: {link} names no section"
                target = site.root / prefix / site_relative(link, ".") / "index.html"
                assert target.is_file(), f"{lang}: {link} leads nowhere"
                assert parts.fragment in Page(target.read_text(encoding="utf-8")).ids, (
                    f"{lang}: {link} has no #{parts.fragment}"
                )


BLANK = re.compile(r"_{4,}")  # a fill-in blank, as the toolkit's forms write it: ________


@pytest.mark.parametrize("src", list(pairs()))
def test_fill_in_blanks_reach_the_page(site, src):
    """Two blanks in one paragraph can pair up as Markdown emphasis: both vanish and the words
    between them turn bold. Escaped underscores (\\_) keep them."""
    for lang, name in (("zh", src), ("en", src[: -len(".md")] + ".en.md")):
        blanks = len(BLANK.findall((DOCS / name).read_text(encoding="utf-8").replace("\\_", "_")))
        content = main_content(built(site, src, lang))
        assert len(BLANK.findall(content)) == blanks, f"{name}: blanks lost on the page"
        assert not re.search(r"<(strong|em)>[^<]*_{2}", content), f"{name}: a blank turned into emphasis"
