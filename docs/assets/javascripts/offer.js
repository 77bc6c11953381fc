// Offer check rules for the browser: a mirror of macros/offer.py, to the cent. No DOM here.
// Money is BigInt cents; apr, ear and fee_equivalent are BigInt hundredths of a percent.
import { readMoney, readWhole, readField, monthlyIrr, annualRates, rndSigned, centsString } from './finance.js';

export const OFFER_DEFAULTS = { debt: '12000', down: '0', periods: '36', payment: '400', budget: '' };
const MAX = 1000000000n; // ¥10,000,000 in cents
const TERM_LIMIT = 60; // months: five years, the longest the rules allow (as reported)

export function readOffer(params = {}) {
  const v = {}, errors = {};
  const fields = {
    debt: [readMoney, 20000n, MAX],
    down: [readMoney, 0n, MAX / 2n, 0n],
    periods: [readWhole, 1, 120],
    payment: [readMoney, 100n, MAX],
    budget: [readMoney, 100n, MAX, null],
  };
  for (const [name, spec] of Object.entries(fields)) readField(name, spec, params, OFFER_DEFAULTS, v, errors);
  // Cross-field checks only when the other field is valid; the message shows at the dependent field.
  if (v.debt != null && !errors.down && v.down * 2n > v.debt) {
    errors.down = 'down';
    delete v.down;
  }
  if (v.debt != null && v.down != null && v.payment != null && v.payment > v.debt - v.down) errors.payment = 'payment';
  return { inputs: Object.keys(errors).length ? null : v, errors };
}

export function offer({ debt, down, periods: n, payment: p, budget }) {
  const N = BigInt(n), financed = debt - down, total = down + N * p;
  const { apr, ear } = annualRates(monthlyIrr(financed, Array(n).fill(p)));
  return {
    financed,
    totalPaid: total,
    extra: total - debt,
    apr,
    ear,
    // round(100 (n p − F) / (F n)) in hundredths of a percent; cents cancel.
    feeEquivalent: rndSigned(10000n * (N * p - financed), financed * N),
    overTerm: n > TERM_LIMIT ? 1 : 0,
    overBudget: budget == null ? null : p > budget ? 1 : 0,
  };
}

export function offerOutputs(res) {
  return {
    total_paid: centsString(res.totalPaid),
    extra: centsString(res.extra),
    apr: centsString(res.apr),
    ear: centsString(res.ear),
    fee_equivalent: centsString(res.feeEquivalent),
    over_term: String(res.overTerm),
    over_budget: res.overBudget == null ? '' : String(res.overBudget),
  };
}
