// The budget calculator's rules for the browser: a mirror of macros/budget.py, to the cent.
// No DOM here. Money is BigInt cents; `available` may be negative.
import { normalise, readMoney, centsString } from './finance.js';

const MAX = 1000000000n; // ¥10,000,000 in cents
// field -> [lowest, highest] in cents; every field is optional (empty = unset).
export const BUDGET_RANGES = {
  income: [0n, MAX], housing: [0n, MAX], living: [0n, MAX], family: [0n, MAX],
  medical: [0n, MAX], other_debts: [0n, MAX], debt: [20000n, MAX],
};
const ESSENTIALS = ['housing', 'living', 'family', 'medical'];
export const BUDGET_OUTPUTS = ['essentials', 'committed', 'available'];

export function readBudget(params = {}) {
  const v = {}, errors = {};
  for (const [name, [lo, hi]] of Object.entries(BUDGET_RANGES)) {
    const text = normalise(params[name] ?? '');
    if (text === '') {
      v[name] = null;
      continue;
    }
    const x = readMoney(text);
    if (x === null || x < lo || x > hi) errors[name] = name;
    else v[name] = x;
  }
  return { inputs: Object.keys(errors).length ? null : v, errors };
}

export function budget(inputs) {
  const amount = (name) => inputs[name] ?? 0n;
  const essentials = ESSENTIALS.reduce((s, n) => s + amount(n), 0n);
  const committed = essentials + amount('other_debts');
  const available = amount('income') - committed;
  return {
    essentials, committed, available,
    enough: available >= 100n,
    empty: Object.keys(BUDGET_RANGES).every((n) => inputs[n] == null),
  };
}

export const budgetOutputs = (res) => Object.fromEntries(BUDGET_OUTPUTS.map((n) => [n, centsString(res[n])]));

// A next-step link's parameters: `carry` is [[parameter, source]], a source an output or a field.
export function linkQuery(inputs, res, carry) {
  const query = new URLSearchParams();
  for (const [param, source] of carry) {
    const value = BUDGET_OUTPUTS.includes(source) ? res[source] : inputs[source];
    if (value != null) query.set(param, centsString(value));
  }
  return query;
}
