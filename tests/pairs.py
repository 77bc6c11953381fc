"""The pair checker: docs/x.md (中文) and docs/x.en.md (English) must have the same skeleton.

Compared on the Markdown sources, before any build: heading ids (in order), every `{{ … }}`
macro call with its arguments, link targets, front-matter keys and fill-in blanks. Only the
words may differ. `python tests/pairs.py` lists every difference in docs/.
"""

from __future__ import annotations

import ast
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

DOCS = Path(__file__).resolve().parent.parent / "docs"

RAW = re.compile(r"{%-?\s*raw\s*-?%}.*?{%-?\s*endraw\s*-?%}", re.S)
FENCE = re.compile(r"^( {0,4})(`{3,}|~{3,}).*?^\1\2[ \t]*$", re.S | re.M)
HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*$", re.M)
HEADING_ID = re.compile(r"\{\s*#([^\s}]+)[^}]*\}$")
MACRO = re.compile(r"{{-?(.*?)-?}}", re.S)
# [text](target "title"), ![alt](target), [label]: target, <https://…>, href="…" / src="…".
LINK = re.compile(r"\]\(\s*<?([^\s)>]+)>?(?:\s+[\"'][^\"']*[\"'])?\s*\)")
REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.M)
AUTOLINK = re.compile(r"<((?:https?|mailto|tel):[^>\s]+)>")
HTML_LINK = re.compile(r"\b(?:href|src)=\"([^\"]+)\"")
# A fill-in blank: four or more underscores, escaped (\_\_\_\_) or not (____).
BLANK = re.compile(r"(?:\\?_){4,}")
# A date to fill in is three blanks in Chinese (____年__月__日) and one in English (____ (date)).
DATE = re.compile(rf"{BLANK.pattern}年{BLANK.pattern}月{BLANK.pattern}日")
# English pages quote the Chinese to say in full-width brackets, blanks and all: （我是____……）.
# Those blanks are the Chinese page's, so they are not counted again.
QUOTE = re.compile(r"（[^（）]*(?:（[^（）]*）[^（）]*)*）")
# A facts.yml figure may have a form for each language: {{ facts.x_zh }} and {{ facts.x_en }} pair with
# {{ facts.x }}, and a document's name {{ facts.names[id].zh }} / .short_zh with .en / .short_en.
LANG_FORM = re.compile(r"^(facts\.\w+)_(?:zh|en)$")
NAME_FORM = re.compile(r"^(facts\.names\[.+\])\.(short_)?(?:zh|en)$")
# English pages give a document's Chinese name beside its English one: a quotation, not counted again.
ZH_NAME = re.compile(r"^facts\.names\[.+\]\.zh$")


def split_front_matter(text: str) -> tuple[dict, str]:
    if not text.startswith("---\n"):
        return {}, text
    _, head, body = text.split("---\n", 2)
    return yaml.safe_load(head) or {}, body


def prose(body: str) -> str:
    """The body without fenced code and raw blocks: what Markdown reads as headings and links."""
    return FENCE.sub("", RAW.sub("", body))


def macro_call(expression: str) -> str:
    """One `{{ … }}` call in a canonical spelling: spaces, quotes and keyword order do not count."""
    text = " ".join(expression.split())
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError:
        return text  # a Jinja filter or test: compared as written
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            node.keywords.sort(key=lambda k: k.arg or "")
    call = ast.unparse(tree)
    return NAME_FORM.sub(lambda m: f"{m.group(1)}.{m.group(2) or ''}name", LANG_FORM.sub(r"\1", call))


def blanks(body: str, lang: str) -> int:
    if lang == "en":
        body = QUOTE.sub("", body)
    return len(BLANK.findall(DATE.sub("____", body)))


def skeleton(text: str, lang: str) -> dict[str, object]:
    """What both languages of a page must share, read from one Markdown source."""
    meta, body = split_front_matter(text)
    unraw = RAW.sub("", body)
    plain = prose(body)
    headings = []
    for marks, title in HEADING.findall(plain):
        found = HEADING_ID.search(title)
        headings.append(f"h{len(marks)}#{found.group(1)}" if found else f"h{len(marks)} (no id)")
    links = []
    for pattern in (LINK, REFERENCE, AUTOLINK, HTML_LINK):
        links += pattern.findall(plain)
    return {
        "front-matter keys": sorted(meta),
        "heading ids": headings,
        "macro calls": Counter(
            macro_call(m) for m in MACRO.findall(unraw) if not (lang == "en" and ZH_NAME.match(" ".join(m.split())))
        ),
        "link targets": Counter(links),
        "fill-in blanks": blanks(body, lang),
    }


def _counts(counter: Counter) -> str:
    return ", ".join(f"{item} ×{n}" for item, n in sorted(counter.items())) or "none"


def compare(name: str, zh_text: str, en_text: str) -> list[str]:
    """Every way the English source `name`.en.md differs from the Chinese one, one line each."""
    zh, en = skeleton(zh_text, "zh"), skeleton(en_text, "en")
    problems = []
    for what in zh:
        a, b = zh[what], en[what]
        if a == b:
            continue
        if isinstance(a, Counter):
            only_zh, only_en = a - b, b - a
            problems.append(
                f"{name}: {what} differ ({sum(a.values())} in zh, {sum(b.values())} in en); "
                f"only in zh: {_counts(only_zh)}; only in en: {_counts(only_en)}"
            )
        elif isinstance(a, int):
            problems.append(f"{name}: {what} differ: {a} in zh, {b} in en")
        elif what == "heading ids":
            at = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
            problems.append(
                f"{name}: {what} differ ({len(a)} in zh, {len(b)} in en); first difference at heading {at + 1}: "
                f"zh {a[at] if at < len(a) else 'none'}, en {b[at] if at < len(b) else 'none'}"
            )
        else:
            problems.append(
                f"{name}: {what} differ ({len(a)} in zh, {len(b)} in en); "
                f"only in zh: {sorted(set(a) - set(b)) or 'none'}; only in en: {sorted(set(b) - set(a)) or 'none'}"
            )
    return problems


def pairs(docs: Path = DOCS) -> list[str]:
    """Every page of docs/ by its Chinese source (relative, e.g. "guides/six-steps.md")."""
    return sorted(md.relative_to(docs).as_posix() for md in docs.rglob("*.md") if not md.name.endswith(".en.md"))


def english(name: str) -> str:
    return name[: -len(".md")] + ".en.md"


def orphans(docs: Path = DOCS) -> list[str]:
    """Sources with no twin: a .md without its .en.md, or an .en.md without its .md."""
    found = []
    for md in sorted(docs.rglob("*.md")):
        rel = md.relative_to(docs).as_posix()
        twin = rel[: -len(".en.md")] + ".md" if rel.endswith(".en.md") else english(rel)
        if not (docs / twin).is_file():
            found.append(f"{rel} has no twin {twin}")
    return found


def heading_ids(name: str, text: str) -> list[str]:
    """Every ## heading and below needs an explicit ASCII id: trainers link them."""
    found = []
    for heading in skeleton(text, "zh")["heading ids"]:
        level, anchor = re.match(r"h(\d)(?:#(.*))?", heading).groups()
        if level != "1" and not re.fullmatch(r"[A-Za-z0-9_-]+", anchor or ""):
            found.append(f"{name}: heading {heading!r} needs an explicit ASCII id: ## Title {{ #some-id }}")
    return found


def check_pair(name: str, docs: Path = DOCS) -> list[str]:
    zh = (docs / name).read_text(encoding="utf-8")
    en = (docs / english(name)).read_text(encoding="utf-8")
    return heading_ids(name, zh) + heading_ids(english(name), en) + compare(name, zh, en)


def check_all(docs: Path = DOCS) -> list[str]:
    problems = orphans(docs)
    for name in pairs(docs):
        if (docs / english(name)).is_file():
            problems += check_pair(name, docs)
    return problems


if __name__ == "__main__":
    found = check_all()
    print("\n".join(found) or f"{len(pairs())} page pairs match")
    sys.exit(1 if found else 0)
