"""Budget rules (docs/reference/how-calculators-work.md, "Budget"): macros/budget.py."""

from decimal import Decimal

import pytest

from macros import budget, letter

D = Decimal
WORKED = dict(income="8000", housing="2500", living="2000", family="1000", medical="0", other_debts="800")


def result(**params):
    inputs, errors = budget.read_budget(params)
    assert errors == {}
    return budget.budget(inputs)


def test_worked_check():
    assert budget.budget_outputs(result(**WORKED)) == {
        "essentials": "5500.00",
        "committed": "6300.00",
        "available": "1700.00",
    }
    assert result(**WORKED).enough


def test_every_field_empty_gives_zero_and_says_nothing_yet():
    r = result()
    assert budget.budget_outputs(r) == {"essentials": "0.00", "committed": "0.00", "available": "0.00"}
    assert r.empty and not r.enough


@pytest.mark.parametrize(
    "params, available, enough",
    [
        (dict(income="1"), "1.00", True),
        (dict(income="1000.99", housing="1000"), "0.99", False),
        (dict(income="2000", housing="2000.01"), "-0.01", False),
        (dict(income="2000", housing="2000"), "0.00", False),
        (dict(housing="1500", other_debts="0.5"), "-1500.50", False),
        (dict(income="10000000"), "10000000.00", True),
        ({n: "10000000" for n in budget.RANGES}, "-40000000.00", False),
        (dict(income="¥8,000.50", living="２，０００．２５", family=" 1,000\u3000"), "5000.25", True),
    ],
)
def test_edges(params, available, enough):
    r = result(**params)
    assert budget.budget_outputs(r)["available"] == available
    assert r.enough is enough and not r.empty


def test_a_negative_result_is_never_minus_zero():
    for params in (dict(income="0.01", housing="0.01"), dict(income="0", medical="0")):
        assert budget.budget_outputs(result(**params))["available"] == "0.00"


@pytest.mark.parametrize("bad", ["-1", "-0", "-0.00", "－０", "1e5", "NaN", "Infinity", "abc", "0.001",
                                 "10000000.01", "¥¥1", "1,00", "12000\n", "+1"])
@pytest.mark.parametrize("name", list(budget.RANGES))
def test_bad_input_is_refused_at_its_field(name, bad):
    inputs, errors = budget.read_budget({name: bad})
    assert inputs is None and errors == {name: name}


def test_debt_has_its_own_range_and_one_message_per_field():
    assert budget.read_budget({"debt": "199.99"})[1] == {"debt": "debt"}
    assert budget.read_budget({"debt": "200"})[1] == {}
    _, errors = budget.read_budget({"income": "abc", "housing": "-5", "debt": "100", "living": "3"})
    assert errors == {"income": "income", "housing": "housing", "debt": "debt"}


def test_links_carry_the_budget_and_the_debt_where_set():
    inputs, _ = budget.read_budget({**WORKED, "debt": "12,000"})
    r = budget.budget(inputs)
    links = {key: (page, carry) for key, page, carry in budget.PLAN_LINKS}
    assert list(links) == ["instalment", "letter"]
    page, carry = links["instalment"]
    assert page == "calculators/instalment.md"
    assert budget.link_query(inputs, r, carry) == {"budget": "1700.00", "amount": "12000.00"}
    inputs, _ = budget.read_budget(WORKED)
    assert budget.link_query(inputs, budget.budget(inputs), carry) == {"budget": "1700.00"}


def test_the_proposal_letter_link_carries_the_statement():
    """The letter's own figures (the debt and the statement), nothing it would not read."""
    page, carry = {key: (page, carry) for key, page, carry in budget.PLAN_LINKS}["letter"]
    assert page == "toolkit/proposal-letter.md"
    inputs, _ = budget.read_budget({**WORKED, "debt": "12000"})
    query = budget.link_query(inputs, budget.budget(inputs), carry)
    assert query == {
        "debt": "12000.00", "income": "8000.00", "housing": "2500.00", "living": "2000.00",
        "family": "1000.00", "medical": "0.00", "other_debts": "800.00",
    }
    assert set(query) <= set(letter.FIGURES)
