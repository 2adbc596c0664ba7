import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldbookData } from '../../../data/index.ts';
import { setLocalProfile } from '../../../data/testing/setLocalProfile.ts';
import { repId, seedConfirmedOrder, seedScene } from '../../orders/testing/ordersTestData.ts';
import {
  movableClock,
  openTicketsTestData,
  renderTicketsApp,
} from '../testing/ticketsTestData.tsx';

let data: FieldbookData;

beforeEach(async () => {
  localStorage.clear();
  setLocalProfile({ id: repId, name: 'rep', role: 'rep' });
  data = await openTicketsTestData();
});

afterEach(async () => {
  cleanup();
  await data.close();
});

describe('tickets of an order', () => {
  it('opens a ticket from the order page with the customer and the order filled in', async () => {
    const scene = await seedScene(data);
    const order = await seedConfirmedOrder(data, scene, 2000);
    const time = movableClock(new Date().toISOString());
    const { user } = renderTicketsApp(data, `/orders/${order.id}`, time.clock);

    const section = await screen.findByRole('region', { name: 'Service tickets' });
    await user.click(await within(section).findByRole('button', { name: 'Open ticket' }));
    const dialog = await screen.findByRole('dialog', { name: 'New ticket' });
    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: 'Order' })).toHaveProperty(
        'value',
        order.number,
      ),
    );
    expect(within(dialog).getByRole('textbox', { name: 'Account' })).toHaveProperty(
      'value',
      'Nordlicht GmbH',
    );
    await user.type(within(dialog).getByRole('textbox', { name: /Subject/ }), 'One scanner DOA');
    await user.click(within(dialog).getByRole('button', { name: 'Open ticket' }));

    await screen.findByRole('heading', { name: 'One scanner DOA', level: 1 });
    const stored = (await data.db.collections.tickets?.find().exec())?.map((doc) => doc.toJSON());
    expect(stored?.[0]).toMatchObject({ accountId: scene.account.id, orderId: order.id });
    await user.click(await screen.findByRole('link', { name: order.number }));
    const again = await screen.findByRole('region', { name: 'Service tickets' });
    expect(await within(again).findByRole('row', { name: /One scanner DOA/ })).toBeTruthy();
  });
});
