"""Overdue fee rules (docs/reference/how-calculators-work.md, "Overdue fees")."""

from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from macros import finance

D = Decimal


def cents_half_up(x):
    """A Decimal to the cent, half up (0.005 -> 0.01): the spec's round() for x >= 0.
    Products of fields here have at most 17 digits, exact in Decimal's 28."""
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def bill(**params):
    inputs, errors = finance.read_overdue(params)
    assert errors == {}
    return finance.overdue(inputs)


def outputs(**params):
    return finance.overdue_outputs(bill(**params))


# ------------------------------------------------------------ worked checks


def test_worked_check_30_days():
    result = bill(balance="10000", paid="0", days="30")
    assert result.grace_interest == D("100.00")
    assert result.cycles == (finance.Cycle(1, 30, D("150.00"), D("10000.00")),)
    assert outputs(balance="10000", paid="0", days="30") == {
        "principal": "10000.00",
        "interest": "250.00",
        "penalties": "50.00",
        "total": "10300.00",
        "total_if_none": "10300.00",
        "total_if_minimum": "10235.00",
        "total_if_full": "10000.00",
    }


def test_worked_check_paid_500_90_days():
    result = bill(balance="10000", paid="500", days="90")
    # G on all of S (basis full) = 100; cycles on 9500, then 9500 + 100 + 142.50, …
    assert [c.interest for c in result.cycles] == [D("142.50"), D("146.14"), D("148.33")]
    assert [c.balance for c in result.cycles] == [D("9500.00"), D("9742.50"), D("9888.64")]
    out = finance.overdue_outputs(result)
    assert (out["interest"], out["penalties"], out["total"]) == ("536.97", "75.00", "10111.97")


def test_worked_check_floor_and_cap():
    out = outputs(balance="10000", paid="0", days="90", penalty_min="10", penalty_max="30")
    assert (out["interest"], out["penalties"], out["total"]) == ("559.81", "90.00", "10649.81")


def test_worked_check_rate_0_floor_20():
    assert outputs(balance="10000", penalty_rate="0", days="45", penalty_min="20")["penalties"] == "40.00"


def test_defaults_are_the_first_worked_check():
    assert outputs() == outputs(balance="10000", paid="0", days="30")


# ------------------------------------------------------------ cycles and due dates


@pytest.mark.parametrize(
    "days, lengths, missed",
    [(1, [1], 1), (29, [29], 1), (30, [30], 1), (31, [30, 1], 2), (60, [30, 30], 2), (61, [30, 30, 1], 3),
     (1095, [30] * 36 + [15], 37)],
)
def test_cycles_and_missed_due_dates(days, lengths, missed):
    result = bill(days=str(days))
    assert [c.days for c in result.cycles] == lengths
    assert [c.period for c in result.cycles] == list(range(1, len(lengths) + 1))
    assert result.missed_due_dates == missed
    assert result.penalties == 50 * missed


def test_grace_interest_comes_with_a_short_first_cycle():
    result = bill(days="1")
    # G = 100 in full; one day on 10000 at 0.05 % = 5
    assert (result.grace_interest, result.interest) == (D("100.00"), D("105.00"))


def test_no_compounding_keeps_the_balance():
    result = bill(days="90", compound="0")
    assert {c.balance for c in result.cycles} == {D("10000.00")}
    assert result.interest == D("550.00")


def test_basis_unpaid():
    assert bill(paid="500", basis="unpaid").grace_interest == D("95.00")
    assert bill(paid="500", basis="full").grace_interest == D("100.00")


def test_rate_zero_no_interest():
    result = bill(daily_rate="0", days="400")
    assert result.interest == 0 and all(c.interest == 0 for c in result.cycles)


def test_minimum_follows_balance_when_unset():
    assert bill(balance="1234.45").minimum == D("123.45")
    assert bill(balance="1234.45", minimum="200").minimum == D("200.00")
    # round(1.05 × 10 / 100) = round(0.105) = 0.11 (a tie, half up)
    assert bill(balance="1.05").minimum == D("0.11")


@pytest.mark.parametrize(
    "params, each",
    [
        ({"paid": "1000"}, "0.00"),  # M − paid = 0: no fee, floor or not
        ({"paid": "1000", "penalty_min": "20"}, "0.00"),
        ({"paid": "1200", "penalty_min": "20"}, "0.00"),
        ({"paid": "999.99", "penalty_min": "20"}, "20.00"),  # round(0.0005) = 0, raised to 20
        ({"paid": "999.99"}, "0.00"),
        ({"penalty_min": "60"}, "60.00"),
        ({"penalty_max": "40"}, "40.00"),
        ({"penalty_max": "0"}, "0.00"),
        ({"penalty_min": "40", "penalty_max": "40"}, "40.00"),
        ({"balance": "1", "minimum": "0.10"}, "0.01"),  # round(5 × 0.10 / 100) = round(0.005)
        ({"minimum": "300", "paid": "200", "penalty_rate": "7.5"}, "7.50"),
    ],
)
def test_late_fee_each(params, each):
    result = bill(days="75", **params)
    assert result.penalty_each == D(each)
    assert result.penalties == D(each) * 3


def test_half_cent_ties_round_up():
    # G = round(1 × 0.5 × 1 / 100) = round(0.005) = 0.01
    assert bill(balance="1", daily_rate="0.5", grace_days="1", days="1").grace_interest == D("0.01")
    # a 10-day cycle on 1 at 0.05 % = 0.005 → 0.01
    assert bill(balance="1", daily_rate="0.05", grace_days="0", days="10").cycles[0].interest == D("0.01")


def test_cost_of_waiting():
    inputs, _ = finance.read_overdue({"paid": "500"})
    waiting = finance.cost_of_waiting(inputs)
    assert [w.days for w in waiting] == [30, 60, 90, 180, 365]
    assert waiting[2] == finance.Waiting(90, D("10111.97"))
    for w in waiting:
        assert w.total == finance.overdue(replace(inputs, days=w.days)).total


# ------------------------------------------------------------ properties


def money(lo, hi):
    return st.integers(lo, hi).map(lambda c: Decimal(c).scaleb(-2))


def percent(hi):
    return st.integers(0, hi * 10000).map(lambda c: Decimal(c).scaleb(-4))


@st.composite
def inputs(draw):
    balance = draw(money(100, 1_000_000_000))
    paid = draw(st.one_of(st.just(D("0.00")), money(0, int(balance * 100) - 1)))
    minimum = draw(st.one_of(st.none(), money(1, int(balance * 100))))
    penalty_min = draw(money(0, 100_000))
    penalty_max = draw(st.one_of(st.none(), money(int(penalty_min * 100), 1_000_000)))
    return finance.OverdueInputs(
        balance=balance,
        paid=paid,
        minimum=minimum,
        days=draw(st.integers(1, 1095)),
        daily_rate=draw(percent(1)),
        penalty_rate=draw(percent(100)),
        penalty_min=penalty_min,
        penalty_max=penalty_max,
        grace_days=draw(st.integers(0, 60)),
        basis=draw(st.sampled_from(("full", "unpaid"))),
        compound=draw(st.sampled_from(("1", "0"))),
    )


@settings(max_examples=150, deadline=None)
@given(inputs())
def test_total_adds_up(i):
    result = finance.overdue(i)
    assert result.principal == i.balance - i.paid > 0
    assert result.total == result.principal + result.interest + result.penalties
    assert result.interest == result.grace_interest + sum(c.interest for c in result.cycles)
    assert sum(c.days for c in result.cycles) == i.days
    assert all(0 < c.days <= 30 for c in result.cycles)
    assert result.missed_due_dates == len(result.cycles) == -(-i.days // 30)
    assert result.penalties == result.penalty_each * result.missed_due_dates
    assert result.cycles[0].balance == result.principal
    figures = [result.principal, result.grace_interest, result.interest, result.penalties, result.total]
    figures += [x for c in result.cycles for x in (c.interest, c.balance)]
    assert all(x >= 0 and x.as_tuple().exponent == -2 for x in figures)
    for value in finance.overdue_outputs(result).values():
        assert not value.startswith("-")


@settings(max_examples=100, deadline=None)
@given(inputs(), st.integers(1, 1095))
def test_total_never_falls_as_days_grow(i, other):
    short, long = sorted((i.days, other))
    assert finance.overdue(replace(i, days=short)).total <= finance.overdue(replace(i, days=long)).total
    totals = [w.total for w in finance.cost_of_waiting(i)]
    assert totals == sorted(totals)


@settings(max_examples=100, deadline=None)
@given(inputs())
def test_compounding_costs_at_least_simple_interest(i):
    assert finance.overdue(replace(i, compound="1")).interest >= finance.overdue(replace(i, compound="0")).interest


@settings(max_examples=100, deadline=None)
@given(inputs())
def test_basis_full_costs_at_least_unpaid(i):
    assert finance.overdue(replace(i, basis="full")).interest >= finance.overdue(replace(i, basis="unpaid")).interest


@settings(max_examples=150, deadline=None)
@given(inputs())
def test_late_fees_follow_floor_and_cap(i):
    result = finance.overdue(i)
    # The expectation by decimal arithmetic of its own, not with finance.money (the code under test).
    minimum = i.minimum if i.minimum is not None else cents_half_up(i.balance * 10 / 100)
    assert result.minimum == minimum
    short = minimum - i.paid
    if short <= 0:
        assert result.penalty_each == 0  # nothing unpaid: no fee, floor or not
        return
    assert result.penalty_each >= i.penalty_min
    if i.penalty_max is not None:
        assert result.penalty_each <= i.penalty_max
    # Between floor and cap the fee is the rate's own figure.
    own = cents_half_up(i.penalty_rate * short / 100)
    if i.penalty_min <= own and (i.penalty_max is None or own <= i.penalty_max):
        assert result.penalty_each == own


# ------------------------------------------------------------ three ways to pay


def ways(**params):
    return {w.way: w for w in bill(**params).ways}


def test_three_ways_worked_check():
    w = ways(balance="10000", days="30")
    # Nothing: the bill itself. Minimum: 1,000 paid + 9,000 owed + G 100 on all of S + 135 on 9,000.
    assert w["none"] == finance.Way("none", D("0.00"), D("250.00"), D("50.00"), D("10300.00"))
    assert w["minimum"] == finance.Way("minimum", D("1000.00"), D("235.00"), D("0.00"), D("10235.00"))
    assert w["full"] == finance.Way("full", D("10000.00"), D("0.00"), D("0.00"), D("10000.00"))


def test_three_ways_ignore_what_the_reader_paid():
    assert bill(balance="10000", days="90", paid="4000").ways == bill(balance="10000", days="90").ways


def test_three_ways_basis_unpaid_charges_grace_on_the_unpaid_part_only():
    w = ways(balance="10000", days="30", basis="unpaid")
    # G on 9,000 = 90, cycle 135: 1,000 + 9,000 + 225.
    assert (w["minimum"].interest, w["minimum"].total) == (D("225.00"), D("10225.00"))


def test_minimum_as_large_as_the_bill_is_the_full_row():
    w = ways(balance="5000", minimum="5000", days="60")
    assert w["minimum"] == w["full"]._replace(way="minimum")
    assert w["full"].total == D("5000.00")


def test_minimum_row_over_many_days_has_no_late_fee_and_the_none_row_is_the_bill():
    for days in ("1", "45", "365", "1095"):
        result = bill(balance="12345.67", days=days, penalty_min="10")
        w = {x.way: x for x in result.ways}
        assert w["minimum"].penalties == D("0.00")
        assert w["none"].total == result.total
        assert w["full"].total <= w["minimum"].total <= w["none"].total
        assert w["minimum"].total == w["minimum"].paid + bill(
            balance="12345.67", days=days, penalty_min="10", paid=str(w["minimum"].paid)).total


def test_overdue_figure_quotes_the_three_ways_to_pay():
    """The reference page quotes each way's cost by now through overdue_figure."""
    from macros.widgets import overdue_figure

    assert [overdue_figure("zh", "p.md", f"total_if_{w}") for w in ("none", "minimum", "full")] == [
        "¥10,300.00", "¥10,235.00", "¥10,000.00",
    ]
    # Where M >= S the minimum row is the full row, whatever the reader paid.
    assert overdue_figure("en", "p.md", "total_if_minimum", minimum=10000, paid=500) == "CNY\u00a010,000.00"
