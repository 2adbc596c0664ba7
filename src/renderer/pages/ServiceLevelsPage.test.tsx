import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldbookData } from '../data/index.ts';
import { readSetting } from '../data/settings/settingsStore.ts';
import {
  actAs,
  movableClock,
  openTicketsTestData,
  people,
  renderTicketsApp,
  seedCommands,
} from '../modules/tickets/testing/ticketsTestData.tsx';

let data: FieldbookData;
const time = movableClock('2026-03-21T01:00:00.000Z');

beforeEach(async () => {
  localStorage.clear();
  data = await openTicketsTestData();
});

afterEach(async () => {
  cleanup();
  await data.close();
});

describe('service level targets', () => {
  it('shows the defaults, what an edit changes, refuses bad minutes and saves the setting', async () => {
    actAs(people.manager);
    const { user } = renderTicketsApp(data, '/settings/service', time.clock);
    await screen.findByRole('heading', { name: 'Service levels', level: 1 });
    expect(screen.getByText('No targets saved yet: these are the defaults.')).toBeTruthy();
    const high = screen.getByRole('textbox', { name: 'First response minutes, High' });
    expect(high).toHaveProperty('value', '240');

    await user.clear(high);
    await user.type(high, '120');
    const changes = screen.getByRole('region', { name: 'What changes' });
    expect(within(changes).getByText('High First response: 4 h → 2 h')).toBeTruthy();

    const urgentResolution = screen.getByRole('textbox', { name: 'Resolution minutes, Urgent' });
    await user.clear(urgentResolution);
    await user.type(urgentResolution, '30');
    await user.click(screen.getByRole('button', { name: 'Save service levels' }));
    expect(
      await screen.findByText('Resolution cannot come before the first response.'),
    ).toBeTruthy();
    expect(await readSetting(data, 'serviceLevels')).toBeUndefined();

    await user.clear(urgentResolution);
    await user.type(urgentResolution, '480');
    await user.click(screen.getByRole('button', { name: 'Save service levels' }));
    await waitFor(async () =>
      expect((await readSetting(data, 'serviceLevels'))?.value.targets).toContainEqual({
        priority: 'high',
        firstResponseMinutes: 120,
        resolutionMinutes: 1440,
      }),
    );

    // New tickets take the saved targets.
    const seed = seedCommands(data, time.clock);
    const account = await seed.accounts.createAccount({ name: 'Harbor Logistics' });
    const ticket = await seed.tickets.openTicket({
      accountId: account.id,
      subject: 'Pairing',
      priority: 'high',
    });
    expect(ticket.sla.firstResponseDueAt).toBe('2026-03-21T03:00:00.000Z');
  });

  it('is read-only for a rep', async () => {
    actAs(people.rep);
    renderTicketsApp(data, '/settings/service', time.clock);
    expect(
      await screen.findByText('Only managers and admins can change service levels.'),
    ).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'First response minutes, Low' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(screen.queryByRole('button', { name: 'Save service levels' })).toBeNull();
  });
});
