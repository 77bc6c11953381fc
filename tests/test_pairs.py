"""Each page pair has one skeleton in its Markdown sources (tests/pairs.py), and the checker
catches each kind of drift: shown here on small pages of its own."""

import pytest

import pairs

PAGE = """---
title: {title}
description: A page.
reviewed: 2026-01-01
---

# {title}

## {section} {{ #first }}

{{{{ instalment_calculator(amount=5000, method="fee") }}}} and {{{{ facts.daily_rate_common{zh} }}}}

See [{section}](../reference/sources.md#pbc-2016) and <https://example.org/x>.

| {field} | \\_\\_\\_\\_\\_\\_\\_\\_ |

### {section} {{ #second }}

{field}: ________ {date}
"""
ZH = PAGE.format(title="页面", section="第一节", field="姓名", zh="_zh", date="________年____月____日")
EN = PAGE.format(title="Page", section="Part one", field="Name", zh="", date="________ (date)")


@pytest.mark.parametrize("name", pairs.pairs())
def test_page_pair_has_one_skeleton(name):
    problems = pairs.check_pair(name)
    assert not problems, "\n".join(problems)


def test_every_page_has_its_twin():
    assert not pairs.orphans(), "\n".join(pairs.orphans())
    assert len(pairs.pairs()) >= 16


def test_the_sample_pair_matches():
    """The control: spacing, quotes and keyword order of a call, escaped or plain blanks, a
    Chinese date of three blanks against one English (date), and a {{ facts.x_zh }} form."""
    assert pairs.compare("probe.md", ZH, EN) == []
    en = EN.replace('amount=5000, method="fee"', "method='fee',amount = 5000").replace("\\_", "_")
    assert pairs.compare("probe.md", ZH, en) == []
    quoted = EN.replace("Name: ________", "Name: ________ (（姓名：________）)")
    assert pairs.compare("probe.md", ZH, quoted) == []


def only_problem(zh, en):
    problems = pairs.compare("guides/probe.md", zh, en)
    assert len(problems) == 1, problems
    assert problems[0].startswith("guides/probe.md: "), "the message names the page"
    return problems[0]


def test_a_macro_argument_dropped_in_one_language_fails():
    zh = "{{ instalment_calculator(amount=5000) }}\n"
    en = "{{ instalment_calculator() }}\n"
    message = only_problem(zh, en)
    assert "macro calls differ (1 in zh, 1 in en)" in message
    assert "only in zh: instalment_calculator(amount=5000) ×1" in message
    assert "only in en: instalment_calculator() ×1" in message


def test_a_macro_argument_changed_or_a_call_missing_fails():
    assert "overdue_figure('total', days=90) ×1" in only_problem(
        ZH, ZH.replace("{{ facts", '{{ overdue_figure("total", days=90) }} {{ facts')
    )
    assert "(2 in zh, 2 in en)" in only_problem(ZH, EN.replace("5000", "6000"))
    assert "(2 in zh, 1 in en)" in only_problem(ZH, EN.replace(" and {{ facts.daily_rate_common }}", ""))
    assert "facts.daily_rate_common ×1" in only_problem(ZH, EN.replace("daily_rate_common", "daily_rate_cap"))


def test_language_forms_of_a_fact_pair_but_a_different_fact_fails():
    """{{ facts.x_zh }} and {{ facts.x_en }} are one figure; a document's zh name and short name pair
    with its en ones, and an en page may quote the Chinese name beside the English."""
    zh = '{{ facts.relief_repaid_by_zh }} {{ facts.names["civil-code"].short_zh }} {{ facts.names["civil-code"].zh }}\n'
    en = (
        '{{ facts.relief_repaid_by_en }} {{ facts.names["civil-code"].short_en }} '
        '{{ facts.names["civil-code"].en }} ({{ facts.names["civil-code"].zh }})\n'
    )
    assert pairs.compare("guides/probe.md", zh, en) == []
    assert "facts.relief_period ×1" in only_problem(zh, en.replace("relief_repaid_by_en", "relief_period_en"))
    message = only_problem(zh, en.replace('["civil-code"].short_en', '["legal-aid-law"].short_en'))
    assert "facts.names['legal-aid-law'].short_name ×1" in message


def test_a_heading_id_renamed_or_dropped_fails():
    message = only_problem(ZH, EN.replace("#second", "#part-two"))
    assert (
        "heading ids differ (3 in zh, 3 in en); first difference at heading 3: zh h3#second, en h3#part-two" in message
    )
    message = only_problem(ZH, EN.replace("### Part one { #second }\n", ""))
    assert "heading ids differ (3 in zh, 2 in en)" in message


def test_a_heading_without_an_explicit_id_fails(tmp_path):
    (tmp_path / "probe.md").write_text(ZH.replace(" { #second }", ""), encoding="utf-8")
    (tmp_path / "probe.en.md").write_text(EN.replace(" { #second }", ""), encoding="utf-8")
    problems = pairs.check_pair("probe.md", tmp_path)
    assert problems == [
        "probe.md: heading 'h3 (no id)' needs an explicit ASCII id: ## Title { #some-id }",
        "probe.en.md: heading 'h3 (no id)' needs an explicit ASCII id: ## Title { #some-id }",
    ]


def test_a_link_target_changed_fails():
    message = only_problem(ZH, EN.replace("#pbc-2016", "#pbc-2020-327"))
    assert "link targets differ (2 in zh, 2 in en)" in message
    assert (
        "only in zh: ../reference/sources.md#pbc-2016 ×1; only in en: ../reference/sources.md#pbc-2020-327 ×1"
        in message
    )
    assert "(2 in zh, 1 in en)" in only_problem(ZH, EN.replace("<https://example.org/x>", "example.org"))


def test_a_front_matter_key_missing_fails():
    message = only_problem(ZH.replace("reviewed: 2026-01-01\n", ""), EN)
    assert "front-matter keys differ (2 in zh, 3 in en); only in zh: none; only in en: ['reviewed']" in message


@pytest.mark.parametrize(
    "line,dropped",
    [("Name: ________", "Name:"), ("| Name | \\_\\_\\_\\_\\_\\_\\_\\_ |", "| Name | |")],
    ids=["plain", "escaped"],
)
def test_a_fill_in_blank_dropped_fails(line, dropped):
    assert line in EN
    assert "fill-in blanks differ: 3 in zh, 2 in en" in only_problem(ZH, EN.replace(line, dropped))


def test_a_page_without_its_twin_fails(tmp_path):
    (tmp_path / "guides").mkdir()
    (tmp_path / "guides" / "probe.md").write_text(ZH, encoding="utf-8")
    (tmp_path / "guides" / "other.en.md").write_text(EN, encoding="utf-8")
    assert pairs.orphans(tmp_path) == [
        "guides/other.en.md has no twin guides/other.md",
        "guides/probe.md has no twin guides/probe.en.md",
    ]
    assert pairs.check_all(tmp_path) == pairs.orphans(tmp_path)
