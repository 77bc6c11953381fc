"""The built site in Chromium: the language switcher and the no-other-host rule."""

from urllib.parse import urlsplit

import pytest

from conftest import DOCS

OUR_SCRIPTS = {f.name for f in (DOCS / "assets" / "javascripts").glob("*.js")}


def pages_below_home(site):
    """Chinese pages other than the home page, each with its English twin's path."""
    zh = [p for p in site.pages() if p.endswith("/") and not p.startswith("en/")]
    return [(p, "en/" + p) for p in zh if p]


def open_language(page, locale):
    """Opens the header's language menu and follows the link to `locale`."""
    page.hover(".md-header .md-select")
    page.click(f'.md-header .md-select a[hreflang="{locale}"]')
    page.wait_for_load_state("load")


def test_language_switcher_keeps_the_page_both_ways(site, page):
    pairs = pages_below_home(site)
    assert pairs, "the site has no page below the home page"
    for zh, en in pairs:
        page.goto(site.url + zh)
        open_language(page, "en")
        assert page.url == site.url + en
        assert page.locator("html").get_attribute("lang").startswith("en")
        open_language(page, "zh")
        assert page.url == site.url + zh
        assert page.locator("html").get_attribute("lang").startswith("zh")


@pytest.fixture(scope="module")
def visits(site, browser):
    """Every built page opened once: rel -> the URLs it requested, and its first calculator figure
    (None where the page shows no calculator)."""
    context = browser.new_context()
    page = context.new_page()
    requested = []
    page.on("request", lambda r: requested.append(r.url))
    found = {}
    for rel in site.pages():
        requested.clear()
        page.goto(site.url + rel, wait_until="networkidle")
        figure = page.locator("[data-calculator] [data-out]")
        found[rel] = (list(requested), figure.first.get_attribute("data-value") if figure.count() else None)
    context.close()
    return found


def test_pages_request_nothing_from_another_host(site, visits):
    origin = urlsplit(site.url).netloc
    assert len(visits) >= 2
    for rel, (requested, _) in visits.items():
        assert requested, f"{rel}: no request recorded"
        foreign = [u for u in requested if urlsplit(u).scheme not in ("data", "blob") and urlsplit(u).netloc != origin]
        assert foreign == [], f"{rel} requested {foreign}"


def test_only_pages_with_a_calculator_load_its_scripts(visits):
    """hooks/calculator_scripts.py: phones fetch the calculators' code only where one is shown."""
    assert {"calculators.js", "finance.js"} <= OUR_SCRIPTS
    with_calculator = []
    for rel, (requested, figure) in visits.items():
        ours = {urlsplit(u).path.rsplit("/", 1)[1] for u in requested} & OUR_SCRIPTS
        if figure is not None:
            with_calculator.append(rel)
            assert {"calculators.js", "finance.js"} <= ours, f"{rel}: {ours}"
            # The proposal letter and the checklist's plan box, opened without a plan's link: no figure yet.
            blank = rel.endswith(("toolkit/proposal-letter/", "toolkit/agreement-checklist/"))
            assert figure or blank, f"{rel}: the calculator shows no figure"
        else:
            assert ours == set(), f"{rel} loads {ours} but shows no calculator"
    assert {"calculators/instalment/", "en/calculators/overdue-fees/", "guides/six-steps/"} <= set(with_calculator)
    assert len(with_calculator) < len(visits) / 2


def test_each_page_fetches_its_own_languages_search_index_only(site, visits):
    """hooks/search_index.py: a Chinese page fetches search/search_index.json, an English page
    en/search/search_index.json; none fetches the other language's (nor a combined one). The
    404 page is Chinese, the default language."""
    root = urlsplit(site.url).path
    indexes = {"zh": root + "search/search_index.json", "en": root + "en/search/search_index.json"}
    for rel, (requested, _) in visits.items():
        lang = "en" if rel.startswith("en/") else "zh"
        fetched = [urlsplit(u).path for u in requested if urlsplit(u).path.endswith("search_index.json")]
        assert fetched == [indexes[lang]], f"{rel} ({lang}) fetched {fetched}"
