"""The glossary: one data file, a table in each language, and tooltips on every page."""

import html
import re
from types import SimpleNamespace

import pytest

from conftest import DOCS
from macros import glossary

ENTRIES = glossary.load()
FACTS = glossary.load_facts()
# Python-Markdown's own pattern for an abbreviation line (AbbrBlockprocessor), anchored.
ABBR_DEF = re.compile(r"^\*\[(?P<term>[^\]\\]+)\]: (?P<title>\S[^\n]*)$")
ABBR_TAG = re.compile(r'<abbr title="(?P<title>[^"]*)">(?P<text>[^<]*)</abbr>')
HEADING_ID = re.compile(r"^#{2,3} .* \{ #(?P<id>[a-z0-9-]+) \}$", re.MULTILINE)


def test_every_entry_has_every_field():
    assert len(ENTRIES) >= 20
    for entry in ENTRIES:
        for field in glossary.FIELDS:
            assert isinstance(entry.get(field), str) and entry[field].strip(), (entry.get("id"), field)
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", entry["id"]), entry["id"]
    ids = [e["id"] for e in ENTRIES]
    assert len(ids) == len(set(ids))


def test_the_brief_terms_are_all_there():
    zh = {t for e in ENTRIES for t in glossary.terms(e, "zh")}
    for term in ["逾期", "最低还款额", "违约金", "滞纳金", "超限费", "分期手续费", "年化利率", "复利", "免息期",
                 "全额计息", "个性化分期还款", "停息挂账", "征信", "信用报告", "容时", "容差", "催收",
                 "账单日", "到期还款日", "等额本息", "等额本金"]:
        assert term in zh, term


def test_definitions_quote_figures_from_facts():
    for entry in ENTRIES:
        for lang in glossary.LANGS:
            text = glossary.definition(entry, lang, FACTS)
            assert "{" not in text and "}" not in text, (entry["id"], lang, text)
    late_fee = next(e for e in ENTRIES if e["id"] == "late-fee")
    assert FACTS["late_fee_rate_common"] in glossary.definition(late_fee, "zh", FACTS)


def table_rows(lang):
    lines = glossary.table(lang).strip().splitlines()
    assert lines[1] == "| --- | --- |", lang
    return lines[2:]


def test_tables_have_one_row_per_entry_in_both_languages():
    zh, en = table_rows("zh"), table_rows("en")
    assert len(zh) == len(en) == len(ENTRIES)
    for row_zh, row_en, entry in zip(zh, en, ENTRIES):
        assert f"{{ #{entry['id']} }}" in row_zh and f"{{ #{entry['id']} }}" in row_en
        assert row_zh.count(" | ") == row_en.count(" | ") == 1
        assert row_zh.count("](sources.md#") == row_en.count("](sources.md#")


def test_unknown_language_fails():
    with pytest.raises(ValueError):
        glossary.table("fr")
    with pytest.raises(ValueError):
        glossary.abbreviations("fr")


@pytest.mark.parametrize("lang", glossary.LANGS)
def test_abbreviation_lines_are_well_formed(lang):
    lines = glossary.abbreviations(lang)
    terms = []
    for line in lines:
        m = ABBR_DEF.match(line)
        assert m, line
        assert m.group("title").strip() not in ("''", '""'), line  # would delete the abbreviation
        terms.append(m.group("term"))
    assert len(terms) == len(set(terms)), "a term is defined twice"
    for entry in ENTRIES:
        title = glossary.definition(entry, lang, FACTS)
        # Chinese terms on both languages' pages; English ones on English pages; definitions in the page's language.
        for term in glossary.terms(entry, "zh"):
            assert f"*[{term}]: {title}" in lines
        if lang == "en" and entry.get("tip_en") != []:
            assert f"*[{entry['en'].split(' / ')[0].split(' (')[0]}]: {title}" in lines
        for term in glossary.terms(entry, lang):
            assert f"*[{term}]: {title}" in lines
    if lang == "en":
        # Too common to underline on every English line; its Chinese term keeps the tooltip.
        assert not any(line.startswith(("*[overdue]", "*[Overdue]")) for line in lines)
    if lang == "zh":
        assert not any(re.search(r"\*\[[A-Za-z]", line) for line in lines), "English terms on Chinese pages"


def test_on_post_page_macros_appends_the_page_languages_lines():
    import macros

    for lang in glossary.LANGS:
        env = SimpleNamespace(conf={"theme": {"language": lang}}, markdown="# 标题\n\n正文\n")
        macros.on_post_page_macros(env)
        head, tail = env.markdown.split("\n\n*[", 1)
        assert head == "# 标题\n\n正文"
        assert ("*[" + tail).splitlines() == glossary.abbreviations(lang)


def test_every_source_cited_is_on_the_sources_page():
    for name in ("sources.md", "sources.en.md"):
        ids = set(HEADING_ID.findall((DOCS / "reference" / name).read_text(encoding="utf-8")))
        assert set(glossary.SOURCE_LABELS) <= ids, (name, set(glossary.SOURCE_LABELS) - ids)


# On the built site.


def abbrs(page):
    return [(html.unescape(m.group("title")), html.unescape(m.group("text"))) for m in ABBR_TAG.finditer(page)]


def known_pairs(lang):
    """(definition, term) pairs the glossary can put on a page in `lang`."""
    return {(glossary.definition(e, lang, FACTS), t) for e in ENTRIES for t in glossary.terms(e, lang)}


def check_guides_show_tooltips(root):
    for lang, prefix in (("zh", ""), ("en", "en/")):
        assert sorted((root / prefix / "guides").glob("*/index.html")), f"no guide pages under {prefix}guides/"
        page = (root / prefix / "guides" / "six-steps" / "index.html").read_text(encoding="utf-8")
        found = abbrs(page)
        assert found, f"{prefix}guides/six-steps/ shows no <abbr title=…>"
        # Only glossary terms, each with its definition in the page's language.
        assert set(found) <= known_pairs(lang), set(found) - known_pairs(lang)


def check_tooltips_break_nothing(root):
    pages = sorted(root.rglob("*.html"))
    assert any("<abbr" in p.read_text(encoding="utf-8") for p in pages)
    for html_file in pages:
        page = html_file.read_text(encoding="utf-8")
        rel = html_file.relative_to(root).as_posix()
        # Only in the page's content: never in <head> (title), the navigation or the table of contents.
        content = re.findall(r"<article class=\"md-content__inner[^\"]*\">.*?</article>", page, flags=re.S)
        assert page.count("<abbr") == sum(c.count("<abbr") for c in content), rel
        # Never inside code.
        assert not re.search(r"<code>[^<]*<abbr", page), rel
        # A heading holding a term keeps its id and its permalink; its link text stays plain in the TOC.
        for m in re.finditer(r'<h([1-6]) id="([^"]+)"[^>]*>(.*?)</h\1>', page, flags=re.S):
            if "<abbr" in m.group(3):
                assert f'class="headerlink" href="#{m.group(2)}"' in m.group(3), (rel, m.group(2))


def check_glossary_rows_are_anchors(root):
    for prefix in ("", "en/"):
        page = (root / prefix / "reference" / "glossary" / "index.html").read_text(encoding="utf-8")
        for entry in ENTRIES:
            assert f'id="{entry["id"]}"' in page, (prefix, entry["id"])
        assert page.count("<tr>") == len(ENTRIES) + 1


def test_guide_pages_show_tooltips(site):
    check_guides_show_tooltips(site.root)
    # The Chinese guide shows at least one Chinese term with its Chinese definition.
    zh = abbrs((site.root / "guides" / "six-steps" / "index.html").read_text(encoding="utf-8"))
    assert any(text == "违约金" for _, text in zh)
    en = abbrs((site.root / "en" / "guides" / "six-steps" / "index.html").read_text(encoding="utf-8"))
    assert any(text.lower().startswith("late fee") for _, text in en)


def test_tooltips_break_no_heading_link_or_code(site):
    check_tooltips_break_nothing(site.root)


def test_glossary_rows_are_link_targets(site):
    check_glossary_rows_are_anchors(site.root)
