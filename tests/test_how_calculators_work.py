"""reference/how-calculators-work: the rules in readers' words, its worked examples computed by
the macros (never typed by hand), so the page cannot drift from macros/finance.py."""

import re

import pytest

from conftest import DOCS
from test_pages import built, main_content

PAGE = "reference/how-calculators-work.md"
MACRO = re.compile(r"\{\{.*?\}\}", re.S)
# A result figure: a whole part from 1 and two decimals ("864.00", "10,111.97"); input rates such
# as "0.05" are typed, results never.
FIGURE = re.compile(r"(?<![\d.])[1-9]\d{0,2}(?:,?\d{3})*\.\d{2}(?!\d)")


@pytest.mark.parametrize("name", [PAGE, PAGE.replace(".md", ".en.md")])
def test_no_result_figure_is_typed_by_hand(name):
    text = MACRO.sub("", (DOCS / name).read_text(encoding="utf-8"))
    assert FIGURE.findall(text) == []


# The worked checks of the calculators' rules (tests/test_finance_*.py prove them in Python).
WORKED = {
    "zh": [
        "¥864.00",
        "13.03%",
        "13.84%",
        "¥1,071.81",
        "¥861.69",
        "¥1,130.00",
        "¥845.00",
        "最少分 9 期",
        "¥250.00",
        "¥10,300.00",
        "¥536.97",
        "¥75.00",
        "¥10,111.97",
        "¥90.00",
        "¥10,235.00",
        "¥10,000.00",
        "¥5,500.00",
        "¥6,300.00",
        "¥1,700.00",
        "¥12,864.00",
        "0.60%",
        "¥4,400.00",
        "壹万贰仟元整",
        "壹仟零柒拾贰元零伍分",
    ],
    "en": [
        "CNY 864.00",
        "13.03%",
        "13.84%",
        "CNY 1,071.81",
        "CNY 861.69",
        "CNY 1,130.00",
        "CNY 845.00",
        "at least 9 periods",
        "CNY 250.00",
        "CNY 10,300.00",
        "CNY 536.97",
        "CNY 75.00",
        "CNY 10,111.97",
        "CNY 90.00",
        "CNY 10,235.00",
        "CNY 10,000.00",
        "CNY 5,500.00",
        "CNY 6,300.00",
        "CNY 1,700.00",
        "CNY 12,864.00",
        "0.60%",
        "CNY 4,400.00",
        "壹万贰仟元整",
        "壹仟零柒拾贰元零伍分",
    ],
}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_worked_examples_show_the_rules_worked_checks(site, lang):
    # The English page writes "CNY", a no-break space, then the figure.
    text = re.sub(r"<[^>]+>", "", main_content(built(site, PAGE, lang))).replace("\u00a0", " ")
    missing = [figure for figure in WORKED[lang] if figure not in text]
    assert missing == []
