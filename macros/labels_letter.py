"""The proposal letter's words. The letter itself is always Chinese (it goes to a Chinese bank);
`aid` is the English page's reading aid beside each paragraph. Form words in both languages."""

# The letter, paragraph by paragraph; {name} etc. are filled in the browser (blank lines without JS).
LETTER = [
    ("to", "尊敬的{bank}信用卡中心："),
    ("who", "本人{name}，身份证号（或卡号）后四位{id_last4}，是贵行信用卡持卡人。因{reason}，本人暂时无法按原约定足额还款。本人无意拖欠，愿意尽力还款，特向贵行申请协商个性化分期还款。"),
    ("owe", "截至目前，本人在贵行的欠款共计{debt}（大写：{debt_caps}）。"),
    ("plan", "本人申请：签约时先还{down}（大写：{down_caps}），其余{financed}（大写：{financed_caps}）分{periods}期按月偿还，每月还款{payment}（大写：{payment_caps}）。"),
    ("means", "本人的收入和支出情况见下方《收支情况说明》。以上方案是本人在保障基本生活之后能够做到的最大努力，恳请贵行予以考虑。协商期间本人会保持电话畅通，联系电话：{phone}。"),
    ("note", "补充说明：{note}"),
    ("close", "此致\n敬礼"),
    ("sign", "申请人：{name}　　日期：＿＿＿＿年＿＿月＿＿日"),
]
REASONS = {
    "job": "本人失业，收入中断",
    "illness": "本人或家人患病，医疗支出增加",
    "income": "本人收入明显减少",
    "family": "家庭发生重大变故",
    "other": "其他特殊困难（见补充说明）",
}
AID = {
    "to": "To the credit card centre of {bank}:",
    "who": "I, {name}, the last four digits of my ID (or card) {id_last4}, hold a credit card from your bank. "
    "Because of {reason}, I cannot repay in full as first agreed. I do not mean to default and will repay "
    "as best I can, so I ask to negotiate a personalised instalment plan (个性化分期还款).",
    "owe": "I now owe your bank {debt} in all (in capitals: written out in Chinese characters).",
    "plan": "I propose: {down} at signing, and the rest, {financed}, over {periods} monthly payments of {payment}.",
    "means": "My income and spending are set out in the statement below. This plan is the most I can do after "
    "basic living costs; please consider it. I will keep my phone on while we talk: {phone}.",
    "note": "Anything else: the free text you type.",
    "close": "Yours faithfully (the usual closing of a Chinese letter).",
    "sign": "Applicant: your name. Date: to fill in by hand.",
}
REASON_AID = {
    "job": "losing my job", "illness": "illness in my family", "income": "a fall in my income",
    "family": "a major family event", "other": "other hardship (see below)",
}
STATEMENT_ROWS = [
    ("income", "每月收入（税后，全家）", "Household income a month, after tax"),
    ("housing", "房租或房贷", "Rent or mortgage"),
    ("living", "生活费（吃饭、水电、通讯、交通）", "Food, utilities, phone, transport"),
    ("family", "赡养、抚养家人", "Children, parents, others you support"),
    ("medical", "医疗和保险", "Medical costs and insurance"),
    ("essentials", "必要支出合计", "Essentials in all"),
    ("other_debts", "其他欠款每月须还", "What other lenders must get each month"),
    ("committed", "支出和其他欠款合计", "Essentials and other debts in all"),
    ("available", "每月可用于还款", "Left each month to repay"),
]

FORM = {
    "zh": {
        "title": "协商还款申请书",
        "figures": "方案数字（会写进地址栏，可以分享）",
        "private": "个人信息（只留在本页：不进地址栏，不保存，不发送）",
        "fields": {
            "debt": "现在欠款总额（元）", "down": "签约时首付（元）", "periods": "分几个月还",
            "payment": "每月还款额（元）", "reason": "困难原因",
            "income": "每月收入（元）", "housing": "房租或房贷（元）", "living": "生活费（元）",
            "family": "赡养、抚养家人（元）", "medical": "医疗和保险（元）", "other_debts": "其他欠款每月须还（元）",
            "name": "姓名", "id_last4": "身份证号或卡号后四位", "bank": "银行", "phone": "联系电话",
            "note": "补充说明（选填）",
        },
        "reasons": {"": "（请选择）", "job": "失业", "illness": "生病", "income": "收入减少", "family": "家庭变故", "other": "其他"},
        "messages": {
            "debt": "请输入 200 到 10,000,000 之间的金额，最多两位小数；可留空",
            "down": "请输入 0 到欠款总额一半之间的金额，最多两位小数；可留空",
            "periods": "请输入 1 到 120 之间的整数月数；可留空",
            "payment": "请输入 1 到“欠款总额减首付”之间的金额，最多两位小数；可留空",
            "reason": "请从列表中选择一项",
            **{n: "请输入 0 到 10,000,000 之间的金额，最多两位小数；可留空" for n in ("income", "housing", "living", "family", "medical", "other_debts")},
        },
        "statement": "收支情况说明（每月）",
        "statement_head": ["项目", "金额"],
        "print": "打印申请书",
        "copy": "复制本场景链接（只含数字）",
        "copied": "链接已复制",
        "copy_failed": "无法自动复制，请手动复制地址栏中的链接",
        "privacy": "姓名、证件或卡号、银行、电话和补充说明只在本页显示和打印，不会写进地址栏，不会保存或发送。分享链接只带方案数字，不带个人信息。",
    },
    "en": {
        "title": "Repayment proposal letter",
        "figures": "The plan's figures (they go into the address bar and can be shared)",
        "private": "Your details (they stay on this page: not in the address bar, never stored or sent)",
        "fields": {
            "debt": "Owed now (CNY)", "down": "Down payment at signing (CNY)", "periods": "Number of monthly payments",
            "payment": "Each monthly payment (CNY)", "reason": "Reason for the hardship",
            "income": "Income a month (CNY)", "housing": "Rent or mortgage (CNY)",
            "living": "Food, utilities, phone, transport (CNY)", "family": "People you support (CNY)",
            "medical": "Medical costs and insurance (CNY)", "other_debts": "Other lenders each month (CNY)",
            "name": "Name (in Chinese, as on your ID)", "id_last4": "Last four digits of your ID or card",
            "bank": "Bank (in Chinese)", "phone": "Phone", "note": "Anything else (optional, in Chinese)",
        },
        "reasons": {"": "(choose one)", "job": "Lost my job", "illness": "Illness", "income": "Income fell", "family": "Family event", "other": "Other"},
        "messages": {
            "debt": "Enter an amount from 200 to 10,000,000, with at most two decimals, or leave it empty",
            "down": "Enter an amount from 0 to half of what is owed, with at most two decimals, or leave it empty",
            "periods": "Enter a whole number of months from 1 to 120, or leave it empty",
            "payment": "Enter an amount from 1 to what is owed less the down payment, with at most two decimals, or leave it empty",
            "reason": "Choose one from the list",
            **{n: "Enter an amount from 0 to 10,000,000, with at most two decimals, or leave it empty" for n in ("income", "housing", "living", "family", "medical", "other_debts")},
        },
        "statement": "收支情况说明 (income and spending statement, a month)",
        "statement_head": ["项目 (item)", "金额 (amount)"],
        "print": "Print the letter",
        "copy": "Copy a link to this scenario (figures only)",
        "copied": "Link copied",
        "copy_failed": "Could not copy; please copy the address from the address bar",
        "privacy": "Your name, ID or card digits, bank, phone and free text are shown and printed on this page only: they never go into the address bar and are never stored or sent. A shared link carries the plan's figures, not your details.",
    },
}
