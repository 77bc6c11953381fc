// The offer check on the page: reads the form, applies offer.js, writes the result.
import { readOffer, offer, offerOutputs } from './offer.js';
import { texts, fieldsOf, formatters, fillFromUrl, readForm, showErrors, syncUrl, clearResults, setOutput, copyLink } from './calculator-form.js';
import { normalise } from './finance.js';

const LETTER_FIELDS = ['debt', 'down', 'periods', 'payment'];
const EXTREME_APR = 10000n; // 100.00 %, in hundredths

export function startOffer(root) {
  const t = texts(root);
  const fields = fieldsOf(root);
  const fmt = formatters(t.lang);
  const note = (name) => root.querySelector(`[data-role="${name}-note"]`);
  const links = root.querySelectorAll('[data-role="letter-link"], [data-role="checklist-link"]');
  fillFromUrl(fields);

  function update(fromUser) {
    const params = readForm(fields);
    const { inputs, errors } = readOffer(params);
    showErrors(root, fields, errors, t.messages);
    if (fromUser) syncUrl(fields, params, errors);
    if (!inputs) {
      clearResults(root);
      return;
    }
    render(inputs, offer(inputs), params);
  }

  function render(inputs, res, params) {
    const values = offerOutputs(res);
    const text = {
      total_paid: fmt.money(res.totalPaid),
      extra: fmt.money(res.extra),
      apr: fmt.number(values.apr),
      ear: fmt.number(values.ear),
      fee_equivalent: fmt.number(values.fee_equivalent),
      over_term: t.flag[values.over_term],
      over_budget: t.flag[values.over_budget],
    };
    for (const [name, value] of Object.entries(values)) setOutput(root, name, value, text[name]);
    note('extra').textContent = res.extra > 0n ? t.extra_more.replace('{amount}', fmt.money(res.extra))
      : res.extra < 0n ? t.extra_less.replace('{amount}', fmt.money(-res.extra)) : t.extra_none;
    note('apr').textContent = res.apr > EXTREME_APR ? t.apr_extreme : '';
    note('term').textContent = res.overTerm ? t.term_over : t.term_ok;
    note('budget').textContent = inputs.budget == null ? t.budget_none
      : (res.overBudget ? t.budget_over : t.budget_ok)
        .replace('{payment}', fmt.money(inputs.payment)).replace('{budget}', fmt.money(inputs.budget));
    // The letter's and the checklist's links carry the offer's figures, as typed (normalised), and nothing else.
    for (const link of links) {
      const url = new URL(link.href);
      url.search = '';
      for (const name of LETTER_FIELDS) {
        const value = normalise(params[name]).replace(/^¥/, '').replace(/,/g, '');
        if (value !== '') url.searchParams.set(name, value);
      }
      link.href = url.href;
    }
    root.querySelector('.calc__results').hidden = false;
  }

  root.querySelector('form').addEventListener('input', () => update(true));
  root.querySelector('form').addEventListener('submit', (e) => e.preventDefault());
  copyLink(root, t, () => update(true));
  update(false);
}
