"""The compact calculators' markup (macros/widgets.py), as the build writes it into a guide."""

from html import unescape

import pytest

from macros import widgets

LINK = "../../calculators/instalment/"


def test_compact_instalment_has_figures_and_a_scenario_link_but_no_tables():
    html = widgets.instalment_calculator("zh", "guides/x.md", full_calculator=LINK, amount=9000, periods=6)
    assert "calc--compact" in html
    for name in widgets.INSTALMENT_COMPACT_OUTPUTS:
        assert f'data-out="{name}"' in html
    for absent in (
        'data-out="ear"',
        'data-role="schedule"',
        'data-role="compare"',
        'data-action="csv"',
        'data-action="copy-link"',
    ):
        assert absent not in html
    # No budget given: the link leaves it out, as the form's own URL does.
    assert f'href="{LINK}?amount=9000&amp;periods=6&amp;method=fee&amp;rate=0.6"' in html
    full = widgets.instalment_calculator("zh", "guides/x.md", amount=9000, periods=6)
    assert 'data-role="schedule"' in full and "calc--compact" not in full and "full-link" not in full


def test_compact_overdue_shows_three_fields_and_refuses_a_hidden_assumption():
    html = widgets.overdue_calculator("en", "guides/x.md", full_calculator="../o/", days=60)
    assert unescape(html).count('<input id="overdue-') == 3
    assert 'href="../o/?balance=10000&amp;paid=0&amp;days=60"' in html
    assert "<svg" not in html and "calc__advanced" not in html
    # The compact form has no field for it, so the browser would compute without it: refused.
    with pytest.raises(widgets.MacroArgumentError, match="guides/x.md.*daily_rate"):
        widgets.overdue_calculator("en", "guides/x.md", full_calculator="../o/", daily_rate="0.04")
