"""The budget calculator's rules (docs/reference/how-calculators-work.md, "Budget"): what the
reader can pay each month. Pure, no MkDocs; reads fields as finance.py does, exact in cents.

The JavaScript port (docs/assets/javascripts/budget.js) keeps the same names in camelCase;
tests/vectors/budget.json holds the shared cases.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from .finance import normalise, read_money, to_decimal, value_string

MAX = Decimal("10000000")
# Every field is optional money; an empty one is unset (0 in the sums). Both ends included.
RANGES = {
    "income": (Decimal("0"), MAX),
    "housing": (Decimal("0"), MAX),
    "living": (Decimal("0"), MAX),
    "family": (Decimal("0"), MAX),
    "medical": (Decimal("0"), MAX),
    "other_debts": (Decimal("0"), MAX),
    "debt": (Decimal("200"), MAX),
}
FIELDS = {name: ("money", False) for name in RANGES}
DEFAULTS = {name: "" for name in RANGES}
ESSENTIALS = ("housing", "living", "family", "medical")
OUTPUTS = ("essentials", "committed", "available")

# Where the figures go next when something is left: (key, page, ((parameter, source), ...)).
# A source is an output (available) or a field; an empty one is left out of the link.
# The labels (labels.BUDGET[lang]["links"][key]) and the browser script follow this list.
PLAN_LINKS = (
    ("instalment", "calculators/instalment.md", (("budget", "available"), ("amount", "debt"))),
    # The letter prints the income and spending statement from these; it works out what is left itself.
    (
        "letter",
        "toolkit/proposal-letter.md",
        (("debt", "debt"), *((name, name) for name in ("income", *ESSENTIALS, "other_debts"))),
    ),
)


@dataclass(frozen=True)
class BudgetInputs:
    income: Decimal | None = None
    housing: Decimal | None = None
    living: Decimal | None = None
    family: Decimal | None = None
    medical: Decimal | None = None
    other_debts: Decimal | None = None
    debt: Decimal | None = None  # owed on the card; only carried to the plan


@dataclass(frozen=True)
class BudgetResult:
    essentials: Decimal
    committed: Decimal
    available: Decimal  # may be negative
    enough: bool  # available >= 1: something is left to offer a plan from
    empty: bool  # every field empty: nothing typed yet


def read_budget(params: Mapping[str, str]) -> tuple[BudgetInputs | None, dict[str, str]]:
    """The budget form's values, or None and {field: message key} (the key is the field)."""
    errors: dict[str, str] = {}
    values: dict[str, Decimal | None] = {}
    for name, (lo, hi) in RANGES.items():
        text = params.get(name, DEFAULTS[name])
        if not isinstance(text, str):
            errors[name] = name
            continue
        if normalise(text) == "":
            values[name] = None
            continue
        value = read_money(text)
        if value is None or not lo <= value <= hi:
            errors[name] = name
        else:
            values[name] = value
    if errors:
        return None, errors
    return BudgetInputs(**values), errors


def budget(inputs: BudgetInputs) -> BudgetResult:
    """essentials = housing + living + family + medical; committed = essentials + other debts;
    available = income - committed (may be negative)."""

    def amount(name):
        value = getattr(inputs, name)
        return Fraction(0) if value is None else Fraction(value)

    essentials = sum((amount(n) for n in ESSENTIALS), Fraction(0))
    committed = essentials + amount("other_debts")
    available = amount("income") - committed
    return BudgetResult(
        essentials=to_decimal(essentials),
        committed=to_decimal(committed),
        available=to_decimal(available),
        enough=available >= 1,
        empty=all(getattr(inputs, n) is None for n in RANGES),
    )


def budget_outputs(result: BudgetResult) -> dict[str, str]:
    """The data-value of every data-out of the budget calculator."""
    return {name: value_string(getattr(result, name)) for name in OUTPUTS}


def link_query(inputs: BudgetInputs, result: BudgetResult, carry) -> dict[str, str]:
    """The URL parameters a next-step link carries: plain values, empty ones left out."""
    out = {}
    for param, source in carry:
        value = getattr(result, source) if source in OUTPUTS else getattr(inputs, source)
        if value is not None:
            out[param] = value_string(to_decimal(Fraction(value)))
    return out
