// Plain JS(X) so tsconfig.e2e (which does not list src/renderer) need not type-check the app.
// Without `?app=1` the page seeds a year of a team's work into the bench database; with it, it
// starts the real app (same providers and hash routes as src/renderer/main.tsx) on that database.
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '../../../src/renderer/styles/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter, RouterProvider } from 'react-router';
import { App } from '../../../src/renderer/App.tsx';
import { toLeadDoc } from '../../../src/renderer/data/leads/leadDocument.ts';
import { openFieldbookData } from '../../../src/renderer/data/openFieldbookData.ts';
import { createI18n } from '../../../src/renderer/i18n/createI18n.ts';
import { appRoutes } from '../../../src/renderer/routes.tsx';
import { generateSalesYear } from '../../../src/shared/demo/salesYear.ts';
import { afterNextPaint } from '../qualification/boardTiming.js';

const databaseName = 'fieldbook-bench-analytics';
const owners = [
  '018cc251-f400-7000-a000-000000000001',
  '018cc251-f400-7000-a000-000000000002',
  '018cc251-f400-7000-a000-000000000003',
];
const params = new URLSearchParams(location.search);
const status = document.getElementById('status');

let data;
async function open() {
  data ??= await openFieldbookData({ name: databaseName, multiInstance: false });
  return data;
}

/** Resolves when `check` returns something, watching the DOM. */
function waitFor(check) {
  return new Promise((resolve) => {
    const tryNow = () => {
      const value = check();
      if (value === undefined) return false;
      observer.disconnect();
      resolve({ value, at: performance.now() });
      return true;
    };
    const observer = new MutationObserver(() => tryNow());
    if (!tryNow())
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

const headingOf = { rep: 'Next best actions', manager: 'Qualification', finance: 'Cash' };
const figureOf = {
  rep: 'figure-leadsCaptured',
  manager: 'figure-leadsCaptured',
  finance: 'figure-dso',
};

/** The dashboard for `audience` is on screen with its figures computed (not "0" while loading). */
async function whenDashboardShown(audience) {
  const shown = await waitFor(() => {
    const headings = [...document.querySelectorAll('h2, h3')].map((h) => h.textContent);
    if (!headings.includes(headingOf[audience])) return undefined;
    const figure = document.querySelector(`[data-testid="${figureOf[audience]}"]`)?.textContent;
    if (!figure || figure === '0' || document.querySelector('[aria-label="Loading records"]'))
      return undefined;
    return figure;
  });
  const paintAt = await afterNextPaint();
  return { domAt: shown.at, paintAt, figure: shown.value };
}

const bench = {
  async seed(end) {
    const db = await open();
    const year = generateSalesYear({ end, owners });
    const start = performance.now();
    const { collections } = db.db;
    await collections.leads.bulkInsert(year.leads.map(toLeadDoc));
    for (const name of [
      'events',
      'accounts',
      'activities',
      'opportunities',
      'quotes',
      'orders',
      'invoices',
      'tickets',
    ]) {
      const result = await collections[name].bulkInsert(year[name]);
      if (result.error.length > 0) throw new Error(`${name}: ${JSON.stringify(result.error[0])}`);
    }
    return {
      ms: performance.now() - start,
      counts: Object.fromEntries(Object.entries(year).map(([k, v]) => [k, v.length])),
    };
  },

  /** Arms the watcher, then the bench clicks an audience: ms from the click to the painted dashboard. */
  armSwitch(audience) {
    const clicked = new Promise((resolve) =>
      document.addEventListener('click', (event) => resolve(event.timeStamp), {
        capture: true,
        once: true,
      }),
    );
    return Promise.all([clicked, whenDashboardShown(audience)]).then(([clickAt, shown]) => ({
      domMs: shown.domAt - clickAt,
      paintMs: shown.paintAt - clickAt,
      figure: shown.figure,
    }));
  },
};
window.fieldbookAnalyticsBench = bench;

if (params.get('app') === '1') {
  localStorage.setItem(
    'fieldbook.localProfile',
    JSON.stringify({ id: owners[0], name: 'Bench Manager', role: 'manager' }),
  );
  const audience =
    new URLSearchParams(location.hash.split('?')[1] ?? '').get('audience') ?? 'manager';
  // Opened straight on a dashboard: from navigation start, database opening included.
  window.benchDirect = whenDashboardShown(audience).then((shown) => ({
    paintMs: shown.paintAt,
    domMs: shown.domAt,
    figure: shown.figure,
  }));
  const db = await open();
  const root = createRoot(document.getElementById('root'));
  root.render(
    <StrictMode>
      <App i18n={createI18n('en')} data={db} automation={false}>
        <RouterProvider router={createHashRouter(appRoutes)} />
      </App>
    </StrictMode>,
  );
}
status.textContent = 'ready';
