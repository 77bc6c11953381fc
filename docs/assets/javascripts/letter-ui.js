// The proposal letter on the page: figures from the link and the form (kept in the URL), personal
// details from the form only (never in the URL, storage or any request), written into the letter.
import { readLetter, budgetSums, capitals, FIGURES } from './letter.js';
import { texts, formatters, fillFromUrl, showErrors, syncUrl, copyLink } from './calculator-form.js';
import { centsString } from './finance.js';

const PRIVATE = ['name', 'id_last4', 'bank', 'phone', 'note'];

export function startLetter(root) {
  const t = texts(root);
  const figures = Object.fromEntries([...root.querySelectorAll('[data-figures] [name]')].map((el) => [el.name, el]));
  const personal = Object.fromEntries(PRIVATE.map((n) => [n, root.querySelector(`#letter-${n}`)]));
  const zh = formatters('zh'), own = formatters(t.lang);

  // Only the figures come from the link; a personal detail in a link is ignored.
  // What the link says is read as it is until the reader changes that field: a reason not on
  // the list leaves the list blank, but still gets its message.
  const given = fillFromUrl(figures);
  const query = new URLSearchParams(location.search);
  // A link that names a personal detail loses it at once, so it is never shared on.
  if (PRIVATE.some((n) => query.has(n))) {
    for (const n of PRIVATE) query.delete(n);
    history.replaceState(history.state, '', `${location.pathname}?${query}${location.hash}`);
  }

  const put = (sel, text) => {
    for (const el of root.querySelectorAll(sel)) el.textContent = text || t.blank;
  };

  function update(fromUser) {
    const params = { ...Object.fromEntries(Object.entries(figures).map(([n, el]) => [n, el.value])), ...given };
    const { values: v, errors } = readLetter(params);
    showErrors(root, figures, errors, t.messages);
    if (fromUser) syncUrl(figures, params, errors);
    const bad = Object.keys(errors).length > 0;
    const money = {};
    if (!bad) {
      for (const name of FIGURES) if (name !== 'periods' && v[name] != null) money[name] = v[name];
      if (v.debt != null && v.payment != null) money.financed = v.debt - (v.down ?? 0n);
      if (v.debt != null && v.payment != null && v.down == null) money.down = 0n;
      if (FIGURES.slice(4).some((n) => v[n] != null)) Object.assign(money, budgetSums(v));
    }
    // Figures: every one blank on any input error, as a calculator's results are.
    for (const el of root.querySelectorAll('[data-out]')) {
      const name = el.dataset.out;
      let value = '', text = '';
      if (name.endsWith('_caps')) {
        const c = money[name.slice(0, -5)];
        if (c != null && c >= 0n) text = capitals(c);
      } else if (name === 'periods') {
        if (!bad && v.periods != null) value = text = String(v.periods);
      } else if (money[name] != null) {
        value = centsString(money[name]);
        text = zh.money(money[name]);
      }
      el.dataset.value = value;
      el.textContent = text || t.blank;
    }
    const reason = bad ? null : v.reason;
    put('[data-fill="reason"]', reason ? t.reasons[reason] : '');
    // The English reading aid, in English money.
    for (const el of root.querySelectorAll('[data-aid]')) {
      const name = el.dataset.aid;
      let text = '';
      if (name === 'periods') text = !bad && v.periods != null ? String(v.periods) : '';
      else if (name === 'reason') text = reason ? t.reason_aid[reason] : '';
      else if (money[name] != null) text = own.money(money[name]);
      else if (personal[name]) text = personal[name].value;
      el.textContent = text || t.blank;
    }
    for (const name of PRIVATE) put(`[data-fill="${name}"]`, personal[name].value.trim());
  }

  // Typing a personal detail changes the letter only: no URL, no storage.
  const changed = (e) => {
    delete given[e.target.name];
    update(true);
  };
  root.querySelector('[data-figures]').addEventListener('input', changed);
  root.querySelector('[data-figures]').addEventListener('change', changed);
  root.querySelector('[data-private]').addEventListener('input', () => update(false));
  root.querySelector('form').addEventListener('submit', (e) => e.preventDefault());
  root.querySelector('[data-action="print"]').addEventListener('click', () => window.print());
  copyLink(root, t, () => update(true));
  update(false);
}
