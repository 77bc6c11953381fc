"""Every word the offer check shows, in 中文 and English (macros print them; the script reads data-i18n)."""

OFFER = {
    "zh": {
        "title": "还款方案核算",
        "fields": {
            "debt": "现在欠款总额（元）",
            "down": "签约时首付（元，选填）",
            "periods": "分几个月还",
            "payment": "每月还款额（元）",
            "budget": "每月最多能还（元，选填）",
        },
        "messages": {
            "debt": "请输入 200 到 10,000,000 之间的金额，最多两位小数",
            "down": "请输入 0 到欠款总额一半之间的金额，最多两位小数；没有首付可留空",
            "periods": "请输入 1 到 120 之间的整数月数",
            "payment": "请输入 1 到“欠款总额减首付”之间的金额，最多两位小数",
            "budget": "请输入 1 到 10,000,000 之间的金额，最多两位小数；不需要可留空",
        },
        "outputs": {
            "total_paid": "一共要还",
            "extra": "比现在欠款多还（负数为减免）",
            "apr": "真实年化利率（APR，%）",
            "ear": "实际年利率（按月复利，%）",
            "fee_equivalent": "相当于每期手续费率（%）",
            "over_term": "超过 5 年",
            "over_budget": "超出每月预算",
        },
        "results": "还款方案核算结果（估算）",
        "flag": {"1": "是", "0": "否", "": "未填预算"},
        "extra_more": "这个方案比现在的欠款多还 {amount}。",
        "extra_none": "这个方案还的总额正好等于现在的欠款：没有额外费用。",
        "extra_less": "这个方案比现在的欠款少还 {amount}：相当于减免了这部分。",
        "fee_note": "“每期手续费率”是把多还的钱平摊到每期、按分期金额折算的费率，看起来比实际低；比较方案请看真实年化利率。",
        "apr_extreme": "年化利率超过 100%，这个方案极其昂贵：请不要签，先向银行说明实际情况，或寻求免费帮助。",
        "term_over": "这个方案超过 5 年（60 期）。据报道，银行同意的个性化分期还款最长 5 年：请向银行确认。",
        "term_ok": "这个方案在 5 年（60 期）以内。",
        "budget_none": "填写每月预算，可以看这个方案每月是否还得起。",
        "budget_over": "每月还款 {payment} 超出您的预算 {budget}：签之前请和银行协商更低的月供或更长的期限。",
        "budget_ok": "每月还款 {payment} 在您的预算 {budget} 以内。",
        "letter": "用这个方案写协商还款申请书",
        "checklist": "银行同意后、签协议前：带着这个方案打开还款协议核对清单",
        "copy": "复制本场景链接",
        "copied": "链接已复制",
        "copy_failed": "无法自动复制，请手动复制地址栏中的链接",
        "privacy": "您输入的数字只在您的浏览器里计算，不会被保存或发送到任何地方。但数字会出现在地址栏和浏览器历史里：共用手机时，用完可以清除浏览历史，或使用无痕模式。",
        "estimate": "这是按上述规则做出的估算，实际金额以您和银行签订的协议为准。",
    },
    "en": {
        "title": "Offer check",
        "fields": {
            "debt": "Owed now (CNY)",
            "down": "Down payment at signing (CNY, optional)",
            "periods": "Number of monthly payments",
            "payment": "Each monthly payment (CNY)",
            "budget": "Most you can pay a month (CNY, optional)",
        },
        "messages": {
            "debt": "Enter an amount from 200 to 10,000,000, with at most two decimals",
            "down": "Enter an amount from 0 to half of what is owed, with at most two decimals, or leave it empty",
            "periods": "Enter a whole number of months from 1 to 120",
            "payment": "Enter an amount from 1 to what is owed less the down payment, with at most two decimals",
            "budget": "Enter an amount from 1 to 10,000,000, with at most two decimals, or leave it empty",
        },
        "outputs": {
            "total_paid": "Total repaid",
            "extra": "Paid over what is owed now (negative: a reduction)",
            "apr": "True annualised rate (APR, %)",
            "ear": "Effective annual rate (monthly compounding, %)",
            "fee_equivalent": "The same as a fee per instalment of (%)",
            "over_term": "Longer than 5 years",
            "over_budget": "Over your monthly budget",
        },
        "results": "Offer check results (estimate)",
        "flag": {"1": "Yes", "0": "No", "": "No budget entered"},
        "extra_more": "This offer repays {amount} more than you owe now.",
        "extra_none": "This offer repays exactly what you owe now: no extra cost.",
        "extra_less": "This offer repays {amount} less than you owe now: in effect, that much is forgiven.",
        "fee_note": "The fee per instalment spreads the extra evenly over the months, as a share of the amount "
        "repaid monthly; it looks lower than the true cost. Compare offers by the true annualised rate.",
        "apr_extreme": "The annualised rate is over 100%: this offer is extremely expensive. Do not sign it; "
        "explain your real situation to the bank first, or get free help.",
        "term_over": "This offer runs longer than 5 years (60 payments). As reported, a personalised "
        "instalment plan a bank agrees runs 5 years at most: check this with the bank.",
        "term_ok": "This offer runs 5 years (60 payments) or less.",
        "budget_none": "Enter a monthly budget to see whether you can afford this offer each month.",
        "budget_over": "The monthly payment of {payment} is over your budget of {budget}: before signing, "
        "ask the bank for a lower payment or a longer term.",
        "budget_ok": "The monthly payment of {payment} is within your budget of {budget}.",
        "letter": "Write a repayment proposal letter with this offer",
        "checklist": "Once the bank agrees, before you sign: open the agreement checklist with this plan",
        "copy": "Copy a link to this scenario",
        "copied": "Link copied",
        "copy_failed": "Could not copy; please copy the address from the address bar",
        "privacy": "The figures you type are worked out in your browser only; they are never stored or sent "
        "anywhere. But they do appear in the address bar and your browser history: on a shared phone, clear the "
        "history afterwards or use a private window.",
        "estimate": "This is an estimate under the rules above; the agreement you sign with your bank is what counts.",
    },
}

# The agreement checklist's summary box, opened with a plan's figures (?debt=…&periods=…&payment=…).
PLAN_SUMMARY = {
    "zh": {
        "title": "您带来的方案",
        "outputs": {
            "debt": "欠款总额", "down": "首付", "periods": "期数", "payment": "每月还款",
            "total_paid": "一共要还", "apr": "真实年化利率（%）",
        },
        "note": "核对时，协议里的数字应当和这里一致；不一致的，先问清楚再签。",
        "invalid": "链接里的数字不完整或有误，这里不显示方案。可以回到还款方案核算重新打开。",
    },
    "en": {
        "title": "The plan you brought",
        "outputs": {
            "debt": "Owed", "down": "Down payment", "periods": "Months", "payment": "Each monthly payment",
            "total_paid": "Total repaid", "apr": "True annualised rate (%)",
        },
        "note": "The agreement's figures should match these; where they do not, ask before you sign.",
        "invalid": "The figures in the link are incomplete or wrong, so no plan is shown here. Open it again from the offer check.",
    },
}
