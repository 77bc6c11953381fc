"""Offer check rules (docs/reference/how-calculators-work.md): what a repayment offer really costs.

Pure functions, no MkDocs, no I/O; the reference docs/assets/javascripts/offer.js mirrors.
Reading, rounding and the monthly IRR solver are finance.py's, shared with the instalment
calculator; here m may be negative (an offer that forgives part of the debt).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from . import finance

# field -> (kind, required); every field is also the URL parameter of that name.
OFFER_FIELDS = {
    "debt": ("money", True),
    "down": ("money", False),
    "periods": ("whole", True),
    "payment": ("money", True),
    "budget": ("money", False),
}
OFFER_DEFAULTS = {"debt": "12000", "down": "0", "periods": "36", "payment": "400", "budget": ""}
# Each field's own range, both ends included; down ≤ D / 2 and payment ≤ D − down come after.
RANGES = {
    "debt": (Decimal("200"), Decimal("10000000")),
    "down": (Decimal("0"), Decimal("5000000")),
    "periods": (1, 120),
    "payment": (Decimal("1"), Decimal("10000000")),
    "budget": (Decimal("1"), Decimal("10000000")),
}
TERM_LIMIT = 60  # months: five years, the longest the rules allow (as reported)
_READERS = {"money": finance.read_money, "whole": finance.read_whole}


@dataclass(frozen=True)
class OfferInputs:
    debt: Decimal  # D
    down: Decimal  # paid at signing (0 when empty)
    periods: int  # n
    payment: Decimal  # p
    budget: Decimal | None = None


@dataclass(frozen=True)
class OfferResult:
    financed: Decimal  # F = D − down
    total_paid: Decimal
    extra: Decimal  # may be negative: a reduction
    apr: Decimal
    ear: Decimal
    fee_equivalent: Decimal
    over_term: int
    over_budget: int | None


def _read(params: Mapping[str, str], name: str, errors: dict) -> Decimal | int | None:
    kind, required = OFFER_FIELDS[name]
    text = params.get(name, OFFER_DEFAULTS[name])
    if not isinstance(text, str):
        errors[name] = name
        return None
    if finance.normalise(text) == "":
        if required:
            errors[name] = name
        return None
    value = _READERS[kind](text)
    lo, hi = RANGES[name]
    if value is None or not lo <= value <= hi:
        errors[name] = name
        return None
    return value


def read_offer(params: Mapping[str, str]) -> tuple[OfferInputs | None, dict[str, str]]:
    """The offer form's values, or None and {field: message key}."""
    errors: dict[str, str] = {}
    v = {name: _read(params, name, errors) for name in OFFER_FIELDS}
    if v["down"] is None and "down" not in errors:
        v["down"] = Decimal(0)
    # Cross-field checks only when the other field is valid; the message shows at the dependent field.
    if v["debt"] is not None and "down" not in errors and v["down"] * 2 > v["debt"]:
        errors["down"] = "down"
    if v["debt"] is not None and "down" not in errors and v["payment"] is not None:
        if v["payment"] > v["debt"] - v["down"]:
            errors["payment"] = "payment"
    if errors:
        return None, errors
    return OfferInputs(**v), errors


def offer(inputs: OfferInputs) -> OfferResult:
    debt, down, n, p = Fraction(inputs.debt), Fraction(inputs.down), inputs.periods, Fraction(inputs.payment)
    financed = debt - down
    total = down + n * p
    m = finance.monthly_irr(financed, [p] * n)
    apr, ear = finance.apr_ear(m)
    return OfferResult(
        financed=finance.to_decimal(financed),
        total_paid=finance.to_decimal(total),
        extra=finance.to_decimal(total - debt),
        apr=apr,
        ear=ear,
        fee_equivalent=finance.money(100 * (n * p - financed) / (financed * n)),
        over_term=int(n > TERM_LIMIT),
        over_budget=None if inputs.budget is None else int(inputs.payment > inputs.budget),
    )


OUTPUTS = ("total_paid", "extra", "apr", "ear", "fee_equivalent", "over_term", "over_budget")


def offer_outputs(result: OfferResult) -> dict[str, str]:
    """data-out name -> data-value."""
    return {name: finance.value_string(getattr(result, name)) for name in OUTPUTS}
