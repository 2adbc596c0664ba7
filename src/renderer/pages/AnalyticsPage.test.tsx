import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { daysSalesOutstanding } from '../../shared/analytics/cashMetrics.ts';
import { industryBreakdown } from '../../shared/analytics/leadCohorts.ts';
import { leadsInPeriod } from '../../shared/analytics/leadMetrics.ts';
import { winRate } from '../../shared/analytics/pipelineMetrics.ts';
import { reportingCurrency } from '../../shared/analytics/reportingCurrency.ts';
import { demoCatalogBefore } from '../../shared/demo/demoCatalog.ts';
import { generateSalesYear } from '../../shared/demo/salesYear.ts';
import { exampleRecords } from '../../shared/domain/exampleRecords.ts';
import { App } from '../App.tsx';
import type { FieldbookData } from '../data/index.ts';
import { toLeadDoc } from '../data/leads/leadDocument.ts';
import { openTestData } from '../data/testing/openTestData.ts';
import { setLocalProfile } from '../data/testing/setLocalProfile.ts';
import { createI18n } from '../i18n/createI18n.ts';
import { presetPeriod } from '../modules/analytics/utils/periodPresets.ts';
import { appRoutes } from '../routes.tsx';

const now = new Date('2026-11-27T09:00:00.000Z');
const year = generateSalesYear({
  end: now.toISOString(),
  owners: ['manager-1', 'rep-2'],
  products: demoCatalogBefore(now.toISOString(), 'manager-1'),
  leads: 600,
  opportunities: 80,
  orders: 40,
  tickets: 20,
});
let data: FieldbookData;

beforeEach(async () => {
  localStorage.clear();
  setLocalProfile({ id: 'manager-1', name: 'Zhang Wei', role: 'manager' });
  data = await openTestData({
    collections: [
      'leads',
      'events',
      'activities',
      'accounts',
      'opportunities',
      'quotes',
      'orders',
      'invoices',
      'tickets',
      'settings',
    ],
  });
  const { db } = data;
  await Promise.all([
    db.collections.leads?.bulkInsert(year.leads.map(toLeadDoc)),
    db.collections.events?.bulkInsert(year.events),
    db.collections.activities?.bulkInsert(year.activities),
    db.collections.opportunities?.bulkInsert(year.opportunities),
    db.collections.quotes?.bulkInsert(year.quotes),
    db.collections.orders?.bulkInsert(year.orders),
    db.collections.invoices?.bulkInsert(year.invoices),
    db.collections.tickets?.bulkInsert(year.tickets),
  ]);
});

afterEach(async () => {
  cleanup();
  await data.close();
});

function renderAt(path: string) {
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  const user = userEvent.setup();
  render(
    <App data={data} i18n={createI18n('en')} env="test" clock={() => now}>
      <RouterProvider router={router} />
    </App>,
  );
  return { user, router };
}

describe('dashboards', () => {
  it('shows a manager the same figures as the metric functions, with drill-down and a table for every chart', async () => {
    const { user } = renderAt('/analytics?audience=manager&period=last12Months&scope=all');
    const period = presetPeriod('last12Months', now);
    const captured = leadsInPeriod(year.leads, period).length;
    await waitFor(() =>
      expect(screen.getByTestId('figure-leadsCaptured').textContent).toBe(
        captured.toLocaleString('en'),
      ),
    );
    const rate = winRate({ opportunities: year.opportunities, period });
    expect(screen.getByTestId('figure-winRate').textContent).toBe(
      new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(
        rate.value ?? 0,
      ),
    );
    expect(screen.getByText(`${rate.numerator} of ${rate.denominator}`)).toBeTruthy();

    await user.click(
      screen.getByRole('button', {
        name: new RegExp(`^Leads captured: ${captured.toLocaleString('en')}`),
      }),
    );
    const drawer = await screen.findByRole('dialog', { name: 'Leads captured' });
    expect(within(drawer).getByText(`Records: ${captured}`)).toBeTruthy();
    expect(within(drawer).getAllByRole('link').length).toBe(Math.min(200, captured));
    await user.click(within(drawer).getByRole('button', { name: 'Close the record list' }));

    await user.click(screen.getByRole('button', { name: 'Show Pipeline funnel as a table' }));
    const table = screen.getByRole('table', { name: 'Pipeline funnel' });
    expect(within(table).getByRole('rowheader', { name: 'Prospecting' })).toBeTruthy();
    expect(within(table).getAllByRole('row')).toHaveLength(6);

    // The year's leads wrote their industries in Chinese (制造); an English reader reads them
    // in English, counted as the pure function counts them.
    const industries = industryBreakdown({
      leads: year.leads,
      opportunities: year.opportunities,
      period,
      reporting: reportingCurrency({ currencies: undefined, fallbackCurrency: 'CNY' }),
    });
    const manufacturing = industries.find((row) => row.value === 'manufacturing');
    expect(manufacturing?.leadIds.length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Show Leads by industry as a table' }));
    const byIndustry = screen.getByRole('table', { name: 'Leads by industry' });
    const row = within(byIndustry).getByRole('rowheader', { name: 'Manufacturing' }).closest('tr');
    expect(row?.textContent).toContain((manufacturing?.leadIds.length ?? 0).toLocaleString('en'));
  });

  it('bands leads by the score this device computes, also leads that carry no stored score', async () => {
    // Leads captured on a device carry no stored score (the year's generated ones do).
    await data.db.collections.leads?.bulkInsert(
      ['0190a000-0000-7000-8000-00000000ab01', '0190a000-0000-7000-8000-00000000ab02'].map((id) =>
        toLeadDoc({
          ...exampleRecords.leads,
          id,
          ownerId: 'manager-1',
          createdAt: '2026-11-20T08:00:00.000Z',
          updatedAt: '2026-11-20T08:00:00.000Z',
          score: undefined,
        }),
      ),
    );
    const { user } = renderAt('/analytics?audience=manager&period=last12Months&scope=all');
    await user.click(
      await screen.findByRole('button', { name: 'Show Score distribution as a table' }),
    );
    const table = screen.getByRole('table', { name: 'Score distribution' });
    const unscored = () =>
      within(table).getByRole('rowheader', { name: 'Not scored' }).closest('tr')?.textContent;
    await waitFor(() => expect(unscored()).toBe('Not scored0'));
  });

  it('shows finance the cash figures, DSO as the pure function computes it', async () => {
    const { user } = renderAt('/analytics?audience=manager&period=lastQuarter&scope=all');
    await screen.findByRole('heading', { name: 'Lead capture' });
    await user.click(screen.getByRole('radio', { name: 'Finance' }));
    await screen.findByRole('heading', { name: 'Cash' });
    const period = presetPeriod('lastQuarter', now);
    const dso = daysSalesOutstanding({
      invoices: year.invoices,
      period,
      reporting: reportingCurrency({ currencies: undefined, fallbackCurrency: 'CNY' }),
    });
    const expected =
      dso.days === undefined
        ? 'No data'
        : `${new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(dso.days)} d`;
    await waitFor(() => expect(screen.getByTestId('figure-dso').textContent).toBe(expected));
    expect(screen.getByRole('heading', { name: 'Receivables aging' })).toBeTruthy();
  });

  it('reads a custom date range from the URL and shows its from/to fields', async () => {
    renderAt('/analytics?audience=manager&period=custom&from=2026-03-01&to=2026-03-31&scope=all');
    const march = { start: '2026-03-01T00:00:00.000Z', end: '2026-04-01T00:00:00.000Z' };
    const captured = leadsInPeriod(year.leads, march).length;
    await waitFor(() =>
      expect(screen.getByTestId('figure-leadsCaptured').textContent).toBe(
        captured.toLocaleString('en'),
      ),
    );
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('2026-03-01');
    expect((screen.getByLabelText('To') as HTMLInputElement).value).toBe('2026-03-31');
  });
});
