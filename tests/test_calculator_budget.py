"""Budgets a reader on a cheap phone would notice: bytes to download, time to recompute.

The recompute tests run the benchmark of scripts/benchmark.py (`bash scripts/test.sh -s -k budget`
prints the medians) and fail past one frame, 16 ms; a quiet run here measures about 4 to 12 ms.
"""

import pytest

from scripts import benchmark

BUDGET_GZIP_BYTES = benchmark.CALCULATOR_ASSETS_BUDGET_BYTES


@pytest.mark.parametrize("path", benchmark.CALCULATOR_PAGES + benchmark.EMBEDDING_PAGES)
def test_each_calculator_page_loads_scripts_within_the_byte_budget(site, path):
    """What one page loads of ours (calculators.js, its calculators' modules and their imports,
    the styles) stays under 15 KB gzipped; tests/test_performance.py checks the browser fetches
    no other script of ours."""
    calculators = benchmark.page_calculators(site.root, path)
    assert calculators, path
    total = benchmark.calculator_assets_gzip(calculators)
    names = [f.name for f in benchmark.calculator_assets(calculators)]
    print(f"{path} ({', '.join(calculators)}): {total} B gzipped: {names}")
    assert total < BUDGET_GZIP_BYTES, f"{path}: {total} bytes gzipped: {names}"


def test_every_calculator_has_its_own_module(site):
    """calculators.js names a module for each calculator the site has, and nothing else."""
    found = set()
    for html in site.root.rglob("*.html"):
        found |= set(benchmark.calculators_on(html.read_text(encoding="utf-8")))
    assert (
        set(benchmark.calculator_modules()) == found == {"instalment", "overdue", "budget", "offer", "letter", "plan"}
    )
    assert all(module.is_file() for module in benchmark.calculator_modules().values())


def test_recompute_of_an_offer_over_120_months_takes_under_a_frame(site, page):
    """Benchmark (scripts/benchmark.py): the true rate solved again on every keystroke."""
    path, field, out = benchmark.RECOMPUTE_CASES["offer check, 120 months (the rate solved each time)"]
    median = benchmark.recompute_median(page, site.url + path, field, out)
    print(f"offer recompute median: {median:.2f} ms")
    assert page.get_attribute("[data-out=apr]", "data-value") not in ("", None)
    assert median < FRAME_MS


def test_recompute_of_a_full_budget_takes_under_a_frame(site, page):
    path, field, out = benchmark.RECOMPUTE_CASES["budget, every field"]
    median = benchmark.recompute_median(page, site.url + path, field, out)
    print(f"budget recompute median: {median:.2f} ms")
    assert page.get_attribute("[data-out=available]", "data-value") not in ("", None)
    assert median < FRAME_MS


FRAME_MS = benchmark.FRAME_MS


def test_recompute_of_60_periods_takes_under_a_frame(site, page):
    """Benchmark (scripts/benchmark.py): a 60-period plan with a budget that no plan fits."""
    path, field, out = benchmark.RECOMPUTE_CASES["instalment, 60 periods with a budget"]
    median = benchmark.recompute_median(page, site.url + path, field, out)
    print(f"instalment recompute median: {median:.2f} ms")
    assert page.locator("[data-role=schedule] tbody tr").count() == 60
    assert median < FRAME_MS


def test_recompute_of_1095_days_takes_under_a_frame(site, page):
    """Benchmark (scripts/benchmark.py): 1095 days overdue, with the cost of waiting."""
    path, field, out = benchmark.RECOMPUTE_CASES["overdue fees, 1095 days"]
    median = benchmark.recompute_median(page, site.url + path, field, out)
    print(f"overdue recompute median: {median:.2f} ms")
    assert page.locator("[data-role=cycles] tbody tr").count() == 1 + 37  # lost grace, then 37 cycles
    assert median < FRAME_MS


def test_benchmark_prints_each_budget_beside_its_figure():
    """scripts/benchmark.py's table: a budget column, filled where a row has a budget."""
    rows = [("recompute", "4.00 ms", "", "", f"< {FRAME_MS} ms"), ("home: requests", "9", "9", "+0")]
    lines = benchmark.table(rows).splitlines()
    assert lines[0] == "| measure | this site | plain Material | difference | budget |"
    assert lines[2] == "| recompute | 4.00 ms |  |  | < 16 ms |"
    assert lines[3] == "| home: requests | 9 | 9 | +0 |  |"
