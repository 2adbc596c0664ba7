import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { Role } from '../../../../shared/domain/roles.ts';
import { App } from '../../../App.tsx';
import { createAccountCommands } from '../../../data/accounts/accountCommands.ts';
import type { FieldbookData } from '../../../data/index.ts';
import { createInvoiceCommands } from '../../../data/invoices/invoiceCommands.ts';
import { buildTestOrder, insertTestOrder } from '../../../data/invoices/invoiceTestData.ts';
import { openTestData } from '../../../data/testing/openTestData.ts';
import { setLocalProfile } from '../../../data/testing/setLocalProfile.ts';
import { createI18n } from '../../../i18n/createI18n.ts';
import { appRoutes } from '../../../routes.tsx';

export const people = {
  finance: '0190a000-0000-7000-8000-0000000000f1',
  rep: '0190a000-0000-7000-8000-0000000000a1',
} as const;

/** A real database with what the invoice and order screens (and the app frame) read. */
export function openInvoicesTestData(): Promise<FieldbookData> {
  return openTestData({
    collections: [
      'leads',
      'events',
      'activities',
      'accounts',
      'contacts',
      'opportunities',
      'settings',
      'products',
      'quotes',
      'orders',
      'invoices',
    ],
  });
}

/** Makes the local profile (who the app thinks is using it) finance or a rep. */
export function actAs(role: Extract<Role, 'finance' | 'rep'>): void {
  setLocalProfile({ id: people[role], name: role, role });
}

/** A clock tests move by whole days (never sleep). */
export function movableClock(startIso: string) {
  let ms = Date.parse(startIso);
  const clock = () => new Date(ms);
  return Object.assign(clock, {
    advanceDays(days: number) {
      ms += days * 86_400_000;
    },
  });
}

/**
 * An account with an order the warehouse shipped 3 of 4 scanners from (net 30), or the given
 * lines, order discount and shipments.
 */
export async function seedShippedOrder(
  data: FieldbookData,
  clock: () => Date,
  order: Pick<Parameters<typeof buildTestOrder>[0], 'lines' | 'shipments' | 'orderDiscountBps'> = {
    lines: [{ description: 'Handheld scanner', quantity: 4, unitPrice: 1000_00 }],
    shipments: [[2], [1]],
  },
) {
  const context = { data, clock, user: { id: people.finance, role: 'finance' as const } };
  const account = await createAccountCommands(context).createAccount({ name: '杭州云帆科技' });
  const stored = await insertTestOrder(
    data,
    buildTestOrder({
      ownerId: people.rep,
      accountId: account.id,
      now: clock(),
      number: 'SO-2026-A2-0007',
      paymentTermsDays: 30,
      ...order,
    }),
  );
  return { account, order: stored, invoices: createInvoiceCommands(context) };
}

/** The whole app at `path` on real data with an injected clock. */
export function renderInvoicesApp(data: FieldbookData, path: string, clock: () => Date) {
  const i18n = createI18n('en');
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <App data={data} i18n={i18n} env="test" clock={clock}>
      <RouterProvider router={router} />
    </App>,
  );
  return { ...view, user, router };
}
