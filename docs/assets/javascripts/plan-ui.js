// The agreement checklist's summary box: the plan in the link (offer-check parameters), read by
// offer.js's rules. No link, no box; a wrong link, a plain message and no figure.
import { readOffer, offer, offerOutputs } from './offer.js';
import { texts, formatters, setOutput } from './calculator-form.js';
import { centsString } from './finance.js';

const NAMES = ['debt', 'down', 'periods', 'payment'];

export function startPlan(root) {
  const t = texts(root);
  const query = new URLSearchParams(location.search);
  if (!NAMES.some((n) => query.has(n))) return;
  root.hidden = false;
  // Only what the link says: a missing figure is not filled from the offer check's defaults.
  const params = Object.fromEntries(NAMES.map((n) => [n, query.get(n) ?? '']));
  const { inputs } = readOffer(params);
  if (!inputs) {
    root.querySelector('[data-role="plan-note"]').textContent = t.invalid;
    return;
  }
  const fmt = formatters(t.lang);
  const values = offerOutputs(offer(inputs));
  const money = (c) => [centsString(c), fmt.money(c)];
  const shown = {
    debt: money(inputs.debt), down: money(inputs.down), periods: [String(inputs.periods), String(inputs.periods)],
    payment: money(inputs.payment), total_paid: [values.total_paid, fmt.money(offer(inputs).totalPaid)],
    apr: [values.apr, fmt.number(values.apr)],
  };
  for (const [name, [value, text]] of Object.entries(shown)) setOutput(root, name, value, text);
  root.querySelector('.calc__results').hidden = false;
}
