"""Glossary tooltips where a reader needs them: a term's first use in each section.

Python-Markdown's `abbr` wraps every use of a term that stands between word boundaries.
On our pages that fails both ways. Chinese characters are word characters, so a Chinese
term inside running text ("收取违约金的") is never wrapped; and a term wrapped every time
buries the page in dotted underlines (催收 comes 51 times on the conduct page).

This hook swaps abbr's tree processor for one that
- finds a Chinese term anywhere in the text, and a Latin term only as a whole word;
- wraps the first use of each definition in each section: the top of the page, then each
  `##` heading, so a reader who arrives through a trainer's deep link (#step-3) still
  finds the tooltips in the section in front of them;
- skips a term inside a document's title in 《》: 征信 in 《征信业管理条例》 is part of a
  name, not the word the glossary defines;
- leaves headings plain (their text is also the table of contents' and the tab's), and
  links and <summary> too: tapping them opens a page or a fold, so on a phone the
  tooltip could never be read;
- like abbr, leaves code and raw HTML alone.
The `*[term]: definition` lines are still read by abbr (macros/__init__.py appends them).
"""

import re
import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

# Headings stay plain; h1 and h2 start a new section.
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
SECTION_STARTS = {"h1", "h2"}
# Elements whose text is never a tooltip's place (code is already an AtomicString).
SKIP = HEADINGS | {"a", "summary", "abbr", "code", "pre", "kbd", "script", "style"}
LATIN = re.compile(r"[0-9A-Za-z]")
TITLE = re.compile(r"《[^《》]*》")  # a document's title


def term_pattern(terms):
    """One regex for all terms, longest first: Latin ends need a whole word, Chinese ones do not."""
    parts = []
    for term in sorted(terms, key=len, reverse=True):
        part = re.escape(term)
        if LATIN.match(term[0]):
            part = r"(?<![0-9A-Za-z])" + part
        if LATIN.match(term[-1]):
            part += r"(?![0-9A-Za-z])"
        parts.append(part)
    return re.compile("|".join(parts))


class FirstUseTreeprocessor(Treeprocessor):
    def __init__(self, md, abbrs):
        super().__init__(md)
        self.abbrs = abbrs  # abbr's own dict, filled by its block processor on each page

    def run(self, root):
        terms = [t for t, title in self.abbrs.items() if title]
        if not terms:
            return
        self.pattern = term_pattern(terms)
        self.seen = set()  # definitions already shown in this section
        self.walk(root)

    def wrap(self, text):
        """The text before the first new term, and the <abbr> elements (with their tails) that follow."""
        if not text or isinstance(text, AtomicString):
            return text, []
        head, abbrs, at = None, [], 0
        names = [t.span() for t in TITLE.finditer(text)]
        for m in self.pattern.finditer(text):
            title = self.abbrs[m.group(0)]
            if title in self.seen or any(start < m.start() < end for start, end in names):
                continue
            self.seen.add(title)
            if abbrs:
                abbrs[-1].tail = text[at:m.start()]
            else:
                head = text[:m.start()]
            abbr = etree.Element("abbr", {"title": title})
            abbr.text = AtomicString(m.group(0))
            abbrs.append(abbr)
            at = m.end()
        if not abbrs:
            return text, []
        abbrs[-1].tail = text[at:]
        return head, abbrs

    def walk(self, el):
        """Document order: the element's text, then each child and the text after it."""
        el.text, abbrs = self.wrap(el.text)
        for i, abbr in enumerate(abbrs):
            el.insert(i, abbr)
        for child in [c for c in el if c not in abbrs]:
            if child.tag in SECTION_STARTS:
                self.seen = set()
            if child.tag not in SKIP:
                self.walk(child)
            child.tail, abbrs = self.wrap(child.tail)
            at = list(el).index(child) + 1
            for i, abbr in enumerate(abbrs):
                el.insert(at + i, abbr)


class GlossaryTooltips(Extension):
    def extendMarkdown(self, md):
        if "abbr" not in md.treeprocessors:
            raise ValueError("hooks/glossary_tooltips.py needs the abbr extension listed before it in mkdocs.yml")
        abbrs = md.treeprocessors["abbr"].abbrs
        md.treeprocessors.register(FirstUseTreeprocessor(md, abbrs), "abbr", 7)


def on_config(config, **kwargs):
    if not any(isinstance(e, GlossaryTooltips) for e in config.markdown_extensions):
        config.markdown_extensions.append(GlossaryTooltips())
    return config
