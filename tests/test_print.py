"""Print: the pages readers print, printed to PDF by Chromium and read back with pypdf.

The six-step guide, the four toolkit forms and both calculators, in both languages: each
prints on A4 with its H1 and its key content (every section heading; a calculator's figures,
choices and schedule or cycle rows) and without the site's chrome (header, search, footer).
Styles: docs/assets/stylesheets/print.css.
"""

import io
import re
import unicodedata

import pytest
from pypdf import PdfReader

A4 = (595, 842)  # points, ±1 (Chromium's A4 is 8.27 × 11.7 in)
PAGES = [
    "guides/six-steps/",
    "toolkit/call-script/",
    "toolkit/call-log/",
    "toolkit/agreement-checklist/",
    "toolkit/complaint-letter/",
    "calculators/instalment/",
    "calculators/overdue-fees/",
    "calculators/budget/",
    "calculators/offer/",
]
# Characters a PDF's text layer gives for another one (the font's glyph is shared):
# NFKC takes CJK radicals (⽋) to their ideograph (欠); these are left.
SAME_GLYPH = str.maketrans({"\u2215": "/", "\u2044": "/"})

# What the browser shows, read before printing (print media applied): headings without their
# permalink, a calculator's figures, chosen options and table rows, and the chrome's words.
CONTENT = """() => {
    const text = (el) => {
        const copy = el.cloneNode(true);
        copy.querySelectorAll('.headerlink').forEach(a => a.remove());
        return copy.textContent.trim();
    };
    const article = document.querySelector('.md-content article');
    const calc = article.querySelector('[data-calculator]');
    const rows = (role) => [...(calc?.querySelectorAll(`[data-role="${role}"] tbody tr`) ?? [])]
        .map(tr => [...tr.cells].map(td => td.textContent).join(' '));
    const chrome = (sel) => document.querySelector(sel)?.textContent.trim() ?? null;
    return {
        h1: [...article.querySelectorAll('h1')].map(text),
        headings: [...article.querySelectorAll('h2, h3')].map(h => [h.id, text(h)]),
        figures: [...(calc?.querySelectorAll('[data-out]') ?? [])].map(e => e.textContent).filter(Boolean),
        choices: [...(calc?.querySelectorAll('select') ?? [])].map(s => s.selectedOptions[0].textContent),
        rows: {
            schedule: rows('schedule'), cycles: rows('cycles'), waiting: rows('waiting'), compare: rows('compare'),
            ways: rows('ways'),
        },
        articleText: article.textContent,
        chrome: {
            search: document.querySelector('.md-search__input')?.getAttribute('placeholder') ?? null,
            footer: chrome('.md-copyright'),
            site_name: chrome('.md-header__topic .md-ellipsis'),
            skip: chrome('.md-skip'),
            top: chrome('.md-top'),
        },
    };
}"""


def flat(text):
    """For comparing a PDF's text with the page's: NFKC, shared glyphs, no whitespace at all
    (pypdf puts spaces and line breaks where the layout has them)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text).translate(SAME_GLYPH))


def pdf_text(pdf: bytes):
    reader = PdfReader(io.BytesIO(pdf))
    sizes = {(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages}
    return "\n".join(p.extract_text() for p in reader.pages), sizes, len(reader.pages)


@pytest.fixture(scope="module")
def printer(site, browser):
    context = browser.new_context()
    page = context.new_page()

    def print_page(rel):
        page.emulate_media(media="screen")
        page.goto(site.url + rel)
        page.emulate_media(media="print")
        return page.evaluate(CONTENT), page.pdf(format="A4")

    print_page.page = page  # for a test's own questions to the printed page
    yield print_page
    context.close()


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("path", PAGES)
def test_page_prints_on_a4_with_its_content_and_no_chrome(printer, path, lang):
    dom, pdf = printer(("en/" if lang == "en" else "") + path)
    text, sizes, _ = pdf_text(pdf)
    got = flat(text)

    for width, height in sizes:
        assert abs(width - A4[0]) <= 1 and abs(height - A4[1]) <= 1, sizes

    assert len(dom["h1"]) == 1 and flat(dom["h1"][0]) in got, dom["h1"]
    assert dom["headings"], "no section headings found"
    missing = [title for _, title in dom["headings"] if flat(title) not in got]
    assert missing == [], f"headings not printed: {missing}"
    if path == "guides/six-steps/":
        assert [hid for hid, _ in dom["headings"] if re.fullmatch(r"step-\d", hid)] == [
            f"step-{k}" for k in range(1, 7)
        ]

    if path.startswith("calculators/"):
        assert dom["figures"], "no result figures"
        missing = [f for f in dom["figures"] + dom["choices"] if flat(f) not in got]
        assert missing == [], f"figures or chosen options not printed whole: {missing}"
        # Each calculator's tables (the budget and the offer check have none: figures and words).
        tables = {"instalment": ("schedule", "compare"), "overdue-fees": ("cycles", "waiting", "ways")}
        for role in tables.get(path.split("/")[1], ()):
            assert len(dom["rows"][role]) >= 2, role
            missing = [r for r in dom["rows"][role] if flat(r) not in got]
            assert missing == [], f"{role} rows not printed: {missing}"

    for name, words in dom["chrome"].items():
        assert words, f"the page has no {name} to check against"
        assert flat(words) not in flat(dom["articleText"]), (
            f"{name} {words!r} is also in the content: pick another marker"
        )
        assert flat(words) not in got, f"the {name} ({words!r}) was printed"


# A course module (docs/trainers/): the questions, then every answer's reason, all printed.
QUIZ = """() => {
    const article = document.querySelector('.md-content article');
    const text = (el) => el.textContent.trim();
    return {
        questions: [...article.querySelectorAll('[data-question]')].map(q => text(q.querySelector('p'))),
        options: [...article.querySelectorAll('[data-answer] [data-option]')].map(text),
        answers: text(article.querySelector('h2[id$="-answers"]').cloneNode(true)).replace(/¶$/, ''),
    };
}"""


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_module_prints_its_questions_then_every_answer_with_its_reason(printer, lang):
    """The answers are folded on screen; on paper each one is open, after the last question."""
    dom, pdf = printer(("en/" if lang == "en" else "") + "trainers/court/")
    printer.page.emulate_media(media="print")
    quiz = printer.page.evaluate(QUIZ)
    got = flat(pdf_text(pdf)[0])
    assert len(quiz["questions"]) >= 5 and len(quiz["options"]) >= 15
    missing = [o for o in quiz["options"] if flat(o) not in got]
    assert missing == [], f"answers not printed: {missing[:3]}"
    last_question = got.index(flat(quiz["questions"][-1]))
    assert got.rindex(flat(quiz["answers"])) > last_question  # the heading; the intro names it too
    assert all(got.index(flat(o)) > last_question for o in quiz["options"])
    for name, words in dom["chrome"].items():
        assert flat(words) not in got, f"the {name} ({words!r}) was printed"
