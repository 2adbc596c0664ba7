import { cleanup, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { exampleRecords } from '../../../../shared/domain/exampleRecords.ts';
import { AppProviders } from '../../../App.tsx';
import type { AnalyticsRecords } from '../../../data/analytics/analyticsMirrors.ts';
import { createI18n } from '../../../i18n/createI18n.ts';
import type { SupportedLanguage } from '../../../i18n/languages.ts';
import { NextBestActionsList } from './NextBestActionsList.tsx';

const now = new Date('2026-11-20T10:00:00.000Z');

const deal = (id: string, name: string, expectedCloseDate: string) => ({
  ...exampleRecords.opportunities,
  id,
  ownerId: 'rep-1',
  name,
  stage: 'negotiation' as const,
  expectedCloseDate,
});

const records: AnalyticsRecords = {
  leads: [],
  activities: [
    {
      ...exampleRecords.activities,
      id: 'task-1',
      ownerId: 'rep-1',
      type: 'task',
      subject: 'Send the revised quote',
      done: false,
      dueAt: '2026-11-19T09:00:00.000Z',
    },
  ],
  opportunities: [
    deal('deal-tomorrow', 'Tomorrow deal', '2026-11-21'),
    deal('deal-yesterday', 'Yesterday deal', '2026-11-19'),
    deal('deal-later', 'Later deal', '2026-11-25'),
    deal('deal-past', 'Past deal', '2026-11-05'),
  ],
  quotes: [],
  orders: [],
  invoices: [],
  tickets: [],
  events: [],
};

function renderList(language: SupportedLanguage) {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: <NextBestActionsList records={records} userId="rep-1" now={now} />,
      },
    ],
    { initialEntries: ['/'] },
  );
  render(
    <AppProviders i18n={createI18n(language)} env="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );
}

afterEach(cleanup);

describe('next best actions list', () => {
  it('says how many days in words that fit the count, never a negative number', () => {
    renderList('en');
    expect(screen.getByText(/^overdue by 1 day \(/)).toBeTruthy();
    expect(screen.getByText(/closes tomorrow \(/)).toBeTruthy();
    expect(screen.getByText(/close date passed yesterday \(/)).toBeTruthy();
    expect(screen.getByText(/closes in 5 days \(/)).toBeTruthy();
    expect(screen.getByText(/close date passed 15 days ago \(/)).toBeTruthy();
    expect(screen.queryByText(/-\d+ days/)).toBeNull();
  });

  it('reads the same in Chinese', () => {
    renderList('zh-CN');
    expect(screen.getByText(/^已逾期 1 天（/)).toBeTruthy();
    expect(screen.getByText(/预计成交日已过 15 天（/)).toBeTruthy();
    expect(screen.getByText(/5 天后预计成交（/)).toBeTruthy();
  });
});
