"""The few words only the compact calculators use (embedded in a guide, macros/widgets.py):
the link to the full calculator and the note under the headline figures. Every other word
of a compact calculator is the full calculator's, from macros/labels.py."""

INSTALMENT = {
    "zh": {
        "full": "打开完整计算器（带上这里填的数字）：还款计划表、三种方式对比",
        "note": "这是按计算器的假设做出的估算，实际金额以银行的分期合同和账单为准。",
    },
    "en": {
        "full": "Open the full calculator (with the figures typed here): schedule, the three methods compared",
        "note": "This is an estimate under the calculator's assumptions; your bank's instalment contract and statements are what count.",
    },
}

OVERDUE = {
    "zh": {
        "full": "打开完整计算器（带上这里填的数字）：更多假设、利息明细、拖延的代价",
        "note": "其余按计算器的默认假设估算；实际欠款以银行账单为准。",
    },
    "en": {
        "full": "Open the full calculator (with the figures typed here): more assumptions, interest in detail, the cost of waiting",
        "note": "Everything else takes the calculator's default assumptions; this is an estimate, and your bank's statement is what counts.",
    },
}

BUDGET = {
    "zh": {"full": "打开完整的还款能力计算器（带上这里填的数字）"},
    "en": {"full": "Open the full budget calculator (with the figures typed here)"},
}
