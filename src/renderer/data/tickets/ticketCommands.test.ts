import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccountCommands } from '../accounts/accountCommands.ts';
import { createActivityCommands } from '../activities/activityCommands.ts';
import { createContactCommands } from '../contacts/contactCommands.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { readSetting } from '../settings/settingsStore.ts';
import { openTestData, steppingClock } from '../testing/openTestData.ts';
import { saveServiceLevels } from './serviceLevelsCommands.ts';
import { createTicketCommands } from './ticketCommands.ts';

let data: FieldbookData;
const rep = { id: '0190a000-0000-7000-8000-0000000000a1', role: 'rep' as const };
const manager = { id: '0190a000-0000-7000-8000-0000000000a2', role: 'manager' as const };

beforeEach(async () => {
  localStorage.clear();
  data = await openTestData({
    collections: ['leads', 'activities', 'accounts', 'contacts', 'settings', 'tickets'],
  });
});

afterEach(async () => {
  await data.close();
});

async function storedTickets() {
  return (await data.db.collections.tickets?.find().exec())?.map((doc) => doc.toJSON()) ?? [];
}

describe('ticket commands', () => {
  it('numbers tickets opened at once from the device series, each number once', async () => {
    const clock = steppingClock('2026-03-21T01:00:00.000Z');
    const account = await createAccountCommands({ data, clock, user: rep }).createAccount({
      name: 'Harbor Logistics',
    });
    const tickets = createTicketCommands({ data, clock, user: rep });
    const opened = await Promise.all(
      ['A', 'B', 'C'].map((subject) =>
        tickets.openTicket({ accountId: account.id, subject, priority: 'normal' }),
      ),
    );
    const numbers = opened.map((ticket) => ticket.number).sort();
    expect(new Set(numbers).size).toBe(3);
    expect(numbers.map((number) => number.slice(-4))).toEqual(['0001', '0002', '0003']);
    // A fresh command set (a restart) continues after what is stored.
    const later = await createTicketCommands({ data, clock, user: rep }).openTicket({
      accountId: account.id,
      subject: 'D',
      priority: 'low',
    });
    expect(later.number.slice(-4)).toBe('0004');
  });

  it('refuses a contact of another account, an unknown account and an empty subject, writing nothing', async () => {
    const clock = steppingClock();
    const accounts = createAccountCommands({ data, clock, user: rep });
    const harbor = await accounts.createAccount({ name: 'Harbor Logistics' });
    const other = await accounts.createAccount({ name: 'Nordlicht GmbH' });
    const contact = await createContactCommands({ data, clock, user: rep }).createContact({
      accountId: other.id,
      firstName: 'Anna',
      lastName: 'Berg',
    });
    const tickets = createTicketCommands({ data, clock, user: rep });
    await expect(
      tickets.openTicket({
        accountId: harbor.id,
        contactId: contact.id,
        subject: 'Wrong contact',
        priority: 'normal',
      }),
    ).rejects.toMatchObject({ issues: [{ field: 'contactId', code: 'accountMismatch' }] });
    await expect(
      tickets.openTicket({
        accountId: '0190a000-0000-7000-8000-0000000000ff',
        subject: 'Nobody',
        priority: 'normal',
      }),
    ).rejects.toMatchObject({ code: 'notFound' });
    await expect(
      tickets.openTicket({ accountId: harbor.id, subject: '  ', priority: 'normal' }),
    ).rejects.toMatchObject({ code: 'subjectRequired' });
    expect(await storedTickets()).toEqual([]);
  });

  it('lets only managers save SLA targets, and refuses a priority given twice', async () => {
    const clock = steppingClock();
    const value = {
      kind: 'serviceLevels' as const,
      targets: [{ priority: 'high' as const, firstResponseMinutes: 60, resolutionMinutes: 240 }],
    };
    await expect(saveServiceLevels({ data, clock, user: rep }, value)).rejects.toMatchObject({
      code: 'roleNotAllowed',
    });
    await expect(
      saveServiceLevels(
        { data, clock, user: manager },
        { ...value, targets: [...value.targets, ...value.targets] },
      ),
    ).rejects.toMatchObject({ issues: [{ code: 'duplicatePriority' }] });
    expect(await readSetting(data, 'serviceLevels')).toBeUndefined();
    await saveServiceLevels({ data, clock, user: manager }, value);
    expect((await readSetting(data, 'serviceLevels'))?.value).toEqual(value);
  });

  it('corrects a ticket’s details but refuses another customer’s contact or an empty subject', async () => {
    const clock = steppingClock();
    const accounts = createAccountCommands({ data, clock, user: rep });
    const harbor = await accounts.createAccount({ name: 'Harbor Logistics' });
    const other = await accounts.createAccount({ name: 'Nordlicht GmbH' });
    const contacts = createContactCommands({ data, clock, user: rep });
    const own = await contacts.createContact({
      accountId: harbor.id,
      firstName: 'Li',
      lastName: 'Na',
    });
    const foreign = await contacts.createContact({
      accountId: other.id,
      firstName: 'Anna',
      lastName: 'Berg',
    });
    const tickets = createTicketCommands({ data, clock, user: rep });
    const ticket = await tickets.openTicket({
      accountId: harbor.id,
      subject: 'Scanner',
      priority: 'high',
    });
    await expect(
      tickets.editDetails(ticket.id, {
        subject: 'Scanner',
        description: '',
        contactId: foreign.id,
      }),
    ).rejects.toMatchObject({ issues: [{ field: 'contactId', code: 'accountMismatch' }] });
    await expect(
      tickets.editDetails(ticket.id, { subject: ' ', description: 'x' }),
    ).rejects.toMatchObject({ code: 'subjectRequired' });
    expect(await storedTickets()).toEqual([ticket]);

    const edited = await tickets.editDetails(ticket.id, {
      subject: '  Scanner drops pairing ',
      description: ' After 60 s. ',
      contactId: own.id,
    });
    expect(edited).toMatchObject({
      subject: 'Scanner drops pairing',
      description: 'After 60 s.',
      contactId: own.id,
      sla: ticket.sla,
      status: 'new',
    });
    expect(edited.updatedAt > ticket.updatedAt).toBe(true);
  });

  it('takes a call logged on a new ticket as its first response, and a note not', async () => {
    const clock = steppingClock('2026-03-21T01:00:00.000Z');
    const account = await createAccountCommands({ data, clock, user: rep }).createAccount({
      name: '上海宏通机械有限公司',
    });
    const tickets = createTicketCommands({ data, clock, user: rep });
    const ticket = await tickets.openTicket({
      accountId: account.id,
      subject: '条码识别率低',
      priority: 'urgent',
    });
    const activities = createActivityCommands({ data, clock, user: rep });
    const related = { collection: 'tickets' as const, id: ticket.id };
    await activities.logActivity({ type: 'note', subject: '客户发来了照片', related });
    expect((await storedTickets())[0]).toMatchObject({ status: 'new', sla: {} });
    expect((await storedTickets())[0]?.sla).not.toHaveProperty('firstRespondedAt');

    const reply = await activities.logActivity({
      type: 'call',
      subject: '已电话联系客户，约好明天上门',
      related,
    });
    const [stored] = await storedTickets();
    expect(stored).toMatchObject({
      status: 'in_progress',
      sla: { firstRespondedAt: reply.occurredAt },
      updatedAt: reply.createdAt,
    });
    expect(stored?.sla.firstRespondedAt).toBe(reply.occurredAt);
  });
});
