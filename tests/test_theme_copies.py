"""The Material templates copied into overrides/ carry Material's licence notice, and stay the
installed original plus their intended edits (tests/theme_copies.py, tests/theme_edits/)."""

import re

import pytest

import theme_copies as theme
from conftest import ROOT


@pytest.mark.parametrize("copy", theme.COPIES)
def test_copy_carries_materials_licence_notice(copy):
    assert theme.licence_problems(copy) == []


@pytest.mark.parametrize("copy", theme.COPIES)
def test_copy_is_the_original_plus_its_intended_edits(copy):
    problems = theme.edit_problems(copy)
    assert not problems, problems[0]


def test_every_copied_template_is_tracked():
    """A template in overrides/ that shadows one of Material's is a copy and must be listed, or
    one of our own written anew (theme.OWN), which must not contain Material's template text."""
    shadowing = {
        path.relative_to(ROOT / "overrides").as_posix()
        for path in (ROOT / "overrides").rglob("*.html")
        if (theme.TEMPLATES / path.relative_to(ROOT / "overrides")).is_file()
    }
    assert shadowing == set(theme.COPIES) | theme.OWN
    for own in theme.OWN:
        original = theme.HEADER.sub("", (theme.TEMPLATES / own).read_text(encoding="utf-8"))
        ours = (ROOT / "overrides" / own).read_text(encoding="utf-8")
        # Jinja tags ({% extends %}, {% block %}) are how any template starts, not copied text.
        lines = [line.strip() for line in original.splitlines()]
        copied = [line for line in lines if line and not line.startswith("{%") and line in ours]
        assert not copied, f"overrides/{own} repeats Material's lines {copied}: track it as a copy"


def test_the_pinned_material_is_the_installed_one():
    pinned = re.search(r"(?m)^mkdocs-material==(\S+)$", (ROOT / "requirements.txt").read_text(encoding="utf-8"))
    assert pinned.group(1) == theme.version()


def test_material_changing_under_a_copy_fails():
    """A new Material release changes a line the copy left alone: the copy would drift."""
    original = theme.original("partials/search.html")
    assert '<label class="md-search__overlay" for="__search">' in original
    changed = original.replace('for="__search">', 'for="__search" tabindex="-1">')
    problems = theme.edit_problems("partials/search.html", original_text=changed)
    assert len(problems) == 1
    assert "overrides/partials/search.html differs from Material" in problems[0]
    assert 'tabindex="-1"' in problems[0], "the message shows the line that changed"


def test_an_unintended_edit_to_a_copy_fails():
    copy = theme.copied("main.html")
    edited = copy.replace(
        '<meta charset="utf-8">\n', '<meta charset="utf-8">\n  <meta name="robots" content="noindex">\n'
    )
    assert edited != copy
    problems = theme.edit_problems("main.html", copy_text=edited)
    assert len(problems) == 1 and 'name="robots"' in problems[0]


def test_a_copy_without_the_licence_notice_fails():
    text = (ROOT / "overrides" / "partials" / "search.html").read_text(encoding="utf-8")
    no_notice = text.replace("Martin Donath", "")
    assert theme.licence_problems("partials/search.html", no_notice) == [
        "overrides/partials/search.html does not open with Material's licence notice (MIT, Martin Donath)"
    ]
    old = text.replace(f"Material for MkDocs {theme.version()}", "Material for MkDocs 9.0.0")
    assert theme.licence_problems("partials/search.html", old) == [
        f"overrides/partials/search.html does not say it was copied from Material for MkDocs {theme.version()}"
    ]
