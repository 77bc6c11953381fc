// What both calculators share: reading the form, showing errors, keeping the URL
// in step, "copy link", and formatting for the page's language. No rules here:
// finance.js holds them.
import { normalise, centsString } from './finance.js';

// The texts a calculator needs, printed by the macro into data-i18n.
export const texts = (root) => JSON.parse(root.dataset.i18n);

// Field name -> element, for every input and select of the calculator's form.
export const fieldsOf = (root) => Object.fromEntries([...root.querySelectorAll('form [name]')].map((el) => [el.name, el]));

// Money for the reader: ¥1,072.00 (中文) or CNY 1,072.00 (English). Intl formats
// the exact decimal string, so no cent is lost to a float.
export function formatters(lang) {
  const money = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', {
    style: 'currency', currency: 'CNY', currencyDisplay: lang === 'zh' ? 'symbol' : 'code',
  });
  const plain = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { minimumFractionDigits: 2, maximumFractionDigits: 4 });
  return { money: (cents) => money.format(centsString(cents)), number: (text) => plain.format(text) };
}

// Query parameters fill the form; unknown ones are ignored.
export function fillFromUrl(fields) {
  const query = new URLSearchParams(location.search);
  const given = {};
  for (const [name, el] of Object.entries(fields)) {
    if (query.has(name)) el.value = given[name] = query.get(name);
  }
  return given;
}

export const readForm = (fields) => Object.fromEntries(Object.entries(fields).map(([n, el]) => [n, el.value]));

// One message per field, next to it (aria-live); an empty message clears it.
// A folded <details> holding a wrong field opens, so no message stays hidden.
export function showErrors(root, fields, errors, messages) {
  for (const [name, el] of Object.entries(fields)) {
    const box = root.querySelector(`#${el.id}-error`);
    const key = errors[name];
    box.textContent = key ? messages[key] : '';
    if (key) {
      el.setAttribute('aria-invalid', 'true');
      const fold = el.closest('details');
      if (fold) fold.open = true;
    } else el.removeAttribute('aria-invalid');
  }
}

// The scenario as URL parameters: every field's normalised value (valid money and
// percents without ¥ , %), optional empty fields left out; `query` keeps other parameters.
function scenario(params, errors, query = new URLSearchParams()) {
  for (const [name, text] of Object.entries(params)) {
    let value = normalise(text);
    if (!errors[name]) value = value.replace(/^¥/, '').replace(/,/g, '').replace(/%$/, '');
    if (value === '') query.delete(name);
    else query.set(name, value);
  }
  return query;
}

// The URL keeps the scenario; other calculators' parameters stay.
export function syncUrl(fields, params, errors) {
  const query = scenario(params, errors, new URLSearchParams(location.search));
  history.replaceState(history.state, '', `${location.pathname}?${query}${location.hash}`);
}

// A compact calculator's link to the full one carries what the reader typed.
export function syncFullLink(root, params, errors) {
  const link = root.querySelector('[data-role="full-link"]');
  if (!link) return;
  const url = new URL(link.href);
  url.search = scenario(params, errors).toString();
  link.href = url.href;
}

// Clears every figure, table and chart: on an input error the results show nothing at all.
export function clearResults(root) {
  for (const el of root.querySelectorAll('[data-out]')) {
    el.dataset.value = '';
    el.textContent = '';
  }
  for (const body of root.querySelectorAll('.calc__results tbody, .calc__results svg')) body.replaceChildren();
  for (const el of root.querySelectorAll('[data-role$="-note"]')) el.textContent = '';
  root.querySelector('.calc__results').hidden = true;
}

// A compact calculator shows only its headline figures: the others have no element.
export function setOutput(root, name, value, text) {
  const el = root.querySelector(`[data-out="${name}"]`);
  if (!el) return;
  el.dataset.value = value;
  el.textContent = text;
}

// Writes rows of cell texts into a table body, reusing the rows already there:
// a 60-row schedule then re-lays out in well under a frame. A compact calculator has no tables.
export function fillRows(body, rows) {
  if (!body) return;
  while (body.rows.length > rows.length) body.lastElementChild.remove();
  rows.forEach((cells, i) => {
    const tr = body.rows[i] ?? body.appendChild(document.createElement('tr'));
    cells.forEach((c, j) => {
      const td = tr.cells[j] ?? tr.appendChild(document.createElement('td'));
      if (td.textContent !== String(c)) td.textContent = c;
    });
  });
}

export function copyLink(root, t, beforeCopy) {
  const status = root.querySelector('.calc__status');
  const button = root.querySelector('[data-action="copy-link"]');
  if (!button) return; // a compact calculator links to the full one instead
  button.addEventListener('click', async () => {
    beforeCopy();
    try {
      await navigator.clipboard.writeText(location.href);
      status.textContent = t.copied;
    } catch {
      status.textContent = t.copy_failed;
    }
  });
}

// A CSV file the reader's spreadsheet opens in UTF-8 (the BOM tells Excel).
export function downloadCsv(name, rows) {
  const quote = (c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  const text = '\uFEFF' + rows.map((r) => r.map((c) => quote(String(c))).join(',')).join('\r\n') + '\r\n';
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 0);
}
