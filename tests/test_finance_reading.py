"""Reading what the reader typed (docs/reference/how-calculators-work.md, "What you can type")."""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from macros import finance


def test_normalise_full_width_and_spaces():
    assert finance.normalise("￥１２，３４５．６７％") == "¥12,345.67%"
    assert finance.normalise(" 1\u00a02\u30003 ") == "123"
    # Only the listed spaces go: a tab or newline stays (and later fails).
    assert finance.normalise("1\t2\n") == "1\t2\n"
    # 。 is not a decimal point.
    assert finance.normalise("12。5") == "12。5"


@pytest.mark.parametrize(
    "typed, value",
    [
        ("12000", "12000"),
        ("１２０００", "12000"),
        ("¥12,000", "12000"),
        ("￥12,000", "12000"),
        ("１２，０００", "12000"),
        ("12 000", "12000"),
        ("12\u3000000", "12000"),
        ("12\u00a0000.5", "12000.5"),
        ("1,234,567.89", "1234567.89"),
        ("012000", "12000"),
        ("0.01", "0.01"),
        ("¥ 5", "5"),
    ],
)
def test_money_accepts(typed, value):
    assert finance.read_money(typed) == Decimal(value)


@pytest.mark.parametrize(
    "typed",
    ["", "¥", "12.345", "1e5", "NaN", "nan", "Infinity", "-1", "+1", "0x10", "abc", "¥¥12000", "1,2345",
     "12,00", "1000,000", ",000", "12000.", ".5", "12000。", "。", "12000元", "12\t000", "12000\n",
     "١٢٠٠٠", "5%", "12 000 ¥"],
)
def test_money_rejects(typed):
    assert finance.read_money(typed) is None


@pytest.mark.parametrize(
    "typed, value",
    [
        ("13", "13"),
        ("13%", "13"),
        ("13％", "13"),
        ("０．６", "0.6"),
        ("0.0001", "0.0001"),
        ("100", "100"),
        ("007", "7"),
    ],
)
def test_percent_accepts(typed, value):
    assert finance.read_percent(typed) == Decimal(value)


@pytest.mark.parametrize("typed", ["", "%", "%5", "5%%", "0.12345", "1,5", "1e1", "-1", "¥5", "NaN", "5.", ".5"])
def test_percent_rejects(typed):
    assert finance.read_percent(typed) is None


@pytest.mark.parametrize("typed, value", [("12", 12), ("１２", 12), ("012", 12), (" 6 0 ", 60)])
def test_whole_accepts(typed, value):
    assert finance.read_whole(typed) == value


@pytest.mark.parametrize("typed", ["", "1.0", "12.", "1e1", "-1", "+1", "1,2", "5%", "abc", "0x1"])
def test_whole_rejects(typed):
    assert finance.read_whole(typed) is None


def test_choice_is_exact_after_normalising():
    assert finance.read_choice(" annuity\u3000", finance.METHODS) == "annuity"
    assert finance.read_choice("１", finance.CHOICES["compound"]) == "1"
    for bad in ("Fee", "FEE", "", "fee,linear", "等额本息"):
        assert finance.read_choice(bad, finance.METHODS) is None


# ------------------------------------------------------------ instalment form


def test_instalment_defaults_and_unknown_params():
    inputs, errors = finance.read_instalment({"utm_source": "x"})
    assert errors == {}
    assert inputs == finance.InstalmentInputs(Decimal("12000"), 12, "fee", Decimal("0.6"), None)


def test_rate_default_follows_method():
    assert finance.default_rate("fee") == "0.6"
    assert finance.default_rate("annuity") == finance.default_rate("linear") == "13"
    # An unknown method (a bad link or macro argument) falls back to the fee rate, as in finance.js.
    assert finance.default_rate("bogus") == finance.default_rate("") == "0.6"
    inputs, _ = finance.read_instalment({"method": "linear"})
    assert inputs.rate == Decimal("13")


@pytest.mark.parametrize(
    "params",
    [
        {"amount": "¥12,000"},
        {"amount": "１２，０００"},
        {"amount": "12 000"},
        {"amount": "12000.00", "periods": "１２"},
    ],
)
def test_instalment_typed_forms(params):
    inputs, errors = finance.read_instalment(params)
    assert errors == {} and inputs.amount == 12000 and inputs.periods == 12


@pytest.mark.parametrize(
    "params, errors",
    [
        ({"amount": "12.345"}, {"amount": "amount"}),
        ({"amount": "1e5"}, {"amount": "amount"}),
        ({"amount": "NaN"}, {"amount": "amount"}),
        ({"amount": "Infinity"}, {"amount": "amount"}),
        ({"amount": "-1"}, {"amount": "amount"}),
        ({"amount": "0x10"}, {"amount": "amount"}),
        ({"amount": "abc"}, {"amount": "amount"}),
        ({"amount": "¥¥12000"}, {"amount": "amount"}),
        ({"amount": "1,2345"}, {"amount": "amount"}),
        ({"amount": "12000。"}, {"amount": "amount"}),
        ({"amount": ""}, {"amount": "amount"}),
        ({"amount": "  "}, {"amount": "amount"}),
        ({"amount": "199.99"}, {"amount": "amount"}),
        ({"amount": "10000000.01"}, {"amount": "amount"}),
        ({"periods": "0"}, {"periods": "periods"}),
        ({"periods": "61"}, {"periods": "periods"}),
        ({"periods": "12.0"}, {"periods": "periods"}),
        ({"periods": ""}, {"periods": "periods"}),
        ({"method": ""}, {"method": "method"}),
        ({"method": "Fee"}, {"method": "method"}),
        ({"rate": "10.0001"}, {"rate": "rate_fee"}),
        ({"rate": "13"}, {"rate": "rate_fee"}),
        ({"rate": ""}, {"rate": "rate_fee"}),
        ({"method": "annuity", "rate": "100.0001"}, {"rate": "rate_annual"}),
        ({"method": "linear", "rate": "abc"}, {"rate": "rate_annual"}),
        ({"method": "linear", "rate": "-1"}, {"rate": "rate_annual"}),
        # An invalid method: only the method is reported for method and rate.
        ({"method": "x", "rate": "y"}, {"method": "method"}),
        ({"method": "x", "amount": "1"}, {"method": "method", "amount": "amount"}),
        ({"budget": "0.99"}, {"budget": "budget"}),
        ({"budget": "10000000.01"}, {"budget": "budget"}),
        ({"budget": "¥"}, {"budget": "budget"}),
        ({"budget": "1e3"}, {"budget": "budget"}),
    ],
)
def test_instalment_errors(params, errors):
    inputs, got = finance.read_instalment(params)
    assert inputs is None
    assert got == errors


@pytest.mark.parametrize(
    "params",
    [
        {"amount": "200", "periods": "1", "rate": "0"},
        {"amount": "10000000", "periods": "60", "rate": "10"},
        {"method": "annuity", "rate": "100"},
        {"method": "linear", "rate": "0%"},
        {"budget": "1"},
        {"budget": "10000000"},
    ],
)
def test_instalment_range_ends_are_allowed(params):
    assert finance.read_instalment(params)[1] == {}


def test_instalment_empty_optional_is_unset():
    inputs, errors = finance.read_instalment({"budget": ""})
    assert errors == {} and inputs.budget is None
    inputs, errors = finance.read_instalment({"budget": " \u3000"})
    assert errors == {} and inputs.budget is None


def test_very_long_numbers_are_out_of_range_not_an_exception():
    long = "9" * 5000
    assert finance.read_whole(long) == 10**5000 - 1
    errors = finance.read_instalment({"amount": long, "periods": long, "rate": long + ".5", "budget": long})[1]
    assert errors == {"amount": "amount", "periods": "periods", "rate": "rate_fee", "budget": "budget"}


def test_non_string_value_is_an_error_not_an_exception():
    assert finance.read_instalment({"amount": None})[1] == {"amount": "amount"}
    assert finance.read_overdue({"days": ["30"]})[1] == {"days": "days"}


# ------------------------------------------------------------ overdue form


def test_overdue_defaults():
    inputs, errors = finance.read_overdue({"ref": "x"})
    assert errors == {}
    assert inputs == finance.OverdueInputs(Decimal("10000"))


def test_overdue_empty_optionals():
    inputs, errors = finance.read_overdue({"paid": "", "minimum": "", "penalty_min": "", "penalty_max": ""})
    assert errors == {}
    assert (inputs.paid, inputs.minimum, inputs.penalty_min, inputs.penalty_max) == (0, None, 0, None)


@pytest.mark.parametrize(
    "params, errors",
    [
        ({"balance": ""}, {"balance": "balance"}),
        ({"balance": "0.99"}, {"balance": "balance"}),
        ({"balance": "10000000.01"}, {"balance": "balance"}),
        ({"paid": "-1"}, {"paid": "paid"}),
        ({"paid": "10000"}, {"paid": "paid"}),
        ({"paid": "10000.01"}, {"paid": "paid"}),
        ({"minimum": "0"}, {"minimum": "minimum"}),
        ({"minimum": "10000.01"}, {"minimum": "minimum"}),
        ({"days": "0"}, {"days": "days"}),
        ({"days": "1096"}, {"days": "days"}),
        ({"days": ""}, {"days": "days"}),
        ({"daily_rate": "1.0001"}, {"daily_rate": "daily_rate"}),
        ({"daily_rate": ""}, {"daily_rate": "daily_rate"}),
        ({"penalty_rate": "100.01"}, {"penalty_rate": "penalty_rate"}),
        ({"penalty_min": "1000.01"}, {"penalty_min": "penalty_min"}),
        ({"penalty_max": "10000.01"}, {"penalty_max": "penalty_max"}),
        ({"penalty_min": "20", "penalty_max": "19.99"}, {"penalty_max": "penalty_max"}),
        ({"grace_days": "61"}, {"grace_days": "grace_days"}),
        ({"grace_days": ""}, {"grace_days": "grace_days"}),
        ({"basis": "Full"}, {"basis": "basis"}),
        ({"basis": ""}, {"basis": "basis"}),
        ({"compound": "2"}, {"compound": "compound"}),
        ({"compound": "01"}, {"compound": "compound"}),
        # Cross-field checks only when both fields are otherwise valid.
        ({"balance": "0", "paid": "5"}, {"balance": "balance"}),
        ({"balance": "x", "minimum": "20000"}, {"balance": "balance"}),
        ({"penalty_min": "2000", "penalty_max": "19.99"}, {"penalty_min": "penalty_min"}),
        (
            {"paid": "10000", "minimum": "10000.01", "penalty_min": "20", "penalty_max": "19.99"},
            {"paid": "paid", "minimum": "minimum", "penalty_max": "penalty_max"},
        ),
    ],
)
def test_overdue_errors(params, errors):
    inputs, got = finance.read_overdue(params)
    assert inputs is None
    assert got == errors


# Without the sign "-0" and "-0.50" are in range for paid and penalty_min, "-500" for every
# money field: only the reader's refusal of a minus keeps them out.
@pytest.mark.parametrize("typed", ["-0", "-0.00", "-0.50", "¥-0.50", "-¥0.50", "－0.50", "-500", "¥-500"])
@pytest.mark.parametrize(
    "read, field",
    [(finance.read_instalment, "amount"), (finance.read_instalment, "budget")]
    + [(finance.read_overdue, f) for f in ("balance", "paid", "minimum", "penalty_min", "penalty_max")],
)
def test_a_leading_minus_is_refused_in_every_money_field(read, field, typed):
    assert finance.read_money(typed) is None
    inputs, errors = read({field: typed})
    assert inputs is None and errors == {field: field}


@pytest.mark.parametrize(
    "params",
    [
        {"balance": "1", "paid": "0.99", "minimum": "1", "days": "1"},
        {"balance": "10000000", "days": "1095", "daily_rate": "1", "penalty_rate": "100"},
        {"penalty_min": "1000", "penalty_max": "10000", "grace_days": "60"},
        {"penalty_min": "20", "penalty_max": "20"},
        {"penalty_max": "0", "minimum": "0.01", "grace_days": "0", "daily_rate": "0", "penalty_rate": "0"},
        {"basis": "unpaid", "compound": "0"},
        {"compound": "１"},
    ],
)
def test_overdue_range_ends_are_allowed(params):
    assert finance.read_overdue(params)[1] == {}


# ------------------------------------------------------------ properties

junk = st.text(alphabet="0123456789０１２３４５６７８９.,，．¥￥%％ \u3000\u00a0-+eE。xa\t", max_size=12)


@settings(max_examples=300, deadline=None)
@given(junk)
def test_readers_never_throw(text):
    for read in (finance.read_money, finance.read_percent, finance.read_whole):
        value = read(text)
        assert value is None or value >= 0
    # A form never throws either: it gives inputs or errors, never both.
    inputs, errors = finance.read_instalment({"amount": text, "rate": text, "budget": text})
    assert (inputs is None) == bool(errors)
    inputs, errors = finance.read_overdue({"balance": text, "paid": text, "penalty_max": text})
    assert (inputs is None) == bool(errors)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 10**11))
def test_money_round_trips_in_every_typed_form(cents):
    plain = f"{cents // 100}.{cents % 100:02d}"
    whole, frac = plain.split(".")
    groups = f"{int(whole):,}"
    wide = str.maketrans("0123456789.,", "０１２３４５６７８９．，")
    for typed in (plain, f"¥{groups}.{frac}", f"{groups}.{frac}".translate(wide), f" {groups} .{frac}\u3000"):
        assert finance.read_money(typed) * 100 == cents
