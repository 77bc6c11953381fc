// The overdue-fees calculator on the page: reads the form, applies finance.js, writes the result.
import { readOverdue, overdue, costOfWaiting, overdueOutputs } from './finance.js';
import { texts, fieldsOf, formatters, fillFromUrl, readForm, showErrors, syncUrl, syncFullLink, clearResults, setOutput, fillRows, copyLink } from './calculator-form.js';

// The cost-of-waiting bars, as waiting_bars in macros/widgets.py draws them:
// heights from zero in a 320 × 150 box, the unpaid principal at each bar's foot.
export function waitingBars(principal, waiting, dayLabel) {
  const top = waiting.reduce((m, w) => (w.total > m ? w.total : m), 0n);
  const low = (120n * principal) / top;
  return waiting.map((w, i) => {
    const x = 64 * i + 12, high = (120n * w.total) / top;
    return `<rect class="calc__bar-principal" x="${x}" y="${130n - low}" width="40" height="${low}"></rect>`
      + `<rect class="calc__bar-cost" x="${x}" y="${130n - high}" width="40" height="${high - low}"></rect>`
      + `<text x="${x + 20}" y="146" text-anchor="middle">${dayLabel.replace('{n}', w.days)}</text>`;
  }).join('');
}

export function startOverdue(root) {
  const t = texts(root);
  const fields = fieldsOf(root);
  const fmt = formatters(t.lang);
  const body = (role) => root.querySelector(`[data-role="${role}"] tbody`);

  // A link that changes a folded assumption opens the fold, so the reader sees it.
  const before = readForm(fields);
  fillFromUrl(fields);
  const fold = root.querySelector('.calc__advanced'); // none in a compact calculator
  if (fold && [...fold.querySelectorAll('[name]')].some((el) => el.value !== before[el.name])) fold.open = true;

  function update(fromUser) {
    const params = readForm(fields);
    const { inputs, errors } = readOverdue(params);
    showErrors(root, fields, errors, t.messages);
    if (fromUser) syncUrl(fields, params, errors);
    syncFullLink(root, params, errors);
    if (inputs) render(inputs, overdue(inputs));
    else clearResults(root);
  }

  function render(inputs, res) {
    const totals = Object.fromEntries(res.ways.map((w) => [`total_if_${w.way}`, w.total]));
    for (const [name, value] of Object.entries(overdueOutputs(res))) {
      setOutput(root, name, value, fmt.money(res[name] ?? totals[name]));
    }
    root.querySelector('.calc__results').hidden = false;
    // A compact calculator shows the figures only: no note, tables or chart.
    if (!root.querySelector('[data-role="cycles"]')) return;
    root.querySelector('[data-role="penalty-note"]').textContent = t.penalty_note
      .replace('{n}', res.missedDueDates).replace('{each}', fmt.money(res.penalties / BigInt(res.missedDueDates)));
    const base = inputs.basis === 'full' ? inputs.balance : res.principal;
    fillRows(body('cycles'), [
      [t.grace_row, inputs.grace_days, fmt.money(res.graceInterest), fmt.money(base)],
      ...res.cycles.map((c) => [c.period, c.days, fmt.money(c.interest), fmt.money(c.balance)]),
    ]);
    fillRows(body('ways'), res.ways.map((w) => [t.way_names[w.way], fmt.money(w.paid), fmt.money(w.interest),
      fmt.money(w.penalties), fmt.money(w.total)]));
    root.querySelector('[data-role="ways-note"]').textContent = t.ways_why[inputs.basis];
    const waiting = costOfWaiting(inputs);
    fillRows(body('waiting'), waiting.map((w) => [w.days, fmt.money(w.total)]));
    root.querySelector('[data-role="waiting-chart"]').innerHTML = waitingBars(res.principal, waiting, t.day_label);
  }

  root.querySelector('form').addEventListener('input', () => update(true));
  root.querySelector('form').addEventListener('submit', (e) => e.preventDefault());
  copyLink(root, t, () => update(true));
  update(false);
}
