"""The test helpers: a small project that inherits mkdocs.yml with its own nav, and a built
page's section by id."""

import pytest
import yaml

from projects import CONFIG, build, page, small_project
from sections import article, section


def test_a_small_project_builds_with_the_sites_config_and_its_own_nav(tmp_path):
    pages = {"index.md": page("首页"), "index.en.md": page("Home")}
    pages.update({"guides/probe.md": page("探针", "正文"), "guides/probe.en.md": page("Probe", "Text")})
    small_project(tmp_path, pages, nav=["index.md", "guides/probe.md"])
    assert yaml.safe_load((tmp_path / CONFIG).read_text(encoding="utf-8")) == {
        "INHERIT": "mkdocs.yml",
        "nav": ["index.md", "guides/probe.md"],
    }
    built = build(tmp_path)
    assert built.returncode == 0, built.stdout
    for prefix in ("", "en/"):
        html = (tmp_path / "site" / prefix / "guides" / "probe" / "index.html").read_text(encoding="utf-8")
        # The site's own theme overrides and hooks ran: the review date and the CSP meta tag.
        assert 'data-reviewed="2026-01-01"' in html and 'http-equiv="Content-Security-Policy"' in html
        # The nav is the project's own: none of the site's pages is listed.
        assert "six-steps" not in html
    # A page that is not in the project's nav fails the strict build (validation.omitted_files).
    (tmp_path / "docs" / "guides" / "extra.md").write_text(page("多余"), encoding="utf-8")
    (tmp_path / "docs" / "guides" / "extra.en.md").write_text(page("Extra"), encoding="utf-8")
    built = build(tmp_path)
    assert built.returncode != 0 and "guides/extra.md" in built.stdout, built.stdout


PAGE = """<html><body><nav><h2 id="step-1">Menu</h2></nav>
<article class="md-content__inner md-typeset"><h1 id="top">T</h1><p>intro</p>
<h2 id="step-1">One</h2><p>a</p><h3 id="detail">D</h3><p>b</p>
<h2 id="step-2">Two</h2><p>c</p>
</article><footer><h2>Footer</h2></footer></body></html>"""


def test_article_is_the_content_only():
    assert article(PAGE).startswith('<article class="md-content__inner') and "Menu" not in article(PAGE)
    assert "Footer" not in article(PAGE)


def test_a_section_runs_to_the_next_heading_of_its_level():
    assert section(PAGE, "step-1") == '<h2 id="step-1">One</h2><p>a</p><h3 id="detail">D</h3><p>b</p>\n'
    assert section(PAGE, "detail") == '<h3 id="detail">D</h3><p>b</p>\n'
    assert section(PAGE, "step-2") == '<h2 id="step-2">Two</h2><p>c</p>\n'


def test_a_missing_section_fails_with_its_id():
    with pytest.raises(AssertionError, match="no heading with id 'step-7'"):
        section(PAGE, "step-7")
