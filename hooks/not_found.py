"""A 404 page in each language: Chinese at the site root (404.html), English at en/404.html.

mkdocs-static-i18n builds every language into the same site_dir, and each build writes the
theme's 404.html (overrides/404.html) at the root: the English build, which runs second,
would replace the Chinese page. So in each build but the default language's, this hook
writes the page under the language's folder itself and gives MkDocs an empty page, which it
skips ("generated empty output").

Its language menu leads to each language's home page: static-i18n points the menu at the
page last built, which a 404 page is not.
"""

from copy import deepcopy
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.utils import write_file


def on_pre_template(template, template_name, config, **kwargs):
    i18n = config.plugins.get("i18n")
    if template_name == "404.html" and i18n is not None and i18n.extra_alternate:
        # An attribute, as static-i18n sets it per page (the template reads the attribute).
        config.extra.alternate = deepcopy(i18n.extra_alternate)
    return template


@event_priority(-100)  # last: after every hook that changes the page (hooks/calculator_scripts.py)
def on_post_template(output, template_name, config, **kwargs):
    i18n = config.plugins.get("i18n")
    if template_name != "404.html" or i18n is None or i18n.is_default_language_build:
        return output
    write_file(output.encode("utf-8"), str(Path(config.site_dir) / i18n.current_language / "404.html"))
    return ""
