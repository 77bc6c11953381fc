// Proposal letter rules for the browser: a mirror of macros/letter.py. No DOM here.
// Money is BigInt cents. Personal details are no part of this module: they never leave the page.
import { readMoney, readWhole, normalise } from './finance.js';
import { budget } from './budget.js';

export const REASONS = ['job', 'illness', 'income', 'family', 'other'];
export const BUDGET_FIELDS = ['income', 'housing', 'living', 'family', 'medical', 'other_debts'];
const MAX = 1000000000n;
const RANGES = {
  debt: [20000n, MAX], down: [0n, MAX / 2n], periods: [1, 120], payment: [100n, MAX],
  ...Object.fromEntries(BUDGET_FIELDS.map((n) => [n, [0n, MAX]])),
};
export const FIGURES = ['debt', 'down', 'periods', 'payment', ...BUDGET_FIELDS];

// Every figure optional: an empty one is a blank in the letter, to fill by hand.
export function readLetter(params = {}) {
  const values = {}, errors = {};
  for (const name of FIGURES) {
    const text = normalise(params[name]);
    values[name] = null;
    if (text === '') continue;
    const value = name === 'periods' ? readWhole(text) : readMoney(text);
    const [lo, hi] = RANGES[name];
    if (value === null || value < lo || value > hi) errors[name] = name;
    else values[name] = value;
  }
  const reason = normalise(params.reason);
  values.reason = REASONS.includes(reason) ? reason : null;
  if (reason && values.reason === null) errors.reason = 'reason';
  const { debt, down, payment } = values;
  if (debt !== null && down !== null && down * 2n > debt) {
    errors.down = 'down';
    values.down = null;
  }
  if (debt !== null && payment !== null && !errors.down && payment > debt - (values.down ?? 0n)) {
    errors.payment = 'payment';
    values.payment = null;
  }
  return { values, errors };
}

// The statement's sums: the budget calculator's essentials, committed and available.
export function budgetSums(v) {
  const { essentials, committed, available } = budget(Object.fromEntries(BUDGET_FIELDS.map((n) => [n, v[n] ?? null])));
  return { essentials, committed, available };
}

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const UNITS = ['', '拾', '佰', '仟'];
const GROUPS = ['', '万', '亿', '万亿'];

function whole(n) {
  const s = String(n);
  let out = '', zero = false;
  for (let i = 0; i < s.length; i++) {
    const p = s.length - 1 - i, d = Number(s[i]);
    if (d === 0) zero = true;
    else {
      if (zero) out += '零';
      zero = false;
      out += DIGITS[d] + UNITS[p % 4];
    }
    if (p % 4 === 0 && p > 0 && Number(s.slice(Math.max(0, i - 3), i + 1))) out += GROUPS[p / 4];
  }
  return out;
}

// Cents (BigInt, ≥ 0) in Chinese capitals, as capitals() in letter.py.
export function capitals(cents) {
  const yuan = cents / 100n, jiao = Number((cents / 10n) % 10n), fen = Number(cents % 10n);
  let out = yuan ? whole(yuan) + '元' : '';
  if (!jiao && !fen) return (out || '零元') + '整';
  if (jiao) out += DIGITS[jiao] + '角';
  else if (out) out += '零';
  if (fen) out += DIGITS[fen] + '分';
  return out;
}
