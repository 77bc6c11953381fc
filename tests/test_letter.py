"""The proposal letter's rules (macros/letter.py): capitals, reading the link, the statement's sums."""

import json
from decimal import Decimal
from pathlib import Path

import pytest

from macros import letter


@pytest.mark.parametrize(
    "amount, text",
    [
        ("12000", "壹万贰仟元整"),
        ("1072", "壹仟零柒拾贰元整"),
        ("1072.05", "壹仟零柒拾贰元零伍分"),
        ("1680.32", "壹仟陆佰捌拾元叁角贰分"),
        ("101.10", "壹佰零壹元壹角"),
        ("0.50", "伍角"),
        ("0.05", "伍分"),
        ("0", "零元整"),
        ("10", "壹拾元整"),
        ("10005", "壹万零伍元整"),
        ("100000", "壹拾万元整"),
        ("1000100", "壹佰万零壹佰元整"),
        ("110000.01", "壹拾壹万元零壹分"),
        ("10000000", "壹仟万元整"),
        ("9999999.99", "玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
    ],
)
def test_capitals(amount, text):
    assert letter.capitals(Decimal(amount)) == text


def test_capitals_refuse_a_negative_amount():
    with pytest.raises(ValueError):
        letter.capitals(Decimal("-1"))


def test_the_capitals_vectors_are_the_reference():
    cases = json.loads((Path(__file__).parent / "vectors" / "capitals.json").read_text(encoding="utf-8"))["cases"]
    assert len(cases) >= 500
    for case in cases:
        assert letter.capitals(Decimal(int(case["cents"])).scaleb(-2)) == case["text"]


def test_reading_the_link():
    values, errors = letter.read_letter({"debt": "12000", "periods": "12", "payment": "1,072", "reason": "job"})
    assert errors == {} and values["payment"] == Decimal("1072") and values["down"] is None
    assert values["reason"] == "job" and values["income"] is None
    # Every figure is optional; a wrong one is named; negatives and -0 are refused.
    assert letter.read_letter({}) == ({**dict.fromkeys(letter.FIGURES), "reason": None}, {})
    for bad in ("-1", "-0", "1e3", "NaN", "abc"):
        assert letter.read_letter({"income": bad})[1] == {"income": "income"}
    assert letter.read_letter({"reason": "bored"})[1] == {"reason": "reason"}
    assert letter.read_letter({"debt": "10000", "down": "5000.01"})[1] == {"down": "down"}
    assert letter.read_letter({"debt": "10000", "down": "1000", "payment": "9000.01"})[1] == {"payment": "payment"}


def test_the_statement_sums_are_the_budgets():
    values, _ = letter.read_letter(
        {"income": "8000", "housing": "2500", "living": "2000", "family": "1000", "medical": "0", "other_debts": "800"}
    )
    assert letter.budget_sums(values) == {
        "essentials": Decimal("5500"), "committed": Decimal("6300"), "available": Decimal("1700")
    }
    assert letter.budget_sums(letter.read_letter({"income": "1000", "housing": "1500"})[0])["available"] == -500


@pytest.mark.parametrize(
    "amount, text",
    [
        ("12000", "壹万贰仟元整"),
        ("1072.05", "壹仟零柒拾贰元零伍分"),
        ("¥1,000.5", "壹仟元伍角"),
        (0, "零元整"),
        (100005, "壹拾万零伍元整"),
    ],
)
def test_capitals_figure_reads_the_amount_as_a_money_field(amount, text):
    from macros.widgets_letter import capitals_figure

    assert capitals_figure("p.md", amount) == text


@pytest.mark.parametrize("amount", ["-1", "1.005", "1e3", "", "10000000.01", None])
def test_capitals_figure_refuses_a_bad_amount_and_names_the_page(amount):
    from macros.widgets import MacroArgumentError
    from macros.widgets_letter import capitals_figure

    with pytest.raises(MacroArgumentError) as raised:
        capitals_figure("guides/p.md", amount)
    assert "guides/p.md" in str(raised.value) and f"amount={str(amount)!r}" in str(raised.value)
