"""Renders the offer check: labelled form and the worked result for its defaults (rules: offer.py)."""

import json
from decimal import Decimal
from html import escape
from urllib.parse import urlencode

from . import offer
from .labels_offer import OFFER
from .widgets import MacroArgumentError, _calculator, _output, _text_field, check_params, fmt_money, fmt_percent

# What the links to the proposal letter and the agreement checklist carry (their own
# parameters of these names).
LETTER_FIELDS = ("debt", "down", "periods", "payment")
EXTREME_APR = Decimal(100)  # above this the page says plainly how extreme the offer is


def notes(t: dict, inputs: offer.OfferInputs, result: offer.OfferResult, lang: str) -> dict[str, str]:
    """The sentences beside the figures: extra or reduction, how extreme, the term, the budget."""
    def money(v):
        return fmt_money(v, lang)

    if result.extra > 0:
        extra = t["extra_more"].format(amount=money(result.extra))
    elif result.extra < 0:
        extra = t["extra_less"].format(amount=money(-result.extra))
    else:
        extra = t["extra_none"]
    if inputs.budget is None:
        budget = t["budget_none"]
    else:
        key = "budget_over" if result.over_budget else "budget_ok"
        budget = t[key].format(payment=money(inputs.payment), budget=money(inputs.budget))
    return {
        "extra": extra,
        "apr": t["apr_extreme"] if result.apr > EXTREME_APR else "",
        "term": t["term_over"] if result.over_term else t["term_ok"],
        "budget": budget,
    }


def offer_calculator(lang: str, page: str, letter_url: str, checklist_url: str, **given) -> str:
    """The offer check with the page's defaults (argument names = URL parameters); letter_url and
    checklist_url are the proposal letter's and the agreement checklist's pages, relative to this one."""
    params, inputs = check_params(
        {**offer.OFFER_DEFAULTS, **given}, offer.OFFER_FIELDS, offer.read_offer, page, "offer_calculator"
    )
    t = OFFER[lang]
    result = offer.offer(inputs)
    values = offer.offer_outputs(result)
    shown = {
        "total_paid": fmt_money(result.total_paid, lang),
        "extra": fmt_money(result.extra, lang),
        "apr": fmt_percent(result.apr, lang),
        "ear": fmt_percent(result.ear, lang),
        "fee_equivalent": fmt_percent(result.fee_equivalent, lang),
        "over_term": t["flag"][values["over_term"]],
        "over_budget": t["flag"][values["over_budget"]],
    }
    form = "".join(
        _text_field("offer", name, t["fields"][name], params.get(name, ""), "numeric" if kind == "whole" else "decimal")
        for name, (kind, _) in offer.OFFER_FIELDS.items()
    )
    outputs = "".join(_output(n, t["outputs"][n], values[n], shown[n]) for n in values)
    said = notes(t, inputs, result, lang)
    sentences = "".join(
        f'<p class="calc__note" data-role="{name}-note" aria-live="polite">{escape(text)}</p>'
        for name, text in said.items()
    )
    query = urlencode({n: params[n] for n in LETTER_FIELDS if params.get(n, "") != ""})
    letter = (
        f'<p class="calc__note"><a class="md-button" data-role="letter-link"'
        f' href="{escape(letter_url + "?" + query)}">{escape(t["letter"])}</a></p>'
        f'<p class="calc__note"><a data-role="checklist-link"'
        f' href="{escape(checklist_url + "?" + query)}">{escape(t["checklist"])}</a></p>'
    )
    results = (
        f'<dl class="calc__outputs">{outputs}</dl>{sentences}'
        f'<p class="calc__note">{escape(t["fee_note"])}</p><p class="calc__note">{escape(t["estimate"])}</p>{letter}'
    )
    i18n = {
        "lang": lang,
        "messages": t["messages"],
        "flag": t["flag"],
        **{k: t[k] for k in ("extra_more", "extra_none", "extra_less", "apr_extreme", "term_over", "term_ok")},
        **{k: t[k] for k in ("budget_none", "budget_over", "budget_ok", "copied", "copy_failed")},
    }
    return _calculator("offer", t, i18n, form, results)


PERCENT_OUTPUTS = ("apr", "ear", "fee_equivalent")
FLAG_OUTPUTS = ("over_term", "over_budget")


def offer_figure(lang: str, page: str, out: str, **given) -> str:
    """One figure of an offer scenario, formatted as the calculator shows it, for quoting in prose:
    money with its currency, a percentage without its sign (the page writes "%"), a flag as its word."""
    _, inputs = check_params(
        {**offer.OFFER_DEFAULTS, **given}, offer.OFFER_FIELDS, offer.read_offer, page, "offer_figure"
    )
    if out not in offer.OUTPUTS:
        raise MacroArgumentError(f"{page}: offer_figure() has no output {out!r}; it has {', '.join(offer.OUTPUTS)}")
    result = offer.offer(inputs)
    if out in FLAG_OUTPUTS:
        return OFFER[lang]["flag"][offer.offer_outputs(result)[out]]
    value = getattr(result, out)
    return fmt_percent(value, lang) if out in PERCENT_OUTPUTS else fmt_money(value, lang)


def plan_summary(lang: str) -> str:
    """A small box the browser fills from the link's plan (offer-check parameters); hidden without one,
    and with JavaScript off (the checklist prints as it always has)."""
    from .labels_offer import PLAN_SUMMARY

    t = PLAN_SUMMARY[lang]
    rows = "".join(_output(n, label, "", "") for n, label in t["outputs"].items())
    i18n = {"lang": lang, "invalid": t["invalid"]}
    return (
        f'<aside class="calc plan-summary" data-calculator="plan" aria-label="{escape(t["title"])}"'
        f' data-i18n="{escape(json.dumps(i18n, ensure_ascii=False))}" data-search-exclude hidden>'
        f'<p class="plan-summary__title"><strong>{escape(t["title"])}</strong></p>'
        f'<p class="calc__note" data-role="plan-note" aria-live="polite"></p>'
        f'<section class="calc__results" hidden><dl class="calc__outputs">{rows}</dl>'
        f'<p class="calc__note">{escape(t["note"])}</p></section></aside>'
    )
