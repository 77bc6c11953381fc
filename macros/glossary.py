"""The glossary: one data file (glossary.yml), read here and written out two ways.

- `table(lang)`: the glossary table on reference/glossary.md.
- `abbreviations(lang)`: `*[term]: definition` lines for Python-Markdown's `abbr`
  extension; appended to every page, they wrap each term in `<abbr title=…>`, which
  Material (`content.tooltips`) shows as a tooltip on hover, focus or tap.

Pure: no MkDocs import; unknown input fails loudly.

Which uses get the tooltip is hooks/glossary_tooltips.py's rule: the first use of each
definition in each section (page top, then each `##`), a Chinese term anywhere in the text,
a Latin one as a whole word; never in a heading, code or raw HTML.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
GLOSSARY = HERE / "glossary.yml"
FACTS = HERE / "facts.yml"

LANGS = ("zh", "en")
FIELDS = ("id", "zh", "en", "def_zh", "def_en")
OPTIONAL = ("sources", "tip_en")
ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# What Python-Markdown's AbbrBlockprocessor reads: `*[TERM]: TITLE`, TERM without `]` or `\`.
ABBR_LINE = re.compile(r"^\*\[(?P<term>[^\]\\]+)\]: (?P<title>\S.*)$")

# Link text for each entry of reference/sources.md (its headings carry these ids).
SOURCE_LABELS = {
    "pbc-2016": {"zh": "人民银行 2016 年通知", "en": "PBC notice, 2016"},
    "pbc-2020-327": {"zh": "银发〔2020〕327号", "en": "PBC notice No. 327, 2020"},
    "pbc-2021-3": {"zh": "人民银行公告〔2021〕第3号", "en": "PBC announcement No. 3, 2021"},
    "cbirc-pbc-2022": {"zh": "银保监会、人民银行 2022 年通知", "en": "CBIRC and PBC notice, 2022"},
    "cbrc-2011-2": {"zh": "银监会令2011年第2号", "en": "CBRC Order No. 2, 2011"},
    "bankcard-1999": {"zh": "《银行卡业务管理办法》", "en": "Bank card measures, 1999"},
    "cba-2013": {"zh": "银行业协会自律公约", "en": "banking association pact, 2013"},
    "nifa-2024": {"zh": "互联网金融协会催收指引", "en": "NIFA collection guideline, 2024"},
    "cba-2026": {"zh": "银行业协会催收指引", "en": "banking association collection guideline"},
    "credit-reporting-631": {"zh": "《征信业管理条例》", "en": "Credit Reporting Regulation"},
    "spc-2021-10": {"zh": "法释〔2021〕10号", "en": "SPC interpretation No. 10, 2021"},
    "spc-private-lending-2020": {"zh": "最高人民法院民间借贷规定", "en": "SPC private-lending rules"},
    "hotlines": {"zh": "投诉热线", "en": "complaint hotlines"},
    "bank-terms": {"zh": "银行合约条款", "en": "bank terms"},
    "criminal-law-196": {"zh": "《刑法》第一百九十六条", "en": "Criminal Law, art. 196"},
    "spc-spp-2018-19": {"zh": "法释〔2018〕19号", "en": "SPC and SPP interpretation No. 19, 2018"},
}

HEADERS = {"zh": ("术语", "释义"), "en": ("Term", "Definition")}
SOURCE_WORD = {"zh": "出处：", "en": "Source: "}
LIST_SEP = {"zh": "、", "en": ", "}


def _lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"glossary: unknown language {lang!r}; expected one of {LANGS}")
    return lang


def load(path: Path | str = GLOSSARY) -> list[dict]:
    """The entries of glossary.yml, in file order, checked."""
    with open(path, encoding="utf-8") as f:
        entries = yaml.safe_load(f)
    if not isinstance(entries, list) or not entries:
        raise ValueError(f"{path}: expected a non-empty list of entries")
    seen = set()
    for n, entry in enumerate(entries, 1):
        where = f"{path}: entry {n}"
        if not isinstance(entry, dict):
            raise ValueError(f"{where}: expected a mapping")
        unknown = set(entry) - set(FIELDS) - set(OPTIONAL)
        if unknown:
            raise ValueError(f"{where}: unknown field(s) {sorted(unknown)}")
        for field in FIELDS:
            value = entry.get(field)
            if not isinstance(value, str) or not value.strip():
                raise ValueError(f"{where}: field {field!r} missing or empty")
            if "\n" in value:
                raise ValueError(f"{where}: field {field!r} must be one line")
        if not ID.match(entry["id"]):
            raise ValueError(f"{where}: id {entry['id']!r} is not lower-case ASCII words joined by '-'")
        if entry["id"] in seen:
            raise ValueError(f"{where}: duplicate id {entry['id']!r}")
        seen.add(entry["id"])
        for source in entry.get("sources", []):
            if source not in SOURCE_LABELS:
                raise ValueError(f"{where}: unknown source {source!r}")
        tips = entry.get("tip_en", [])
        if not isinstance(tips, list) or not all(isinstance(t, str) and t.strip() for t in tips):
            raise ValueError(f"{where}: tip_en must be a list of terms")
    return entries


def load_facts(path: Path | str = FACTS) -> dict:
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def definition(entry: dict, lang: str, facts: dict) -> str:
    """The entry's definition in `lang`, with each {NAME} replaced by facts.yml's figure."""
    text = entry[f"def_{_lang(lang)}"]
    try:
        return text.format_map(facts)
    except (KeyError, IndexError, ValueError) as e:
        raise ValueError(f"glossary entry {entry['id']!r}, def_{lang}: bad figure reference ({e})") from None


def _split(term: str) -> list[str]:
    return [t.strip() for t in term.split(" / ") if t.strip()]


def terms(entry: dict, lang: str) -> list[str]:
    """The words that get this entry's tooltip on a page in `lang` (the Chinese ones on both).

    English: `tip_en` as listed (plurals and other forms spelt out; an empty list for none),
    or else the forms of `en`; each also capitalised, for
    the start of a sentence (late fee → Late fee).
    """
    zh = _split(entry["zh"])
    if _lang(lang) == "zh":
        return zh
    english = [t.strip() for t in entry["tip_en"]] if "tip_en" in entry else _split(entry["en"])
    return english + [t[0].upper() + t[1:] for t in english if t[0].islower()] + zh


def abbreviations(lang: str, entries: list[dict] | None = None, facts: dict | None = None) -> list[str]:
    """`*[term]: definition` lines for pages in `lang`: each term with its definition in `lang`."""
    entries = load() if entries is None else entries
    facts = load_facts() if facts is None else facts
    lines, owner = [], {}
    for entry in entries:
        title = definition(entry, lang, facts)
        for term in dict.fromkeys(terms(entry, lang)):
            if term in owner:
                raise ValueError(f"glossary: term {term!r} belongs to both {owner[term]!r} and {entry['id']!r}")
            owner[term] = entry["id"]
            line = f"*[{term}]: {title}"
            if not ABBR_LINE.match(line):
                raise ValueError(f"glossary entry {entry['id']!r}: cannot write {line!r} as an abbreviation")
            lines.append(line)
    return lines


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def table(
    lang: str, entries: list[dict] | None = None, facts: dict | None = None, sources_href: str = "sources.md"
) -> str:
    """The glossary as a two-column Markdown table, narrow enough for a phone.

    Term: the term in the page's language (bold, carrying the entry id as its anchor:
    glossary.md#late-fee), the other language's term below it. Definition: in the page's
    language, then links to the entries of the sources page (`sources_href`, relative to
    the page that shows the table).
    """
    lang = _lang(lang)
    other = "en" if lang == "zh" else "zh"
    entries = load() if entries is None else entries
    facts = load_facts() if facts is None else facts
    rows = [f"| {' | '.join(HEADERS[lang])} |", "| --- | --- |"]
    for entry in entries:
        term = f"**{_cell(entry[lang])}**{{ #{entry['id']} }}<br>{_cell(entry[other])}"
        text = _cell(definition(entry, lang, facts))
        links = LIST_SEP[lang].join(
            f"[{SOURCE_LABELS[s][lang]}]({sources_href}#{s})" for s in entry.get("sources", [])
        )
        if links:
            text += f"<br>{SOURCE_WORD[lang]}{links}"
        rows.append(f"| {term} | {text} |")
    return "\n".join(rows) + "\n"
