"""The 404 page in each language: Chinese at the site root, English at en/404.html, each with
the way home, a search form, and the other language's home page (overrides/404.html,
hooks/not_found.py). tests/static_server.py serves the nearest 404.html, as Cloudflare Pages does."""

import re
from urllib.parse import urlsplit

import pytest

from browser import watch

NOT_FOUND = {
    "zh": {"file": "404.html", "home": "", "other": "en/", "h1": "找不到这个页面", "query": "分期"},
    "en": {"file": "en/404.html", "home": "en/", "other": "", "h1": "Page not found", "query": "instalment"},
}


def attr(html, pattern):
    found = re.search(pattern, html)
    assert found, pattern
    return found.group(1)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_each_language_has_its_404_page_with_home_and_search(site, lang):
    want = NOT_FOUND[lang]
    html = (site.root / want["file"]).read_text(encoding="utf-8")
    base = urlsplit(site.url).path  # "/": the pages' links are absolute paths
    assert attr(html, r'<html lang="([^"]+)"').startswith(lang)
    assert f'<h1 id="not-found">{want["h1"]}</h1>' in html
    assert attr(html, r'<a [^>]*href="([^"]*)" data-role="home"') == base + want["home"]
    assert attr(html, r'<form class="not-found-search" action="([^"]*)"') == base + want["home"]
    assert re.search(r'<input id="not-found-query" type="search" name="q"', html)
    assert attr(html, r'data-role="other-language">.*?<a href="([^"]*)"') == base + want["other"]
    # The language menu leads to the other language's home, not to some page built before.
    menu = dict(re.findall(r'<a href="([^"]*)" hreflang="([^"]+)" class="md-select__link">', html))
    assert sorted(menu) == sorted([base + want["home"], base + want["other"]])


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_missing_page_shows_its_languages_404_and_search_finds_pages(site, page, lang):
    want = NOT_FOUND[lang]
    trouble = watch(page)
    failed = []
    page.on("response", lambda r: r.status >= 400 and failed.append(r.url))
    missing = f"{site.url}{want['home']}no-such-page/"
    response = page.goto(missing)
    assert response.status == 404
    assert page.locator("h1").inner_text() == want["h1"]
    page.fill("#not-found-query", want["query"])
    page.click(".not-found-search button")
    page.wait_for_selector(".md-search-result__item", timeout=10_000)
    assert urlsplit(page.url).path == urlsplit(site.url).path + want["home"]
    assert page.locator(".md-search-result__item").count() >= 1
    page.goto(missing)
    page.click("[data-role=home]")
    assert urlsplit(page.url).path == urlsplit(site.url).path + want["home"]
    # Nothing failed but the missing page itself (Chromium logs its 404 on the console).
    assert failed == [missing, missing]
    assert [t for t in trouble if "status of 404" not in t] == []
