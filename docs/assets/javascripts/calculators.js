// Starts every calculator on the page. Through Material's document$ where it
// exists (it fires on each page view), else once the document has loaded.
import { startInstalment } from './instalment-ui.js';
import { startOverdue } from './overdue-ui.js';
import { startOffer } from './offer-ui.js';
import { startLetter } from './letter-ui.js';
import { startPlan } from './plan-ui.js';

const starters = { instalment: startInstalment, overdue: startOverdue, offer: startOffer, letter: startLetter, plan: startPlan };

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
