"""Search, as a reader uses it: queries typed into the search box in Chromium, each answered by
the page (or section) that answers it among the first three results, in the page's language.

QUERIES is the one list to extend: what a frightened debtor, a collector trainee or a trainer
would type, and where the answer is. An answer is a page path ("guides/six-steps/") or a
section ("guides/six-steps/#step-3"): the page's result must be among the first three and,
for a section, list that section. Where two pages answer equally, list both.

Not here, because Material 9.8.2's search worker cannot answer them (no fix short of forking
its bundle): a Chinese query that starts with a stop word (被威胁, 和银行协商) finds nothing.
The worker splits a Chinese query into words of the index; a stop word (被, 和) is no word of
the index, so the query is searched whole and matches no word.
"""

import json
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest

from browser import watch
from conftest import DOCS
from pairs import split_front_matter


@dataclass(frozen=True)
class Query:
    text: str
    answers: tuple  # page paths relative to the language's root, "page/#section" for a section
    who: str  # debtor, collector (trainee) or trainer: whose question it is


def q(text, *answers, who="debtor"):
    return Query(text, answers, who)


# The course's module pages (docs/trainers/): any of them answers a query for a module's parts.
MODULES = (
    "six-steps", "abusive-calls", "collector-career", "collector-conduct", "calculators", "toolkit",
    "scams", "court", "family",
)
MODULE_PAGES = tuple(f"trainers/{m}/" for m in MODULES)

QUERIES = {
    "zh": [
        # A debtor.
        q("协商还款", "guides/six-steps/#step-3"),
        q("逾期了怎么办", "guides/six-steps/"),
        q("违约金", "calculators/overdue-fees/"),
        q("逾期 利息", "calculators/overdue-fees/"),
        q("复利", "calculators/overdue-fees/"),
        q("分期 手续费", "calculators/instalment/"),
        q("年化利率", "calculators/instalment/#why-apr"),
        q("个性化分期", "guides/six-steps/#personalised-instalment", "toolkit/call-script/#personalised-instalments"),
        q("还款协议", "toolkit/agreement-checklist/", "guides/six-steps/#step-4"),
        q("修复信用", "guides/six-steps/#step-6"),
        q("还款能力", "calculators/budget/", "guides/six-steps/#step-2"),
        q("还款方案", "calculators/offer/", "guides/six-steps/#step-3"),
        q("申请书", "toolkit/proposal-letter/"),
        q("征信", "guides/six-steps/#credit-report"),
        q("催收电话 难听", "guides/abusive-calls/"),
        q("威胁", "guides/abusive-calls/#what-crosses-the-line", "guides/collector-conduct/#no-violence-or-threats"),
        q("保留证据", "guides/abusive-calls/#keep-evidence", "toolkit/call-log/#as-evidence"),
        q("12378", "guides/abusive-calls/#complain-to-regulators", "toolkit/complaint-letter/#where-to-complain"),
        q("12363", "guides/abusive-calls/#complain-to-regulators", "toolkit/complaint-letter/#where-to-complain"),
        q("投诉 银行", "guides/abusive-calls/#complain-to-the-bank", "toolkit/complaint-letter/"),
        q("投诉信", "toolkit/complaint-letter/"),
        q("电话话术", "toolkit/call-script/"),
        q("通话记录", "toolkit/call-log/"),
        q("免责声明", "reference/disclaimer/"),
        # A collector or a trainee.
        q("催收员 职业", "guides/collector-career/", who="collector"),
        q("催收工作", "guides/collector-career/", who="collector"),
        q("业绩 压力", "guides/collector-career/#pressure-and-hard-calls", who="collector"),
        q("行为规范", "guides/collector-conduct/", who="collector"),
        q("催收时间", "guides/collector-conduct/#hours-and-frequency", who="collector"),
        q("催收记录 保存", "guides/collector-conduct/#records", who="collector"),
        q("应当避免的说法", "guides/collector-conduct/#phrases-to-avoid", who="collector"),
        # A trainer.
        q("培训", "trainers/", who="trainer"),
        q("讨论题", *MODULE_PAGES, who="trainer"),
        q("自测题", *MODULE_PAGES, who="trainer"),
        q("角色扮演", "trainers/cases/", who="trainer"),
        q("观察员清单", "trainers/cases/", who="trainer"),
        q("学习记录", "trainers/record/", who="trainer"),
        q("术语", "reference/glossary/", who="trainer"),
        q("培训路线", "trainers/#track", who="trainer"),
        q("计算器 链接", "trainers/calculators/#calculators-share", "trainers/#calculators-share",
          "calculators/instalment/#share", who="trainer"),
    ],
    "en": [
        # A debtor.
        q("negotiate with the bank", "guides/six-steps/#step-3", "toolkit/call-script/"),
        q("card overdue what now", "guides/six-steps/"),
        q("late fee", "calculators/overdue-fees/"),
        q("compound interest", "calculators/overdue-fees/"),
        q("APR", "calculators/instalment/#why-apr"),
        q("instalment plan", "calculators/instalment/"),
        q("what can I pay each month", "calculators/budget/", "guides/six-steps/#step-2"),
        q("repayment offer", "calculators/offer/", "guides/six-steps/#step-3"),
        q("proposal letter", "toolkit/proposal-letter/"),
        q(
            "personalised instalment",
            "guides/six-steps/#personalised-instalment",
            "guides/collector-conduct/#personalised-instalment",
        ),
        q("repayment agreement", "toolkit/agreement-checklist/", "guides/six-steps/#step-4"),
        q("rebuild credit", "guides/six-steps/#step-6"),
        q("credit report", "guides/six-steps/#step-6"),
        q("abusive call", "guides/abusive-calls/"),
        q("threats", "guides/abusive-calls/#what-crosses-the-line", "guides/collector-conduct/#no-violence-or-threats"),
        q("keep evidence", "guides/abusive-calls/#keep-evidence", "toolkit/call-log/#as-evidence"),
        q("12378", "guides/abusive-calls/#complain-to-regulators", "toolkit/complaint-letter/#where-to-complain"),
        q("12363", "guides/abusive-calls/#complain-to-regulators", "toolkit/complaint-letter/#where-to-complain"),
        q("complain to the bank", "guides/abusive-calls/#complain-to-the-bank", "toolkit/complaint-letter/"),
        q("complaint letter", "toolkit/complaint-letter/"),
        q("supervisor", "guides/abusive-calls/#ask-for-supervisor"),
        q("phone script", "toolkit/call-script/"),
        q("call log", "toolkit/call-log/"),
        q("disclaimer", "reference/disclaimer/"),
        # A collector or a trainee.
        q("debt collector job", "guides/collector-career/", who="collector"),
        q("collection pressure", "guides/collector-career/#pressure-and-hard-calls", who="collector"),
        q("rules of conduct", "guides/collector-conduct/", who="collector"),
        q("calling hours", "guides/collector-conduct/#hours-and-frequency", who="collector"),
        q("phrases to avoid", "guides/collector-conduct/#phrases-to-avoid", who="collector"),
        # A trainer.
        q("trainer", "trainers/", who="trainer"),
        q("discussion questions", *MODULE_PAGES, who="trainer"),
        q("self-check", *MODULE_PAGES, who="trainer"),
        q("role-play cases", "trainers/cases/", who="trainer"),
        q("observer's checklist", "trainers/cases/", who="trainer"),
        q("completion record", "trainers/record/", who="trainer"),
        q("glossary", "reference/glossary/", who="trainer"),
        q("training track", "trainers/#track", who="trainer"),
        q("share a calculator scenario", "trainers/calculators/#calculators-share", "trainers/#calculators-share",
          "calculators/instalment/#share", who="trainer"),
    ],
}

TOP = 3
ROOT = {"zh": "", "en": "en/"}  # where each language's pages are, below the site root

# Marks the result list before a query; Material empties the list when it renders the
# results of the new query, so the mark's going means this query's results are shown.
_MARK = (
    "() => { const li = document.createElement('li'); li.dataset.probe = '1';"
    " document.querySelector('.md-search-result__list').append(li) }"
)
_ITEMS = """() => [...document.querySelectorAll('.md-search-result__list > .md-search-result__item')]
    .map(li => [...li.querySelectorAll('a.md-search-result__link')].map(a => a.href))"""


def search(page, text):
    """Types `text` into the search box as a reader does; the result items, each its links
    (the page first, then its sections), best first."""
    page.evaluate(_MARK)
    page.fill(".md-search__input", text)
    page.press(".md-search__input", "End")  # fill() alone fires no keyup for Chinese
    page.wait_for_function("() => !document.querySelector('.md-search-result__list > [data-probe]')", timeout=10000)
    return page.evaluate(_ITEMS)


def target(href, site_url):
    """A result link as a path below the site root, with its #section."""
    parts = urlsplit(href)
    path = parts.path[len(urlsplit(site_url).path):]
    return path + (f"#{parts.fragment}" if parts.fragment else "")


def answered(items, answer, lang):
    """Whether `answer` (a QUERIES answer in `lang`) is among the first TOP items."""
    page, _, section = (ROOT[lang] + answer).partition("#")
    for links in items[:TOP]:
        if links and links[0].split("#")[0] == page:
            return not section or f"{page}#{section}" in links
    return False


def in_language(path, lang):
    english = path.startswith(ROOT["en"])
    return english if lang == "en" else not english


@pytest.fixture(scope="module")
def results(site, browser):
    """lang -> [(query, its result items as paths below the site root)], every query typed on one page per language."""
    context = browser.new_context()
    found, trouble = {}, []
    for lang, queries in QUERIES.items():
        page = context.new_page()
        trouble += watch(page)
        page.goto(site.url + ROOT[lang], wait_until="networkidle")
        page.click(".md-search__input")
        found[lang] = []
        for query in queries:
            items = search(page, query.text)
            found[lang].append((query, [[target(h, site.url) for h in links] for links in items]))
        page.close()
    context.close()
    assert trouble == []
    return found


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_readers_queries_find_the_answer_in_the_top_three(results, lang):
    assert len(QUERIES[lang]) >= 20
    missed = []
    for query, items in results[lang]:
        if not any(answered(items, a, lang) for a in query.answers):
            top = [links[0] if links else "?" for links in items[:TOP]]
            missed.append(f"{query.text!r} ({query.who}): wanted {' or '.join(query.answers)}, top {TOP}: {top}")
    assert not missed, f"{len(missed)} of {len(QUERIES[lang])} {lang} queries missed:\n" + "\n".join(missed)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_results_are_in_the_pages_language_only(results, lang):
    """Every result of every query leads to a page of the language searched in."""
    other = [t for _, items in results[lang] for links in items for t in links if not in_language(t, lang)]
    assert other == [], f"{lang} search lists pages of the other language: {other[:5]}"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_headings_only_pages_keep_titles_and_drop_section_text(site, lang):
    """A page marked `search_headings_only` (the sources, the trainers' notes, the formulas) is
    found by its headings, and its sections' text stays out of its language's index; every
    other page keeps its text."""
    marked = {
        md.relative_to(DOCS).as_posix()[: -len(".md")].removesuffix("/index")
        for md in DOCS.rglob("*.md")
        if not md.name.endswith(".en.md") and split_front_matter(md.read_text(encoding="utf-8"))[0].get(
            "search_headings_only"
        )
    }
    course = {f"trainers/{m}" for m in (*MODULES, "cases", "record")}
    assert {"reference/sources", "trainers", "reference/how-calculators-work", *course} <= marked
    index = json.loads((site.root / ("en/" if lang == "en" else "") / "search/search_index.json").read_text("utf-8"))
    by_page = {}
    for doc in index["docs"]:
        page, _, section = doc["location"].partition("#")
        by_page.setdefault(page.rstrip("/"), []).append((section, doc))
    for page in marked:
        sections = [(s, d) for s, d in by_page[page] if s]
        assert len(sections) >= 3, page
        assert all(d["title"] and d["text"] == "" for _, d in sections), page
    others = [d for page, docs in by_page.items() if page not in marked for s, d in docs if s]
    assert sum(1 for d in others if d["text"]) >= 0.9 * len(others)
