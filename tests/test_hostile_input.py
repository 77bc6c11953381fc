"""Hostile input: every parameter of every calculator, typed into the form and given in the URL.

For each parameter, a fixed list of hostile values (empty, spaces, letters, signs, exponents,
NaN, hex, full-width minus, 10,000 characters, markup and script). Whatever comes in: no
dialog, no injected element, no console error, no NaN/Infinity/undefined on the page, and
either the field's message in the page's language with no figures at all, or, where the value
is valid (an empty optional field, a zero rate, compound=0), the figures of macros/finance.py.
finance.read_instalment / read_overdue (offer.read_offer) decide which case applies, exactly as the page must.

Fast by design: one page per calculator and language, reused (page.goto per URL case; a form
case types the value, checks, then types the default back and sees the default figures again).

Also: a macro called with a bad argument fails `mkdocs build --strict` and names the page.
"""

from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import urlencode

import pytest

import projects
from browser import BAD_TEXT, HOSTILE_EN_SUBSET, hostile_values, type_into, watch
from macros import budget, finance, labels, offer
from macros.labels_offer import OFFER
from projects import build, page

# --------------------------------------------------------------------------
# The calculators and the hostile values
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Calc:
    name: str  # data-calculator, and the id prefix of its fields
    page: str
    fields: dict  # field -> (kind, required)
    defaults: dict
    read: object
    outputs: object
    compute: object
    labels: dict
    ranges: dict = None  # each field's own range; finance.RANGES when None


CALCS = {
    "instalment": Calc(
        "instalment", "calculators/instalment/", finance.INSTALMENT_FIELDS, finance.INSTALMENT_DEFAULTS,
        finance.read_instalment, finance.instalment_outputs, finance.instalment, labels.INSTALMENT,
    ),
    "overdue": Calc(
        "overdue", "calculators/overdue-fees/", finance.OVERDUE_FIELDS, finance.OVERDUE_DEFAULTS,
        finance.read_overdue, finance.overdue_outputs, finance.overdue, labels.OVERDUE,
    ),
    "offer": Calc(
        "offer", "calculators/offer/", offer.OFFER_FIELDS, offer.OFFER_DEFAULTS,
        offer.read_offer, offer.offer_outputs, offer.offer, OFFER, offer.RANGES,
    ),
    "budget": Calc(
        "budget", "calculators/budget/", budget.FIELDS, budget.DEFAULTS,
        budget.read_budget, budget.budget_outputs, budget.budget, labels.BUDGET, budget.RANGES,
    ),
}
STEP = {"money": Decimal("0.01"), "percent": Decimal("0.0001"), "whole": 1}


def too_large(calc, name):
    """One step above the field's own range (the rate as the default method, fee, reads it)."""
    kind, _ = calc.fields[name]
    if kind == "choice":
        return "2"
    key = finance.rate_key(calc.defaults["method"]) if name == "rate" else name
    return str((calc.ranges or finance.RANGES)[key][1] + STEP[kind])


def too_many_decimals(kind):
    return {"money": "100.001", "percent": "0.00001", "whole": "12.0", "choice": "1.0"}[kind]


def hostile(calc, name):
    """The fixed list, as (label, value), for one parameter."""
    kind, _ = calc.fields[name]
    return hostile_values(too_large(calc, name), too_many_decimals(kind))


EN_SUBSET = HOSTILE_EN_SUBSET


def cases():
    """URL cases first, then form cases, so the form cases follow one another on their page."""
    out = []
    for calc in CALCS.values():
        for channel in ("url", "form"):
            for name, (kind, _) in calc.fields.items():
                if kind == "choice" and channel == "form":
                    continue  # a select takes no free text through the form: the URL only
                for label, value in hostile(calc, name):
                    for lang in ("zh", "en") if label in EN_SUBSET else ("zh",):
                        out.append(
                            pytest.param(
                                calc.name, name, value, channel, lang, id=f"{lang}-{calc.name}-{name}-{label}-{channel}"
                            )
                        )
    return out


# --------------------------------------------------------------------------
# One page per calculator and language
# --------------------------------------------------------------------------


@dataclass
class Tab:
    page: object
    trouble: list
    url: str
    scripts: int = 0  # <script> elements on a fresh load
    dirty: bool = True  # form not known to hold the defaults

    def fresh(self, query=""):
        self.page.goto(self.url + query)
        self.dirty = bool(query)


@pytest.fixture(scope="module")
def tabs(site, browser):
    context = browser.new_context()
    opened = {}

    def tab(calc, lang):
        if (calc, lang) not in opened:
            page = context.new_page()
            t = Tab(page, watch(page), site.url + ("en/" if lang == "en" else "") + CALCS[calc].page)
            t.fresh()
            t.scripts = page.locator("script").count()
            opened[calc, lang] = t
        return opened[calc, lang]

    yield tab
    context.close()


SNAPSHOT = """([root, badWords]) => {
    const calc = document.querySelector(root);
    const rows = {};
    for (const t of calc.querySelectorAll('.calc__results table[data-role]')) {
        rows[t.dataset.role] = t.tBodies[0].rows.length;
    }
    const errors = {}, invalid = [];
    for (const el of calc.querySelectorAll('form [name]')) {
        // The message sits next to its field, in the same .calc__field.
        errors[el.name] = el.closest('.calc__field').querySelector('.calc__error').textContent;
        if (el.getAttribute('aria-invalid') === 'true') invalid.push(el.name);
    }
    const text = document.body.innerText;
    return {
        outputs: Object.fromEntries(
            [...calc.querySelectorAll('[data-out]')].map(e => [e.dataset.out, e.dataset.value])),
        shown: [...calc.querySelectorAll('[data-out]')].map(e => e.textContent).join(''),
        hidden: calc.querySelector('.calc__results').hidden,
        rows,
        bars: calc.querySelectorAll('.calc__results svg *').length,
        notes: [...calc.querySelectorAll('[data-role$="-note"]')].map(e => e.textContent).join(''),
        errors,
        invalid: invalid.sort(),
        injected: document.querySelectorAll(
            'img[src="x"], [onerror], [href^="javascript:" i], [src^="javascript:" i]').length,
        scripts: document.querySelectorAll('script').length,
        alertScripts: [...document.querySelectorAll('script')].filter(s => s.textContent.includes('alert(')).length,
        bad: badWords.filter(w => text.includes(w)),
    };
}"""




def expected_rows(calc, inputs):
    if calc.name == "instalment":
        return {"compare": 3, "schedule": inputs.periods}
    if calc.name in ("offer", "budget"):
        return {}  # figures and sentences only, no table
    return {"waiting": len(finance.WAITING_DAYS), "cycles": 1 + len(calc.compute(inputs).cycles), "ways": 3}


def check(tab, calc, lang, params, where):
    """The page against finance.py's reading of the same parameters."""
    inputs, errors = calc.read(params)
    snap = tab.page.evaluate(SNAPSHOT, [f'[data-calculator="{calc.name}"]', list(BAD_TEXT)])
    assert tab.trouble == [], where
    assert snap["injected"] == 0 and snap["alertScripts"] == 0, where
    assert snap["scripts"] == tab.scripts, where
    assert snap["bad"] == [], where
    messages = calc.labels[lang]["messages"]
    if errors:
        # A clear message next to each wrong field, in the page's language; nothing else.
        assert snap["errors"] == {n: messages[errors[n]] if n in errors else "" for n in calc.fields}, where
        assert snap["invalid"] == sorted(errors), where
        # ... and no figures at all.
        assert set(snap["outputs"].values()) == {""}, where
        assert snap["shown"] == "" and snap["notes"] == "", where
        assert snap["hidden"] is True, where
        assert snap["rows"] == {r: 0 for r in expected_rows(calc, calc.read(calc.defaults)[0])}, where
        assert snap["bars"] == 0, where
    else:
        assert snap["errors"] == {n: "" for n in calc.fields}, where
        assert snap["outputs"] == calc.outputs(calc.compute(inputs)), where
        assert snap["hidden"] is False, where
        assert snap["rows"] == expected_rows(calc, inputs), where
    return errors


def open_fold(tab, calc, name):
    fold = f'[data-calculator="{calc.name}"] .calc__advanced'
    if tab.page.locator(fold).count() and tab.page.locator(f"{fold} #{calc.name}-{name}").count():
        if not tab.page.eval_on_selector(fold, "d => d.open"):
            tab.page.click(f"{fold} summary")


@pytest.mark.parametrize("calc_name,name,value,channel,lang", cases())
def test_hostile_value_is_refused_or_computed_right(tabs, calc_name, name, value, channel, lang):
    calc = CALCS[calc_name]
    tab = tabs(calc_name, lang)
    where = f"{channel} {name}={value[:40]!r} ({lang})"
    tab.trouble.clear()
    if channel == "url":
        tab.fresh("?" + urlencode({name: value}))
        check(tab, calc, lang, {name: value}, where)
        return
    if tab.dirty:
        tab.fresh()
    tab.dirty = True
    selector = f"#{calc.name}-{name}"
    open_fold(tab, calc, name)
    type_into(tab.page, selector, value)
    check(tab, calc, lang, {**calc.defaults, name: value}, where)
    # Put it right: the default again, and the default figures come back.
    type_into(tab.page, selector, calc.defaults[name])
    assert check(tab, calc, lang, dict(calc.defaults), where + " then the default") == {}
    tab.dirty = False


# Without its sign, each of these is in range for some money field: "-0" and "-0.50" for paid
# and penalty_min, "-500" for every one. Only the reader's refusal of a minus keeps them out.
MINUS = ("-0", "-0.50", "-500")


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("calc_name", CALCS)
def test_a_leading_minus_is_refused_in_every_money_field(tabs, calc_name, lang):
    """In a link and typed: the field's message in the page's language, and no figure."""
    calc = CALCS[calc_name]
    tab = tabs(calc_name, lang)
    money = [name for name, (kind, _) in calc.fields.items() if kind == "money"]
    assert len(money) == {"instalment": 2, "overdue": 5, "offer": 4, "budget": 7}[calc_name]
    for name in money:
        for value in MINUS:
            where = f"url {name}={value!r} ({lang})"
            tab.trouble.clear()
            tab.fresh("?" + urlencode({name: value}))
            assert check(tab, calc, lang, {name: value}, where) == {name: name}, where
        tab.fresh()
        tab.dirty = True
        open_fold(tab, calc, name)
        for value in MINUS:
            where = f"form {name}={value!r} ({lang})"
            type_into(tab.page, f"#{calc.name}-{name}", value)
            assert check(tab, calc, lang, {**calc.defaults, name: value}, where) == {name: name}, where
        type_into(tab.page, f"#{calc.name}-{name}", calc.defaults[name])
        assert check(tab, calc, lang, dict(calc.defaults), f"{name} default again") == {}
        tab.dirty = False


# --------------------------------------------------------------------------
# A bad macro call fails the build and names the page
# --------------------------------------------------------------------------

def small_project(dest, body):
    """The project (config, macros, overrides, hooks, assets: all but the pages) with a home
    page and one page pair `guides/probe.md` / `guides/probe.en.md` holding `body`. The nav
    lists only these."""
    pages = {"index.md": page("首页"), "index.en.md": page("Home")}
    pages.update({"guides/probe.md": page("Probe", body), "guides/probe.en.md": page("Probe", body)})
    return projects.small_project(dest, pages, nav=["index.md", "guides/probe.md"])


def test_small_project_builds_with_a_good_macro_call(tmp_path):
    """The control: the same small project builds clean when the call is right."""
    small_project(
        tmp_path, '{{ instalment_calculator(amount=5000) }}\n\n{{ overdue_calculator(days=90, compound="0") }}'
    )
    built = build(tmp_path)
    assert built.returncode == 0, built.stdout
    html = (tmp_path / "site" / "guides" / "probe" / "index.html").read_text(encoding="utf-8")
    assert 'data-calculator="instalment"' in html and 'data-calculator="overdue"' in html


@pytest.mark.parametrize(
    "call,argument",
    [
        ("{{ instalment_calculator(amount=-5) }}", "amount='-5'"),
        ('{{ overdue_calculator(colour="red") }}', "colour"),
        ('{{ offer_figure("apr", payment=-5) }}', "payment='-5'"),
        ('{{ offer_figure("colour") }}', "'colour'"),
        ('{{ capitals_figure("-1") }}', "amount='-1'"),
        ('{{ capitals_figure("1.005") }}', "amount='1.005'"),
    ],
    ids=[
        "bad-value",
        "unknown-argument",
        "offer-bad-value",
        "offer-unknown-output",
        "capitals-negative",
        "capitals-mills",
    ],
)
def test_bad_macro_argument_fails_the_build_and_names_the_page(tmp_path, call, argument):
    small_project(tmp_path, call)
    built = build(tmp_path)
    assert built.returncode != 0, built.stdout
    # One line says both where (the page's file) and what (the argument).
    assert any("guides/probe.md" in line and argument in line for line in built.stdout.splitlines()), built.stdout
