"""Renders the proposal letter: its form and a blank letter (figures and details are filled in the
browser by letter-ui.js; with JavaScript off this is the template to fill by hand)."""

import json
import re
from html import escape

from . import finance, letter
from .labels_letter import AID, FORM, LETTER, REASON_AID, REASONS, STATEMENT_ROWS
from .widgets import MacroArgumentError, _select, _text_input

BLANK = "＿＿＿＿＿＿"
PRIVATE = ("name", "id_last4", "bank", "phone")


def _slot(name: str) -> str:
    """A place in the letter the browser fills: a figure (data-out) or a typed detail (data-fill)."""
    if name in PRIVATE or name in ("note", "reason"):
        return f'<span class="letter__slot" data-fill="{name}">{BLANK}</span>'
    return f'<span class="letter__slot" data-out="{name}" data-value="">{BLANK}</span>'


def _fill(template: str) -> str:
    parts = re.split(r"\{(\w+)\}", template)
    return "".join(escape(p) if i % 2 == 0 else _slot(p) for i, p in enumerate(parts)).replace("\n", "<br>")


def _aid(template: str) -> str:
    """The English reading aid: the same slots, filled in English by the browser (aid-…)."""
    parts = re.split(r"\{(\w+)\}", template)
    return "".join(
        escape(p) if i % 2 == 0 else f'<span class="letter__slot" data-aid="{p}">{BLANK}</span>'
        for i, p in enumerate(parts)
    )


def _field(name: str, label: str, control: str) -> str:
    fid = f"letter-{name}"
    return (
        f'<div class="calc__field" data-field="{name}"><label for="{fid}">{escape(label)}</label>{control}'
        f'<p class="calc__error" id="{fid}-error" aria-live="polite"></p></div>'
    )


def proposal_letter(lang: str, page: str) -> str:
    t = FORM[lang]
    figures = "".join(
        _field(n, t["fields"][n], _text_input("letter", n, "", "numeric" if n == "periods" else "decimal"))
        for n in ("debt", "down", "periods", "payment")
    )
    figures += _field("reason", t["fields"]["reason"], _select("letter", "reason", "", t["reasons"]))
    figures += "".join(
        _field(n, t["fields"][n], _text_input("letter", n, "", "decimal")) for n in letter.BUDGET_FIELDS
    )
    private = "".join(
        _field(n, t["fields"][n], _text_input("letter", n, "", "tel" if n == "phone" else "text"))
        for n in PRIVATE
    ) + _field(
        "note",
        t["fields"]["note"],
        '<textarea id="letter-note" name="note" rows="3" autocomplete="off" aria-describedby="letter-note-error">'
        "</textarea>",
    )
    form = (
        f'<form class="calc__form letter__form" novalidate aria-label="{escape(t["title"])}" data-search-exclude>'
        f'<fieldset data-figures><legend>{escape(t["figures"])}</legend>{figures}</fieldset>'
        f'<fieldset data-private><legend>{escape(t["private"])}</legend>{private}</fieldset></form>'
    )
    paragraphs = []
    for key, text in LETTER:
        zh = f'<p class="letter__para" lang="zh-CN" data-para="{key}">{_fill(text)}</p>'
        if lang == "en":
            paragraphs.append(f'<div class="letter__pair">{zh}<p class="letter__aid">{_aid(AID[key])}</p></div>')
        else:
            paragraphs.append(zh)
    rows = "".join(
        f'<tr><th scope="row"><span lang="zh-CN">{escape(zh)}</span>'
        + (f' <span class="letter__aid">({escape(en)})</span>' if lang == "en" else "")
        + f"</th><td>{_slot(name)}</td></tr>"
        for name, zh, en in STATEMENT_ROWS
    )
    head = "".join(f'<th scope="col">{escape(h)}</th>' for h in t["statement_head"])
    sheet = (
        f'<article class="letter__sheet" data-search-exclude>'
        f'<h2 class="letter__title" lang="zh-CN" id="letter-title">协商还款申请书</h2>{"".join(paragraphs)}'
        f'<table class="letter__statement"><caption>{escape(t["statement"])}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></article>"
    )
    i18n = {
        "lang": lang,
        "messages": t["messages"],
        "blank": BLANK,
        "reasons": REASONS,
        "reason_aid": REASON_AID,
        "copied": t["copied"],
        "copy_failed": t["copy_failed"],
    }
    actions = (
        f'<p class="calc__actions letter__actions" data-search-exclude>'
        f'<button type="button" class="md-button" data-action="print">{escape(t["print"])}</button> '
        f'<button type="button" class="md-button" data-action="copy-link">{escape(t["copy"])}</button>'
        f'<span class="calc__status" role="status" aria-live="polite"></span></p>'
    )
    return (
        f'<div class="calc letter" data-calculator="letter"'
        f' data-i18n="{escape(json.dumps(i18n, ensure_ascii=False))}">{form}'
        f'<p class="calc__privacy letter__privacy">{escape(t["privacy"])}</p>{actions}{sheet}</div>'
    )


def capitals_figure(page: str, amount) -> str:
    """An amount in Chinese capitals (大写) as the letter writes it, for quoting in prose; the amount
    is read as a money field (at most two decimals), from 0 to the largest any field takes."""
    value = finance.read_money(str(amount))
    if value is None or value > letter.RANGES["debt"][1]:
        raise MacroArgumentError(f"{page}: capitals_figure() cannot use amount={str(amount)!r}")
    return letter.capitals(value)
