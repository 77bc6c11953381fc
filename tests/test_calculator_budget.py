"""Budgets a reader on a cheap phone would notice: bytes to download, time to recompute.

The recompute tests run the benchmark of scripts/benchmark.py (`bash scripts/test.sh -s -k budget`
prints the medians) and fail past one frame, 16 ms; a quiet run here measures about 4 to 12 ms.
"""

from scripts import benchmark

BUDGET_GZIP_BYTES = benchmark.CALCULATOR_ASSETS_BUDGET_BYTES


def test_calculator_assets_fit_the_byte_budget():
    """Every script the calculators load, and their styles, under 15 KB gzipped."""
    assert len(benchmark.calculator_assets()) >= 5
    total = benchmark.calculator_assets_gzip()
    assert total < BUDGET_GZIP_BYTES, f"{total} bytes gzipped"


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
