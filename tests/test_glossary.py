"""The glossary: one data file, a table in each language, and tooltips on every page."""

import html
import re
from types import SimpleNamespace

import markdown
import pytest

import sections
from conftest import DOCS
from hooks.glossary_tooltips import GlossaryTooltips
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
    for row_zh, row_en, entry in zip(zh, en, ENTRIES, strict=True):
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
    if lang == "zh":
        assert not any(re.search(r"\*\[[A-Za-z]", line) for line in lines), "English terms on Chinese pages"


def test_on_post_page_macros_appends_the_page_languages_lines():
    import macros

    for lang in glossary.LANGS:
        env = SimpleNamespace(
            conf={"theme": {"language": lang}}, markdown="# 标题\n\n正文\n", page=SimpleNamespace(meta={})
        )
        macros.on_post_page_macros(env)
        head, tail = env.markdown.split("\n\n*[", 1)
        assert head == "# 标题\n\n正文"
        # One block per definition (a blank line between): the abbr extension parses a block of
        # them all again for every term.
        assert ("*[" + tail).rstrip("\n").split("\n\n") == glossary.abbreviations(lang)
        # The glossary page prints every definition already: `tooltips: false`.
        env = SimpleNamespace(
            conf={"theme": {"language": lang}}, markdown="正文\n", page=SimpleNamespace(meta={"tooltips": False})
        )
        macros.on_post_page_macros(env)
        assert env.markdown == "正文\n"


def render(text, terms):
    """Markdown as the site renders it: abbr reads the definitions, the hook places them;
    pymdownx.details makes the site's folds (`??? note "title"`)."""
    defs = "\n".join(f"*[{term}]: {title}" for term, title in terms.items())
    md = markdown.Markdown(extensions=["abbr", "attr_list", "pymdownx.details", GlossaryTooltips()])
    return md.convert(f"{text}\n\n{defs}\n")


ZH_TERMS = {"违约金": "逾期时收取的费用", "催收": "追讨欠款", "最低还款额": "每期至少要还的金额"}
EN_TERMS = {"late fee": "A fee for paying late", "late fees": "A fee for paying late", "APR": "Annual rate"}


def test_a_chinese_term_in_running_text_gets_its_tooltip():
    out = render("银行会收取违约金的，也会催收。", ZH_TERMS)
    assert out == ('<p>银行会收取<abbr title="逾期时收取的费用">违约金</abbr>的，'
                   '也会<abbr title="追讨欠款">催收</abbr>。</p>')


def test_only_the_first_use_in_each_section_gets_the_tooltip():
    out = render("催收很累。催收也要守规矩。\n\n- 催收员\n\n## 第二节 { #two }\n\n又是催收。\n\n"
                 "### 小节\n\n还是催收。", ZH_TERMS)
    assert out.count('<abbr title="追讨欠款">催收</abbr>') == 2
    first, second = out.split('<h2 id="two">')
    assert first.count("<abbr") == 1 and first.index("<abbr") < first.index("也要")
    assert second.count("<abbr") == 1 and second.index("<abbr") < second.index("小节")


def test_forms_of_one_definition_count_as_one_and_the_longest_term_wins():
    out = render("Late fees add up. A late fee is charged again.", {**EN_TERMS, "Late fees": "A fee for paying late"})
    assert out == '<p><abbr title="A fee for paying late">Late fees</abbr> add up. A late fee is charged again.</p>'
    assert (
        render("最低还款额是多少", {"最低还款额": "x", "还款": "y"}) == '<p><abbr title="x">最低还款额</abbr>是多少</p>'
    )


def test_a_term_inside_a_documents_title_is_left_alone():
    out = render("依据《违约金管理办法》，银行可以收取违约金。", ZH_TERMS)
    assert out == '<p>依据《违约金管理办法》，银行可以收取<abbr title="逾期时收取的费用">违约金</abbr>。</p>'


def test_latin_terms_match_whole_words_only():
    assert "<abbr" not in render("APRs and late feeds, TAPR.", EN_TERMS)
    assert render("年化APR约13%", EN_TERMS) == '<p>年化<abbr title="Annual rate">APR</abbr>约13%</p>'


def test_headings_links_code_and_raw_html_stay_plain():
    out = render(
        "# 违约金\n\n`违约金`\n\n<div>违约金</div>\n\n    违约金\n\n见[违约金说明](x.md)。\n\n**违约金**", ZH_TERMS
    )
    assert out.count("<abbr") == 1
    assert "<h1>违约金</h1>" in out and "<div>违约金</div>" in out and '<a href="x.md">违约金说明</a>' in out
    assert out.endswith('<p><strong><abbr title="逾期时收取的费用">违约金</abbr></strong></p>')


def test_no_tooltip_inside_a_fold_title():
    """A fold's title (<summary>) opens the fold when tapped: a tooltip there would steal the tap."""
    out = render('??? note "违约金怎么算"\n\n    违约金按未还部分计算。', ZH_TERMS)
    assert "<summary>违约金怎么算</summary>" in out
    # The fold's body is running text: the term gets its tooltip there.
    assert out.count("<abbr") == 1
    assert '<p><abbr title="逾期时收取的费用">违约金</abbr>按' in out


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


def page_content(page):
    """The page's content article, whole: it may hold articles of its own (the proposal letter)."""
    start = page.find('<article class="md-content__inner')
    if start < 0:
        return ""
    depth = 0
    for tag in re.finditer(r"<(/?)article\b", page[start:]):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return page[start : start + tag.end()]
    raise AssertionError("the content article is never closed")


def check_tooltips_break_nothing(root):
    pages = sorted(root.rglob("*.html"))
    assert any("<abbr" in p.read_text(encoding="utf-8") for p in pages)
    for html_file in pages:
        page = html_file.read_text(encoding="utf-8")
        rel = html_file.relative_to(root).as_posix()
        # Only in the page's content: never in <head> (title), the navigation or the table of contents.
        content = page_content(page)
        assert page.count("<abbr") == content.count("<abbr"), rel
        # Never inside code.
        assert not re.search(r"<code>[^<]*<abbr", page), rel
        # Headings, links and folds' summaries stay plain.
        for tag in ("h[1-6]", "a", "summary"):
            assert not re.search(rf"<{tag}[ >](?:(?!</{tag}>).)*<abbr", page, flags=re.S), (rel, tag)
        # Never inside a document's title: 《征信业管理条例》.
        assert not re.search(r"《[^《》]*<abbr", page), rel
        # Each definition at most once per section: the page top, then each <h2>.
        for article in content:
            for section in re.split(r"<h2[ >]", article):
                titles = [title for title, _ in abbrs(section)]
                assert len(titles) == len(set(titles)), (rel, sorted(t for t in titles if titles.count(t) > 1))


def check_glossary_rows_are_anchors(root):
    for prefix in ("", "en/"):
        page = (root / prefix / "reference" / "glossary" / "index.html").read_text(encoding="utf-8")
        assert "<abbr" not in page, "the glossary repeats its own definitions as tooltips"
        for entry in ENTRIES:
            assert f'id="{entry["id"]}"' in page, (prefix, entry["id"])
        assert page.count("<tr>") == len(ENTRIES) + 1


def test_guide_pages_show_tooltips(site):
    check_guides_show_tooltips(site.root)
    # The Chinese guide shows at least one Chinese term with its Chinese definition.
    zh = abbrs((site.root / "guides" / "six-steps" / "index.html").read_text(encoding="utf-8"))
    assert any(text == "违约金" for _, text in zh)
    # Chinese terms inside running Chinese text too, where word boundaries never fall.
    page = (site.root / "guides" / "six-steps" / "index.html").read_text(encoding="utf-8")
    assert re.search(r"[\u4e00-\u9fff]<abbr [^>]*>[^<]*</abbr>[\u4e00-\u9fff]", page)
    # Every step (a trainer's deep link) shows tooltips of its own.
    for n in range(1, 7):
        assert abbrs(sections.section(page, f"step-{n}")), f"step-{n} has no tooltip"
    en = abbrs((site.root / "en" / "guides" / "six-steps" / "index.html").read_text(encoding="utf-8"))
    # 违约金 in English is "late-payment penalty" (glossary.yml), never "late fee".
    assert any(text.lower().startswith("late-payment penalt") for _, text in en)


def test_tooltips_break_no_heading_link_or_code(site):
    check_tooltips_break_nothing(site.root)


def test_glossary_rows_are_link_targets(site):
    check_glossary_rows_are_anchors(site.root)


# In the browser: the definition shows on hover (computer) and on tap (phone).


@pytest.mark.parametrize("lang", glossary.LANGS)
@pytest.mark.parametrize("device", ["computer", "phone"])
def test_a_term_shows_its_definition_on_hover_or_tap(site, browser, lang, device):
    phone = {"viewport": {"width": 390, "height": 800}, "has_touch": True, "is_mobile": True}
    context = browser.new_context(**(phone if device == "phone" else {}))
    page = context.new_page()
    page.goto(site.url + ("en/" if lang == "en" else "") + "guides/six-steps/#step-3")
    term = page.locator("#step-3 ~ p abbr").first
    term.scroll_into_view_if_needed()
    title = term.get_attribute("title")
    assert (title, term.inner_text()) in known_pairs(lang)
    tip = page.locator(".md-tooltip2--active")
    assert tip.count() == 0
    term.tap() if device == "phone" else term.hover()
    tip.wait_for(state="visible")
    assert tip.inner_text().strip() == title
    context.close()


def test_page_content_keeps_nested_articles_and_stops_at_its_own_end():
    """Protects the tooltip check above: a letter inside the content does not end the content."""
    page = (
        '<nav><abbr>n</abbr></nav><article class="md-content__inner md-typeset"><article class="letter">'
        "<p>letter</p></article><abbr>after</abbr></article><footer><abbr>f</abbr></footer>"
    )
    content = page_content(page)
    assert content.count("<abbr") == 1 and "after" in content and "<footer>" not in content
