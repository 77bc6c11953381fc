"""One search index per language, each fetched only by its own language's pages.

mkdocs-static-i18n writes one index for both languages at search/search_index.json, and
Material's script fetches "search/search_index.json" relative to `__config.base`, so every
page of both languages downloaded both languages' pages and an English search listed
Chinese pages. This hook writes instead:

- search/search_index.json: the Chinese pages only (the default language, at the root);
- en/search/search_index.json: the English pages only, their locations relative to en/.

Each index's config names its own language only, so the worker loads no lunr file for
English and no lunr.multi for Chinese. overrides/main.html sets `__config.base` to
`search_base` (set here for every page: the page's own language folder); without this hook
(scripts/benchmark.py's plain Material copy) it falls back to Material's `base_url`.
What else reads `__config.base` in Material 9.8.2's bundle, and why it is safe: the search
result links (resolved against it, hence the relative locations), the sitemap (only used by
instant navigation, which stays off) and the alternate-language click handler (only acts on
<link rel="alternate">, which overrides/main.html leaves out).

Lighter: written as UTF-8, not as \\uXXXX escapes, and without the zero-width spaces that
Material's jieba segmentation puts next to a character the search separator already splits
on (spaces, punctuation: mkdocs.yml's separator names the Chinese marks too) or next to a
tag, where they separate nothing.

Found more often: two fields of our own (Material's `fields` option; results never show
them): INITIALS, so the last word of a Chinese query is not dropped (add_initials), and
SECTIONS, the navigation sections a page sits in (add_sections).

Not deferred until the reader opens search: over http, Material 9.8.2 fetches the index as
the page loads (only under file:// does it wait for the search toggle), and no option changes
that; deferring it would take patching XMLHttpRequest or forking Material's bundle.

When it runs: static-i18n builds `en` from inside the `zh` build's on_post_build (-100) and
then overwrites search/search_index.json with the combined index. Each language's entries
are taken before that (priority 50, when the search plugin holds that build's pages only),
and both files are written at -150: after static-i18n's combined write, before the offline
bundle's hook (-200) turns each JSON file into the script file:// pages load. Under
`mkdocs serve --dirty` the search plugin holds only the changed page, and so would the
index: serve without --dirty (scripts/serve.sh builds in full).
"""

import json
import logging
import re
from pathlib import Path

try:
    import jieba  # as Material's search plugin: it splits Chinese words when installed
except ImportError:
    jieba = None
from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority

log = logging.getLogger("mkdocs.hooks.search_index")

INDEX = "search/search_index.json"
ZWSP = "\u200b"
# Material's tokenizer splits the text at every tag (its extract step): "<p>", "</li>".
TAG_EDGES = {"<", ">"}
TAG = re.compile(r"<[^>]*>")
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# A field of our own (Material's `fields` option): see add_initials. A tenth of the text's weight.
INITIALS = "initials"
# Another (see add_sections): the navigation sections a page sits in, weighed between a
# heading (Material's title: 1000) and a passing mention (text: 1).
SECTIONS = "sections"
FIELDS = {INITIALS: {"boost": 0.1}, SECTIONS: {"boost": 100}}

# A page whose front matter says `search_headings_only: true` is found by its title and headings
# only: its sections' text stays out of the index (see headings_only).
HEADINGS_ONLY = "search_headings_only"

# language -> {"config": ..., "docs": [...]}, taken from each language's build.
_indexes: dict[str, dict] = {}
# page url -> the titles of the navigation sections above it, in the page's language.
_sections: dict[str, str] = {}
# urls of the pages searched by their headings only (HEADINGS_ONLY).
_headings_only: set[str] = set()


def _i18n(config):
    plugin = config.plugins.get("i18n")
    if plugin is None:
        raise PluginError("search_index hook: needs the mkdocs-static-i18n plugin (plugins: i18n)")
    return plugin


def _search(config):
    plugin = config.plugins.get("material/search") or config.plugins.get("search")
    if plugin is None:
        raise PluginError("search_index hook: needs Material's search plugin (plugins: search)")
    return plugin


def prefix(config, language):
    """The folder of `language` below the site root: "" for the default language, else "en/"."""
    return "" if language == _i18n(config).default_language else f"{language}/"


def _needless_zwsp(separator):
    """A zero-width space next to a character the separator splits on, a tag or an end splits nothing."""
    sep = re.compile(separator)

    def clean(text):
        out = []
        for i, ch in enumerate(text):
            if ch == ZWSP:
                before, after = (out[-1] if out else ""), text[i + 1 : i + 2]
                if (
                    not before
                    or not after
                    or {before, after} & TAG_EDGES
                    or sep.fullmatch(before)
                    or sep.fullmatch(after)
                ):
                    continue
            out.append(ch)
        return "".join(out)

    return clean


def words(text, separator):
    """The words Material's tokenizer makes of an entry's title or text (tags split words too)."""
    return [w for w in re.split(separator, TAG.sub(" ", text)) if w]


def add_initials(docs, separator):
    """Puts into INITIALS fields the first character of each Chinese word that no entry has as a
    word of its own: each such character once in the index, on the first page whose words
    start with it (that page's first entry), since the worker only needs it to be a word of
    the index.

    Why: Material's worker splits a Chinese query into the longest words of the index, but never
    tries a word that ends the query (it stops one character short), so the last word is found
    only through its first character with a wildcard (催收工作 -> 催收* 工*). Where that
    character is no word of the index (工), the last word is dropped and 催收工作 searched as
    催收. The field is not shown in results and weighs little (FIELDS)."""
    pages, alone = {}, set()
    for doc in docs:
        page = pages.setdefault(doc["location"].split("#")[0], {"doc": doc, "firsts": set()})
        for field in ("title", "text"):
            for word in words(doc[field], separator):
                if len(word) == 1:
                    alone.add(word.lower())
                elif HAN.match(word):
                    page["firsts"].add(word[0])
    placed = set(alone)
    for page in pages.values():
        firsts = sorted(page["firsts"] - placed)
        placed.update(firsts)
        if firsts:
            page["doc"][INITIALS] = " ".join(firsts)
    return docs


def slim_docs(docs, separator, strip_prefix=""):
    """The entries as the index file carries them: locations relative to the language's folder,
    zero-width spaces only where they split two words."""
    clean = _needless_zwsp(separator)
    out = []
    for doc in docs:
        location = doc["location"]
        if strip_prefix:
            if not location.startswith(strip_prefix):
                raise PluginError(f"search_index hook: {location!r} is not under {strip_prefix}")
            location = location[len(strip_prefix):]
        slim = {**doc, "location": location, "title": clean(doc["title"]), "text": clean(doc["text"])}
        out.append(slim)
    return out


def add_sections(docs, sections):
    """Gives each page's first entry a SECTIONS field: the navigation sections it sits in
    ("催收工作", "Working in collection"), so a reader's words for a part of the site find its
    pages even where their own titles say it otherwise (信用卡逾期催款工作好干吗？). Chinese
    words are split as Material splits them (jieba, zero-width spaces)."""
    seen = set()
    for doc in docs:
        page = doc["location"].split("#")[0]
        if page not in seen and sections.get(page):
            doc[SECTIONS] = segment(sections[page])
        seen.add(page)
    return docs


def headings_only(docs, pages):
    """Empties the text of every section (not the page's opening) of `pages`, keeping its heading.

    Why: each language's index must stay small (it is fetched as every page loads, and a phone
    on slow data pays for it), and a few long reference pages (the sources, the trainers' notes,
    the calculators' formulas) were half of it. Readers reach them by their titles and headings;
    their running text is not what a frightened reader searches for."""
    for doc in docs:
        page, _, section = doc["location"].partition("#")
        if section and page in pages:
            doc["text"] = ""
    return docs


def segment(text):
    return ZWSP.join(jieba.cut(text)) if jieba else text


def on_page_context(context, page, config, nav):
    """The page's navigation sections and search settings, and its `search_base` (set_search_base)."""
    titles, parent = [], page.parent
    while parent is not None:
        titles.insert(0, parent.title)
        parent = parent.parent
    _sections[page.url] = " ".join(titles)
    if page.meta.get(HEADINGS_ONLY):
        _headings_only.add(page.url)
    return set_search_base(context, config)


def on_template_context(context, template_name, config):
    """The same for a page made from a template alone (404.html)."""
    return set_search_base(context, config)


def set_search_base(context, config):
    """`search_base` for overrides/main.html: the language's own folder, relative like base_url."""
    folder = prefix(config, _i18n(config).current_language)
    base = context["base_url"]
    context["search_base"] = f"{base.rstrip('/')}/{folder}" if folder else base
    return context


@event_priority(50)  # before static-i18n (-100) merges the languages' entries
def take_index(config):
    language = _i18n(config).current_language
    search = _search(config)
    settings = {key: search.config[key] for key in ("separator", "pipeline")}
    settings["fields"] = {**search.config["fields"], **FIELDS}
    docs = add_sections([dict(doc) for doc in search.search_index.entries], _sections)
    docs = headings_only(docs, _headings_only)
    docs = slim_docs(docs, settings["separator"], prefix(config, language))
    docs = add_initials(docs, settings["separator"])
    _indexes[language] = {"config": {"lang": [language], **settings}, "docs": docs}


@event_priority(-150)  # after static-i18n's combined index (-100), before the offline bundle (-200)
def write_indexes(config):
    root = Path(config.site_dir)
    for language, index in _indexes.items():
        path = root / prefix(config, language) / INDEX
        path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(index, ensure_ascii=False, separators=(",", ":"), default=str)
        path.write_text(text, encoding="utf-8")
        log.debug("search_index hook: %s, %d entries, %d bytes", path, len(index["docs"]), len(text.encode()))


on_post_build = CombinedEvent(take_index, write_indexes)
