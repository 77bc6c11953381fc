"""Parts of a built page, cut the same way in every test."""

import re


def article(html: str) -> str:
    """The page's content, without Material's navigation, header and footer."""
    start = html.index('<article class="md-content__inner')
    return html[start : html.index("</article>", start)]


def section(html: str, anchor: str) -> str:
    """The heading with id `anchor` and what follows it, up to the next heading of its level or
    above (a step of the guide: `section(page, "step-3")`)."""
    content = article(html)
    found = re.search(rf'<h([1-6])\b[^>]*\bid="{re.escape(anchor)}"', content)
    assert found, f"no heading with id {anchor!r} on the page"
    level = int(found.group(1))
    end = re.compile(rf"<h[1-{level}][\s>]").search(content, found.end())
    return content[found.start() : end.start() if end else len(content)]

