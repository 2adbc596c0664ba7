import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleRecords } from '../../shared/domain/exampleRecords.ts';
import { App } from '../App.tsx';
import type { FieldbookData } from '../data/index.ts';
import { openTestData } from '../data/testing/openTestData.ts';
import { createI18n } from '../i18n/createI18n.ts';
import { appRoutes } from '../routes.tsx';

let data: FieldbookData;

beforeEach(async () => {
  localStorage.clear();
  data = await openTestData({ collections: ['leads', 'events', 'products', 'orders', 'settings'] });
});

afterEach(async () => {
  cleanup();
  await data.close();
});

describe('catalog', () => {
  it('shows what is available of each stocked product: on hand minus what open orders hold', async () => {
    const product = exampleRecords.products;
    await data.db.collections.products?.insert({
      ...product,
      stockMovements: [
        {
          id: 'receipt-1',
          productId: product.id,
          kind: 'receipt',
          quantityMilli: 50_000,
          reference: 'PO-2026-118',
          at: '2026-03-01T08:00:00.000Z',
          by: 'manager-1',
        },
      ],
    });
    // A service: sold without stock, so its row says so instead of counting it short.
    const installation = {
      ...product,
      id: '0195a3c2-7f00-7000-8000-0000000000f1',
      sku: 'FB-SVC-INST',
      name: { zh: '现场安装', en: 'On-site installation' },
      kind: 'service' as const,
      stockMovements: [],
    };
    await data.db.collections.products?.insert(installation);
    // The example order: 20 scanners ordered, 10 shipped, so 10 still reserved; and 3
    // installations, which hold nothing.
    await data.db.collections.orders?.insert({
      ...exampleRecords.orders,
      lines: [
        ...exampleRecords.orders.lines,
        {
          id: '0195a3c2-7f00-7000-8000-0000000000f2',
          productId: installation.id,
          sku: installation.sku,
          description: 'On-site installation',
          unit: 'piece',
          quantityMilli: 3_000,
          unitPrice: 80_000,
          discountBps: 0,
          taxRateBps: 600,
        },
      ],
    });
    const router = createMemoryRouter(appRoutes, { initialEntries: ['/catalog'] });
    render(
      <App data={data} i18n={createI18n('en')} env="test">
        <RouterProvider router={router} />
      </App>,
    );
    const table = await screen.findByRole('table', { name: 'Catalog' });
    const row = within(table).getByRole('row', { name: /FB-SCN-200/ });
    // On hand 50 − 10 shipped = 40; 10 reserved: 30 available.
    await waitFor(() =>
      expect(within(row).getByTitle('On hand 40, reserved 10').textContent).toBe('30'),
    );
    const service = within(table).getByRole('row', { name: /FB-SVC-INST/ });
    expect(within(service).getByText('Service')).toBeTruthy();
    expect(within(service).queryByText('-3')).toBeNull();
  });
});
