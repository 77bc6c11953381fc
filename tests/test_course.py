"""The training course (docs/trainers/), as a trainer and a trainee use it, in both languages.

- Every module page has at least five self-check questions (`data-question`, id `q-<module>-<n>`),
  each linked to its folded answer (`a-<module>-<n>`), whose options (`data-option`) each give a
  verdict and a reason, exactly one of them right.
- Modules, questions and cases keep stable anchors, the same in both languages; the old
  anchors of /trainers/ (#track, #calculators-share, #module-...) still land on the overview.
- One rule, one id: every link to collector-conduct/#rule-... lands on a rule of that page, and
  every rule is linked from the debtor's abusive-calls page, the complaint letter and a case's
  observer checklist.
- Each role-play case has shared facts, both briefs, an observer checklist and a calculator
  link whose figures the calculator shows.
- The completion record keeps nothing: what a trainee types is in no request, URL, storage or cookie.
"""

import re
from urllib.parse import urljoin, urlsplit

import pytest

from browser import outputs, type_into, watch

MODULES = [
    "six-steps", "abusive-calls", "collector-career", "collector-conduct", "calculators", "toolkit",
    "scams", "court", "family",
]
CASES = ["job-loss", "illness", "not-answering"]
RULES = {
    "rule-night-calls", "rule-third-parties", "rule-no-threats", "rule-recording", "rule-home-visits",
    "rule-letters", "rule-plan-stops-collection",
}
LANGS = {"zh": "", "en": "en/"}
VERDICT = {"zh": ("对。", "不对。"), "en": ("Right.", "Wrong.")}


def html(site, lang, rel):
    return (site.root / LANGS[lang] / rel / "index.html").read_text(encoding="utf-8")


def ids(page):
    return set(re.findall(r'\sid="([^"]+)"', page))


def hrefs(page):
    return re.findall(r'\shref="([^"]+)"', page)


QUIZ = """() => [...document.querySelectorAll('.md-content article [data-question]')].map(q => {
    const link = q.querySelector('a[href^="#a-"]');
    const answer = link && document.getElementById(link.getAttribute('href').slice(1));
    return {
        id: q.id,
        answer: answer ? answer.id : null,
        folded: answer ? answer.tagName === 'DETAILS' && !answer.open : false,
        options: answer ? [...answer.querySelectorAll('[data-option]')].map(o => ({
            text: o.textContent.trim(), right: o.hasAttribute('data-correct'),
        })) : [],
    };
})"""


@pytest.fixture(scope="module")
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize("lang", LANGS)
def test_every_module_has_five_questions_whose_options_each_give_a_reason(site, page, lang):
    right, wrong = VERDICT[lang]
    for module in MODULES:
        page.goto(site.url + LANGS[lang] + f"trainers/{module}/")
        questions = page.evaluate(QUIZ)
        where = f"{lang} trainers/{module}/"
        assert len(questions) >= 5, where
        for n, q in enumerate(questions, 1):
            assert q["id"] == f"q-{module}-{n}" and q["answer"] == f"a-{module}-{n}", (where, q["id"])
            assert q["folded"], f"{where} {q['id']}: the answer is not a closed fold"
            assert len(q["options"]) >= 3, (where, q["id"])
            assert [o["right"] for o in q["options"]].count(True) == 1, (where, q["id"])
            for o in q["options"]:
                verdict = right if o["right"] else wrong
                assert verdict in o["text"][:12], f"{where} {q['id']}: no verdict in {o['text']!r}"
                reason = o["text"].split(verdict, 1)[1].strip()
                assert len(reason) >= 8, f"{where} {q['id']}: an option without its reason: {o['text']!r}"


def test_anchors_are_stable_and_the_same_in_both_languages(site):
    course = ["trainers", *(f"trainers/{m}" for m in MODULES), "trainers/cases", "trainers/record"]
    stable = re.compile(r"(module|q|a|case|rule)-[a-z0-9-]+")
    for rel in course:
        zh, en = (ids(html(site, lang, rel)) for lang in LANGS)
        assert {i for i in zh if stable.fullmatch(i)} == {i for i in en if stable.fullmatch(i)}, rel
    overview = ids(html(site, "zh", "trainers"))
    assert {f"module-{m}" for m in MODULES} | {"track", "calculators-share", "how-to-use", "ground-rules"} <= overview
    for m in MODULES:
        page = ids(html(site, "zh", f"trainers/{m}"))
        assert f"module-{m}" in page and f"{m}-self-check" in page and f"{m}-answers" in page, m
    cases = ids(html(site, "zh", "trainers/cases"))
    assert {f"case-{c}" for c in CASES} | {"good-call", "bad-call"} <= cases
    # The overview links each module's page, and the shared-scenario table moved with its module.
    links = hrefs(html(site, "zh", "trainers"))
    assert all(f"{m}/" in links for m in MODULES)
    assert "calculators-share" in ids(html(site, "zh", "trainers/calculators"))


@pytest.mark.parametrize("lang", LANGS)
def test_every_rule_link_lands_on_a_rule_and_every_rule_is_linked_where_it_matters(site, lang):
    conduct = ids(html(site, lang, "guides/collector-conduct"))
    assert RULES <= conduct
    rule_ids = {i for i in conduct if i.startswith("rule-")}
    linked_from = {}
    for built in (site.root / LANGS[lang]).rglob("index.html"):
        rel = built.parent.relative_to(site.root / LANGS[lang]).as_posix()
        if lang == "zh" and rel.startswith("en"):
            continue
        for href in hrefs(built.read_text(encoding="utf-8")):
            target = urlsplit(urljoin(f"/{rel}/", href))
            if target.path.endswith("/guides/collector-conduct/") and target.fragment.startswith("rule-"):
                assert target.fragment in rule_ids, f"{lang} {rel}: {href} lands on no rule"
                linked_from.setdefault(target.fragment, set()).add(rel)
    for rule in sorted(rule_ids):
        pages = linked_from.get(rule, set())
        for needed in ("guides/abusive-calls", "toolkit/complaint-letter", "trainers/cases"):
            assert needed in pages, f"{lang} {rule} is not linked from {needed}"


CASE_PAGE = """() => [...document.querySelectorAll('.md-content article h2[id^="case-"]')].map(h2 => {
    const part = []; let el = h2.nextElementSibling;
    while (el && el.tagName !== 'H2') { part.push(el); el = el.nextElementSibling; }
    const within = (sel) => part.flatMap(e => [...(e.matches(sel) ? [e] : []), ...e.querySelectorAll(sel)]);
    return {
        id: h2.id,
        sections: within('h3[id]').map(h => h.id),
        calculators: within('a[href*="/calculators/"][href*="?"]').map(a => a.href),
        checklist: within('li.task-list-item a[href*="collector-conduct/#rule-"]').length,
    };
})"""


@pytest.mark.parametrize("lang", LANGS)
def test_each_case_has_both_briefs_a_checklist_and_a_working_calculator_link(site, page, lang):
    trouble = watch(page)
    page.goto(site.url + LANGS[lang] + "trainers/cases/")
    cases = page.evaluate(CASE_PAGE)
    assert [c["id"] for c in cases] == [f"case-{c}" for c in CASES]
    for case, name in zip(cases, CASES, strict=True):
        parts = [f"{name}-{p}" for p in ("facts", "cardholder", "collector", "calculator", "checklist")]
        assert case["sections"] == parts, case["id"]
        assert case["checklist"] >= 5, f"{case['id']}: the checklist links too few rules"
        assert len(case["calculators"]) == 1, case["id"]
        url = case["calculators"][0]
        page.goto(url)
        shown = outputs(page)
        assert any(shown.values()), f"{case['id']}: {url} shows no figures"
        for name_value in urlsplit(url).query.split("&"):
            field, value = name_value.split("=")
            assert page.input_value(f"[data-calculator] [id$='-{field}']") == value, (case["id"], field)
    assert trouble == []


TYPED = {"record-name": "Qiaowen Zhuang-Probe", "record-org": "Probe Org 4417", "record-date": "2026-12-31",
         "record-trainer": "Trainer Probe 9083"}
SCORES = {"six-steps": "4", "scams": "3"}
STORAGE = """() => {
    const dump = (s) => Object.fromEntries([...Array(s.length).keys()].map(i => [s.key(i), s.getItem(s.key(i))]));
    return JSON.stringify({ local: dump(localStorage), session: dump(sessionStorage), cookie: document.cookie });
}"""


@pytest.mark.parametrize("lang", LANGS)
def test_the_completion_record_keeps_and_sends_nothing(site, browser, lang):
    context = browser.new_context()
    page = context.new_page()
    trouble = watch(page)
    requests = []
    page.on("request", lambda r: requests.append(r.url + " " + (r.post_data or "")))
    url = site.url + LANGS[lang] + "trainers/record/"
    page.goto(url, wait_until="networkidle")
    article = page.locator(".md-content article")
    assert ("不是证书" if lang == "zh" else "not a certificate") in article.inner_text()
    inputs = page.locator("[data-record]")
    assert inputs.count() >= 4 + 2 * len(MODULES)
    assert all(a == "off" for a in page.eval_on_selector_all("[data-record]", "els => els.map(e => e.autocomplete)"))
    assert article.locator("form").count() == 0  # nothing to submit, so Enter sends nothing
    for field, value in TYPED.items():
        type_into(page, f"#{field}", value)
        page.press(f"#{field}", "Enter")
    for module, score in SCORES.items():
        page.check(f"#record-done-{module}")
        type_into(page, f"#record-score-{module}", score)
        page.press(f"#record-score-{module}", "Enter")
    page.wait_for_timeout(300)
    assert page.input_value("#record-name") == TYPED["record-name"]  # what was typed is on the page
    assert page.url == url
    kept = page.evaluate(STORAGE) + " ".join(c["value"] for c in context.cookies())
    sent = " ".join(requests)
    for value in TYPED.values():
        assert value not in kept and value not in sent, value
        assert value.replace(" ", "+") not in sent and value.replace(" ", "%20") not in sent, value
    assert "score-" not in sent and "done-" not in sent
    # Reloading shows empty fields: nothing was kept for the next visit either.
    page.reload(wait_until="networkidle")
    assert page.input_value("#record-name") == "" and not page.is_checked("#record-done-six-steps")
    assert trouble == []
    context.close()
