"""The build itself: strict and silent, every page in both languages, languages at the right roots."""

import re

from conftest import DOCS


def test_build_prints_no_warning(site):
    noisy = [line for line in site.log.splitlines() if re.search(r"\b(WARNING|ERROR)\b", line)]
    assert noisy == []


def test_every_page_has_its_twin():
    sources = sorted(DOCS.rglob("*.md"))
    assert sources, "no pages at all"
    for md in sources:
        name = md.name
        twin = (
            md.with_name(name[: -len(".en.md")] + ".md")
            if name.endswith(".en.md")
            else md.with_name(name[:-3] + ".en.md")
        )
        assert twin.exists(), f"{md.relative_to(DOCS)} has no twin {twin.relative_to(DOCS)}"


def html_lang(site, rel):
    html = (site.root / rel / "index.html").read_text(encoding="utf-8")
    return re.search(r'<html lang="([^"]+)"', html).group(1)


def test_root_is_chinese_and_en_is_english(site):
    assert html_lang(site, "").startswith("zh")
    assert html_lang(site, "en").startswith("en")


def test_every_built_page_is_in_its_language(site):
    pages = [p for p in site.pages() if p.endswith("/") or p == ""]
    assert len(pages) >= 2
    for rel in pages:
        expected = "en" if rel.startswith("en/") or rel == "en/" else "zh"
        assert html_lang(site, rel).startswith(expected), rel
