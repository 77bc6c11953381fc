"""The offer check's rules (macros/offer.py) at the contract's worked checks and at its edges."""

import json
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from macros import finance, offer


def outputs(**params):
    inputs, errors = offer.read_offer({k: str(v) for k, v in params.items()})
    assert errors == {}, errors
    return offer.offer_outputs(offer.offer(inputs))


def errors(**params):
    return offer.read_offer({k: str(v) for k, v in params.items()})[1]


def test_worked_checks():
    assert outputs(debt=12000, down=0, periods=12, payment=1072) == {
        "total_paid": "12864.00", "extra": "864.00", "apr": "13.03", "ear": "13.84",
        "fee_equivalent": "0.60", "over_term": "0", "over_budget": "",
    }
    got = outputs(debt=10000, down=1000, periods=24, payment=375)
    assert (got["total_paid"], got["extra"], got["apr"], got["ear"], got["fee_equivalent"]) == (
        "10000.00", "0.00", "0.00", "0.00", "0.00"
    )
    got = outputs(debt=10000, periods=72, payment=200)
    assert (got["over_term"], got["extra"]) == ("1", "4400.00")


def test_defaults_are_the_contracts():
    got = outputs()
    assert got["total_paid"] == "14400.00" and got["extra"] == "2400.00" and got["over_term"] == "0"


def test_a_reduction_is_negative_and_never_minus_zero():
    got = outputs(debt=12000, periods=12, payment=900)
    assert got["extra"] == "-1200.00" and got["apr"].startswith("-") and got["fee_equivalent"] == "-0.83"
    assert got["ear"].startswith("-")
    # A reduction too small to show in the rate rounds to 0.00, not -0.00.
    got = outputs(debt=10000000, periods=1, payment="9999999.99")
    assert got["extra"] == "-0.01" and got["fee_equivalent"] == "0.00" and got["apr"] == "0.00"


def test_rounding_half_away_from_zero_for_negatives():
    assert finance.round_half_up(Fraction(-5, 1000)) == Fraction(-1, 100)
    assert finance.round_half_up(Fraction(-4999, 1000000)) == 0
    assert finance.money(Fraction(-1, 1000)) == Decimal("0.00") and str(finance.money(Fraction(-1, 1000))) == "0.00"


def root_error(financed, n, p, m):
    """|m - true root|, bounded by evaluating the exact present value at m ± 1e-12."""
    def pv(rate):
        x = 1 / (1 + rate)
        return sum(p * x**k for k in range(1, n + 1)) - financed

    lo, hi = Fraction(m) - Fraction(1, 10**12), Fraction(m) + Fraction(1, 10**12)
    return pv(lo) >= 0 >= pv(hi)  # the root lies between: pv falls as the rate rises


@pytest.mark.parametrize(
    "debt, n, p",
    [(12000, 12, 1072), (200, 120, 200), (10000000, 120, 10000000), (10000000, 1, 1), (10000000, 120, 1),
     (12000, 12, 900), (200, 2, Fraction(10001, 100)), (200, 2, Fraction(9999, 100)), (10000, 72, 200)],
)
def test_the_root_is_within_1e12_at_both_extremes(debt, n, p):
    m = finance.monthly_irr(Fraction(debt), [Fraction(p)] * n)
    assert -1 < m <= 1
    assert root_error(Fraction(debt), n, Fraction(p), m)


def test_extreme_rates_are_shown_as_they_are():
    got = outputs(debt=200, periods=120, payment=200)
    assert got["apr"] == "1200.00" and got["ear"] == "409500.00" and got["over_term"] == "1"
    got = outputs(debt=10000000, periods=1, payment=1)
    assert got["apr"] == "-1200.00" and got["ear"] == "-100.00" and got["extra"] == "-9999999.00"


def test_flags():
    assert outputs(debt=12000, periods=60, payment=150)["over_term"] == "0"
    assert outputs(debt=12000, periods=61, payment=150)["over_term"] == "1"
    assert outputs(debt=12000, periods=12, payment=1072, budget=1072)["over_budget"] == "0"
    assert outputs(debt=12000, periods=12, payment=1072, budget="1071.99")["over_budget"] == "1"


@pytest.mark.parametrize("value", ["-1", "-0", "1e3", "NaN", "Infinity", "199.99", "10000000.01", "12000\n", "¥¥200"])
def test_hostile_debt(value):
    assert errors(debt=value) == {"debt": "debt"}


def test_cross_field_ranges_show_at_the_dependent_field():
    assert errors(debt=10000, down="5000.01") == {"down": "down"}
    assert errors(debt=10000, down=5000, payment=5000, periods=1) == {}
    assert errors(debt=10000, down=5000, payment="5000.01", periods=1) == {"payment": "payment"}
    # Only down is reported while down is wrong; no cross check while debt is wrong.
    assert errors(debt=10000, down=6000, payment=9000) == {"down": "down"}
    assert errors(debt="x", down=6000, payment=9000) == {"debt": "debt"}
    assert errors(down="") == {}
    assert errors(periods=0) == errors(periods=121) == {"periods": "periods"}


def test_every_vector_is_what_the_reference_gives():
    cases = json.loads((Path(__file__).parent / "vectors" / "offer.json").read_text(encoding="utf-8"))["cases"]
    assert len([c for c in cases if not c["errors"]]) >= 500 and len([c for c in cases if c["errors"]]) >= 40
    assert any(c["outputs"].get("apr", "").startswith("-") for c in cases)
    assert any(c["outputs"].get("apr") == "1200.00" for c in cases)
    for case in cases:
        inputs, errs = offer.read_offer(case["params"])
        assert errs == case["errors"]
        if inputs:
            assert offer.offer_outputs(offer.offer(inputs)) == case["outputs"]
        assert not any(v == "-0.00" for v in case["outputs"].values())


def test_offer_figure_quotes_each_output_as_the_calculator_shows_it():
    """The macro the reference page quotes: money with its currency, percentages bare (the page
    writes "%"), a flag as the word the calculator shows, in the page's language."""
    from macros.widgets_offer import offer_figure

    def figures(lang, **params):
        return {out: offer_figure(lang, "p.md", out, **params) for out in offer.OUTPUTS}

    assert figures("zh", debt=12000, periods=12, payment=1072) == {
        "total_paid": "¥12,864.00", "extra": "¥864.00", "apr": "13.03", "ear": "13.84",
        "fee_equivalent": "0.60", "over_term": "否", "over_budget": "未填预算",
    }
    assert figures("en", debt=10000, periods=72, payment=200, budget=150) == {
        "total_paid": "CNY\u00a014,400.00", "extra": "CNY\u00a04,400.00", "apr": "12.86", "ear": "13.65",
        "fee_equivalent": "0.61", "over_term": "Yes", "over_budget": "Yes",
    }
    assert offer_figure("en", "p.md", "extra", debt=10000, down=1000, periods=24, payment=375) == "CNY\u00a00.00"
    # A reduction is negative, never "-0.00".
    assert offer_figure("zh", "p.md", "extra", debt=12000, periods=12, payment=900) == "-¥1,200.00"
    assert offer_figure("zh", "p.md", "over_budget", payment=400, budget=400) == "否"


@pytest.mark.parametrize(
    "out, params, named",
    [
        ("colour", {}, "colour"),
        ("apr", {"payment": "-5"}, "payment='-5'"),
        ("apr", {"debt": 10000, "down": 6000}, "down='6000'"),
        ("apr", {"rate": 13}, "rate"),
    ],
)
def test_offer_figure_refuses_a_bad_call_and_names_the_page(out, params, named):
    from macros.widgets import MacroArgumentError
    from macros.widgets_offer import offer_figure

    with pytest.raises(MacroArgumentError) as raised:
        offer_figure("zh", "guides/p.md", out, **params)
    assert "guides/p.md" in str(raised.value) and named in str(raised.value)
