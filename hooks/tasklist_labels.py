"""Names the checkboxes of task lists (`- [ ] …`, pymdownx.tasklist).

pymdownx.tasklist with `custom_checkbox` prints each item as `<label class="task-list-control">
<input type="checkbox" disabled/><span class="task-list-indicator"></span></label> text`:
the label wraps only the drawn box, so the checkbox has no accessible name (axe rule
`label`, WCAG 1.3.1 / 4.1.2) and a screen reader says "checkbox, not checked" and nothing
else. Here the item's text is wrapped in a span and the checkbox is labelled by it
(`aria-labelledby`), so it is named by the very words on screen, in either language.

The item's text is the inline content that follows the control, up to the end of its
paragraph or list item (or a nested list). A control this does not recognise fails the
build, so a change in pymdownx's markup cannot quietly bring the fault back.
"""

import re

from mkdocs.exceptions import PluginError

CONTROL = re.compile(
    r'(?P<input><input type="checkbox"(?: disabled)?(?: checked)?)(?P<end>/?>)'
    r'(?P<box><span class="task-list-indicator"></span></label>)\s*'
    r"(?P<text>\S.*?)\s*(?=</?(?:li|p|ul|ol|div|table|blockquote)\b)",
    re.S,
)
PREFIX = '<label class="task-list-control">'


def on_page_content(html, page, **kwargs):
    if PREFIX not in html:
        return html
    count = 0

    def name(m):
        nonlocal count
        count += 1
        tid = f"task-list-item-{count}"
        return (
            f'{m["input"]} aria-labelledby="{tid}"{m["end"]}{m["box"]} '
            f'<span id="{tid}">{m["text"]}</span>'
        )

    out = CONTROL.sub(name, html)
    if out.count(PREFIX) != count:
        raise PluginError(f"{page.file.src_uri}: a task-list checkbox this hook cannot name (hooks/tasklist_labels.py)")
    return out
