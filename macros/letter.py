"""Proposal letter rules: reading its figures from the link, the income and spending sums, and
amounts in Chinese capitals (大写). Pure; docs/assets/javascripts/letter.js mirrors it.

Personal details (name, ID or card digits, bank, phone, free text) are no part of this module:
they are typed on the page and never leave it.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from . import budget, finance, offer

REASONS = ("job", "illness", "income", "family", "other")
BUDGET_FIELDS = ("income", *budget.ESSENTIALS, "other_debts")
# Every figure is optional here: an empty one prints as a blank to fill by hand.
RANGES = {**offer.RANGES, **{name: (Decimal(0), Decimal(10000000)) for name in BUDGET_FIELDS}}
FIGURES = ("debt", "down", "periods", "payment", *BUDGET_FIELDS)
FIELDS = (*FIGURES, "reason")


def read_letter(params: Mapping[str, str]) -> tuple[dict, dict[str, str]]:
    """{field: value or None}, {field: message key}; the offer's cross-field checks where both are set."""
    values: dict = {}
    errors: dict[str, str] = {}
    for name in FIGURES:
        text = params.get(name, "")
        if not isinstance(text, str) or finance.normalise(text) == "":
            values[name] = None
            continue
        read = finance.read_whole if name == "periods" else finance.read_money
        value = read(text)
        lo, hi = RANGES[name]
        if value is None or not lo <= value <= hi:
            errors[name] = name
            value = None
        values[name] = value
    reason = finance.normalise(params.get("reason", "") or "")
    values["reason"] = reason if reason in REASONS else None
    if reason and values["reason"] is None:
        errors["reason"] = "reason"
    debt, down, payment = values["debt"], values["down"], values["payment"]
    if debt is not None and down is not None and down * 2 > debt:
        errors["down"] = "down"
        values["down"] = None
    if debt is not None and payment is not None and "down" not in errors and payment > debt - (down or 0):
        errors["payment"] = "payment"
        values["payment"] = None
    return values, errors


def budget_sums(values: Mapping[str, Decimal | None]) -> dict[str, Decimal]:
    """The statement's sums: the budget calculator's essentials, committed and available."""
    result = budget.budget(budget.BudgetInputs(**{name: values.get(name) for name in BUDGET_FIELDS}))
    return {name: getattr(result, name) for name in budget.OUTPUTS}


DIGITS = "零壹贰叁肆伍陆柒捌玖"
UNITS = ("", "拾", "佰", "仟")
GROUPS = ("", "万", "亿", "万亿")


def capitals(amount: Decimal) -> str:
    """¥12,000.00 → 壹万贰仟元整; ¥1,072.05 → 壹仟零柒拾贰元零伍分; ¥0.50 → 伍角 (≥ 0).

    The rules of cheques and bank forms: one 零 for any run of zeros inside the number, none at
    its end; 元 then 整 when there are no 角 or 分; 元零 before 分 when 角 is zero; 角 and 分 take no 整.
    """
    cents = int(amount.scaleb(2))
    if cents < 0:
        raise ValueError("capitals of a negative amount")
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    out = _whole(yuan) + "元" if yuan else ""
    if jiao == 0 and fen == 0:
        return (out or "零元") + "整"
    if jiao:
        out += DIGITS[jiao] + "角"
    elif out:
        out += "零"
    if fen:
        out += DIGITS[fen] + "分"
    return out


def _whole(n: int) -> str:
    s = str(n)
    out, zero = "", False
    for i, ch in enumerate(s):
        p, d = len(s) - 1 - i, int(ch)
        if d == 0:
            zero = True
        else:
            if zero:
                out += "零"
                zero = False
            out += DIGITS[d] + UNITS[p % 4]
        if p % 4 == 0 and p > 0 and int(s[max(0, i - 3) : i + 1]):
            out += GROUPS[p // 4]
    return out
