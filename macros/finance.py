"""The calculator rules (docs/reference/how-calculators-work.md): the reference the browser script mirrors.

Pure functions, no MkDocs, no I/O. Money is exact: typed values are read into
`Decimal` (exact for decimal strings), every computation runs on `Fraction`,
and every figure leaves as a `Decimal` with exactly two places. The only
float is the monthly IRR `m` behind `apr` and `ear`.

The JavaScript port (docs/assets/javascripts/) keeps the same names in
camelCase and must give the same cents; tests/vectors/ holds the shared cases.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction
from typing import NamedTuple

# --------------------------------------------------------------------------
# Exact rounding
# --------------------------------------------------------------------------


def round_half_up(x: Fraction) -> Fraction:
    """The spec's round(x): exact value to the cent, half up (…0.005 → …0.01); a negative
    value rounds half away from zero (−0.005 → −0.01), as ROUND_HALF_UP does."""
    if x < 0:
        return -round_half_up(-x)
    return Fraction((x * 100 + Fraction(1, 2)).__floor__(), 100)


def to_decimal(x: Fraction) -> Decimal:
    """A whole number of cents as a two-place Decimal (never -0.00)."""
    cents = x * 100
    if cents.denominator != 1:
        raise ValueError(f"not a whole number of cents: {x}")
    # Decimal(int) has no sign bit for 0, so 0 prints "0.00", not "-0.00".
    return Decimal(cents.numerator).scaleb(-2)


def money(x: Fraction) -> Decimal:
    """round(x), as a Decimal."""
    return to_decimal(round_half_up(x))


def value_string(x: Decimal | int | None) -> str:
    """The data-value text: "864.00", "13.03", "9", or "" when unset."""
    if x is None:
        return ""
    if isinstance(x, int):
        return str(x)
    return f"{x:f}"


# --------------------------------------------------------------------------
# Reading what the reader typed
# --------------------------------------------------------------------------

# Step 1: full-width forms a Chinese keyboard gives, and the spaces to drop.
_WIDE = {0xFF10 + d: str(d) for d in range(10)}
_WIDE.update({0xFF0E: ".", 0xFF0C: ",", 0xFFE5: "\u00a5", 0xFF05: "%"})
_WIDE.update({0x0020: None, 0x00A0: None, 0x3000: None})

# fullmatch, not match + $: "$" would let a trailing newline through.
_MONEY_GROUPED = re.compile(r"[0-9]{1,3}(,[0-9]{3})*(\.[0-9]{1,2})?")
_MONEY_PLAIN = re.compile(r"[0-9]+(\.[0-9]{1,2})?")
_PERCENT = re.compile(r"[0-9]+(\.[0-9]{1,4})?")
_WHOLE = re.compile(r"[0-9]+")


def normalise(text: str) -> str:
    """Step 1: full-width digits and signs to ASCII (and ¥), spaces removed."""
    return text.translate(_WIDE)


def read_money(text: str) -> Decimal | None:
    """A money field's value, or None when it is not well formed (or empty)."""
    text = normalise(text)
    if text.startswith("\u00a5"):
        text = text[1:]  # one ¥ only: a second one fails the patterns below
    if not (_MONEY_GROUPED.fullmatch(text) or _MONEY_PLAIN.fullmatch(text)):
        return None
    return Decimal(text.replace(",", ""))


def read_percent(text: str) -> Decimal | None:
    """A percent field's value, or None when it is not well formed (or empty)."""
    text = normalise(text)
    if text.endswith("%"):
        text = text[:-1]
    if not _PERCENT.fullmatch(text):
        return None
    return Decimal(text)


def read_whole(text: str) -> int | None:
    """A whole-number field's value, or None when it is not well formed (or empty)."""
    text = normalise(text)
    if not _WHOLE.fullmatch(text):
        return None
    # Via Decimal: int() refuses strings over 4300 digits, and nothing may throw.
    return int(Decimal(text))


def read_choice(text: str, choices: tuple[str, ...]) -> str | None:
    """One of the listed values exactly (after step 1), or None."""
    text = normalise(text)
    return text if text in choices else None


_READERS = {"money": read_money, "percent": read_percent, "whole": read_whole}

METHODS = ("fee", "annuity", "linear")
CHOICES = {"method": METHODS, "basis": ("full", "unpaid"), "compound": ("1", "0")}

# Allowed values, both ends included, keyed by message key. Money has two
# decimals, so "0 < M" is written as M >= 0.01. Where a bound depends on
# another field (paid < balance, minimum <= balance, penalty_max >=
# penalty_min) the range here is the field's own and the cross-field check
# comes after, only when both fields are otherwise valid.
RANGES: dict[str, tuple[Decimal | int, Decimal | int]] = {
    # instalment
    "amount": (Decimal("200"), Decimal("10000000")),
    "periods": (1, 60),
    "rate_fee": (Decimal("0"), Decimal("10")),
    "rate_annual": (Decimal("0"), Decimal("100")),
    "budget": (Decimal("1"), Decimal("10000000")),
    # overdue
    "balance": (Decimal("1"), Decimal("10000000")),
    "paid": (Decimal("0"), Decimal("10000000")),
    "minimum": (Decimal("0.01"), Decimal("10000000")),
    "days": (1, 1095),
    "daily_rate": (Decimal("0"), Decimal("1")),
    "penalty_rate": (Decimal("0"), Decimal("100")),
    "penalty_min": (Decimal("0"), Decimal("1000")),
    "penalty_max": (Decimal("0"), Decimal("10000")),
    "grace_days": (0, 60),
}

# field -> (kind, required). Kinds: money, percent, whole, choice.
INSTALMENT_FIELDS = {
    "amount": ("money", True),
    "periods": ("whole", True),
    "method": ("choice", True),
    "rate": ("percent", True),
    "budget": ("money", False),
}
OVERDUE_FIELDS = {
    "balance": ("money", True),
    "paid": ("money", False),
    "minimum": ("money", False),
    "days": ("whole", True),
    "daily_rate": ("percent", True),
    "penalty_rate": ("percent", True),
    "penalty_min": ("money", False),
    "penalty_max": ("money", False),
    "grace_days": ("whole", True),
    "basis": ("choice", True),
    "compound": ("choice", True),
}

DEFAULT_RATES = {"fee": "0.6", "annuity": "13", "linear": "13"}

# What a missing parameter means ("" = unset). The rate default follows the
# method: use default_rate(method); the "rate" entry is the one for "fee".
INSTALMENT_DEFAULTS = {
    "amount": "12000",
    "periods": "12",
    "method": "fee",
    "rate": DEFAULT_RATES["fee"],
    "budget": "",
}
OVERDUE_DEFAULTS = {
    "balance": "10000",
    "paid": "0",
    "minimum": "",
    "days": "30",
    "daily_rate": "0.05",
    "penalty_rate": "5",
    "penalty_min": "0",
    "penalty_max": "",
    "grace_days": "20",
    "basis": "full",
    "compound": "1",
}


def default_rate(method: str) -> str:
    """The rate a method starts with: the fee rate for fee, else the annual rate."""
    return DEFAULT_RATES.get(method, DEFAULT_RATES["fee"])


def rate_key(method: str) -> str:
    """The message key (and RANGES key) of the rate field under a method."""
    return "rate_fee" if method == "fee" else "rate_annual"


def _field(params, name, text_default, kind, required, key, errors):
    """Read one field; on error record errors[name] = key and return None.

    An empty optional field is unset: None without an error.
    """
    text = params.get(name, text_default)
    if not isinstance(text, str):
        errors[name] = key
        return None
    if normalise(text) == "":
        if required:
            errors[name] = key
        return None
    if kind == "choice":
        value = read_choice(text, CHOICES[name])
    else:
        value = _READERS[kind](text)
        if value is not None:
            lo, hi = RANGES[key]
            if not lo <= value <= hi:
                value = None
    if value is None:
        errors[name] = key
    return value


def _read_all(params, fields, defaults, errors):
    """Every field whose message key is its own name."""
    return {
        name: _field(params, name, defaults[name], kind, required, name, errors)
        for name, (kind, required) in fields.items()
    }


# --------------------------------------------------------------------------
# Instalment plan
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class InstalmentInputs:
    amount: Decimal  # P
    periods: int  # n
    method: str  # fee, annuity or linear
    rate: Decimal  # fee: % of P per period; annuity/linear: nominal annual %
    budget: Decimal | None = None


class Row(NamedTuple):
    period: int
    payment: Decimal
    principal: Decimal
    charge: Decimal  # the fee (fee) or the interest (annuity, linear)
    balance: Decimal  # balance after this payment


@dataclass(frozen=True)
class InstalmentResult:
    schedule: tuple[Row, ...]
    payment_first: Decimal
    payment_max: Decimal
    total_interest: Decimal
    total_paid: Decimal
    apr: Decimal
    ear: Decimal
    periods_for_budget: int | None
    payment_max_at_60: Decimal  # what the page shows when no n fits the budget


class Comparison(NamedTuple):
    method: str
    rate: Decimal  # the rate used: the reader's, or the other family's default
    total_interest: Decimal
    apr: Decimal


def read_instalment(params: Mapping[str, str]) -> tuple[InstalmentInputs | None, dict[str, str]]:
    """The instalment form's values, or None and {field: message key}."""
    errors: dict[str, str] = {}
    fields = dict(INSTALMENT_FIELDS)
    del fields["rate"]  # its default and range follow the method
    values = _read_all(params, fields, INSTALMENT_DEFAULTS, errors)
    method = values["method"]
    if method is not None:
        # With an invalid method the rate cannot be judged: only method is reported.
        key = rate_key(method)
        values["rate"] = _field(params, "rate", default_rate(method), "percent", True, key, errors)
    if errors:
        return None, errors
    return InstalmentInputs(**values), errors


def _schedule(
    amount: Fraction, n: int, method: str, rate: Fraction
) -> list[tuple[int, Fraction, Fraction, Fraction, Fraction]]:
    """Rows (k, payment, principal, charge, balance after) in exact cents."""
    base = round_half_up(amount / n)  # fee and linear principal part, k < n
    if method == "annuity":
        i = rate / 1200
        if i == 0:
            level = round_half_up(amount / n)
        else:
            level = round_half_up(amount * i / (1 - (1 + i) ** -n))
    fee = round_half_up(amount * rate / 100)
    rows = []
    balance = amount
    for k in range(1, n + 1):
        last = k == n
        if method == "fee":
            principal = amount - base * (n - 1) if last else base
            charge = fee
        else:
            charge = round_half_up(balance * rate / 1200)  # divide last
            if method == "linear":
                principal = amount - base * (n - 1) if last else base
            else:
                principal = balance if last else level - charge
        balance -= principal
        rows.append((k, principal + charge, principal, charge, balance))
    return rows


def _payment_max(amount: Fraction, n: int, method: str, rate: Fraction) -> Fraction:
    return max(row[1] for row in _schedule(amount, n, method, rate))


def monthly_irr(amount: Fraction, payments: list[Fraction]) -> float:
    """The monthly IRR m: the root of amount = sum payment_k / (1 + m)^k.

    The JavaScript port repeats these float steps one for one, so both give
    the same m bit for bit (IEEE doubles, round to nearest; JS never fuses
    a*b+c, nor does CPython):

    - m = 0 exactly when the payments add up (exactly) to the amount.
    - Otherwise P = float(amount) and p_k = float(payment_k), each the
      nearest double to the exact decimal (Number("1072.00") in JS).
    - f(m): q = 1 + m; d = 1; s = 0; for k = 1..n ascending: d = d / q;
      s = s + p_k * d. Then f = s - P. The discount factor is built by
      repeated division, not pow(), because Math.pow and C's pow may
      differ in the last bit.
    - Bracket: when the payments add up to more than the amount, lo = 0,
      hi = 1, and while f(hi) > 0: lo = hi; hi = hi * 2 (never runs within
      the allowed ranges, where m ≤ 1). When they add up to less (a
      reduction, m < 0), lo = -1, hi = 0.
    - f stops adding once s > P: the sign is then known (every term is
      positive, and float addition of positives never decreases), and near
      m = -1 the discount factor 1 / (1 + m)^k would otherwise overflow.
    - Exactly 100 bisection steps: mid = (lo + hi) / 2; if f(mid) > 0 then
      lo = mid else hi = mid. (The interval is then below 2^-100 wide or
      two adjacent doubles; 1e-12 needs about 40 steps.)
    - m = (lo + hi) / 2.
    """
    if sum(payments) == amount:
        return 0.0
    negative = sum(payments) < amount
    total = float(amount)
    pays = [float(p) for p in payments]

    def f(m: float) -> float:
        q = 1.0 + m
        d = 1.0
        s = 0.0
        for p in pays:
            d = d / q
            s = s + p * d
            if s > total:
                break
        return s - total

    lo, hi = (-1.0, 0.0) if negative else (0.0, 1.0)
    while not negative and f(hi) > 0:
        lo, hi = hi, hi * 2
    for _ in range(100):
        mid = (lo + hi) / 2
        if f(mid) > 0:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def apr_ear(m: float) -> tuple[Decimal, Decimal]:
    """apr = round(1200 m), ear = round(100((1 + m)^12 - 1)), exact from the float m.

    Fraction(m) is the exact value of the double, so both roundings are of
    exact numbers (JS: the double's mantissa and exponent as BigInt).
    """
    exact = Fraction(m)
    return money(1200 * exact), money(100 * ((1 + exact) ** 12 - 1))


def _plan(amount: Fraction, n: int, method: str, rate: Fraction):
    rows = _schedule(amount, n, method, rate)
    total_interest = sum(row[3] for row in rows)
    m = monthly_irr(amount, [row[1] for row in rows])
    return rows, total_interest, apr_ear(m)


def instalment(inputs: InstalmentInputs) -> InstalmentResult:
    """Schedule and figures of an instalment plan (inputs as read_instalment gives)."""
    amount, rate, method = Fraction(inputs.amount), Fraction(inputs.rate), inputs.method
    rows, total_interest, (apr, ear) = _plan(amount, inputs.periods, method, rate)
    fits = None
    if inputs.budget is not None:
        budget = Fraction(inputs.budget)
        # Smallest n first, so the loop stops at the answer.
        fits = next(
            (n for n in range(1, 61) if _payment_max(amount, n, method, rate) <= budget),
            None,
        )
    return InstalmentResult(
        schedule=tuple(Row(k, *(to_decimal(x) for x in rest)) for k, *rest in rows),
        payment_first=to_decimal(rows[0][1]),
        payment_max=to_decimal(max(row[1] for row in rows)),
        total_interest=to_decimal(total_interest),
        total_paid=to_decimal(amount + total_interest),
        apr=apr,
        ear=ear,
        periods_for_budget=fits,
        payment_max_at_60=to_decimal(_payment_max(amount, 60, method, rate)),
    )


def compare_methods(amount: Decimal, periods: int, method: str, rate: Decimal) -> list[Comparison]:
    """The three methods for the same amount and periods, in METHODS order.

    The family in use (fee, or annuity and linear) at the reader's rate, the
    other family at its default rate.
    """
    fee_family = method == "fee"
    out = []
    for other in METHODS:
        same = (other == "fee") == fee_family
        used = rate if same else Decimal(default_rate(other))
        _, total_interest, (apr, _) = _plan(Fraction(amount), periods, other, Fraction(used))
        out.append(Comparison(other, used, to_decimal(total_interest), apr))
    return out


def instalment_outputs(result: InstalmentResult) -> dict[str, str]:
    """The data-value of every data-out of the instalment calculator."""
    names = ("payment_first", "payment_max", "total_interest", "total_paid", "apr", "ear", "periods_for_budget")
    return {name: value_string(getattr(result, name)) for name in names}


# --------------------------------------------------------------------------
# Overdue fees
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class OverdueInputs:
    balance: Decimal  # S
    paid: Decimal = Decimal("0")  # empty means 0
    minimum: Decimal | None = None  # M; unset means round(S x 10 / 100)
    days: int = 30
    daily_rate: Decimal = Decimal("0.05")  # % a day
    penalty_rate: Decimal = Decimal("5")  # % of the unpaid minimum
    penalty_min: Decimal = Decimal("0")  # empty means 0
    penalty_max: Decimal | None = None  # unset: no cap
    grace_days: int = 20
    basis: str = "full"  # full or unpaid
    compound: str = "1"  # "1" or "0", as in the URL


class Cycle(NamedTuple):
    period: int
    days: int  # length of the cycle (the last may be cut short)
    interest: Decimal  # this cycle's interest, without the lost-grace interest
    balance: Decimal  # balance bearing interest in this cycle


class Waiting(NamedTuple):
    days: int
    total: Decimal


class Way(NamedTuple):
    """One row of "three ways to pay": what the statement has cost by `days` if the reader
    had paid `paid` by the due date (that amount plus what is still owed)."""

    way: str  # none, minimum or full
    paid: Decimal
    interest: Decimal
    penalties: Decimal
    total: Decimal


@dataclass(frozen=True)
class OverdueResult:
    principal: Decimal
    grace_interest: Decimal  # G, charged with the first cycle
    interest: Decimal  # G plus all cycle interest
    penalties: Decimal
    total: Decimal
    cycles: tuple[Cycle, ...]
    missed_due_dates: int
    minimum: Decimal  # M used (given, or 10 % of S)
    penalty_each: Decimal  # late fee per missed due date
    ways: tuple[Way, ...] = ()  # three ways to pay: nothing, the minimum, in full



CYCLE_DAYS = 30
WAITING_DAYS = (30, 60, 90, 180, 365)


def read_overdue(params: Mapping[str, str]) -> tuple[OverdueInputs | None, dict[str, str]]:
    """The overdue form's values, or None and {field: message key}."""
    errors: dict[str, str] = {}
    v = _read_all(params, OVERDUE_FIELDS, OVERDUE_DEFAULTS, errors)

    def both(a, b):  # cross-field checks only between fields both set and valid (an error leaves None)
        return v[a] is not None and v[b] is not None

    if both("paid", "balance") and v["paid"] >= v["balance"]:
        errors["paid"] = "paid"
    if both("minimum", "balance") and v["minimum"] > v["balance"]:
        errors["minimum"] = "minimum"
    if both("penalty_min", "penalty_max") and v["penalty_max"] < v["penalty_min"]:
        errors["penalty_max"] = "penalty_max"
    if errors:
        return None, errors
    for name in ("paid", "penalty_min"):  # optional, empty means 0
        if v[name] is None:
            v[name] = Decimal("0")
    return OverdueInputs(**v), errors


def overdue(inputs: OverdueInputs) -> OverdueResult:
    """What an overdue bill grows to after inputs.days days (day 0 = missed due date),
    with the three ways to pay for the same inputs and days."""
    result = _overdue(inputs)
    return replace(result, ways=three_ways(inputs, result.minimum))


def three_ways(inputs: OverdueInputs, minimum: Decimal) -> tuple[Way, ...]:
    """Paid nothing, paid the minimum M, paid in full by the due date (the reader's own
    `paid` plays no part). Paying M avoids the late fees but not the interest; paying S in
    full costs S and nothing more. Where M >= S the minimum row is the full row."""
    s = to_decimal(Fraction(inputs.balance))
    none = _overdue(replace(inputs, paid=Decimal("0")))
    full = Way("full", s, Decimal("0.00"), Decimal("0.00"), s)
    if minimum >= s:
        least = full._replace(way="minimum")
    else:
        owed = _overdue(replace(inputs, paid=minimum))
        paid = to_decimal(Fraction(minimum))
        least = Way("minimum", paid, owed.interest, owed.penalties, to_decimal(Fraction(paid) + Fraction(owed.total)))
    return (
        Way("none", Decimal("0.00"), none.interest, none.penalties, none.total),
        least,
        full,
    )


def _overdue(inputs: OverdueInputs) -> OverdueResult:
    s = Fraction(inputs.balance)
    paid = Fraction(inputs.paid)
    rate = Fraction(inputs.daily_rate)
    unpaid = s - paid
    base = s if inputs.basis == "full" else unpaid
    grace = round_half_up(base * rate * inputs.grace_days / 100)

    cycles = []
    balance = unpaid
    start = 0
    while start < inputs.days:
        length = min(CYCLE_DAYS, inputs.days - start)
        charged = round_half_up(balance * rate * length / 100)
        cycles.append(Cycle(len(cycles) + 1, length, to_decimal(charged), to_decimal(balance)))
        if inputs.compound == "1":
            # G joins the balance with the first cycle's interest; late fees never do.
            balance += charged + (grace if start == 0 else 0)
        start += length
    interest = grace + sum(Fraction(c.interest) for c in cycles)

    # Due dates on days 0, 30, 60, …; each one before `days` was missed.
    missed = -(-inputs.days // CYCLE_DAYS)
    minimum = Fraction(inputs.minimum) if inputs.minimum is not None else round_half_up(s * 10 / 100)
    short = minimum - paid
    each = Fraction(0)
    if short > 0:
        each = max(round_half_up(Fraction(inputs.penalty_rate) * short / 100), Fraction(inputs.penalty_min))
        if inputs.penalty_max is not None:
            each = min(each, Fraction(inputs.penalty_max))
    penalties = each * missed

    return OverdueResult(
        principal=to_decimal(unpaid),
        grace_interest=to_decimal(grace),
        interest=to_decimal(interest),
        penalties=to_decimal(penalties),
        total=to_decimal(unpaid + interest + penalties),
        cycles=tuple(cycles),
        missed_due_dates=missed,
        minimum=to_decimal(minimum),
        penalty_each=to_decimal(each),
    )


def cost_of_waiting(inputs: OverdueInputs) -> tuple[Waiting, ...]:
    """`total` after 30, 60, 90, 180 and 365 days, all else the same."""
    return tuple(Waiting(d, _overdue(replace(inputs, days=d)).total) for d in WAITING_DAYS)


WAY_OUTPUTS = {"none": "total_if_none", "minimum": "total_if_minimum", "full": "total_if_full"}


def overdue_outputs(result: OverdueResult) -> dict[str, str]:
    """The data-value of every data-out of the overdue calculator, three ways to pay included."""
    out = {name: value_string(getattr(result, name)) for name in ("principal", "interest", "penalties", "total")}
    out.update({WAY_OUTPUTS[w.way]: value_string(w.total) for w in result.ways})
    return out
