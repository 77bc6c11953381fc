// Calculator rules for the browser: a mirror of macros/finance.py, following
// docs/reference/how-calculators-work.md to the cent. No DOM here, so Node runs it too.
// Money is BigInt cents. A percent read from a field is BigInt ten-thousandths
// of a percent ("0.6" -> 6000n), so every rate is exact. Result percents
// (apr, ear) are BigInt hundredths of a percent (1303n = 13.03).

// round(): half up to an integer of the exact n / d (n >= 0, d > 0).
const rnd = (n, d) => (2n * n + d) / (2n * d);
// The same for any sign: a negative value rounds half away from zero, as ROUND_HALF_UP.
export const rndSigned = (n, d) => (n < 0n ? -rnd(-n, d) : rnd(n, d));
// B × rate / 1200 with rate in 1e-4 %: divide by 1200 × 10^4.
const MONTH = 12000000n;
// X × rate / 100 with rate in 1e-4 %: divide by 100 × 10^4.
const HUNDRED = 1000000n;

const WIDE = { '．': '.', '，': ',', '￥': '¥', '％': '%' };

export function normalise(text) {
  return String(text ?? '')
    .replace(/[\uFF10-\uFF19．，￥％]/g, (c) => WIDE[c] ?? String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[ \u00A0\u3000]/g, '');
}

// "12.5" -> 1250n with places = 2 (the regexes have already checked the form).
const scaled = (s, places) => {
  const [i, f = ''] = s.split('.');
  return BigInt(i) * 10n ** BigInt(places) + BigInt(f.padEnd(places, '0'));
};

// Field readers: the value, or null when the text is not of the kind.
// Ranges are checked by the caller (readFields).
const MONEY = [/^[0-9]{1,3}(,[0-9]{3})*(\.[0-9]{1,2})?$/, /^[0-9]+(\.[0-9]{1,2})?$/];
export function readMoney(text) {
  let s = normalise(text);
  if (s.startsWith('¥')) s = s.slice(1);
  return MONEY.some((r) => r.test(s)) ? scaled(s.replace(/,/g, ''), 2) : null;
}
export function readPercent(text) {
  let s = normalise(text);
  if (s.endsWith('%')) s = s.slice(0, -1);
  return /^[0-9]+(\.[0-9]{1,4})?$/.test(s) ? scaled(s, 4) : null;
}
export function readWhole(text) {
  const s = normalise(text);
  return /^[0-9]+$/.test(s) ? Number(s) : null;
}
export function readChoice(text, options) {
  const s = normalise(text);
  return options.includes(s) ? s : null;
}

// Plain data-value text: 1250n -> "12.50"; also for hundredths of a percent.
export function centsString(c) {
  const a = c < 0n ? -c : c;
  return `${c < 0n ? '-' : ''}${a / 100n}.${String(a % 100n).padStart(2, '0')}`;
}
// A read percent as plain text: 6000n -> "0.6" (for showing a rate).
export function percentString(r) {
  const f = String(r % 10000n).padStart(4, '0').replace(/0+$/, '');
  return `${r / 10000n}${f ? '.' + f : ''}`;
}

// spec: [reader, lo, hi, empty]; empty undefined = required, else the value
// an empty field stands for (null = unset). Each error's message key is the
// field name unless spec[4] names another.
export function readField(name, spec, params, defaults, v, errors) {
  const [read, lo, hi, empty, key = name] = spec;
  const text = normalise(params[name] ?? defaults[name]);
  if (text === '') {
    if (empty === undefined) errors[name] = key;
    else v[name] = empty;
    return;
  }
  const x = read(text);
  if (x === null || (lo !== undefined && (x < lo || x > hi))) errors[name] = key;
  else v[name] = x;
}
const choice = (...options) => [(t) => readChoice(t, options)];
const MAX = 1000000000n; // ¥10,000,000 in cents

export const INSTALMENT_DEFAULTS = { amount: '12000', periods: '12', method: 'fee', rate: '0.6', budget: '' };
// An unknown method falls back to the fee rate, as default_rate in finance.py.
export const defaultRate = (method) => (method === 'annuity' || method === 'linear' ? '13' : '0.6');

export function readInstalment(params = {}) {
  const v = {}, errors = {};
  const fields = {
    amount: [readMoney, 20000n, MAX],
    periods: [readWhole, 1, 60],
    method: choice('fee', 'annuity', 'linear'),
    budget: [readMoney, 100n, MAX, null],
  };
  for (const [name, spec] of Object.entries(fields)) readField(name, spec, params, INSTALMENT_DEFAULTS, v, errors);
  // The rate's kind, range and default follow the method; unknown method: no rate check.
  if (v.method) {
    const fee = v.method === 'fee';
    const spec = [readPercent, 0n, fee ? 100000n : 1000000n, undefined, fee ? 'rate_fee' : 'rate_annual'];
    readField('rate', spec, params, { rate: defaultRate(v.method) }, v, errors);
  }
  return { inputs: Object.keys(errors).length ? null : v, errors };
}

// Rows for k = 1..n: payment, principal, charge (fee or interest), balance after.
function plan({ amount: P, periods: n, method, rate: r }) {
  const N = BigInt(n), base = rnd(P, N), fee = rnd(P * r, HUNDRED);
  let A = base; // annuity payment; round(P / n) when rate = 0
  if (method === 'annuity' && r > 0n) {
    const X = (MONTH + r) ** N, Y = MONTH ** N; // (1 + i)^n = X / Y
    A = rnd(P * r * X, MONTH * (X - Y));
  }
  const rows = [];
  let B = P;
  for (let k = 1; k <= n; k++) {
    const charge = method === 'fee' ? fee : rnd(B * r, MONTH);
    // The last period clears the balance, whatever the method.
    const principal = k === n ? B : method === 'annuity' ? A - charge : base;
    B -= principal;
    rows.push({ period: k, payment: principal + charge, principal, charge, balance: B });
  }
  return rows;
}
const maxPayment = (rows) => rows.reduce((m, r) => (r.payment > m ? r.payment : m), 0n);

// Monthly IRR m: root of P = Σ payment_k / (1 + m)^k, by float bisection.
// Step for step as monthly_irr in finance.py, so both give the same double:
// the discount factor by repeated division (Math.pow and C pow may differ in
// the last bit), bracket [0, 1] widened while f(hi) > 0, then 100 halvings.
export function monthlyIrr(P, payments) {
  const sum = payments.reduce((a, b) => a + b, 0n);
  if (sum === P) return 0;
  const negative = sum < P; // a reduction: the root lies in (-1, 0)
  // Number(cents) is exact, so "/ 100" gives the nearest double, as Python's float(Fraction).
  const total = Number(P) / 100, pays = payments.map((c) => Number(c) / 100);
  const f = (m) => {
    const q = 1 + m;
    let d = 1, s = 0;
    for (const p of pays) {
      d = d / q;
      s = s + p * d;
      // The sign is known once s > P; near m = -1, 1 / (1 + m)^k would overflow.
      if (s > total) break;
    }
    return s - total;
  };
  let [lo, hi] = negative ? [-1, 0] : [0, 1];
  while (!negative && f(hi) > 0) [lo, hi] = [hi, hi * 2];
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) > 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

// The exact value of a double x as [n, d], d a power of two (n carries the sign).
function exactRatio(x) {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  const e = (dv.getUint32(0) >>> 20) & 0x7ff;
  let n = (BigInt(dv.getUint32(0) & 0xfffff) << 32n) | BigInt(dv.getUint32(4));
  if (e) n |= 1n << 52n;
  if (x < 0) n = -n;
  const s = BigInt((e || 1) - 1075);
  return s >= 0n ? [n << s, 1n] : [n, 1n << -s];
}

// apr = round(1200 m), ear = round(100 ((1 + m)^12 − 1)), both in hundredths,
// rounded half up on the exact value of the float m (no float arithmetic).
export function annualRates(m) {
  const [n, d] = exactRatio(m), d12 = d ** 12n;
  return { apr: rndSigned(120000n * n, d), ear: rndSigned(10000n * ((d + n) ** 12n - d12), d12) };
}

export function instalment(inputs) {
  const schedule = plan(inputs);
  const totalInterest = schedule.reduce((s, r) => s + r.charge, 0n);
  const { apr, ear } = annualRates(monthlyIrr(inputs.amount, schedule.map((r) => r.payment)));
  let periodsForBudget = null;
  if (inputs.budget != null) {
    for (let n = 1; n <= 60 && periodsForBudget === null; n++) {
      if (maxPayment(plan({ ...inputs, periods: n })) <= inputs.budget) periodsForBudget = n;
    }
  }
  return {
    schedule,
    paymentFirst: schedule[0].payment,
    paymentMax: maxPayment(schedule),
    totalInterest,
    totalPaid: inputs.amount + totalInterest,
    apr,
    ear,
    periodsForBudget,
    paymentMaxAt60: maxPayment(plan({ ...inputs, periods: 60 })),
  };
}

// The three methods for the same P and n, in the order fee, annuity, linear:
// the family in use at the reader's rate, the other at its default rate.
export function compareMethods(amount, periods, method, rate) {
  return ['fee', 'annuity', 'linear'].map((m) => {
    const r = (m === 'fee') === (method === 'fee') ? rate : readPercent(defaultRate(m));
    const res = instalment({ amount, periods, method: m, rate: r, budget: null });
    return { method: m, rate: r, totalInterest: res.totalInterest, apr: res.apr };
  });
}

export const OVERDUE_DEFAULTS = {
  balance: '10000', paid: '0', minimum: '', days: '30', daily_rate: '0.05', penalty_rate: '5',
  penalty_min: '0', penalty_max: '', grace_days: '20', basis: 'full', compound: '1',
};

export function readOverdue(params = {}) {
  const v = {}, errors = {};
  const fields = {
    balance: [readMoney, 100n, MAX],
    paid: [readMoney, 0n, MAX, 0n],
    minimum: [readMoney, 1n, MAX, null],
    days: [readWhole, 1, 1095],
    daily_rate: [readPercent, 0n, 10000n],
    penalty_rate: [readPercent, 0n, 1000000n],
    penalty_min: [readMoney, 0n, 100000n, 0n],
    penalty_max: [readMoney, 0n, 1000000n, null],
    grace_days: [readWhole, 0, 60],
    basis: choice('full', 'unpaid'),
    compound: choice('1', '0'),
  };
  for (const [name, spec] of Object.entries(fields)) readField(name, spec, params, OVERDUE_DEFAULTS, v, errors);
  // Cross-field limits, only between fields that are otherwise valid.
  const ok = (a, b) => !errors[a] && !errors[b] && v[a] != null && v[b] != null;
  if (ok('paid', 'balance') && v.paid >= v.balance) errors.paid = 'paid';
  if (ok('minimum', 'balance') && v.minimum > v.balance) errors.minimum = 'minimum';
  if (ok('penalty_max', 'penalty_min') && v.penalty_max < v.penalty_min) errors.penalty_max = 'penalty_max';
  return { inputs: Object.keys(errors).length ? null : v, errors };
}

// The bill after `days`, with the three ways to pay for the same inputs and days.
export function overdue(inputs) {
  const res = overdueOnly(inputs);
  return { ...res, ways: threeWays(inputs, res.minimum) };
}

// Paid nothing, paid the minimum M, paid in full by the due date (the reader's own paid
// plays no part): as three_ways in finance.py. Where M >= S the minimum row is the full row.
export function threeWays(inputs, M) {
  const S = inputs.balance;
  const none = overdueOnly({ ...inputs, paid: 0n });
  const full = { way: 'full', paid: S, interest: 0n, penalties: 0n, total: S };
  let least = { ...full, way: 'minimum' };
  if (M < S) {
    const owed = overdueOnly({ ...inputs, paid: M });
    least = { way: 'minimum', paid: M, interest: owed.interest, penalties: owed.penalties, total: M + owed.total };
  }
  return [{ way: 'none', paid: 0n, interest: none.interest, penalties: none.penalties, total: none.total }, least, full];
}

function overdueOnly(inputs) {
  const { balance: S, paid, days, daily_rate: r, penalty_min: lo, penalty_max: hi } = inputs;
  const U = S - paid;
  const M = inputs.minimum ?? rnd(S * 10n, 100n);
  const graceInterest = rnd((inputs.basis === 'full' ? S : U) * r * BigInt(inputs.grace_days), HUNDRED);
  const cycles = [];
  let B = U, interest = graceInterest, carried = graceInterest; // G joins B with the first cycle
  for (let start = 0; start < days; start += 30) {
    const length = Math.min(30, days - start);
    const c = rnd(B * r * BigInt(length), HUNDRED);
    cycles.push({ period: cycles.length + 1, days: length, interest: c, balance: B });
    interest += c;
    if (inputs.compound === '1') B += carried + c;
    carried = 0n;
  }
  const missedDueDates = Math.ceil(days / 30);
  let fee = 0n;
  if (M - paid > 0n) {
    fee = rnd(inputs.penalty_rate * (M - paid), HUNDRED);
    if (fee < lo) fee = lo;
    if (hi != null && fee > hi) fee = hi;
  }
  const penalties = fee * BigInt(missedDueDates);
  return { principal: U, graceInterest, interest, penalties, total: U + interest + penalties, cycles, missedDueDates, minimum: M };
}

export const costOfWaiting = (inputs) =>
  [30, 60, 90, 180, 365].map((days) => ({ days, total: overdueOnly({ ...inputs, days }).total }));

const opt = (n) => (n == null ? '' : String(n));

export function instalmentOutputs(res) {
  return {
    payment_first: centsString(res.paymentFirst),
    payment_max: centsString(res.paymentMax),
    total_interest: centsString(res.totalInterest),
    total_paid: centsString(res.totalPaid),
    apr: centsString(res.apr),
    ear: centsString(res.ear),
    periods_for_budget: opt(res.periodsForBudget),
  };
}

export function overdueOutputs(res) {
  const out = {};
  for (const k of ['principal', 'interest', 'penalties', 'total']) out[k] = centsString(res[k]);
  for (const w of res.ways) out[`total_if_${w.way}`] = centsString(w.total);
  return out;
}
