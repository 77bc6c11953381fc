"""Only a page that shows a calculator loads the calculators' scripts.

mkdocs.yml lists assets/javascripts/calculators.js in extra_javascript, and Material puts
every such entry on every page: five module files, about 10 KB compressed, that a page
without a calculator fetches and never uses, on a reader's phone data. This hook drops
that tag (or the offline bundle's joined calculators.offline.js) from every page that has
no calculator. While the config lists that script, a page that does not carry its tag
exactly once fails the build. A config that does not list it (the plain Material copy of
scripts/benchmark.py) is left alone; tests/test_browser_site.py notices if a rename
brings the scripts back to every page.
"""

import re

from mkdocs.exceptions import PluginError

SCRIPT = re.compile(r"(?:^|/)assets/javascripts/calculators(?:\.offline)?\.js$")
TAG = re.compile(r'<script src="[^"]*\bassets/javascripts/calculators(?:\.offline)?\.js"[^>]*></script>\n?')
CALCULATOR = 'data-calculator="'  # the root element the macros render (macros/widgets.py)


def listed(config):
    return any(SCRIPT.search(str(script)) for script in config.extra_javascript)


def on_post_page(output, page, config, **kwargs):
    if not listed(config):
        return output
    tags = len(TAG.findall(output))
    if tags != 1:
        raise PluginError(
            f"{page.file.src_uri}: {tags} calculators script tags, expected 1 (hooks/calculator_scripts.py)"
        )
    return output if CALCULATOR in output else TAG.sub("", output)


def on_post_template(output, template_name, **kwargs):
    """404.html: a theme template, not a page, and never a calculator."""
    return TAG.sub("", output) if template_name == "404.html" else output
