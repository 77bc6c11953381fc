"""Helpers for the calculator browser tests: read figures off the page, watch for trouble."""

import json
from pathlib import Path

from macros import budget, finance, offer

VECTORS = Path(__file__).parent / "vectors"
BAD_TEXT = ("NaN", "Infinity", "undefined")


def load_vectors(name):
    return json.loads((VECTORS / f"{name}.json").read_text(encoding="utf-8"))["cases"]


# Each calculator's rules in finance.py: read the parameters, compute, the figures shown.
RULES = {
    "instalment": (finance.read_instalment, finance.instalment, finance.instalment_outputs),
    "overdue": (finance.read_overdue, finance.overdue, finance.overdue_outputs),
    "offer": (offer.read_offer, offer.offer, offer.offer_outputs),
    "budget": (budget.read_budget, budget.budget, budget.budget_outputs),
}


def hostile_values(too_large, decimals):
    """The fixed list of hostile values, as (label, value), for one field: `too_large` one step
    above its range, `decimals` more decimals than it takes."""
    return [
        ("empty", ""),
        ("spaces", " \u00a0\u3000 "),  # every kind of space the reader's keyboard gives
        ("letters", "abc"),
        ("negative", "-1"),
        ("minus-zero", "-0"),
        ("zero", "0"),
        ("too-large", too_large),
        ("decimals", decimals),
        ("exponent", "1e5"),
        ("nan", "NaN"),
        ("infinity", "Infinity"),
        ("hex", "0x10"),
        ("fullwidth-minus", "－１２"),
        ("10000-chars", "9" * 10000),
        ("img", "<img src=x onerror=alert(1)>"),
        ("script", '"><script>alert(1)</script>'),
        ("javascript-url", "javascript:alert(1)"),
    ]


# English: every field, a representative subset (the message check in the page's language).
HOSTILE_EN_SUBSET = ("empty", "letters", "fullwidth-minus", "10000-chars", "img")


def expected(calc, params):
    """data-out name -> the value the rules (finance.py, offer.py, budget.py) give for `params` (as a form or link holds them)."""
    read, compute, outs = RULES[calc]
    inputs, errors = read({k: str(v) for k, v in params.items()})
    assert errors == {}, (calc, params, errors)
    return outs(compute(inputs))


# The browser's rules (finance.js, as the site serves it) over every shared vector of one
# calculator: the reading (error keys), every figure and every row (the instalment comparison
# too), compared as exact strings.
# APR and EAR too: finance.py and finance.js build the same double m step for step and round
# its exact value half up, so no tolerance is needed, not even at a tie.
VECTOR_CHECK = {
    "instalment": """async ([script, cases, firstOnly]) => {
        const f = await import(script);
        const sorted = (e) => JSON.stringify(Object.keys(e).sort().map(k => [k, e[k]]));
        const bad = [];
        for (const c of cases) {
            if (firstOnly && bad.length) break;
            const { inputs, errors } = f.readInstalment(c.params);
            if (sorted(errors) !== sorted(c.errors)) { bad.push({ params: c.params, errors, want: c.errors }); continue; }
            if (!inputs) continue;
            const r = f.instalment(inputs), out = f.instalmentOutputs(r);
            // The same double m as finance.py, bit for bit (Number() reads Python's repr back exactly).
            const m = f.monthlyIrr(inputs.amount, r.schedule.map(x => x.payment));
            if (m !== Number(c.irr)) bad.push({ params: c.params, out: 'irr', got: m, want: c.irr });
            for (const [k, v] of Object.entries(c.outputs)) if (out[k] !== v) bad.push({ params: c.params, out: k, got: out[k], want: v });
            const rows = r.schedule.map(x => [String(x.period), f.centsString(x.payment), f.centsString(x.principal),
                                               f.centsString(x.charge), f.centsString(x.balance)]);
            if (JSON.stringify(rows) !== JSON.stringify(c.schedule)) bad.push({ params: c.params, out: 'schedule' });
            const compare = f.compareMethods(inputs.amount, inputs.periods, inputs.method, inputs.rate).map(x =>
                [x.method, f.percentString(x.rate), f.centsString(x.totalInterest), f.centsString(x.apr)]);
            if (JSON.stringify(compare) !== JSON.stringify(c.compare)) bad.push({ params: c.params, out: 'compare', got: compare, want: c.compare });
        }
        return bad;
    }""",
    "overdue": """async ([script, cases, firstOnly]) => {
        const f = await import(script);
        const sorted = (e) => JSON.stringify(Object.keys(e).sort().map(k => [k, e[k]]));
        const bad = [];
        for (const c of cases) {
            if (firstOnly && bad.length) break;
            const { inputs, errors } = f.readOverdue(c.params);
            if (sorted(errors) !== sorted(c.errors)) { bad.push({ params: c.params, errors, want: c.errors }); continue; }
            if (!inputs) continue;
            const r = f.overdue(inputs), out = f.overdueOutputs(r);
            for (const [k, v] of Object.entries(c.outputs)) if (out[k] !== v) bad.push({ params: c.params, out: k, got: out[k], want: v });
            const cycles = r.cycles.map(x => [String(x.period), String(x.days), f.centsString(x.interest), f.centsString(x.balance)]);
            if (JSON.stringify(cycles) !== JSON.stringify(c.cycles)) bad.push({ params: c.params, out: 'cycles' });
            const ways = r.ways.map(w => [w.way, ...[w.paid, w.interest, w.penalties, w.total].map(f.centsString)]);
            if (JSON.stringify(ways) !== JSON.stringify(c.ways)) bad.push({ params: c.params, out: 'ways', got: ways, want: c.ways });
            const waiting = f.costOfWaiting(inputs).map(w => [String(w.days), f.centsString(w.total)]);
            if (JSON.stringify(waiting) !== JSON.stringify(c.waiting)) bad.push({ params: c.params, out: 'waiting' });
        }
        return bad;
    }""",
}


def vector_mismatches(page, site_url, calc, first_only=False):
    """What finance.js gets wrong on tests/vectors/<calc>.json (first_only: stop at the first
    wrong case, for the mutation check); `page` must be on the site."""
    cases = load_vectors(calc)
    assert len(cases) >= 500
    return page.evaluate(VECTOR_CHECK[calc], [site_url + "assets/javascripts/finance.js", cases, first_only])


def outputs(page, root="[data-calculator]"):
    """data-out name -> data-value, for the calculator at `root`."""
    return page.eval_on_selector_all(
        f"{root} [data-out]", "els => Object.fromEntries(els.map(e => [e.dataset.out, e.dataset.value]))"
    )


def watch(page):
    """Collects console errors, uncaught exceptions and dialogs of `page` into one list."""
    trouble = []
    page.on("console", lambda m: m.type == "error" and trouble.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: trouble.append(f"pageerror: {e}"))

    def dialog(d):
        trouble.append(f"dialog: {d.message}")
        d.dismiss()

    page.on("dialog", dialog)
    return trouble


def type_into(page, selector, text):
    """Types like a reader: fill, then a key press (fill alone fires no keyup for Chinese input)."""
    page.fill(selector, text)
    page.press(selector, "End")


def assert_no_figures(page, root="[data-calculator]"):
    assert set(outputs(page, root).values()) == {""}
    assert page.locator(f"{root} .calc__results").is_hidden()
    assert page.locator(f"{root} .calc__results tbody tr").count() == 0
    text = page.inner_text("body")
    for bad in BAD_TEXT:
        assert bad not in text
