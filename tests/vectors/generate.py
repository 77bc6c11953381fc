"""Writes the shared calculator vectors from the Python reference (macros/finance.py).

Run from the repository root:  .venv/bin/python tests/vectors/generate.py
The browser tests read instalment.json and overdue.json and must give the same
strings; tests/test_vectors_fresh.py fails when these files are stale.

Each case: {"params": what the URL would carry (strings, sometimes as typed:
"¥12,000", full-width digits), "errors": {field: message key}, "outputs":
{data-out name: data-value} ({} on errors), for the instalment plan "irr" (the
monthly IRR m as Python's repr, "" on errors), and the lists as strings:
"schedule" [[period, payment, principal, charge, balance], ...] and "compare"
[[method, rate, total interest, apr], ...] for the instalment plan; "cycles"
[[period, days, interest, balance], ...] and "waiting" [[days, total], ...]
for overdue fees ([] on errors).
The output is the same on every run: a fixed seed, and no clock or float
formatting involved.
"""

from __future__ import annotations

import json
import random
import sys
from contextlib import contextmanager
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from macros import budget as budget_rules  # noqa: E402
from macros import finance, letter, offer  # noqa: E402 (needs the sys.path line above: run as a plain script)

SEED = 20240611
FILES = ("instalment.json", "overdue.json", "offer.json", "capitals.json", "budget.json")

# ---------------------------------------------------------------- cases


def instalment_case(params: dict[str, str]) -> dict:
    inputs, errors = finance.read_instalment(params)
    if inputs is None:
        return {"params": params, "errors": errors, "outputs": {}, "irr": "", "schedule": [], "compare": []}
    result = finance.instalment(inputs)
    compare = finance.compare_methods(inputs.amount, inputs.periods, inputs.method, inputs.rate)
    m = finance.monthly_irr(Fraction(inputs.amount), [Fraction(row.payment) for row in result.schedule])
    return {
        "params": params,
        "errors": {},
        "outputs": finance.instalment_outputs(result),
        # The monthly IRR behind apr and ear: repr() is the shortest text that reads back as
        # this very double (JS Number() reads it back the same), so the check is bit for bit.
        "irr": repr(m),
        "schedule": [[str(row.period)] + [finance.value_string(x) for x in row[1:]] for row in result.schedule],
        # The comparison table: method, rate used (no trailing zeros), total interest, APR.
        "compare": [
            [c.method, f"{c.rate.normalize():f}", finance.value_string(c.total_interest), finance.value_string(c.apr)]
            for c in compare
        ],
    }


def overdue_case(params: dict[str, str]) -> dict:
    inputs, errors = finance.read_overdue(params)
    if inputs is None:
        return {"params": params, "errors": errors, "outputs": {}, "cycles": [], "waiting": [], "ways": []}
    result = finance.overdue(inputs)
    return {
        "params": params,
        "errors": {},
        "outputs": finance.overdue_outputs(result),
        "cycles": [
            [str(c.period), str(c.days), finance.value_string(c.interest), finance.value_string(c.balance)]
            for c in result.cycles
        ],
        "waiting": [[str(w.days), finance.value_string(w.total)] for w in finance.cost_of_waiting(inputs)],
        "ways": [[w.way] + [finance.value_string(x) for x in w[1:]] for w in result.ways],
    }


@contextmanager
def counting_ties():
    """Counts the exact half-cent ties finance.round_half_up meets (to pick tie cases)."""
    ties = []
    original = finance.round_half_up

    def counting(x):
        if (x * 100 - Fraction(1, 2)).denominator == 1:
            ties.append(x)
        return original(x)

    finance.round_half_up = counting
    try:
        yield ties
    finally:
        finance.round_half_up = original


def has_tie(read, run, params) -> bool:
    inputs, errors = read(params)
    if inputs is None:
        return False
    with counting_ties() as ties:
        run(inputs)
    return bool(ties)


# ---------------------------------------------------------------- typed forms

WIDE_DIGITS = str.maketrans("0123456789.,", "０１２３４５６７８９．，")


def grouped(text: str) -> str:
    """ "12000.5" -> "12,000.5" """
    whole, dot, frac = text.partition(".")
    parts = []
    while len(whole) > 3:
        parts.insert(0, whole[-3:])
        whole = whole[:-3]
    parts.insert(0, whole)
    return ",".join(parts) + dot + frac


def typed_money(rng: random.Random, text: str) -> str:
    """The same amount as a reader might type it (still valid)."""
    style = rng.randrange(8)
    if style == 0:
        return "¥" + grouped(text)
    if style == 1:
        return text.translate(WIDE_DIGITS)
    if style == 2:
        return "￥" + grouped(text).translate(WIDE_DIGITS)
    if style == 3:
        return " " + grouped(text).replace(",", " ,") + "\u3000"
    return text


def typed_percent(rng: random.Random, text: str) -> str:
    style = rng.randrange(6)
    if style == 0:
        return text + "%"
    if style == 1:
        return text.translate(WIDE_DIGITS) + "％"
    return text


def cents_text(cents: int) -> str:
    """Money as the URL would carry it: whole yuan bare, else two decimals."""
    if cents % 100 == 0:
        return str(cents // 100)
    return f"{cents // 100}.{cents % 100:02d}"


def random_cents(rng: random.Random, lo: int, hi: int) -> int:
    """Spread over the orders of magnitude, with .00/.01/.99 endings common."""
    digits_lo, digits_hi = len(str(lo)), len(str(hi))
    cents = rng.randint(lo, min(hi, 10 ** rng.randint(digits_lo, digits_hi)))
    ending = rng.randrange(6)
    if ending == 0:
        cents -= cents % 100
    elif ending == 1:
        cents = cents - cents % 100 + 1
    elif ending == 2:
        cents = cents - cents % 100 + 99
    return min(max(cents, lo), hi)


def random_percent(rng: random.Random, hi: int) -> str:
    """0 … hi with 0 to 4 decimals."""
    places = rng.choice((0, 0, 1, 2, 4))
    scale = 10**places
    value = rng.randint(0, hi * scale)
    if rng.randrange(3) == 0:  # usual rates sit low in the range
        value = rng.randint(0, max(1, hi * scale // 10))
    if places == 0:
        return str(value)
    return f"{value // scale}.{value % scale:0{places}d}"


# ---------------------------------------------------------------- instalment


def payment_max(amount: str, periods: int, method: str, rate: str) -> int:
    """payment_max in cents for a plan (used to place budgets on both sides)."""
    inputs = finance.InstalmentInputs(Decimal(amount), periods, method, Decimal(rate))
    return int(finance.instalment(inputs).payment_max * 100)


def instalment_params(rng: random.Random) -> dict[str, str]:
    method = rng.choice(finance.METHODS)
    amount = cents_text(random_cents(rng, 20000, 1_000_000_000))
    periods = rng.choice((1, 60, rng.randint(1, 60), rng.randint(1, 24), rng.randint(1, 60)))
    rate = random_percent(rng, 10 if method == "fee" else 100)
    params = {"amount": amount, "periods": str(periods), "method": method, "rate": rate}
    kind = rng.randrange(8)
    if kind in (0, 1):  # a budget that fits some n exactly, or a cent below
        n = rng.randint(1, 60)
        cents = payment_max(amount, n, method, rate) - rng.choice((0, 1))
        if cents >= 100:
            params["budget"] = cents_text(cents)
    elif kind == 2:  # a budget no n fits
        cents = payment_max(amount, 60, method, rate) - rng.randint(1, 1000)
        params["budget"] = cents_text(max(cents, 100))
    elif kind == 3:  # any budget
        params["budget"] = cents_text(random_cents(rng, 100, 1_000_000_000))
    elif kind == 4:
        params["budget"] = ""  # empty optional: unset
    if rng.randrange(4) == 0:
        params["amount"] = typed_money(rng, amount)
        params["rate"] = typed_percent(rng, rate)
        if "budget" in params:
            params["budget"] = typed_money(rng, params["budget"])
    return params


INSTALMENT_WORKED = [
    {},
    {"amount": "12000", "periods": "12", "method": "fee", "rate": "0.6"},
    {"amount": "12000", "periods": "12", "method": "annuity", "rate": "13"},
    {"amount": "12000", "periods": "12", "method": "linear", "rate": "13"},
    {"amount": "12000", "periods": "12", "method": "fee", "rate": "0.6", "budget": "1500"},
    {"method": "annuity"},  # rate takes the annual default
    {"method": "linear"},
]


def instalment_edges() -> list[dict[str, str]]:
    out = []
    for method in finance.METHODS:
        hi = "10" if method == "fee" else "100"
        for amount in ("200", "200.01", "200.99", "9999999.99", "10000000"):
            for periods in ("1", "2", "59", "60"):
                for rate in ("0", "0.0001", hi, finance.default_rate(method)):
                    out.append({"amount": amount, "periods": periods, "method": method, "rate": rate})
    # Half-cent ties, constructed: fee 200.50 × 1 % = 2.005; base 200.01 / 2 =
    # 100.005; interest 600 × 0.01 / 1200 = 0.005; annuity 300 × (1 + 0.02/1200).
    out += [
        {"amount": "200.50", "periods": "3", "method": "fee", "rate": "1"},
        {"amount": "200.01", "periods": "2", "method": "fee", "rate": "0"},
        {"amount": "200.01", "periods": "2", "method": "linear", "rate": "0"},
        {"amount": "600", "periods": "1", "method": "linear", "rate": "0.01"},
        {"amount": "300", "periods": "1", "method": "annuity", "rate": "0.02"},
        {"amount": "200.03", "periods": "6", "method": "annuity", "rate": "0"},
    ]
    # Budgets: n = 1 fits, none fits, the boundary of the worked check (n = 9: 1405.36).
    for budget in ("1405.36", "1405.35", "1572", "1571.99", "12072", "1", "271.99", "272", "10000000"):
        out.append({"amount": "12000", "periods": "12", "method": "fee", "rate": "0.6", "budget": budget})
    for method in ("annuity", "linear"):
        for budget in ("1", "300", "1130", "12130", "10000000"):
            out.append({"amount": "12000", "periods": "24", "method": method, "rate": "13", "budget": budget})
    # Typed forms of the default amount, and a param the page does not know.
    for amount in ("¥12,000", "１２，０００", "12 000", "￥１２０００．００", "\u300012\u00a0000 ", "012000"):
        out.append({"amount": amount, "periods": "１２", "rate": "0.6%"})
    out.append({"amount": "12000", "utm_source": "x", "lang": "en"})
    # An optional field of spaces only is empty: unset, not an error.
    out += [{"budget": " "}, {"budget": "\u3000\u00a0"}]
    out.append({"rate": "13％", "method": " annuity "})
    return out


def instalment_tie_cases(rng: random.Random, count: int) -> list[dict[str, str]]:
    """Random plans whose figures meet at least one exact half-cent tie."""
    out = []
    while len(out) < count:
        method = rng.choice(finance.METHODS)
        amount = cents_text(rng.randint(20000, 2_000_000))
        places = rng.choice((1, 2, 3))
        rate = f"{rng.randint(0, 10 if method == 'fee' else 60)}.{rng.randint(0, 10**places - 1):0{places}d}"
        params = {"amount": amount, "periods": str(rng.randint(1, 12)), "method": method, "rate": rate}
        if has_tie(finance.read_instalment, finance.instalment, params):
            out.append(params)
    return out


BAD_MONEY = ["", " ", "abc", "-1", "1e5", "NaN", "Infinity", "0x10", "¥¥12000", "1,2345", "12000。", "。",
             "12.345", "12,00", "12000.", ".5", "+12000", "12000元", "１２０００円", "12\t000", "12000\n", "١٢٠٠٠",
             # A leading minus is refused even where the number after it is in range (0 for paid).
             "-0", "-0.00", "-0.50", "¥-0.50", "-¥0.50", "－0.50"]
BAD_PERCENT = ["", "abc", "-1", "1e1", "NaN", "%5", "5%%", "0.12345", "1,5", "5 %%", "¥5", "0x1", "。"]
BAD_WHOLE = ["", "abc", "-1", "1.0", "1e1", "12.", "１２．", "0x1", "NaN", "+5", "1,2", "5%"]


def instalment_errors() -> list[dict[str, str]]:
    out = []
    for bad in BAD_MONEY + ["199.99", "0", "10000000.01", "99999999999999999999"]:
        out.append({"amount": bad})
    for bad in BAD_WHOLE + ["0", "61", "00", "999999999999999999999"]:
        out.append({"periods": bad})
    for bad in ["", "Fee", "FEE", "annuity2", "等额本息", "fee,annuity", "0"]:
        out.append({"method": bad})
    for bad in BAD_PERCENT + ["10.0001", "11"]:
        out.append({"method": "fee", "rate": bad})
    for i, bad in enumerate(BAD_PERCENT + ["100.0001", "101", "13.00001"]):
        out.append({"method": ("annuity", "linear")[i % 2], "rate": bad})
    for bad in [b for b in BAD_MONEY if b.strip()] + ["0.99", "0", "10000000.01", "¥"]:
        out.append({"budget": bad})
    # An invalid method hides the rate; several errors at once; a fee rate fine as annual.
    out += [
        {"method": "x", "rate": "y"},
        {"method": "x", "rate": "500", "amount": "199.99"},
        {"method": "", "rate": "13"},
        {"amount": "", "periods": "", "method": "fee", "rate": "", "budget": "x"},
        {"method": "fee", "rate": "13"},
        {"method": "annuity", "rate": "1e1", "periods": "61", "budget": "-5"},
    ]
    return out


def instalment_cases() -> list[dict]:
    rng = random.Random(SEED)
    params = list(INSTALMENT_WORKED) + instalment_edges() + instalment_tie_cases(rng, 24)
    params += [instalment_params(rng) for _ in range(420)]
    params += instalment_errors()
    return [instalment_case(p) for p in params]


# ---------------------------------------------------------------- overdue


def overdue_params(rng: random.Random) -> dict[str, str]:
    balance_cents = random_cents(rng, 100, 1_000_000_000)
    params = {"balance": cents_text(balance_cents)}
    paid = rng.randrange(5)
    if paid == 1:
        params["paid"] = cents_text(rng.randrange(balance_cents))
    elif paid == 2:
        params["paid"] = cents_text(balance_cents - 1)  # just under the balance
    elif paid == 3:
        params["paid"] = ""
    if rng.randrange(3) == 0:
        params["minimum"] = cents_text(rng.randint(1, balance_cents))
    params["days"] = str(
        rng.choice((1, 29, 30, 31, 59, 60, 61, 90, 365, 1095, rng.randint(1, 1095), rng.randint(1, 200)))
    )
    params["daily_rate"] = rng.choice(("0", "0.05", "0.035", "1", random_percent(rng, 1)))
    params["penalty_rate"] = rng.choice(("0", "5", "100", random_percent(rng, 100)))
    if rng.randrange(2):
        low = rng.randint(0, 100_000)
        params["penalty_min"] = cents_text(low)
        if rng.randrange(2):
            params["penalty_max"] = cents_text(rng.randint(low, 1_000_000))
    elif rng.randrange(3) == 0:
        params["penalty_max"] = cents_text(rng.randint(0, 1_000_000))
    params["grace_days"] = str(rng.choice((0, 20, 60, rng.randint(0, 60))))
    params["basis"] = rng.choice(("full", "unpaid"))
    params["compound"] = rng.choice(("1", "0"))
    if rng.randrange(4) == 0:
        params["balance"] = typed_money(rng, params["balance"])
        params["daily_rate"] = typed_percent(rng, params["daily_rate"])
    return params


OVERDUE_WORKED = [
    {},
    {"balance": "10000", "paid": "0", "days": "30"},
    {"balance": "10000", "paid": "500", "days": "90"},
    {"balance": "10000", "paid": "0", "days": "90", "penalty_min": "10", "penalty_max": "30"},
    {"balance": "10000", "penalty_rate": "0", "days": "45", "penalty_min": "20"},
    # Three ways to pay: the minimum as large as the bill; lost-grace interest on the unpaid part only.
    {"balance": "10000", "minimum": "10000", "days": "30"},
    {"balance": "10000", "days": "30", "basis": "unpaid"},
    {"balance": "10000", "paid": "2000", "minimum": "1500", "days": "200", "compound": "0"},
]


def overdue_edges() -> list[dict[str, str]]:
    out = []
    for days in ("1", "29", "30", "31", "60", "61", "1094", "1095"):
        for compound in ("1", "0"):
            for basis in ("full", "unpaid"):
                out.append({"balance": "10000", "paid": "2500", "days": days, "compound": compound, "basis": basis})
    for balance in ("1", "1.01", "1.99", "9999999.99", "10000000"):
        for paid in ("", "0", "0.01"):
            out.append({"balance": balance, "paid": paid, "days": "365"})
        cents = int(finance.read_money(balance) * 100)
        out.append({"balance": balance, "paid": cents_text(cents - 1), "days": "95"})  # just under
        out.append({"balance": balance, "minimum": balance, "days": "61"})  # M = S
    for rate in ("0", "0.0001", "1"):
        out.append({"daily_rate": rate, "days": "400"})
        out.append({"penalty_rate": rate, "days": "400", "penalty_min": "25"})
    # Late fees: floor, cap, both, M <= paid (no fee even with a floor), rate 0.
    out += [
        {"penalty_min": "60", "days": "75"},
        {"penalty_max": "40", "days": "75"},
        {"penalty_min": "40", "penalty_max": "40", "days": "75"},
        {"penalty_min": "1000", "penalty_max": "10000", "days": "1095"},
        {"penalty_max": "0", "days": "200"},
        {"paid": "1000", "penalty_min": "20", "days": "90"},
        {"paid": "1200", "penalty_min": "20", "days": "90"},
        {"paid": "999.99", "penalty_min": "20", "days": "90"},
        {"minimum": "300", "paid": "200", "days": "90"},
        {"minimum": "0.01", "days": "90"},
        {"grace_days": "0", "days": "1"},
        {"grace_days": "60", "days": "1", "basis": "unpaid", "paid": "9999.99"},
    ]
    # Half-cent ties, constructed: G = 1 × 0.5 × 1 / 100 = 0.005; a cycle of
    # 10 days on 1 at 0.05 % = 0.005; a late fee of 5 % of 0.10 = 0.005.
    out += [
        {"balance": "1", "daily_rate": "0.5", "grace_days": "1", "days": "1"},
        {"balance": "1", "daily_rate": "0.05", "grace_days": "0", "days": "10"},
        {"balance": "1", "minimum": "0.10", "days": "31"},
        {"balance": "10000", "daily_rate": "0.0005", "grace_days": "1", "days": "1"},
    ]
    for typed in ("¥10,000", "１００００", "10 000", "￥１０，０００．００"):
        out.append({"balance": typed, "days": "３０", "daily_rate": "0.05％"})
    out.append({"balance": "10000", "lang": "zh", "ref": "abc"})
    # An optional field of spaces only is empty: unset (or 0), not an error.
    out += [{"paid": " "}, {"minimum": "\u3000"}, {"penalty_min": "\u00a0"}, {"penalty_max": " \u3000 "}]
    return out


def overdue_tie_cases(rng: random.Random, count: int) -> list[dict[str, str]]:
    """Random bills whose figures meet at least one exact half-cent tie."""
    out = []
    while len(out) < count:
        balance = rng.randint(100, 100_000)
        params = {
            "balance": cents_text(balance),
            "paid": cents_text(rng.randrange(balance)),
            "days": str(rng.randint(1, 120)),
            "daily_rate": f"0.{rng.randint(1, 999):03d}",
            "penalty_rate": str(rng.randint(0, 20)) + rng.choice(("", ".5", ".25")),
            "grace_days": str(rng.randint(0, 60)),
            "basis": rng.choice(("full", "unpaid")),
            "compound": rng.choice(("1", "0")),
        }
        if has_tie(finance.read_overdue, finance.overdue, params):
            out.append(params)
    return out


def overdue_errors() -> list[dict[str, str]]:
    out = []
    for bad in BAD_MONEY + ["0", "0.99", "10000000.01"]:
        out.append({"balance": bad})
    for bad in [b for b in BAD_MONEY if b.strip()] + ["10000", "10000.01", "10000000.01"]:
        out.append({"paid": bad})
    for bad in [b for b in BAD_MONEY if b.strip()] + ["0", "0.00", "10000.01", "10000000.01"]:
        out.append({"minimum": bad})
    for bad in BAD_WHOLE + ["0", "1096"]:
        out.append({"days": bad})
    for bad in BAD_PERCENT + ["1.0001", "2"]:
        out.append({"daily_rate": bad})
    for bad in BAD_PERCENT + ["100.0001", "101"]:
        out.append({"penalty_rate": bad})
    for bad in [b for b in BAD_MONEY if b.strip()] + ["1000.01"]:
        out.append({"penalty_min": bad})
    for bad in [b for b in BAD_MONEY if b.strip()] + ["10000.01"]:
        out.append({"penalty_max": bad})
    for bad in BAD_WHOLE + ["61"]:
        out.append({"grace_days": bad})
    for bad in ["", "Full", "all", "0", "Unpaid", "full,unpaid"]:
        out.append({"basis": bad})
    for bad in ["", "2", "true", "yes", "01", "1.0"]:
        out.append({"compound": bad})
    # Cross-field, and cross-field skipped when the other field is invalid.
    out += [
        {"balance": "500", "paid": "500"},
        {"balance": "500", "paid": "500.01"},
        {"balance": "0", "paid": "5"},
        {"balance": "500", "minimum": "500.01"},
        {"balance": "x", "minimum": "500.01"},
        {"penalty_min": "20", "penalty_max": "19.99"},
        {"penalty_min": "2000", "penalty_max": "19.99"},
        {"penalty_min": "", "penalty_max": "0"},
        {"balance": "10000", "paid": "10000", "minimum": "10000.01", "penalty_min": "20", "penalty_max": "19.99"},
        {
            "balance": "",
            "days": "",
            "daily_rate": "",
            "penalty_rate": "",
            "grace_days": "",
            "basis": "",
            "compound": "",
        },
    ]
    return out


def overdue_cases() -> list[dict]:
    rng = random.Random(SEED + 1)
    params = list(OVERDUE_WORKED) + overdue_edges() + overdue_tie_cases(rng, 24)
    params += [overdue_params(rng) for _ in range(420)]
    params += overdue_errors()
    return [overdue_case(p) for p in params]


# ---------------------------------------------------------------- offer check


def offer_case(params: dict[str, str]) -> dict:
    inputs, errors = offer.read_offer(params)
    if inputs is None:
        return {"params": params, "errors": errors, "outputs": {}}
    return {"params": params, "errors": {}, "outputs": offer.offer_outputs(offer.offer(inputs))}


OFFER_WORKED = [
    {"debt": "12000", "down": "0", "periods": "12", "payment": "1072"},
    {"debt": "10000", "down": "1000", "periods": "24", "payment": "375"},
    {"debt": "10000", "periods": "72", "payment": "200"},
]


def offer_edges() -> list[dict[str, str]]:
    """Both ends of every range: apr near 1200 and near -1200, reductions, the budget's edge."""
    return [
        {"debt": "200", "periods": "120", "payment": "200"},  # m close to 1
        {"debt": "10000000", "periods": "120", "payment": "10000000"},
        {"debt": "10000000", "periods": "1", "payment": "1"},  # m close to -1
        {"debt": "10000000", "periods": "120", "payment": "1"},
        {"debt": "10000000", "down": "5000000", "periods": "1", "payment": "5000000"},
        {"debt": "200", "down": "100", "periods": "1", "payment": "100"},
        {"debt": "200", "periods": "1", "payment": "200"},
        {"debt": "200", "periods": "2", "payment": "100.01"},
        {"debt": "200", "periods": "2", "payment": "99.99"},
        {"debt": "12000", "periods": "12", "payment": "900"},  # a reduction
        {"debt": "12000", "periods": "60", "payment": "150"},
        {"debt": "12000", "periods": "61", "payment": "150"},
        {"debt": "12000", "periods": "12", "payment": "1072", "budget": "1072"},
        {"debt": "12000", "periods": "12", "payment": "1072", "budget": "1071.99"},
        {"debt": "12000", "periods": "12", "payment": "1072", "budget": "10000000"},
        {"debt": "¥12,000.00", "down": "￥１,０００", "periods": "１２", "payment": " 1 000 "},
    ]


def offer_params(rng: random.Random) -> dict[str, str]:
    debt = random_cents(rng, 20000, 1_000_000_000)
    down = 0 if rng.randrange(3) == 0 else rng.randint(0, debt // 2)
    financed = debt - down
    periods = rng.choice((1, 2, 12, 24, 36, 60, 61, 120, rng.randint(1, 120)))
    # Around the break-even payment F / n most of the time, anywhere up to F otherwise.
    even = max(100, financed // periods)
    payment = rng.randint(max(100, even * 7 // 10), min(financed, even * 2)) if rng.randrange(4) else rng.randint(
        100, financed
    )
    params = {"debt": typed_money(rng, cents_text(debt)), "periods": str(periods)}
    if down or rng.randrange(2):
        params["down"] = typed_money(rng, cents_text(down))
    params["payment"] = typed_money(rng, cents_text(payment))
    if rng.randrange(2):
        params["budget"] = cents_text(max(100, payment + rng.randint(-5000, 5000)))
    return params


def offer_errors() -> list[dict[str, str]]:
    good = {"debt": "12000", "down": "0", "periods": "12", "payment": "1072"}
    bad = {
        "debt": ["", "199.99", "10000000.01", "-12000", "-0", "1e4", "NaN", "Infinity", "12000。", "¥¥12000",
                 "12,00", "12000.001", "12000\n"],
        "down": ["-1", "-0", "6000.01", "1e3", "NaN", "abc"],
        "periods": ["", "0", "121", "-1", "-0", "1.5", "12.0", "1e1", "Infinity"],
        "payment": ["", "0", "0.99", "12000.01", "-1", "-0", "NaN", "1,0000"],
        "budget": ["0", "0.99", "10000000.01", "-1", "-0", "x"],
    }
    cases = [{**good, name: value} for name, values in bad.items() for value in values]
    cases.append({**good, "down": "6000", "payment": "6000.01"})  # down too big: only down is reported
    cases.append({**good, "down": "5000", "payment": "7000.01"})
    cases.append({**good, "debt": "abc", "down": "99999", "payment": "99999"})  # no cross-field check
    return cases


def offer_cases() -> list[dict]:
    rng = random.Random(SEED + 2)
    params = list(OFFER_WORKED) + offer_edges() + [offer_params(rng) for _ in range(500)] + offer_errors()
    return [offer_case(p) for p in params]


# ---------------------------------------------------------------- Chinese capitals (大写)

CAPITALS_EDGES = [
    0, 1, 9, 10, 50, 99, 100, 101, 105, 110, 1000, 1001, 1010, 1100, 107200, 107205, 107250, 168032,
    1000000, 1000005, 1000500, 10000000, 10000001, 100010000, 100000000, 100100000, 1000000000, 999999999,
    1100000001, 1010101010, 20030, 1200000, 2000000000, 1000010000, 100000100,
]


def capitals_cases() -> list[dict]:
    """Cents -> the capitals: every zero rule (inside a group, across 万, at the end), 角, 分, 整."""
    rng = random.Random(SEED + 3)
    cents = CAPITALS_EDGES + [random_cents(rng, 0, 1_000_000_000) for _ in range(300)]
    # Numbers full of zeros, where the rules differ most.
    cents += [int("".join(rng.choice("0000123456789") for _ in range(rng.randint(1, 11)))) for _ in range(200)]
    return [{"cents": str(c), "text": letter.capitals(Decimal(c).scaleb(-2))} for c in cents]


# ---------------------------------------------------------------- budget


def budget_case(params: dict[str, str]) -> dict:
    """Also "state" (empty, enough or short: what the page says next) and "links" (each
    PLAN_LINKS key -> the query its link carries), "" for both on errors."""
    inputs, errors = budget_rules.read_budget(params)
    if inputs is None:
        return {"params": params, "errors": errors, "outputs": {}, "state": "", "links": {}}
    result = budget_rules.budget(inputs)
    state = "empty" if result.empty else "enough" if result.enough else "short"
    links = {
        key: "&".join(f"{k}={v}" for k, v in budget_rules.link_query(inputs, result, carry).items())
        for key, _, carry in budget_rules.PLAN_LINKS
    }
    outputs = budget_rules.budget_outputs(result)
    return {"params": params, "errors": {}, "outputs": outputs, "state": state, "links": links}


BUDGET_WORKED = [
    {"income": "8000", "housing": "2500", "living": "2000", "family": "1000", "medical": "0", "other_debts": "800"},
    {"income": "8000", "housing": "2500", "living": "2000", "family": "1000", "other_debts": "800", "debt": "12000"},
]


def budget_edges() -> list[dict[str, str]]:
    top = "10000000"
    return [
        {},
        {name: "0" for name in budget_rules.RANGES if name != "debt"},
        {"income": "1"},  # exactly 1 left: enough
        {"income": "1000.99", "housing": "1000"},  # 0.99 left: short
        {"income": "1001", "housing": "1000", "debt": "200"},
        {"income": "2000", "housing": "2000.01"},  # a cent short: -0.01
        {"housing": "1500"},  # no income
        {"income": top},
        {name: top for name in budget_rules.RANGES},  # the most: -40,000,000 left
        {"income": "¥8,000.50", "living": "２，０００．２５", "family": " 1,000\u3000"},
        {"income": "￥12,345.67", "other_debts": "0.01", "debt": "10,000,000"},
        {"debt": "5000"},  # only the debt: nothing to spend, nothing left
    ]


def budget_params(rng: random.Random) -> dict[str, str]:
    out = {}
    for name in budget_rules.RANGES:
        if rng.randrange(5) == 0:
            continue  # left empty
        lo = 20000 if name == "debt" else 0
        hi = 2_000_000 if name == "income" else 500_000 if rng.randrange(4) else 1_000_000_000
        text = cents_text(random_cents(rng, lo, min(hi, 1_000_000_000)))
        out[name] = typed_money(rng, text)
    return out


def budget_errors() -> list[dict[str, str]]:
    out = []
    for name in budget_rules.RANGES:
        for bad in [*BAD_MONEY[1:], "-0", "-0.00", "－０", "10000000.01", "0.001"]:
            out.append({name: bad})
    out.append({"debt": "199.99"})
    out.append({"debt": "0"})
    out.append({"income": "abc", "housing": "-5", "debt": "100"})  # one message per field
    return out


def budget_cases() -> list[dict]:
    rng = random.Random(SEED + 2)
    params = BUDGET_WORKED + budget_edges() + [budget_params(rng) for _ in range(500)] + budget_errors()
    return [budget_case(p) for p in params]


# ---------------------------------------------------------------- files


def dumps(cases: list[dict]) -> str:
    """One case per line, so that a diff shows which cases changed."""
    lines = [json.dumps(case, indent=None, separators=(",", ":"), ensure_ascii=False) for case in cases]
    return '{"cases":[\n' + ",\n".join(lines) + "\n]}\n"


def build() -> dict[str, str]:
    """File name -> the text it should hold."""
    return {
        "instalment.json": dumps(instalment_cases()),
        "overdue.json": dumps(overdue_cases()),
        "offer.json": dumps(offer_cases()),
        "capitals.json": dumps(capitals_cases()),
        "budget.json": dumps(budget_cases()),
    }


def main() -> None:
    for name, text in build().items():
        (HERE / name).write_text(text, encoding="utf-8")
        print(f"{name}: {text.count(chr(10)) - 2} cases, {len(text.encode())} bytes")


if __name__ == "__main__":
    main()
