"""Instalment plan rules (docs/reference/how-calculators-work.md, "Instalment plan")."""

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from macros import finance

D = Decimal


def plan(**params):
    inputs, errors = finance.read_instalment(params)
    assert errors == {}
    return finance.instalment(inputs)


def outputs(**params):
    return finance.instalment_outputs(plan(**params))


# ------------------------------------------------------------ worked checks


def test_worked_check_fee():
    out = outputs(amount="12000", periods="12", method="fee", rate="0.6")
    assert out == {
        "payment_first": "1072.00",
        "payment_max": "1072.00",
        "total_interest": "864.00",
        "total_paid": "12864.00",
        "apr": "13.03",
        "ear": "13.84",
        "periods_for_budget": "",
    }


def test_worked_check_annuity():
    out = outputs(amount="12000", periods="12", method="annuity", rate="13")
    assert (out["payment_first"], out["total_interest"], out["apr"], out["ear"]) == (
        "1071.81", "861.69", "13.00", "13.80"
    )


def test_worked_check_linear():
    out = outputs(amount="12000", periods="12", method="linear", rate="13")
    assert (out["payment_first"], out["total_interest"]) == ("1130.00", "845.00")


def test_worked_check_budget():
    assert outputs(amount="12000", periods="12", method="fee", rate="0.6", budget="1500")["periods_for_budget"] == "9"


def test_defaults_are_the_worked_check():
    assert outputs() == outputs(amount="12000", periods="12", method="fee", rate="0.6")


# ------------------------------------------------------------ schedule rules


def test_fee_schedule_rows():
    rows = plan().schedule
    assert rows[0] == finance.Row(1, D("1072.00"), D("1000.00"), D("72.00"), D("11000.00"))
    assert rows[-1] == finance.Row(12, D("1072.00"), D("1000.00"), D("72.00"), D("0.00"))


def test_annuity_schedule_rows():
    rows = plan(method="annuity", rate="13").schedule
    # interest round(12000 × 13 / 1200) = 130.00, principal 1071.81 − 130.00
    assert rows[0] == finance.Row(1, D("1071.81"), D("941.81"), D("130.00"), D("11058.19"))
    # interest round(11058.19 × 13 / 1200) = round(119.797…) = 119.80
    assert rows[1].charge == D("119.80")
    # The last period takes the whole remaining balance.
    assert rows[-1].balance == 0 and rows[-1].principal == rows[-2].balance


def test_last_principal_takes_the_remainder():
    # base = round(12000 / 7) = 1714.29; last = 12000 − 6 × 1714.29 = 1714.26
    rows = plan(periods="7").schedule
    assert [r.principal for r in rows] == [D("1714.29")] * 6 + [D("1714.26")]


@pytest.mark.parametrize(
    "params, figure, want",
    [
        # fee round(200.50 × 1 / 100) = round(2.005) = 2.01
        ({"amount": "200.50", "periods": "3", "method": "fee", "rate": "1"}, lambda r: r.schedule[0].charge, D("2.01")),
        # base round(200.01 / 2) = round(100.005) = 100.01, the last takes 100.00
        (
            {"amount": "200.01", "periods": "2", "method": "linear", "rate": "0"},
            lambda r: [x.principal for x in r.schedule],
            [D("100.01"), D("100.00")],
        ),
        # interest round(600 × 0.01 / 1200) = round(0.005) = 0.01
        (
            {"amount": "600", "periods": "1", "method": "linear", "rate": "0.01"},
            lambda r: r.schedule[0].charge,
            D("0.01"),
        ),
        # n = 1 annuity: principal = B, interest round(300 × 0.02 / 1200) = round(0.005) = 0.01
        (
            {"amount": "300", "periods": "1", "method": "annuity", "rate": "0.02"},
            lambda r: r.payment_first,
            D("300.01"),
        ),
    ],
)
def test_half_cent_ties_round_up(params, figure, want):
    # figure() picks the value, so a failure shows the value got beside the one wanted.
    assert figure(plan(**params)) == want


def test_rate_zero_has_no_cost():
    for method in finance.METHODS:
        result = plan(amount="200.03", periods="6", method=method, rate="0")
        assert result.total_interest == 0 and result.total_paid == D("200.03")
        # The amount split evenly: round(200.03 / 6) = 33.34 five times, the last 33.33.
        assert [r.payment for r in result.schedule] == [D("33.34")] * 5 + [D("33.33")], method
        assert (result.apr, result.ear) == (D("0.00"), D("0.00"))
        assert finance.instalment_outputs(result)["apr"] == "0.00"


def test_one_period():
    result = plan(amount="12000", periods="1", method="annuity", rate="12")
    assert result.schedule == (finance.Row(1, D("12120.00"), D("12000.00"), D("120.00"), D("0.00")),)
    assert result.apr == D("12.00")


# ------------------------------------------------------------ budget


@pytest.mark.parametrize(
    "budget, n",
    [
        ("1405.36", "9"),  # n = 9: 1333.36 + 72, exactly the budget
        ("1405.35", "10"),  # a cent short: n = 10 (1200 + 72)
        ("12072", "1"),
        ("10000000", "1"),
        ("272", "60"),  # n = 60: 200 + 72
        ("271.99", ""),  # none fits
        ("1", ""),
    ],
)
def test_periods_for_budget(budget, n):
    result = plan(budget=budget)
    assert finance.instalment_outputs(result)["periods_for_budget"] == n
    assert result.payment_max_at_60 == D("272.00")


def test_no_budget_no_periods():
    assert plan().periods_for_budget is None


# ------------------------------------------------------------ comparison


def test_compare_from_fee():
    rows = finance.compare_methods(D("12000"), 12, "fee", D("0.6"))
    assert [(r.method, r.rate, r.total_interest, r.apr) for r in rows] == [
        ("fee", D("0.6"), D("864.00"), D("13.03")),
        ("annuity", D("13"), D("861.69"), D("13.00")),
        ("linear", D("13"), D("845.00"), D("13.00")),
    ]


def test_compare_from_annual_uses_the_readers_rate_for_both():
    rows = finance.compare_methods(D("12000"), 12, "linear", D("20"))
    assert [(r.method, r.rate) for r in rows] == [("fee", D("0.6")), ("annuity", D("20")), ("linear", D("20"))]
    assert rows[2].total_interest == plan(method="linear", rate="20").total_interest


# ------------------------------------------------------------ IRR


def exact_npv(amount, payments, m):
    q = 1 + Fraction(m)
    return sum(Fraction(p) / q**k for k, p in enumerate(payments, 1)) - Fraction(amount)


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"method": "annuity", "rate": "100", "periods": "60"},
        {"method": "fee", "rate": "10", "periods": "60"},
        {"method": "fee", "rate": "10", "periods": "1"},
        {"method": "fee", "rate": "0.0001", "periods": "60", "amount": "10000000"},
        {"method": "linear", "rate": "0.0001", "periods": "2", "amount": "10000000"},
    ],
)
def test_irr_is_within_1e_12(params):
    inputs, _ = finance.read_instalment(params)
    rows = plan(**params).schedule
    payments = [Fraction(r.payment) for r in rows]
    m = finance.monthly_irr(Fraction(inputs.amount), payments)
    assert m > 0
    assert exact_npv(inputs.amount, payments, m - 1e-12) > 0 > exact_npv(inputs.amount, payments, m + 1e-12)


@pytest.mark.parametrize(
    "params, bits",
    [
        ({}, "0x1.63ebd4ec61fc0p-7"),
        ({"method": "fee", "rate": "10", "periods": "1", "amount": "200"}, "0x1.9999999999998p-4"),
        ({"method": "annuity", "rate": "100", "periods": "60", "amount": "10000000"}, "0x1.55555557f6668p-4"),
    ],
)
def test_irr_is_the_contracts_double_bit_for_bit(params, bits):
    """finance.js repeats monthly_irr's float steps so both give this very double (the vector
    tests compare what follows from it). Where f(mid) is exactly 0.0 (the last two cases) the
    step goes to hi, never to lo: a port that differs there gives another double."""
    inputs, _ = finance.read_instalment(params)
    payments = [Fraction(r.payment) for r in plan(**params).schedule]
    assert finance.monthly_irr(Fraction(inputs.amount), payments).hex() == bits


def test_irr_is_zero_exactly_without_cost():
    assert finance.monthly_irr(Fraction(1000), [Fraction(500), Fraction(500)]) == 0.0


def test_apr_ear_round_half_up_from_the_exact_float():
    # 0.0125 is a double exactly: apr 15.00; ear 100 × (1.0125^12 − 1) = 16.0754…
    assert finance.apr_ear(0.0125) == (D("15.00"), D("16.08"))
    # 2^-10 = 0.0009765625 exactly: 1200 m = 1.171875 → 1.17
    assert finance.apr_ear(2.0**-10)[0] == D("1.17")
    # 1200 × 2^-12 = 0.29296875 → 0.29; and 3 × 2^-13 × 1200 = 0.439453125 → 0.44
    assert finance.apr_ear(2.0**-12)[0] == D("0.29")
    assert finance.apr_ear(3 * 2.0**-13)[0] == D("0.44")
    # Exact ties: 1200 / 128 = 9.375 → 9.38; 1200 × 3 / 128 = 28.125 → 28.13
    assert finance.apr_ear(1 / 128)[0] == D("9.38")
    assert finance.apr_ear(3 / 128)[0] == D("28.13")


# ------------------------------------------------------------ properties

cents = st.integers(20000, 1_000_000_000)
methods = st.sampled_from(finance.METHODS)


@st.composite
def inputs(draw, budget=False):
    method = draw(methods)
    hi = 10 if method == "fee" else 100
    rate = Decimal(draw(st.integers(0, hi * 10000))).scaleb(-4)
    amount = Decimal(draw(cents)).scaleb(-2)
    periods = draw(st.integers(1, 60))
    spend = Decimal(draw(st.integers(100, 1_000_000_000))).scaleb(-2) if budget else None
    return finance.InstalmentInputs(amount, periods, method, rate, spend)


@settings(max_examples=150, deadline=None)
@given(inputs())
def test_schedule_adds_up(i):
    result = finance.instalment(i)
    rows = result.schedule
    assert [r.period for r in rows] == list(range(1, i.periods + 1))
    assert sum(r.principal for r in rows) == i.amount
    assert rows[-1].balance == 0
    balance = i.amount
    for r in rows:
        assert r.payment == r.principal + r.charge
        balance -= r.principal
        assert r.balance == balance
        assert min(r.payment, r.principal, r.charge, r.balance) >= 0
    assert result.total_interest == sum(r.charge for r in rows)
    assert result.total_paid == i.amount + result.total_interest == sum(r.payment for r in rows)
    assert result.payment_first == rows[0].payment
    assert result.payment_max == max(r.payment for r in rows)
    assert result.apr >= 0 and result.ear >= result.apr
    for value in finance.instalment_outputs(result).values():
        assert not value.startswith("-")
    if i.method == "fee":
        assert len({r.charge for r in rows}) == 1


@settings(max_examples=150, deadline=None)
@given(inputs())
def test_every_figure_is_whole_cents(i):
    result = finance.instalment(i)
    figures = [result.payment_first, result.payment_max, result.total_interest, result.total_paid]
    figures += [result.apr, result.ear]
    figures += [x for r in result.schedule for x in r[1:]]
    assert all(x.as_tuple().exponent == -2 for x in figures)


@settings(max_examples=100, deadline=None)
@given(inputs().filter(lambda i: i.method != "fee" and i.amount >= 5000))
def test_apr_of_annuity_and_linear_is_the_nominal_rate(i):
    # Cent-rounding of each interest moves m by up to about 0.01 / P a month
    # (apr by 12 / P points), hence the floor on P; below it see the next test.
    assert abs(finance.instalment(i).apr - i.rate) <= D("0.01")


def test_apr_of_a_small_amount_shows_the_cent_rounding():
    # round(200 × 13 / 1200) = round(2.1666…) = 2.17: m = 2.17 / 200 exactly.
    assert outputs(amount="200", periods="1", method="linear", rate="13")["apr"] == "13.02"


@settings(max_examples=100, deadline=None)
@given(
    inputs().filter(lambda i: i.method == "fee" and i.periods >= 2 and i.rate >= D("0.05") and i.amount * i.rate >= 100)
)
def test_fee_apr_is_above_twelve_times_the_fee_rate(i):
    # The fee is charged on P while the balance falls; with a fee of 1 or
    # more (so its rounding is small) and two or more periods, apr > 12 × rate.
    assert finance.instalment(i).apr > 12 * i.rate


@settings(max_examples=40, deadline=None)
@given(inputs(budget=True))
def test_periods_for_budget_is_the_smallest_fit(i):
    result = finance.instalment(i)
    n = result.periods_for_budget

    def payment_max(periods):
        return finance.instalment(finance.InstalmentInputs(i.amount, periods, i.method, i.rate)).payment_max

    assert result.payment_max_at_60 == payment_max(60)
    if n is None:
        assert result.payment_max_at_60 > i.budget
        assert finance.instalment_outputs(result)["periods_for_budget"] == ""
    else:
        assert payment_max(n) <= i.budget
        if n > 1:
            assert payment_max(n - 1) > i.budget


@settings(max_examples=40, deadline=None)
@given(inputs())
def test_irr_solves_the_schedule(i):
    result = finance.instalment(i)
    payments = [Fraction(r.payment) for r in result.schedule]
    m = finance.monthly_irr(Fraction(i.amount), payments)
    if result.total_paid == i.amount:
        assert m == 0
    else:
        assert exact_npv(i.amount, payments, m - 1e-12) > 0 > exact_npv(i.amount, payments, m + 1e-12)
