"""Budgets a reader on a cheap phone would notice: bytes to download, time to recompute.

The recompute tests are benchmarks: each prints its median (run `bash scripts/test.sh -s -k budget`
to see them) and fails only past one frame (16 ms), far above the usual figure.
"""

import gzip
from pathlib import Path

JS = Path(__file__).resolve().parent.parent / "docs" / "assets" / "javascripts"
PAGE = "calculators/instalment/"
OVERDUE_PAGE = "calculators/overdue-fees/"

BUDGET_GZIP_BYTES = 15 * 1024


def test_calculator_assets_fit_the_byte_budget():
    """Every script the calculators load, and their styles, under 15 KB gzipped."""
    files = sorted(JS.glob("*.js")) + [JS.parent / "stylesheets" / "calculators.css"]
    assert len(files) >= 5
    total = sum(len(gzip.compress(f.read_bytes(), 9)) for f in files)
    assert total < BUDGET_GZIP_BYTES, f"{total} bytes gzipped"


def test_recompute_of_60_periods_takes_under_a_frame(site, page):
    """Benchmark (median of 41 runs): read, compute and render a 60-period plan with a budget."""
    page.goto(site.url + PAGE + "?periods=60&method=annuity&budget=300")
    median = page.evaluate(
        """() => {
            const input = document.querySelector('#instalment-amount');
            const times = [];
            for (let i = 0; i < 41; i++) {
                input.value = String(50000 + i);
                const t0 = performance.now();
                input.dispatchEvent(new Event('input', { bubbles: true }));
                document.querySelector('[data-out=payment_first]').getBoundingClientRect();  // force layout
                times.push(performance.now() - t0);
            }
            times.sort((a, b) => a - b);
            return times[20];
        }"""
    )
    print(f"instalment recompute median: {median:.2f} ms")
    assert median < 16


def test_recompute_of_1095_days_takes_under_a_frame(site, page):
    """Benchmark (median of 41 runs): read, compute and render 1095 days overdue, with the cost of waiting."""
    page.goto(site.url + OVERDUE_PAGE + "?days=1095&penalty_min=10&penalty_max=500")
    median = page.evaluate(
        """() => {
            const input = document.querySelector('#overdue-balance');
            const times = [];
            for (let i = 0; i < 41; i++) {
                input.value = String(50000 + i);
                const t0 = performance.now();
                input.dispatchEvent(new Event('input', { bubbles: true }));
                document.querySelector('[data-out=total]').getBoundingClientRect();  // force layout
                times.push(performance.now() - t0);
            }
            times.sort((a, b) => a - b);
            return times[20];
        }"""
    )
    print(f"overdue recompute median: {median:.2f} ms")
    assert page.locator("[data-role=cycles] tbody tr").count() == 1 + 37  # lost grace, then 37 cycles
    assert median < 16
