import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldbookData } from '../data/index.ts';
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
  data = await openTicketsTestData();
});

afterEach(async () => {
  cleanup();
  await data.close();
});

async function storedTicket(id: string) {
  return (await data.db.collections.tickets?.findOne(id).exec())?.toJSON();
}

async function seedTicket(clock: () => Date) {
  const seed = seedCommands(data, clock);
  const account = await seed.accounts.createAccount({ name: 'Harbor Logistics' });
  return seed.tickets.openTicket({
    accountId: account.id,
    subject: 'Scanner pairing fails',
    description: 'Bluetooth pairing drops after a minute.',
    priority: 'high',
  });
}

describe('ticket detail', () => {
  it('records the first response, logs a call, resolves with a resolution and closes', async () => {
    actAs(people.rep);
    const time = movableClock(opened);
    const ticket = await seedTicket(time.clock);
    time.advanceMinutes(20);
    const { user } = renderTicketsApp(data, `/tickets/${ticket.id}`, time.clock);
    await screen.findByRole('heading', { name: 'Scanner pairing fails', level: 1 });
    const firstResponse = screen.getByTestId('sla-first-response');
    expect(within(firstResponse).getByText('3 h 40 min left')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Record first response' }));
    await waitFor(() => expect(within(firstResponse).getByText('Met')).toBeTruthy());
    expect((await storedTicket(ticket.id))?.sla.firstRespondedAt).toBe('2026-03-21T01:20:00.000Z');
    expect(screen.queryByRole('button', { name: 'Record first response' })).toBeNull();

    await user.type(screen.getByLabelText('What happened?'), 'Called back, walked through reset');
    await user.keyboard('{Enter}');
    const timeline = await screen.findByRole('list', { name: 'Timeline' });
    await within(timeline).findByText('Called back, walked through reset');

    await user.click(screen.getByRole('button', { name: 'Start work' }));
    await waitFor(() => expect(screen.getAllByText('In progress').length).toBeGreaterThan(0));

    time.advanceMinutes(60);
    await user.click(screen.getByRole('button', { name: 'Resolve' }));
    const dialog = await screen.findByRole('dialog', { name: `Resolve ticket ${ticket.number}` });
    await user.click(within(dialog).getByRole('button', { name: 'Resolve ticket' }));
    expect(within(dialog).getByText('Describe how it was resolved.')).toBeTruthy();
    await user.type(within(dialog).getByLabelText(/Resolution/), 'Firmware 2.1 installed');
    await user.click(within(dialog).getByRole('button', { name: 'Resolve ticket' }));
    await waitFor(async () =>
      expect(await storedTicket(ticket.id)).toMatchObject({
        status: 'resolved',
        resolution: 'Firmware 2.1 installed',
        sla: { resolvedAt: expect.any(String) },
      }),
    );
    expect(screen.getByTestId('ticket-resolution').textContent).toBe('Firmware 2.1 installed');
    expect(within(screen.getByTestId('sla-resolution')).getByText('Met')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Close ticket' }));
    await waitFor(async () => expect((await storedTicket(ticket.id))?.status).toBe('closed'));
    // Only a manager reopens a closed ticket.
    expect(screen.queryByRole('button', { name: 'Reopen' })).toBeNull();
  });

  it('lets a manager reopen a closed ticket only with a reason, kept on its timeline', async () => {
    const time = movableClock(opened);
    const ticket = await seedTicket(time.clock);
    const rep = seedCommands(data, time.clock).tickets;
    await rep.changeStatus(ticket.id, { to: 'resolved', resolution: 'Reset' });
    await rep.changeStatus(ticket.id, { to: 'closed' });
    actAs(people.manager);
    const { user } = renderTicketsApp(data, `/tickets/${ticket.id}`, time.clock);
    await user.click(await screen.findByRole('button', { name: 'Reopen' }));
    const dialog = await screen.findByRole('dialog', { name: `Reopen ticket ${ticket.number}` });
    await user.click(within(dialog).getByRole('button', { name: 'Reopen ticket' }));
    expect(within(dialog).getByText('Enter a reason.')).toBeTruthy();
    expect((await storedTicket(ticket.id))?.status).toBe('closed');
    await user.type(within(dialog).getByLabelText(/Why reopen it/), 'Fault came back');
    await user.click(within(dialog).getByRole('button', { name: 'Reopen ticket' }));
    await waitFor(async () => expect((await storedTicket(ticket.id))?.status).toBe('in_progress'));
    const timeline = await screen.findByRole('list', { name: 'Timeline' });
    expect(await within(timeline).findByText('Fault came back')).toBeTruthy();
  });

  it('moves the SLA deadlines with the priority and takes an assignee', async () => {
    actAs(people.rep);
    const time = movableClock(opened);
    const ticket = await seedTicket(time.clock);
    const { user } = renderTicketsApp(data, `/tickets/${ticket.id}`, time.clock);
    await screen.findByRole('heading', { name: 'Scanner pairing fails', level: 1 });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Priority' }), 'urgent');
    await waitFor(async () =>
      expect((await storedTicket(ticket.id))?.sla.firstResponseDueAt).toBe(
        '2026-03-21T02:00:00.000Z',
      ),
    );
    expect(within(screen.getByTestId('sla-first-response')).getByText('1 h left')).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Assignee' }), people.rep.id);
    await waitFor(async () =>
      expect((await storedTicket(ticket.id))?.assigneeId).toBe(people.rep.id),
    );
  });
});
