import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createContactCommands } from '../data/contacts/contactCommands.ts';
import type { FieldbookData } from '../data/index.ts';
import { createProductCommands } from '../data/products/productCommands.ts';
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
    // A call back takes the new ticket in hand: no "Start work" left to press.
    await waitFor(() => expect(screen.getAllByText('In progress').length).toBeGreaterThan(0));
    expect(screen.queryByRole('button', { name: 'Start work' })).toBeNull();
    expect((await storedTicket(ticket.id))?.sla.firstRespondedAt).toBe('2026-03-21T01:20:00.000Z');

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

async function seedContactAndProduct(clock: () => Date, accountId: string) {
  const context = { data, clock, user: { id: people.manager.id, role: 'manager' as const } };
  const anna = await createContactCommands(context).createContact({
    accountId,
    firstName: 'Anna',
    lastName: 'Keller',
  });
  const scanner = await createProductCommands(context).createProduct({
    sku: 'FB-SCN-200',
    name: { zh: '手持扫描枪', en: 'Handheld scanner' },
    unit: 'piece',
    prices: [{ amount: 129_900, currency: 'CNY' }],
    taxRateBps: 1300,
  });
  return { anna, scanner };
}

describe('after the ticket is opened', () => {
  it('corrects the subject, description, contact and product', async () => {
    actAs(people.rep);
    const time = movableClock(opened);
    const ticket = await seedTicket(time.clock);
    const { anna, scanner } = await seedContactAndProduct(time.clock, ticket.accountId);
    const { user } = renderTicketsApp(data, `/tickets/${ticket.id}`, time.clock);
    await screen.findByRole('heading', { name: 'Scanner pairing fails', level: 1 });

    await user.click(screen.getByRole('button', { name: 'Edit details' }));
    const dialog = await screen.findByRole('dialog', { name: `Edit ticket ${ticket.number}` });
    const subject = within(dialog).getByRole('textbox', { name: /Subject/ });
    await user.clear(subject);
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(within(dialog).getByText('Enter a subject.')).toBeTruthy();
    await user.type(subject, 'Scanner loses Bluetooth pairing');
    const description = within(dialog).getByRole('textbox', { name: 'Description' });
    await user.clear(description);
    await user.type(description, 'Drops after 60 s on firmware 2.3.');
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Contact' }),
      'Anna Keller',
    );
    await user.click(within(dialog).getByRole('combobox', { name: 'Product' }));
    await user.click(await screen.findByRole('option', { name: 'FB-SCN-200 · Handheld scanner' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(
      await screen.findByRole('heading', { name: 'Scanner loses Bluetooth pairing', level: 1 }),
    ).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Anna Keller' })).toBeTruthy();
    expect(await storedTicket(ticket.id)).toMatchObject({
      subject: 'Scanner loses Bluetooth pairing',
      description: 'Drops after 60 s on firmware 2.3.',
      contactId: anna.id,
      productId: scanner.id,
      number: ticket.number,
      priority: 'high',
    });
  });

  it('lists a contact’s tickets on the contact page and opens a new one for them', async () => {
    actAs(people.rep);
    const time = movableClock(opened);
    const ticket = await seedTicket(time.clock);
    const { anna } = await seedContactAndProduct(time.clock, ticket.accountId);
    const tickets = seedCommands(data, time.clock).tickets;
    await tickets.editDetails(ticket.id, {
      subject: ticket.subject,
      description: ticket.description,
      contactId: anna.id,
    });
    // Another ticket of the same customer, not about Anna: not on her page.
    await tickets.openTicket({
      accountId: ticket.accountId,
      subject: 'Invoice address wrong',
      priority: 'low',
    });
    const { user } = renderTicketsApp(data, `/contacts/${anna.id}`, time.clock);
    const section = await screen.findByRole('region', { name: 'Service tickets' });
    expect(await within(section).findByRole('link', { name: ticket.number })).toBeTruthy();
    expect(within(section).getByText('Scanner pairing fails')).toBeTruthy();
    expect(within(section).queryByText('Invoice address wrong')).toBeNull();
    await user.click(within(section).getByRole('button', { name: 'New ticket for Anna Keller' }));
    const form = await screen.findByRole('dialog', { name: 'New ticket' });
    const contact = within(form).getByRole('combobox', { name: 'Contact' });
    await waitFor(() => expect((contact as HTMLSelectElement).value).toBe(anna.id));

    // Taken off the ticket, the contact's page no longer lists it.
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    await tickets.editDetails(ticket.id, {
      subject: ticket.subject,
      description: ticket.description,
    });
    expect(await within(section).findByText('No tickets for this contact.')).toBeTruthy();
    expect((await storedTicket(ticket.id))?.contactId).toBeUndefined();
  });
});
