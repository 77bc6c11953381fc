"""Renders a calculator's markup: labelled form, and the worked result for its defaults.

The numbers come from finance.py; the words from labels.py. The browser script
(docs/assets/javascripts/) later updates the same elements in place, so the page
reads the same with JavaScript off and in print; search indexes its figures and notes
(the form, tables and chart carry data-search-exclude: their numbers are noise there; so do
the privacy line and the overdue assumptions, which the page's own text already says).
"""

import json
from decimal import Decimal
from html import escape
from urllib.parse import urlencode

from babel.numbers import format_currency, format_decimal

from . import finance, labels, labels_compact


class MacroArgumentError(ValueError):
    """A calculator macro was called with an argument it cannot use."""


def fmt_money(value: Decimal, lang: str) -> str:
    """¥1,072.00 on 中文 pages, CNY 1,072.00 on English ones (as Intl.NumberFormat does)."""
    if lang == "zh":
        return format_currency(value, "CNY", locale="zh_CN")
    return format_currency(value, "CNY", format="¤¤\xa0#,##0.00", locale="en", currency_digits=False)


def fmt_percent(value: Decimal, lang: str) -> str:
    return format_decimal(value, format="#,##0.00##", locale="zh_CN" if lang == "zh" else "en")


def _attrs(**attrs) -> str:
    return "".join(f' {k.replace("_", "-")}="{escape(str(v))}"' for k, v in attrs.items() if v is not None)


def _tag(name: str, text: str = "", **attrs) -> str:
    return f"<{name}{_attrs(**attrs)}>{escape(text)}</{name}>"


def check_params(given: dict, fields: dict, reader, page: str, name: str):
    """Reads a macro's arguments as the page would read a URL; a bad one stops the build."""
    unknown = sorted(set(given) - set(fields))
    if unknown:
        raise MacroArgumentError(f"{page}: {name}() has no argument {', '.join(unknown)}; it takes {', '.join(fields)}")
    params = {k: "" if v is None else str(v) for k, v in given.items()}
    inputs, errors = reader(params)
    if errors:
        bad = ", ".join(f"{field}={params.get(field, '(default)')!r}" for field in errors)
        raise MacroArgumentError(f"{page}: {name}() cannot use {bad}")
    return params, inputs


def _field(calc: str, name: str, label: str, control: str) -> str:
    fid = f"{calc}-{name}"
    return (
        f'<div class="calc__field" data-field="{name}">'
        f'<label for="{fid}">{escape(label)}</label>{control}'
        f'<p class="calc__error" id="{fid}-error" aria-live="polite"></p></div>'
    )


def _text_input(calc: str, name: str, value: str, mode: str) -> str:
    fid = f"{calc}-{name}"
    return (
        f'<input id="{fid}" name="{name}" type="text" inputmode="{mode}" autocomplete="off"'
        f' spellcheck="false" value="{escape(value)}" aria-describedby="{fid}-error">'
    )


def _select(calc: str, name: str, value: str, options: dict) -> str:
    fid = f"{calc}-{name}"
    opts = "".join(
        f'<option value="{escape(k)}"{" selected" if k == value else ""}>{escape(v)}</option>'
        for k, v in options.items()
    )
    return f'<select id="{fid}" name="{name}" aria-describedby="{fid}-error">{opts}</select>'


def _output(name: str, label: str, value: str, text: str) -> str:
    return f'<div><dt>{escape(label)}</dt><dd data-out="{name}" data-value="{escape(value)}">{escape(text)}</dd></div>'


def _text_field(calc: str, name: str, label: str, value: str, mode: str) -> str:
    return _field(calc, name, label, _text_input(calc, name, value, mode))


def _select_field(calc: str, name: str, label: str, value: str, options: dict) -> str:
    return _field(calc, name, label, _select(calc, name, value, options))


def _rows(rows) -> str:
    """Table body rows, one <td> per cell (cells are text)."""
    return "".join("<tr>" + "".join(_tag("td", str(c)) for c in r) + "</tr>" for r in rows)


def _table(role: str, caption: str, head: list, rows: str, caption_id: str | None = None) -> str:
    """A results table in a region that scrolls sideways on a phone."""
    cells = "".join(_tag("th", c, scope="col") for c in head)
    return (
        f'<div class="calc__scroll" role="region" tabindex="0" aria-label="{escape(caption)}" data-search-exclude>'
        f'<table class="calc__table" data-role="{role}"><caption{_attrs(id=caption_id)}>{escape(caption)}</caption>'
        f"<thead><tr>{cells}</tr></thead><tbody>{rows}</tbody></table></div>"
    )


def _calculator(
    calc: str, t: dict, i18n: dict, form: str, results: str, buttons: str = "", full_link: str = "", **data
) -> str:
    """A calculator's frame: form, privacy line, results, copy-link (and other) buttons; a
    compact one (full_link given) has that link to the full calculator instead of buttons."""
    actions = (
        f'<p class="calc__actions calc__actions--compact">{full_link}</p>'
        if full_link
        else f'<p class="calc__actions" data-search-exclude>'
        f'<button type="button" class="md-button" data-action="copy-link">{escape(t["copy"])}</button> '
        f"{buttons}"
        f'<span class="calc__status" role="status" aria-live="polite"></span></p>'
        f'<p class="calc__share-note" data-search-exclude>{escape(labels.SHARE_NOTE[i18n["lang"]])}</p>'
    )
    return (
        f'<div class="calc{" calc--compact" if full_link else ""}" data-calculator="{calc}"{_attrs(**data)}'
        f' data-i18n="{escape(json.dumps(i18n, ensure_ascii=False))}">'
        f'<form class="calc__form" novalidate aria-label="{escape(t["title"])}" data-search-exclude>{form}</form>'
        # The same privacy line on every calculator: kept out of the search index, as the form is.
        f'<p class="calc__privacy" data-search-exclude>{escape(t["privacy"])}</p>'
        f'<section class="calc__results" aria-label="{escape(t["results"])}">{results}</section>'
        f"{actions}</div>"
    )


def _full_link(url: str, params: dict, fields, text: str) -> str:
    """The compact calculator's link to the full one, carrying the scenario as URL parameters
    (empty optional fields left out, as the form's own URL leaves them); the browser script
    rewrites its query as the reader types."""
    query = urlencode({name: params[name] for name in fields if params.get(name, "") != ""})
    return f'<a class="calc__full" data-role="full-link" href="{escape(url + "?" + query)}">{escape(text)}</a>'


# What a compact calculator (embedded in a guide) shows: its key fields and headline figures.
INSTALMENT_COMPACT_OUTPUTS = ("payment_first", "total_interest", "apr", "periods_for_budget")
OVERDUE_COMPACT_FIELDS = ("balance", "paid", "days")
OVERDUE_COMPACT_OUTPUTS = ("interest", "penalties", "total")


def instalment_calculator(lang: str, page: str, full_calculator: str | None = None, **given) -> str:
    """The instalment calculator with the page's defaults (argument names = URL parameters).

    With full_calculator (the calculator page's URL, relative to this page) it is compact:
    the same fields, the headline figures, and a link to the full calculator with the same
    scenario instead of the comparison, the schedule and the buttons."""
    given = {**finance.INSTALMENT_DEFAULTS, "rate": None, **given}
    if given["rate"] is None:
        given["rate"] = finance.default_rate(str(given["method"]))
    params, inputs = check_params(
        given, finance.INSTALMENT_FIELDS, finance.read_instalment, page, "instalment_calculator"
    )
    t = labels.INSTALMENT[lang]
    result = finance.instalment(inputs)
    values = finance.instalment_outputs(result)
    kind = "fee" if inputs.method == "fee" else "annual"
    def money(v):
        return fmt_money(v, lang)

    rate_label = t["fields"][finance.rate_key(inputs.method)]
    form = "".join(
        [
            _text_field("instalment", "amount", t["fields"]["amount"], params["amount"], "decimal"),
            _text_field("instalment", "periods", t["fields"]["periods"], params["periods"], "numeric"),
            _select_field("instalment", "method", t["fields"]["method"], inputs.method, t["methods"]),
            _text_field("instalment", "rate", rate_label, params["rate"], "decimal"),
            _text_field("instalment", "budget", t["fields"]["budget"], params.get("budget", ""), "decimal"),
        ]
    )
    shown = {
        "payment_first": money(result.payment_first),
        "payment_max": money(result.payment_max),
        "total_interest": money(result.total_interest),
        "total_paid": money(result.total_paid),
        "apr": fmt_percent(result.apr, lang),
        "ear": fmt_percent(result.ear, lang),
        "periods_for_budget": values["periods_for_budget"],
    }
    names = INSTALMENT_COMPACT_OUTPUTS if full_calculator else values
    outputs = "".join(_output(n, t["outputs"][n], values[n], shown[n]) for n in names)
    if inputs.budget is None:
        budget_note = t["no_budget"]
    elif result.periods_for_budget is None:
        budget_note = t["no_fit"].format(amount=money(result.payment_max_at_60))
    else:
        budget_note = t["fits"].format(n=result.periods_for_budget)
    rows = _rows([r.period, *(money(v) for v in r[1:])] for r in result.schedule)
    compare_rows = _rows(
        [
            t["method_short"][c.method],
            fmt_percent(c.rate, lang) + t["rate_unit"]["fee" if c.method == "fee" else "annual"],
            money(c.total_interest),
            fmt_percent(c.apr, lang),
        ]
        for c in finance.compare_methods(inputs.amount, inputs.periods, inputs.method, inputs.rate)
    )
    i18n = {
        "lang": lang,
        "messages": t["messages"],
        "fields": {"rate_fee": t["fields"]["rate_fee"], "rate_annual": t["fields"]["rate_annual"]},
        "method_short": t["method_short"],
        "rate_unit": t["rate_unit"],
        "no_budget": t["no_budget"],
        "fits": t["fits"],
        "no_fit": t["no_fit"],
        "copied": t["copied"],
        "copy_failed": t["copy_failed"],
        "csv_name": t["csv_name"],
        "schedule_head": t["schedule_head"],
        "defaults": {k: params.get(k, "") for k in finance.INSTALMENT_FIELDS},
    }
    results = (
        f'<dl class="calc__outputs">{outputs}</dl>'
        f'<p class="calc__note" data-role="budget-note" aria-live="polite">{escape(budget_note)}</p>'
    )
    if full_calculator:
        c = labels_compact.INSTALMENT[lang]
        results += f'<p class="calc__note">{escape(c["note"])}</p>'
        link = _full_link(full_calculator, params, finance.INSTALMENT_FIELDS, c["full"])
        return _calculator("instalment", t, i18n, form, results, full_link=link, data_rate_kind=kind)
    results += (
        f'<p class="calc__note">{escape(t["estimate"])}</p>'
        + _table("compare", t["compare"], t["compare_head"], compare_rows)
        + _table("schedule", t["schedule"], t["schedule_head"], rows)
    )
    csv = f'<button type="button" class="md-button" data-action="csv">{escape(t["csv"])}</button> '
    return _calculator("instalment", t, i18n, form, results, csv, data_rate_kind=kind)


def instalment_figure(lang: str, page: str, out: str, **given) -> str:
    """One figure of an instalment scenario, formatted for the page, for quoting in prose."""
    params, inputs = check_params(
        {**finance.INSTALMENT_DEFAULTS, "rate": finance.default_rate(str(given.get("method", "fee"))), **given},
        finance.INSTALMENT_FIELDS,
        finance.read_instalment,
        page,
        "instalment_figure",
    )
    result = finance.instalment(inputs)
    if out not in finance.instalment_outputs(result):
        raise MacroArgumentError(f"{page}: instalment_figure() has no output {out!r}")
    value = getattr(result, out)
    if out in ("apr", "ear"):
        return fmt_percent(value, lang)
    if out == "periods_for_budget":
        return "" if value is None else str(value)
    return fmt_money(value, lang)


# The cost-of-waiting chart: one bar per day count, its height the total owed
# (from zero), the unpaid principal shaded at its foot. Integer geometry in a
# fixed viewBox; overdue-ui.js draws the same markup with the same numbers.
CHART_BOX = "0 0 320 150"


def waiting_bars(principal_cents: int, waiting: list[tuple[int, int]], day_label: str) -> str:
    """The chart's inner SVG; `waiting` is [(days, total in cents)]."""
    top = max(total for _, total in waiting)
    low = 120 * principal_cents // top
    out = []
    for i, (days, total) in enumerate(waiting):
        x, high = 64 * i + 12, 120 * total // top
        out.append(
            f'<rect class="calc__bar-principal" x="{x}" y="{130 - low}" width="40" height="{low}"></rect>'
            f'<rect class="calc__bar-cost" x="{x}" y="{130 - high}" width="40" height="{high - low}"></rect>'
            f'<text x="{x + 20}" y="146" text-anchor="middle">{escape(day_label.format(n=days))}</text>'
        )
    return "".join(out)


def _cents(value: Decimal) -> int:
    return int(value.scaleb(2))


def overdue_calculator(lang: str, page: str, full_calculator: str | None = None, **given) -> str:
    """The overdue-fees calculator with the page's defaults (argument names = URL parameters).

    With full_calculator (the calculator page's URL, relative to this page) it is compact:
    balance, paid and days overdue (the rest at the page's values, not shown), the headline
    figures, and a link to the full calculator with the same scenario."""
    params, inputs = check_params(
        {**finance.OVERDUE_DEFAULTS, **given}, finance.OVERDUE_FIELDS, finance.read_overdue, page, "overdue_calculator"
    )
    t = labels.OVERDUE[lang]
    result = finance.overdue(inputs)
    values = finance.overdue_outputs(result)
    waiting = finance.cost_of_waiting(inputs)
    def money(v):
        return fmt_money(v, lang)

    def field(name):
        kind, _ = finance.OVERDUE_FIELDS[name]
        if kind == "choice":
            return _select_field("overdue", name, t["fields"][name], getattr(inputs, name), t["choices"][name])
        return _text_field(
            "overdue", name, t["fields"][name], params[name], "numeric" if kind == "whole" else "decimal"
        )

    if full_calculator:
        return _overdue_compact(lang, page, t, params, inputs, full_calculator)
    advanced = ("minimum", "grace_days", "basis", "compound", "penalty_min", "penalty_max")
    form = "".join(field(n) for n in ("balance", "paid", "days", "daily_rate", "penalty_rate")) + (
        f'<details class="calc__advanced"><summary>{escape(t["advanced"])}</summary>'
        f'<div>{"".join(field(n) for n in advanced)}</div></details>'
    )
    main = ("principal", "interest", "penalties", "total")
    outputs = "".join(_output(n, t["outputs"][n], values[n], money(getattr(result, n))) for n in main)
    penalty_note = t["penalty_note"].format(n=result.missed_due_dates, each=money(result.penalty_each))
    base = inputs.balance if inputs.basis == "full" else result.principal
    cycles = _rows(
        [[t["grace_row"], inputs.grace_days, money(result.grace_interest), money(base)]]
        + [[c.period, c.days, money(c.interest), money(c.balance)] for c in result.cycles]
    )
    waiting_rows = _rows([w.days, money(w.total)] for w in waiting)
    bars = waiting_bars(_cents(result.principal), [(w.days, _cents(w.total)) for w in waiting], t["day_label"])
    assumptions = "".join(_tag("li", a) for a in t["assume"])
    i18n = {
        "lang": lang,
        "messages": t["messages"],
        "penalty_note": t["penalty_note"],
        "grace_row": t["grace_row"],
        "day_label": t["day_label"],
        "copied": t["copied"],
        "copy_failed": t["copy_failed"],
        "way_names": t["way_names"],
        "ways_why": t["ways_why"],
    }
    results = (
        f'<dl class="calc__outputs">{outputs}</dl>'
        f'<p class="calc__note" data-role="penalty-note">{escape(penalty_note)}</p>'
        + _three_ways(t, result, values, money, inputs.basis)
        + f'<div class="calc__assumptions" data-search-exclude><p>{escape(t["assumptions"])}</p>'
        + f"<ul>{assumptions}</ul></div>"
        + _table("waiting", t["waiting"], t["waiting_head"], waiting_rows, caption_id="overdue-waiting-caption")
        + f'<figure class="calc__chart" data-search-exclude>'
        f'<svg data-role="waiting-chart" viewBox="{CHART_BOX}" role="img"'
        f' aria-labelledby="overdue-waiting-caption">{bars}</svg>'
        f'<figcaption><span class="calc__key calc__bar-principal"></span>{escape(t["legend_principal"])} '
        f'<span class="calc__key calc__bar-cost"></span>{escape(t["legend_cost"])}</figcaption></figure>'
        + _table("cycles", t["cycles"], t["cycles_head"], cycles)
    )
    return _calculator("overdue", t, i18n, form, results)


def _three_ways(t: dict, result, values: dict, money, basis: str) -> str:
    """"What if I had paid by the due date…": each way's interest and late fees in a table, its
    total (data-out), and why the minimum saves the late fee but not the interest."""
    rows = _rows(
        [t["way_names"][w.way], money(w.paid), money(w.interest), money(w.penalties), money(w.total)]
        for w in result.ways
    )
    outs = "".join(
        _output(name, t["ways_outputs"][name], values[name], money(w.total))
        for w, name in ((w, finance.WAY_OUTPUTS[w.way]) for w in result.ways)
    )
    return (
        '<div class="calc__ways">'
        + _table("ways", t["ways"], t["ways_head"], rows, caption_id="overdue-ways-caption")
        + f'<dl class="calc__outputs">{outs}</dl>'
        f'<p class="calc__note" data-role="ways-note">{escape(t["ways_why"][basis])}</p></div>'
    )


def _overdue_compact(lang: str, page: str, t: dict, params: dict, inputs, full_calculator: str) -> str:
    hidden = [
        n
        for n in finance.OVERDUE_FIELDS
        if n not in OVERDUE_COMPACT_FIELDS and params[n] != finance.OVERDUE_DEFAULTS[n]
    ]
    if hidden:
        # The form would not hold them, so the browser would compute without them.
        raise MacroArgumentError(
            f"{page}: compact overdue_calculator() shows only {', '.join(OVERDUE_COMPACT_FIELDS)}; "
            f"not {', '.join(hidden)}"
        )
    result = finance.overdue(inputs)
    values = finance.overdue_outputs(result)
    c = labels_compact.OVERDUE[lang]
    form = "".join(
        _text_field(
            "overdue", n, t["fields"][n], params[n], "numeric" if finance.OVERDUE_FIELDS[n][0] == "whole" else "decimal"
        )
        for n in OVERDUE_COMPACT_FIELDS
    )
    outputs = "".join(
        _output(n, t["outputs"][n], values[n], fmt_money(getattr(result, n), lang)) for n in OVERDUE_COMPACT_OUTPUTS
    )
    i18n = {"lang": lang, "messages": t["messages"]}
    results = f'<dl class="calc__outputs">{outputs}</dl><p class="calc__note">{escape(c["note"])}</p>'
    link = _full_link(full_calculator, params, OVERDUE_COMPACT_FIELDS, c["full"])
    return _calculator("overdue", t, i18n, form, results, full_link=link)


# What overdue_figure can quote: the outputs (three ways to pay too) and the parts the page explains.
OVERDUE_FIGURES = (
    "principal",
    "interest",
    "penalties",
    "total",
    "grace_interest",
    "penalty_each",
    "minimum",
    "missed_due_dates",
    *finance.WAY_OUTPUTS.values(),
)


def overdue_figure(lang: str, page: str, out: str, **given) -> str:
    """One figure of an overdue scenario, formatted for the page, for quoting in prose."""
    _, inputs = check_params(
        {**finance.OVERDUE_DEFAULTS, **given}, finance.OVERDUE_FIELDS, finance.read_overdue, page, "overdue_figure"
    )
    if out not in OVERDUE_FIGURES:
        raise MacroArgumentError(f"{page}: overdue_figure() has no output {out!r}; it has {', '.join(OVERDUE_FIGURES)}")
    result = finance.overdue(inputs)
    ways = {finance.WAY_OUTPUTS[w.way]: w.total for w in result.ways}
    value = ways[out] if out in ways else getattr(result, out)
    return str(value) if out == "missed_due_dates" else fmt_money(value, lang)
