// The budget calculator on the page: reads the form, applies budget.js, writes the result
// and shows the one next step that fits (links to a plan, what to tell the bank, or a prompt).
import { readBudget, budget, budgetOutputs, linkQuery } from './budget.js';
import { texts, fieldsOf, formatters, fillFromUrl, readForm, showErrors, syncUrl, syncFullLink, clearResults, setOutput, copyLink } from './calculator-form.js';

export function startBudget(root) {
  const t = texts(root);
  const fields = fieldsOf(root);
  const fmt = formatters(t.lang);
  const links = [...root.querySelectorAll('[data-role="plan-link"]')];
  const part = (role) => root.querySelector(`[data-role="${role}"]`);
  fillFromUrl(fields);

  function update(fromUser) {
    const params = readForm(fields);
    const { inputs, errors } = readBudget(params);
    showErrors(root, fields, errors, t.messages);
    if (fromUser) syncUrl(fields, params, errors);
    syncFullLink(root, params, errors);
    if (!inputs) {
      clearResults(root);
      return;
    }
    const res = budget(inputs);
    for (const [name, value] of Object.entries(budgetOutputs(res))) setOutput(root, name, value, fmt.money(res[name]));
    const state = res.empty ? 'empty' : res.enough ? 'enough' : 'short';
    for (const role of ['empty', 'enough', 'short']) part(role).hidden = role !== state;
    for (const a of links) {
      const url = new URL(a.href);
      url.search = linkQuery(inputs, res, [...new URLSearchParams(a.dataset.carry)]).toString();
      a.href = url.href;
    }
    root.querySelector('.calc__results').hidden = false;
  }

  root.querySelector('form').addEventListener('input', () => update(true));
  root.querySelector('form').addEventListener('submit', (e) => e.preventDefault());
  copyLink(root, t, () => update(true));
  update(false);
}
