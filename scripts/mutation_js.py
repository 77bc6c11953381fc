"""Mutations of the browser's calculator rules (docs/assets/javascripts/finance.js).

Each one is a bug a port could plausibly have: (id, what it does, text in finance.js, the
text that replaces it). The text must occur exactly once, so a change to finance.js that
moves it makes scripts/mutation.py fail loudly instead of testing nothing.
"""

MUTATIONS = [
    # Rounding and reading
    (
        "rnd-half-down",
        "round() ties round down",
        "const rnd = (n, d) => (2n * n + d) / (2n * d);",
        "const rnd = (n, d) => (2n * n + d - 1n) / (2n * d);",
    ),
    (
        "rnd-truncate",
        "round() truncates",
        "const rnd = (n, d) => (2n * n + d) / (2n * d);",
        "const rnd = (n, d) => n / d;",
    ),
    ("month-divisor", "monthly interest divided by 1200 x 10^3", "const MONTH = 12000000n;", "const MONTH = 1200000n;"),
    ("wide-digits", "full-width digits no longer mapped", "[\\uFF10-\\uFF19．，￥％]", "[．，￥％]"),
    ("wide-spaces", "ideographic space kept", ".replace(/[ \\u00A0\\u3000]/g, '')", ".replace(/[ \\u00A0]/g, '')"),
    (
        "money-minus",
        "money reader drops a leading minus (-0.50 read as 0.50)",
        "  if (s.startsWith('¥')) s = s.slice(1);\n  return MONEY",
        "  if (s.startsWith('¥')) s = s.slice(1);\n  if (s.startsWith('-')) s = s.slice(1);\n  return MONEY",
    ),
    (
        "money-yen-twice",
        "money reader drops every leading ¥",
        "if (s.startsWith('¥')) s = s.slice(1);",
        "while (s.startsWith('¥')) s = s.slice(1);",
    ),
    (
        "money-three-places",
        "money takes three decimals",
        "(\\.[0-9]{1,2})?$/, /^[0-9]+(\\.[0-9]{1,2})?$/]",
        "(\\.[0-9]{1,3})?$/, /^[0-9]+(\\.[0-9]{1,3})?$/]",
    ),
    ("money-grouping", "any comma grouping accepted", "/^[0-9]{1,3}(,[0-9]{3})*(", "/^[0-9]{1,3}(,[0-9]{1,3})*("),
    ("percent-five-places", "percent takes five decimals", "/^[0-9]+(\\.[0-9]{1,4})?$/", "/^[0-9]+(\\.[0-9]{1,5})?$/"),
    ("percent-sign-kept", "a trailing % makes the rate invalid", "if (s.endsWith('%')) s = s.slice(0, -1);", ""),
    (
        "whole-decimal",
        "whole numbers accept a decimal point",
        "return /^[0-9]+$/.test(s) ? Number(s) : null;",
        "return /^[0-9.]+$/.test(s) ? Math.floor(Number(s)) : null;",
    ),
    (
        "choice-case",
        "choices ignore case",
        "return options.includes(s) ? s : null;",
        "return options.includes(s.toLowerCase()) ? s.toLowerCase() : null;",
    ),
    (
        "empty-before-normalise",
        "spaces-only field is not empty",
        "const text = normalise(params[name] ?? defaults[name]);",
        "const text = String(params[name] ?? defaults[name]);",
    ),
    ("range-open-top", "upper bound excluded", "(x < lo || x > hi)", "(x < lo || x >= hi)"),
    ("range-open-bottom", "lower bound excluded", "(x < lo || x > hi)", "(x <= lo || x > hi)"),
    # Instalment ranges and defaults
    ("amount-min", "amount from 199.99", "amount: [readMoney, 20000n, MAX],", "amount: [readMoney, 19999n, MAX],"),
    ("periods-max", "61 periods allowed", "periods: [readWhole, 1, 60],", "periods: [readWhole, 1, 61],"),
    ("budget-min", "budget from 0.99", "budget: [readMoney, 100n, MAX, null],", "budget: [readMoney, 99n, MAX, null],"),
    ("fee-rate-max", "fee rate up to 100 %", "fee ? 100000n : 1000000n", "fee ? 1000000n : 1000000n"),
    ("annual-default", "annual default 12 %", "? '13' : '0.6');", "? '12' : '0.6');"),
    # Instalment plan
    (
        "fee-on-balance",
        "fee charged on the balance",
        "method === 'fee' ? fee : rnd(B * r, MONTH)",
        "method === 'fee' ? rnd(B * r, HUNDRED) : rnd(B * r, MONTH)",
    ),
    (
        "last-no-remainder",
        "the last period does not clear the balance",
        "const principal = k === n ? B :",
        "const principal = false ? B :",
    ),
    ("annuity-on-amount", "annuity interest on the original amount", "rnd(B * r, MONTH);", "rnd(P * r, MONTH);"),
    (
        "annuity-payment",
        "annuity payment with (1 + i)^(n-1)",
        "const X = (MONTH + r) ** N,",
        "const X = (MONTH + r) ** (N - 1n),",
    ),
    (
        "max-payment-first",
        "largest payment = the first",
        "rows.reduce((m, r) => (r.payment > m ? r.payment : m), 0n)",
        "rows[0].payment",
    ),
    (
        "irr-zero-shortcut",
        "m = 0 shortcut never taken",
        "if (payments.reduce((a, b) => a + b, 0n) === P) return 0;",
        "",
    ),
    ("irr-30-steps", "IRR bisection 30 steps", "for (let i = 0; i < 100; i++) {", "for (let i = 0; i < 30; i++) {"),
    ("irr-pow", "discount factor by Math.pow", "d = d / q;", "d = Math.pow(q, -1) * d;"),
    (
        "irr-tie-to-lo",
        "a bisection step with f(mid) exactly 0 goes to lo",
        "if (f(mid) > 0) lo = mid;",
        "if (f(mid) >= 0) lo = mid;",
    ),
    ("irr-midpoint", "m = lo, not the midpoint", "return (lo + hi) / 2;\n}", "return lo;\n}"),
    ("apr-truncate", "APR truncated", "apr: rnd(120000n * n, d)", "apr: (120000n * n) / d"),
    (
        "ear-truncate",
        "EAR truncated",
        "ear: rnd(10000n * ((d + n) ** 12n - d12), d12)",
        "ear: (10000n * ((d + n) ** 12n - d12)) / d12",
    ),
    ("ear-11", "EAR compounds 11 months", "((d + n) ** 12n - d12), d12)", "((d + n) ** 11n * d - d12), d12)"),
    (
        "budget-59",
        "budget search stops at 59",
        "for (let n = 1; n <= 60 && periodsForBudget === null; n++) {",
        "for (let n = 1; n < 60 && periodsForBudget === null; n++) {",
    ),
    (
        "budget-strict",
        "budget must exceed the payment",
        "<= inputs.budget) periodsForBudget = n;",
        "< inputs.budget) periodsForBudget = n;",
    ),
    (
        "total-paid",
        "total repaid without interest",
        "totalPaid: inputs.amount + totalInterest,",
        "totalPaid: inputs.amount,",
    ),
    (
        "compare-rate",
        "comparison: other family at the reader's rate",
        ") ? rate : readPercent(defaultRate(m));",
        ") ? rate : rate;",
    ),
    (
        "compare-apr",
        "comparison: APR shows the total interest",
        "return { method: m, rate: r, totalInterest: res.totalInterest, apr: res.apr };",
        "return { method: m, rate: r, totalInterest: res.totalInterest, apr: res.totalInterest };",
    ),
    # Overdue ranges
    ("balance-min", "balance from 0.99", "balance: [readMoney, 100n, MAX],", "balance: [readMoney, 99n, MAX],"),
    ("days-max", "1096 days allowed", "days: [readWhole, 1, 1095],", "days: [readWhole, 1, 1096],"),
    ("grace-max", "61 grace days allowed", "grace_days: [readWhole, 0, 60],", "grace_days: [readWhole, 0, 61],"),
    (
        "minimum-zero",
        "minimum 0 allowed",
        "minimum: [readMoney, 1n, MAX, null],",
        "minimum: [readMoney, 0n, MAX, null],",
    ),
    ("paid-equal", "paid = balance allowed", "v.paid >= v.balance) errors.paid", "v.paid > v.balance) errors.paid"),
    (
        "minimum-above",
        "minimum above the balance allowed",
        "v.minimum > v.balance) errors.minimum",
        "v.minimum > v.balance + 1n) errors.minimum",
    ),
    (
        "cap-below-floor",
        "cap below the floor allowed",
        "v.penalty_max < v.penalty_min) errors",
        "v.penalty_max < v.penalty_min - 1n) errors",
    ),
    # Overdue fees
    ("grace-basis", "lost-grace interest always on the full balance", "(inputs.basis === 'full' ? S : U)", "S"),
    (
        "grace-never-joins",
        "compound: G never joins the balance",
        "if (inputs.compound === '1') B += carried + c;",
        "if (inputs.compound === '1') B += c;",
    ),
    (
        "simple-compounds",
        "simple interest compounds too",
        "if (inputs.compound === '1') B += carried + c;",
        "B += carried + c;",
    ),
    (
        "cycle-31",
        "31-day cycles",
        "const length = Math.min(30, days - start);",
        "const length = Math.min(31, days - start);",
    ),
    (
        "last-cycle-dropped",
        "the last short cycle is dropped",
        "for (let start = 0; start < days; start += 30) {",
        "for (let start = 0; start < days - 1; start += 30) {",
    ),
    (
        "missed-floor",
        "missed due dates floor(days/30)+1",
        "const missedDueDates = Math.ceil(days / 30);",
        "const missedDueDates = Math.floor(days / 30) + 1;",
    ),
    ("fee-when-paid", "late fee even when the minimum was paid", "if (M - paid > 0n) {", "if (M - paid >= 0n) {"),
    (
        "default-minimum",
        "default minimum 10 % truncated",
        "inputs.minimum ?? rnd(S * 10n, 100n)",
        "inputs.minimum ?? (S * 10n) / 100n",
    ),
    ("no-floor", "late-fee floor ignored", "if (fee < lo) fee = lo;", ""),
    ("no-cap", "late-fee cap ignored", "if (hi != null && fee > hi) fee = hi;", ""),
    ("total-no-fees", "total without late fees", "total: U + interest + penalties,", "total: U + interest,"),
    ("waiting-days", "cost of waiting at 364 days", "[30, 60, 90, 180, 365].map", "[30, 60, 90, 180, 364].map"),
    ("cents-string", "cents printed without zero padding", "String(a % 100n).padStart(2, '0')", "String(a % 100n)"),
]
