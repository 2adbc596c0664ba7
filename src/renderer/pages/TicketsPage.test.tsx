import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FieldbookData } from '../data/index.ts';
import { saveServiceLevels } from '../data/tickets/serviceLevelsCommands.ts';
import {
  actAs,
  movableClock,
  openTicketsTestData,
  people,
  renderTicketsApp,
  seedCommands,
} from '../modules/tickets/testing/ticketsTestData.tsx';

let data: FieldbookData;
const opened = '2026-03-21T01:00:00.000Z';

beforeEach(async () => {
  localStorage.clear();
  actAs(people.rep);
  data = await openTicketsTestData();
});

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await data.close();
});

function rowOf(name: string | RegExp) {
  return screen.getByRole('row', { name });
}

describe('tickets list', () => {
  it('opens a ticket against an account with the SLA targets from settings', async () => {
    const time = movableClock(opened);
    const seed = seedCommands(data, time.clock, people.manager);
    await seed.accounts.createAccount({ name: 'Harbor Logistics' });
    await saveServiceLevels(
      { data, clock: time.clock, user: people.manager },
      {
        kind: 'serviceLevels',
        targets: [{ priority: 'high', firstResponseMinutes: 120, resolutionMinutes: 480 }],
      },
    );
    const { user } = renderTicketsApp(data, '/tickets', time.clock);
    await screen.findByText('No tickets yet. Open one when a customer reports a problem.');

    await user.click(screen.getByRole('button', { name: 'New ticket' }));
    const dialog = await screen.findByRole('dialog', { name: 'New ticket' });
    await user.click(within(dialog).getByRole('button', { name: 'Open ticket' }));
    expect(within(dialog).getByText('Choose the customer’s account.')).toBeTruthy();
    expect(within(dialog).getByText('Enter a subject.')).toBeTruthy();

    await user.click(within(dialog).getByRole('combobox', { name: /Account/ }));
    await user.click(await screen.findByRole('option', { name: 'Harbor Logistics' }));
    await user.type(
      within(dialog).getByRole('textbox', { name: /Subject/ }),
      'Scanner pairing fails',
    );
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Priority' }), 'high');
    expect(
      within(dialog).getByText(
        'Targets for High: first response within 2 h, resolution within 8 h.',
      ),
    ).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Open ticket' }));

    expect(
      await screen.findByRole('heading', { name: 'Scanner pairing fails', level: 1 }),
    ).toBeTruthy();
    const stored = (await data.db.collections.tickets?.find().exec())?.map((doc) => doc.toJSON());
    expect(stored).toHaveLength(1);
    expect(stored?.[0]).toMatchObject({
      status: 'new',
      priority: 'high',
      ownerId: people.rep.id,
      sla: {
        firstResponseDueAt: '2026-03-21T03:00:00.000Z',
        resolutionDueAt: '2026-03-21T09:00:00.000Z',
      },
    });
    expect(String(stored?.[0]?.number)).toMatch(/^T-2026-L[A-Z]{4}\d-0001$/);
    expect(within(screen.getByTestId('sla-first-response')).getByText('2 h left')).toBeTruthy();
  });

  it('shows the SLA breach once the app clock passes the deadline, and filters breached tickets', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const time = movableClock(opened);
    const seed = seedCommands(data, time.clock);
    const account = await seed.accounts.createAccount({ name: 'Nordlicht GmbH' });
    const urgent = await seed.tickets.openTicket({
      accountId: account.id,
      subject: 'Line stopped',
      priority: 'urgent',
    });
    const low = await seed.tickets.openTicket({
      accountId: account.id,
      subject: 'Manual missing',
      priority: 'low',
    });
    expect(low.number).not.toBe(urgent.number);
    time.advanceMinutes(30);
    const { user } = renderTicketsApp(data, '/tickets', time.clock);

    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(3));
    expect(within(rowOf(/Line stopped/)).getByText('Response: 30 min left')).toBeTruthy();
    expect(within(rowOf(/Line stopped/)).getByText('Resolution: 7 h 30 min left')).toBeTruthy();

    // 90 minutes later the urgent ticket is 60 minutes past its first-response target.
    time.advanceMinutes(90);
    act(() => {
      vi.advanceTimersByTime(30_000);
    });
    await waitFor(() =>
      expect(within(rowOf(/Line stopped/)).getByText('Response: 1 h late')).toBeTruthy(),
    );
    expect(within(rowOf(/Manual missing/)).getByText('Response: 22 h left')).toBeTruthy();

    await user.click(screen.getByRole('checkbox', { name: 'Breached only' }));
    await waitFor(() => expect(screen.queryByRole('row', { name: /Manual missing/ })).toBeNull());
    expect(rowOf(/Line stopped/)).toBeTruthy();
    expect(screen.getByText('1 ticket')).toBeTruthy();

    await user.click(screen.getByRole('checkbox', { name: 'Breached only' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Priority' }), 'low');
    await waitFor(() => expect(screen.queryByRole('row', { name: /Line stopped/ })).toBeNull());
    expect(rowOf(/Manual missing/)).toBeTruthy();
  });

  it('opens a ticket from the account page with the account filled in', async () => {
    const time = movableClock(opened);
    const account = await seedCommands(data, time.clock).accounts.createAccount({
      name: 'Acme Logistics',
    });
    const { user } = renderTicketsApp(data, `/accounts/${account.id}`, time.clock);
    const section = await screen.findByRole('region', { name: 'Service tickets' });
    expect(within(section).getByText('No tickets yet.')).toBeTruthy();
    await user.click(within(section).getByRole('button', { name: 'New ticket' }));
    const dialog = await screen.findByRole('dialog', { name: 'New ticket' });
    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: 'Account' })).toHaveProperty(
        'value',
        'Acme Logistics',
      ),
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: /Subject/ }),
      'Invoice address wrong',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Open ticket' }));
    await screen.findByRole('heading', { name: 'Invoice address wrong', level: 1 });

    await user.click(await screen.findByRole('link', { name: 'Acme Logistics' }));
    const again = await screen.findByRole('region', { name: 'Service tickets' });
    expect(await within(again).findByRole('row', { name: /Invoice address wrong/ })).toBeTruthy();
  });
});
