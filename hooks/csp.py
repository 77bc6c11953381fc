"""Content Security Policy: a <meta> tag in every page and a `_headers` file at the site root.

The policy allows only the site's own scripts, styles and images. The few inline scripts
Material writes into every page (`__md_scope` with the page's depth, the palette, the
tabbed-target fix) are allowed by their SHA-256 hashes, computed here from the built pages;
never 'unsafe-inline'. Our own code adds no inline script (tests/test_csp.py keeps it so).

When it runs: mkdocs-static-i18n builds `en` as a second, nested build started from the
`zh` build's on_post_build (priority -100), into the same site_dir (it only prefixes the
English files with en/). This hook's on_post_build runs at -200, so it runs once at the end
of the nested `en` build and once more, last of all, when the `zh` build's on_post_build
ends. Each run scans every HTML file under the root site_dir (both languages once `en` is
written), derives one policy for the whole site, writes it into each page's <meta> tag
(replacing an earlier one) and writes `_headers`. The pass is idempotent, so the final run
leaves one policy that covers the hashes of both languages' pages.

Styles: Material and our markup use classes; Material's scripts set styles through the
CSSOM (`el.style.setProperty`), which style-src does not govern. The one inline style
attribute in the site is Python-Markdown's table column alignment (`style="text-align:
right;"` from `---:`); it is allowed by its hash with 'unsafe-hashes' (hashes only, no
'unsafe-inline'). Setting `tables: {use_align_attribute: true}` in mkdocs.yml would emit
`align="right"` instead (Material's CSS honours it); the 'unsafe-hashes' source then drops
out by itself. Any other style attribute, and any inline event handler or javascript: URL
(which the policy would block), fails the build: use a class and a stylesheet or script
under docs/assets/.

`frame-ancestors` is ignored in a <meta> policy, so it is only in `_headers`. Under
`mkdocs serve` nothing is written: its live-reload script is inline and changes per request.
"""

import base64
import hashlib
import logging
import re
from html.parser import HTMLParser
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

log = logging.getLogger("mkdocs.hooks.csp")

HEADERS_FILE = "_headers"
# Netlify / Cloudflare Pages `_headers`: a path pattern, then indented "Name: value" lines.
HEADERS_PATH = "/*"

# Directives in both the header and the <meta> tag; script-src and style-src get hashes.
BASE = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    # Material's CSS draws its icons as data: SVG (mask-image); nothing from another host.
    "img-src": ["'self'", "data:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
}
# Only a header can set these (a <meta> policy ignores them).
HEADER_ONLY = {"frame-ancestors": ["'self'"]}

# Script types a browser runs; any other type (application/json: Material's __config) is data.
JS_TYPES = {"", "module", "text/javascript", "application/javascript", "text/ecmascript", "application/ecmascript"}
# Style attributes we accept (hashed): Python-Markdown's table column alignment.
ALLOWED_STYLE_ATTRS = {f"text-align: {side};" for side in ("left", "right", "center")}

META_RE = re.compile(r'\n  <meta http-equiv="Content-Security-Policy" content="[^"]*">')
CHARSET = '<meta charset="utf-8">'

_command = None


class _Inline(HTMLParser):
    """Collects what a CSP governs inline: scripts, <style> elements, style and on* attributes."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.scripts, self.styles, self.style_attrs, self.problems = [], [], [], []
        self._open = None  # ("script" | "style", [chunks]) while inside one

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name, value in attrs.items():
            if name.startswith("on"):
                self.problems.append(f"inline event handler {name}={value!r} on <{tag}>")
            elif name in ("href", "src", "action", "formaction") and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.problems.append(f"javascript: URL in <{tag} {name}>")
        if attrs.get("style") is not None:
            self.style_attrs.append(attrs["style"])
        if tag == "script" and "src" not in attrs and (attrs.get("type") or "").strip().lower() in JS_TYPES:
            self._open = ("script", [])
        elif tag == "style":
            self._open = ("style", [])

    def handle_data(self, data):
        if self._open:
            self._open[1].append(data)  # raw text: script/style content is not unescaped

    def handle_endtag(self, tag):
        if self._open and tag == self._open[0]:
            kind, chunks = self._open
            (self.scripts if kind == "script" else self.styles).append("".join(chunks))
            self._open = None


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def scan(html: str, where: str) -> _Inline:
    found = _Inline()
    found.feed(html)
    found.close()
    bad_styles = sorted(set(found.style_attrs) - ALLOWED_STYLE_ATTRS)
    problems = found.problems + [f'style="{s}" attribute' for s in bad_styles]
    if problems:
        raise PluginError(
            f"csp hook: {where} has inline code the Content Security Policy would block: "
            + "; ".join(problems)
            + ". Use a class and a file under docs/assets/ instead."
        )
    return found


def policy(scripts: set, styles: set, style_attrs: set, header: bool) -> str:
    """The policy text; `header` adds the directives only a header can carry."""
    directives = {k: list(v) for k, v in BASE.items()}
    directives["script-src"] += sorted(sha256(s) for s in scripts)
    if style_attrs:
        directives["style-src"].append("'unsafe-hashes'")
    directives["style-src"] += sorted({sha256(s) for s in styles} | {sha256(s) for s in style_attrs})
    if header:
        directives.update(HEADER_ONLY)
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives.items())


def with_meta(html: str, text: str, where: str) -> str:
    html = META_RE.sub("", html)
    if CHARSET not in html:
        raise PluginError(f"csp hook: {where} has no {CHARSET} to put the policy after")
    return html.replace(CHARSET, f'{CHARSET}\n  <meta http-equiv="Content-Security-Policy" content="{text}">', 1)


def on_startup(command, dirty):
    global _command
    _command = command


@event_priority(-200)  # after mkdocs-static-i18n's on_post_build (-100), which builds `en`
def on_post_build(config):
    if _command == "serve":
        log.info("csp hook: no policy under `mkdocs serve` (its live-reload script is inline)")
        return
    root = Path(config["site_dir"])
    pages = {path: path.read_text(encoding="utf-8") for path in sorted(root.rglob("*.html"))}
    scripts, styles, style_attrs = set(), set(), set()
    for path, html in pages.items():
        found = scan(html, path.relative_to(root).as_posix())
        scripts.update(found.scripts)
        styles.update(found.styles)
        style_attrs.update(found.style_attrs)
    meta = policy(scripts, styles, style_attrs, header=False)
    for path, html in pages.items():
        updated = with_meta(html, meta, path.relative_to(root).as_posix())
        if updated != html:
            path.write_text(updated, encoding="utf-8")
    header = policy(scripts, styles, style_attrs, header=True)
    (root / HEADERS_FILE).write_text(f"{HEADERS_PATH}\n  Content-Security-Policy: {header}\n", encoding="utf-8")
    log.debug(
        "csp hook: %d pages, %d script hashes, %d style hashes", len(pages), len(scripts), len(styles | style_attrs)
    )
