"""mkdocs-macros entry point: registers macros and variables, nothing more."""

from functools import lru_cache

from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from . import budget, budget_widget, glossary, widgets, widgets_letter, widgets_offer


def define_env(env):
    """Called by mkdocs-macros once per language build; figures come from facts.yml."""

    def lang():
        # The language being built (static-i18n sets it per build); page.file.locale is not reliable here.
        return env.conf["theme"]["language"]

    def page():
        return env.page.file.src_uri

    def url_of(src):
        """The built page of `src` (a Markdown path), relative to the page being built, in
        its language and with the build's URL style (the offline bundle has no directory URLs)."""
        here = File(page().replace(".en.md", ".md"), "", "", env.conf["use_directory_urls"])
        there = File(src, "", "", env.conf["use_directory_urls"])
        return get_relative_url(there.url, here.url)

    @env.macro
    def instalment_calculator(compact=False, **params):
        """compact=True: key fields and headline figures, linked to the full calculator."""
        full = url_of("calculators/instalment.md") if compact else None
        return widgets.instalment_calculator(lang(), page(), full_calculator=full, **params)

    @env.macro
    def instalment_figure(out, **params):
        return widgets.instalment_figure(lang(), page(), out, **params)

    @env.macro
    def overdue_calculator(compact=False, **params):
        """compact=True: balance, paid and days, the headline figures, a link to the full calculator."""
        full = url_of("calculators/overdue-fees.md") if compact else None
        return widgets.overdue_calculator(lang(), page(), full_calculator=full, **params)

    @env.macro
    def overdue_figure(out, **params):
        return widgets.overdue_figure(lang(), page(), out, **params)

    @env.macro
    def offer_calculator(**params):
        letter, checklist = url_of("toolkit/proposal-letter.md"), url_of("toolkit/agreement-checklist.md")
        return widgets_offer.offer_calculator(lang(), page(), letter, checklist, **params)

    @env.macro
    def offer_figure(out, **params):
        return widgets_offer.offer_figure(lang(), page(), out, **params)

    @env.macro
    def plan_summary():
        return widgets_offer.plan_summary(lang())

    @env.macro
    def proposal_letter():
        return widgets_letter.proposal_letter(lang(), page())

    @env.macro
    def capitals_figure(amount):
        """An amount in Chinese capitals (大写), as the proposal letter writes it."""
        return widgets_letter.capitals_figure(page(), amount)

    @env.macro
    def budget_calculator(compact=False, **params):
        """compact=True: the same form and figures, with a link to the full calculator instead of copy-link."""
        links = {
            "plan": {key: url_of(src) for key, src, _ in budget.PLAN_LINKS},
            "personalised": url_of("guides/six-steps.md") + "#personalised-instalment",
            "help": url_of("guides/court.md") + "#legal-advice",
        }
        full = url_of("calculators/budget.md") if compact else None
        return budget_widget.budget_calculator(lang(), page(), links, full_calculator=full, **params)

    @env.macro
    def budget_figure(out, **params):
        return budget_widget.budget_figure(lang(), page(), out, **params)

    @env.macro
    def glossary_table():
        """The glossary table (reference/glossary.md), from glossary.yml."""
        return glossary.table(lang())


def on_post_page_macros(env):
    """After the macros of each page: append the glossary's `*[term]: definition` lines
    for the page's language, so the `abbr` extension shows each term's definition on
    hover or tap (Material's content.tooltips). Not on a page whose front matter says
    `tooltips: false`: the glossary itself prints each definition beside its term."""
    if env.page.meta.get("tooltips", True) is False:
        return
    # Read once per language, not per page (about 10 ms each); an edited file, under
    # `mkdocs serve`, has a new stamp and is read again.
    stamp = tuple(path.stat().st_mtime_ns for path in (glossary.GLOSSARY, glossary.FACTS))
    lines = _abbreviations(env.conf["theme"]["language"], stamp)
    # One block per definition: the abbr extension takes one definition per pass and hands the
    # rest of its block back, so one block of them all was parsed again for every term (most
    # of the build's Markdown time).
    env.markdown = env.markdown.rstrip("\n") + "\n\n" + "\n\n".join(lines) + "\n"


@lru_cache(maxsize=4)
def _abbreviations(lang, stamp):
    return tuple(glossary.abbreviations(lang))
