// The instalment calculator on the page: reads the form, applies finance.js, writes the result.
import { readInstalment, instalment, instalmentOutputs, compareMethods, defaultRate, centsString, percentString } from './finance.js';
import { texts, fieldsOf, formatters, fillFromUrl, readForm, showErrors, syncUrl, syncFullLink, clearResults, setOutput, fillRows, copyLink, downloadCsv } from './calculator-form.js';

const kindOf = (method) => (method === 'fee' ? 'fee' : 'annual');

export function startInstalment(root) {
  const t = texts(root);
  const fields = fieldsOf(root);
  const fmt = formatters(t.lang);
  const rateLabel = root.querySelector(`label[for="${fields.rate.id}"]`);
  let result = null;

  // A link that names a method but no rate takes that method's default rate.
  const given = fillFromUrl(fields);
  if ('method' in given && !('rate' in given) && kindOf(fields.method.value) !== root.dataset.rateKind) {
    fields.rate.value = defaultRate(fields.method.value);
  }

  function update(fromUser) {
    const kind = kindOf(fields.method.value);
    if (kind !== root.dataset.rateKind) {
      // The other kind of rate: start from that kind's default, not the old number.
      if (fromUser) fields.rate.value = defaultRate(fields.method.value);
      root.dataset.rateKind = kind;
    }
    rateLabel.textContent = t.fields[`rate_${kind}`];
    const params = readForm(fields);
    const { inputs, errors } = readInstalment(params);
    showErrors(root, fields, errors, t.messages);
    if (fromUser) syncUrl(fields, params, errors);
    syncFullLink(root, params, errors);
    if (!inputs) {
      result = null;
      clearResults(root);
      return;
    }
    result = instalment(inputs);
    render(inputs, result);
  }

  function render(inputs, res) {
    const values = instalmentOutputs(res);
    for (const [name, value] of Object.entries(values)) {
      const text = name === 'apr' || name === 'ear' ? fmt.number(value) : name === 'periods_for_budget' ? value : fmt.money(res[camel(name)]);
      setOutput(root, name, value, text);
    }
    root.querySelector('[data-role="budget-note"]').textContent =
      inputs.budget == null ? t.no_budget
        : res.periodsForBudget == null ? t.no_fit.replace('{amount}', fmt.money(res.paymentMaxAt60))
          : t.fits.replace('{n}', res.periodsForBudget);
    fillRows(root.querySelector('[data-role="schedule"] tbody'),
      res.schedule.map((r) => [r.period, fmt.money(r.payment), fmt.money(r.principal), fmt.money(r.charge), fmt.money(r.balance)]));
    // A compact calculator has no comparison: the full one (linked) has.
    const compare = root.querySelector('[data-role="compare"] tbody');
    if (compare) fillRows(compare,
      compareMethods(inputs.amount, inputs.periods, inputs.method, inputs.rate).map((c) => [
        t.method_short[c.method],
        fmt.number(percentString(c.rate)) + t.rate_unit[kindOf(c.method)],
        fmt.money(c.totalInterest),
        fmt.number(centsString(c.apr)),
      ]));
    root.querySelector('.calc__results').hidden = false;
  }

  root.querySelector('form').addEventListener('input', () => update(true));
  root.querySelector('form').addEventListener('submit', (e) => e.preventDefault());
  copyLink(root, t, () => update(true));
  root.querySelector('[data-action="csv"]')?.addEventListener('click', () => {
    if (!result) return;
    downloadCsv(t.csv_name, [t.schedule_head, ...result.schedule.map((r) => [
      r.period, centsString(r.payment), centsString(r.principal), centsString(r.charge), centsString(r.balance)])]);
  });
  update(false);
}

const camel = (name) => name.replace(/_(.)/g, (_, c) => c.toUpperCase());
