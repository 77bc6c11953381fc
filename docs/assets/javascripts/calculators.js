// Starts every calculator on the page. Through Material's document$ where it
// exists (it fires on each page view), else once the document has loaded.
import { startInstalment } from './instalment-ui.js';
import { startOverdue } from './overdue-ui.js';
import { startBudget } from './budget-ui.js';

const starters = { instalment: startInstalment, overdue: startOverdue, budget: startBudget };

function start() {
  for (const root of document.querySelectorAll('[data-calculator]')) {
    if (root.dataset.started) continue;
    root.dataset.started = 'true';
    starters[root.dataset.calculator](root);
  }
}

if (window.document$) window.document$.subscribe(start);
else if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
