"""Performance budgets, measured as scripts/benchmark.py measures them (its functions).

- Each calculator page, both languages, stays within +15 KB (gzip -6, every request of a
  first visit) of the same page built as plain Material: no extra CSS or JS, the calculator
  removed (scripts/benchmark.py says why removed rather than kept as static output), and
  Material's one search index for both languages (ours: one per language).
- The home page, both languages, weighs less than plain Material's.
- Each language's search index stays under SEARCH_INDEX_BUDGET_BYTES gzipped.
- One `mkdocs build --strict` of the whole site stays under BUILD_BUDGET_S of CPU time.
"""

import pytest

from scripts import benchmark

CALCULATOR_BUDGET_BYTES = benchmark.CALCULATOR_PAGE_BUDGET_BYTES
# Each language's own search index (hooks/search_index.py), gzip -6. Plain Material's one
# index for both languages was 79 KB; ours 39 KB (zh) and 36 KB (en) when this was set.
SEARCH_INDEX_BUDGET_BYTES = benchmark.SEARCH_INDEX_BUDGET_BYTES

# Measured on this 2-core machine (median of 3 `mkdocs build --strict`, scripts/benchmark.py):
# 4.4 s with nothing else running; 6.9-8.6 s while other test suites shared the cores, 19 s
# at the very worst (load average 12). Budget: about twice the idle median, now on CPU time,
# which load barely moves. With the newer calculators the build reached 7.9 s idle; one block
# per glossary definition (macros/__init__.py) brought it to about 4 s.
BUILD_BUDGET_S = benchmark.BUILD_BUDGET_S


@pytest.fixture(scope="module")
def plain_site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("plain")
    project = benchmark.plain_project(tmp / "project")
    benchmark.build(tmp / "site", project)
    return tmp / "site"


@pytest.fixture(scope="module")
def servers(site, plain_site):
    with benchmark.serve(site.root) as ours, benchmark.serve(plain_site) as plain:
        yield ours, plain


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("path", benchmark.CALCULATOR_PAGES)
def test_calculator_page_within_15kb_of_plain_material(browser, servers, path, lang):
    ours, plain = servers
    rel = benchmark.LANGUAGES[lang] + path
    a, b = benchmark.page_weight(browser, ours, rel), benchmark.page_weight(browser, plain, rel)
    assert a.errors == [] and b.errors == []
    extra = {name: size - b.files.get(name, 0) for name, size in a.files.items() if size != b.files.get(name, 0)}
    print(f"{rel}: {a.requests} requests, {a.wire} B; plain {b.requests}, {b.wire} B; +{a.wire - b.wire} B {extra}")
    assert a.wire - b.wire <= CALCULATOR_BUDGET_BYTES, f"+{a.wire - b.wire} B over plain Material; where: {extra}"


@pytest.mark.parametrize("path", benchmark.CALCULATOR_PAGES + benchmark.EMBEDDING_PAGES + ("", "guides/court/"))
def test_each_page_fetches_only_its_own_calculators_scripts(site, browser, servers, path):
    """calculators.js on every page; a calculator's modules only where that calculator is."""
    ours, _ = servers
    own = {f.name for f in benchmark.JAVASCRIPTS.glob("*.js")}  # not Material's bundle and workers
    fetched = {
        name.rsplit("/", 1)[1]
        for name in benchmark.page_weight(browser, ours, path, quiet=0.5).files
        if "/assets/javascripts/" in name and name.rsplit("/", 1)[1] in own
    }
    needed = {
        f.name for f in benchmark.calculator_assets(benchmark.page_calculators(site.root, path)) if f.suffix == ".js"
    }
    assert fetched == needed, path


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_home_page_lighter_than_plain_material(browser, servers, lang):
    ours, plain = servers
    rel = benchmark.LANGUAGES[lang]
    a, b = benchmark.page_weight(browser, ours, rel), benchmark.page_weight(browser, plain, rel)
    assert a.errors == [] and b.errors == []
    print(f"/{rel}: {a.wire} B; plain Material {b.wire} B")
    assert a.wire - b.wire < benchmark.HOME_PAGE_BUDGET_BYTES, (
        f"/{rel}: {a.wire} B, plain Material {b.wire} B; ours {a.files}"
    )


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_search_index_within_budget(site, lang):
    raw, wire = benchmark.index_sizes(site.root)[lang]
    print(f"{benchmark.SEARCH_INDEXES[lang]}: {raw} B, {wire} B gzipped (budget {SEARCH_INDEX_BUDGET_BYTES} B)")
    assert wire <= SEARCH_INDEX_BUDGET_BYTES


def test_plain_material_has_one_index_for_both_languages(plain_site):
    """The baseline really is Material's own search: one combined index, none per language."""
    sizes = benchmark.index_sizes(plain_site)
    assert list(sizes) == ["zh"]
    text = (plain_site / benchmark.SEARCH_INDEXES["zh"]).read_text(encoding="utf-8")
    assert '"location":"en/' in text and '"lang":["zh","en"]' in text


def test_page_weight_baseline_is_plain_material(browser, servers):
    """Protects the 15 KB test above: its baseline has none of our CSS or JS and no calculator,
    or our own weight would be counted on both sides and never show."""
    _, plain = servers
    weight = benchmark.page_weight(browser, plain, benchmark.CALCULATOR_PAGES[0])
    ours = [
        name
        for name in weight.files
        if "/assets/stylesheets/" in name and "main." not in name and "palette." not in name
    ]
    ours += [
        name for name in weight.files if name.endswith(("calculators.js", "finance.js", "-ui.js", "calculator-form.js"))
    ]
    assert ours == []
    html = (plain.directory / benchmark.CALCULATOR_PAGES[0] / "index.html").read_text(encoding="utf-8")
    assert "data-calculator" not in html


def test_whole_build_within_budget(tmp_path):
    """The build's CPU time (user + system), its own cost: the wall time grows with whatever
    shares the two cores (this suite's browser, other suites); it once reached 9.5 s in a full
    run against 7.9 s idle, so a budget on it failed by chance."""
    t = benchmark.timed_build(tmp_path / "site")
    print(f"mkdocs build --strict: {t.cpu:.2f} s CPU, {t.wall:.2f} s wall (budget {BUILD_BUDGET_S} s CPU)")
    assert 0 < t.cpu <= t.wall * 1.2  # the build's own process was measured, single-threaded
    assert t.cpu < BUILD_BUDGET_S
