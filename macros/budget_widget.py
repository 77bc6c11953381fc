"""Renders the budget calculator: labelled form, the worked result, and the next step in words
and links (macros/budget.py holds the rules, labels.BUDGET the words).

What is left decides what follows: enough (≥ ¥1) → links carrying the figures on to a plan;
less → plain words on what to tell the bank and where to get help, and no plan; nothing
typed yet → a prompt. budget-ui.js shows the same one of the three as the reader types.
"""

from html import escape
from urllib.parse import urlencode

from . import budget, labels, labels_compact
from .widgets import MacroArgumentError, _calculator, _full_link, _output, _text_field, check_params, fmt_money


def budget_calculator(lang: str, page: str, links: dict, full_calculator: str | None = None, **given) -> str:
    """links: {"plan": {key: url of PLAN_LINKS' page}, "personalised": url, "help": url}, each
    relative to this page. With full_calculator the calculator is compact: a link to the full
    one (same figures) instead of the copy-link button."""
    params, inputs = check_params(
        {**budget.DEFAULTS, **given}, budget.FIELDS, budget.read_budget, page, "budget_calculator"
    )
    t = labels.BUDGET[lang]
    result = budget.budget(inputs)
    values = budget.budget_outputs(result)
    form = "".join(_text_field("budget", n, t["fields"][n], params[n], "decimal") for n in budget.FIELDS)
    outputs = "".join(
        _output(n, t["outputs"][n], values[n], fmt_money(getattr(result, n), lang)) for n in budget.OUTPUTS
    )
    items = "".join(
        f'<li><a data-role="plan-link" data-carry="{escape(urlencode(carry))}"'
        f' href="{escape(links["plan"][key] + "?" + urlencode(budget.link_query(inputs, result, carry)))}">'
        f'{escape(t["links"][key])}</a></li>'
        for key, _, carry in budget.PLAN_LINKS
    )
    state = "empty" if result.empty else "enough" if result.enough else "short"

    def hidden(name):
        return "" if state == name else " hidden"

    results = (
        f'<dl class="calc__outputs">{outputs}</dl>'
        f'<div class="calc__note" data-role="enough"{hidden("enough")}>'
        f'<p>{escape(t["enough"])}</p><ul>{items}</ul></div>'
        f'<p class="calc__note" data-role="short"{hidden("short")}>{escape(t["short"])}'
        f'<a href="{escape(links["personalised"])}">{escape(t["short_plan"])}</a>{escape(t["stop"])}'
        f'<a href="{escape(links["help"])}">{escape(t["short_help"])}</a>{escape(t["stop"])}'
        f'{escape(t["short_end"])}</p>'
        f'<p class="calc__note" data-role="empty"{hidden("empty")}>{escape(t["empty"])}</p>'
    )
    i18n = {"lang": lang, "messages": t["messages"], "copied": t["copied"], "copy_failed": t["copy_failed"]}
    full = ""
    if full_calculator:
        full = _full_link(full_calculator, params, budget.FIELDS, labels_compact.BUDGET[lang]["full"])
    return _calculator("budget", t, i18n, form, results, full_link=full)



def budget_figure(lang: str, page: str, out: str, **given) -> str:
    """One figure of a budget scenario, formatted for the page, for quoting in prose."""
    _, inputs = check_params({**budget.DEFAULTS, **given}, budget.FIELDS, budget.read_budget, page, "budget_figure")
    if out not in budget.OUTPUTS:
        raise MacroArgumentError(f"{page}: budget_figure() has no output {out!r}; it has {', '.join(budget.OUTPUTS)}")
    return fmt_money(getattr(budget.budget(inputs), out), lang)
