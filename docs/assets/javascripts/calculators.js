// Starts every calculator on the page. Through Material's document$ where it
// exists (it fires on each page view), else once the document has loaded.
// Each calculator's script is imported only when its page has one: every page loads
// this file, and a reader on a slow line should not download calculators they never see.
const starters = {
  instalment: () => import('./instalment-ui.js').then((m) => m.startInstalment),
  overdue: () => import('./overdue-ui.js').then((m) => m.startOverdue),
  budget: () => import('./budget-ui.js').then((m) => m.startBudget),
  offer: () => import('./offer-ui.js').then((m) => m.startOffer),
  letter: () => import('./letter-ui.js').then((m) => m.startLetter),
  plan: () => import('./plan-ui.js').then((m) => m.startPlan),
};

function start() {
  for (const root of document.querySelectorAll('[data-calculator]')) {
    if (root.dataset.started) continue;
    root.dataset.started = 'true';
    // Until its script arrives, the page shows the worked example (as without JavaScript).
    starters[root.dataset.calculator]().then((startOne) => {
      startOne(root);
      root.dataset.ready = 'true'; // the calculator answers now (the tests wait for this)
    });
  }
}

if (window.document$) window.document$.subscribe(start);
else if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
