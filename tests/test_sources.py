"""The sources page, as a researcher checks it: every entry gives a name, a number line, a date
line and a mark; an official entry never lacks its date; a reported entry names its report;
a number the facts list calls unsettled is printed nowhere."""

import html
import re

import pytest

FIELDS = {
    "zh": {"name": ("文件", "来源"), "number": ("文号",), "date": ("日期",), "mark": ("标记",)},
    "en": {"name": ("Document", "Source"), "number": ("Number",), "date": ("Date",), "mark": ("Mark",)},
}
OFFICIAL = {"zh": "官方原文", "en": "official"}
REPORTED = {"zh": "据报道", "en": "as reported"}
# The report behind these is not yet recorded; the page must say so (and this list shrink).
REPORT_NOT_RECORDED = {"pbc-2020-327", "pbc-2021-3", "bankcard-1999", "cba-2013", "nifa-2024", "cba-2026", "hotlines"}
NOT_RECORDED = {"zh": "报道出处待核对", "en": "report not yet recorded"}
# Numbers often quoted that the facts list marks unsettled: never printed, in either language.
UNSETTLED_NUMBERS = ["银保监规〔2022〕13号", "银发〔1999〕17号", "法释〔2020〕17号"]
# Dates the facts list settled (official, read in a reprint): the entry must give them.
DATES = {
    "cbrc-2011-2": ["2011 年 1 月 13 日"],
    "credit-reporting-631": ["2013 年 1 月 21 日", "2013 年 3 月 15 日"],
    "spc-2021-10": ["2021 年 5 月 25 日"],
    "spc-private-lending-2020": ["2020 年 12 月 23 日", "2021 年 1 月 1 日"],
    "spc-spp-2018-19": ["2018 年 11 月 28 日", "2018 年 12 月 1 日"],
}
FIELD = re.compile(r"<li><strong>(?P<key>[^<]+)</strong>[：:]\s*(?P<value>.*?)</li>", re.S)


def text(fragment):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", fragment)).split())


def entries(site, lang):
    """{id: {field: [values]}} for every ### entry of the sources page in `lang`."""
    page = (site.root / ("en/" if lang == "en" else "") / "reference" / "sources" / "index.html").read_text(
        encoding="utf-8"
    )
    article = page[page.index('<article class="md-content__inner') : page.index("</article>")]
    found = {}
    parts = re.split(r'<h3 id="([a-z0-9-]+)">', article)
    for entry_id, body in zip(parts[1::2], parts[2::2], strict=True):
        body = re.split(r"<h2[ >]", body)[0]
        fields = {}
        for m in FIELD.finditer(body):
            key = html.unescape(m.group("key")).strip()
            for field, labels in FIELDS[lang].items():
                if key in labels:
                    fields.setdefault(field, []).append(text(m.group("value")))
        found[entry_id] = fields
    return found


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_entry_gives_name_number_date_and_mark(site, lang):
    found = entries(site, lang)
    assert len(found) >= 27
    for entry_id, fields in found.items():
        for field in FIELDS[lang]:
            values = fields.get(field, [])
            assert len(values) == 1 and values[0], f"{lang} sources #{entry_id}: no single {field} line"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_official_entries_have_a_date_and_reported_ones_name_their_report(site, lang):
    official = reported = 0
    for entry_id, fields in entries(site, lang).items():
        mark, date = fields["mark"][0], fields["date"][0]
        # "official" in the mark's first clause, before any bracket ("as reported (… no official list)" is not).
        if OFFICIAL[lang] in re.split(r"[（(；;]", mark)[0].lower():
            official += 1
            assert not date.startswith("—"), f"{lang} sources #{entry_id}: official entry with no date"
            assert re.search(r"\d{4}", date), f"{lang} sources #{entry_id}: official entry dated {date!r}"
        if REPORTED[lang] in mark.lower():
            reported += 1
            said = re.search(r"[（(](.+)[）)]", mark)
            assert said, f"{lang} sources #{entry_id}: reported, but the mark {mark!r} names no report"
            if entry_id in REPORT_NOT_RECORDED:
                assert NOT_RECORDED[lang] in said.group(1), (
                    f"{lang} sources #{entry_id}: say the report is not yet recorded"
                )
            else:
                assert NOT_RECORDED[lang] not in said.group(1), (
                    f"{lang} sources #{entry_id}: names its report now; update the list"
                )
    assert official >= 8 and reported >= 15, (official, reported)


def test_both_languages_list_the_same_entries_in_the_same_order(site):
    assert list(entries(site, "zh")) == list(entries(site, "en"))


def test_settled_dates_are_given(site):
    found = entries(site, "zh")
    for entry_id, dates in DATES.items():
        for date in dates:
            assert date in found[entry_id]["date"][0], (entry_id, date, found[entry_id]["date"])


def test_no_page_prints_an_unsettled_number(site):
    for page in site.root.rglob("*.html"):
        content = page.read_text(encoding="utf-8")
        for number in UNSETTLED_NUMBERS:
            assert number not in content, f"{page.relative_to(site.root)} prints {number}, which is unsettled"
