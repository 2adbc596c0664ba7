import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../../shared/domain/activity.ts';
import { createLeadCommands } from '../leads/leadCommands.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { type CommandContext, collectionOf, plainRecord } from '../records/recordStore.ts';
import { openTestData, steppingClock } from '../testing/openTestData.ts';
import { assignLeads, createHotLeadTasks, followUpTaskId } from './followUpCommands.ts';

const collections = ['leads', 'activities'] as const;
let data: FieldbookData;
let manager: CommandContext;

beforeEach(async () => {
  data = await openTestData({ collections });
  manager = { data, clock: steppingClock(), user: { id: 'manager-1', role: 'manager' } };
});

afterEach(async () => {
  await data.close();
});

const tasks = async (db: FieldbookData) =>
  (await collectionOf(db, 'activities').find().exec()).map((doc) =>
    plainRecord<Activity>(doc._data),
  );

const input = (lead: { id: string; ownerId: string }) => ({
  leads: [{ id: lead.id, ownerId: lead.ownerId, label: '王丽' }],
  subject: (name: string) => `Follow up with ${name}`,
  dueAt: '2026-03-05T01:00:00.000Z',
});

describe('follow-up tasks for hot leads', () => {
  it('makes one task per lead however often it runs, and never brings back a deleted one', async () => {
    const lead = await createLeadCommands(manager).createLead({
      firstName: '丽',
      lastName: '王',
      email: 'wangli@example.cn',
      rating: 'hot',
    });
    expect(await createHotLeadTasks(manager, input(lead))).toEqual({ created: 1, existing: 0 });
    expect(await createHotLeadTasks(manager, input(lead))).toEqual({ created: 0, existing: 1 });
    const [task] = await tasks(data);
    expect(task).toMatchObject({
      id: followUpTaskId(lead.id),
      type: 'task',
      subject: 'Follow up with 王丽',
      related: { collection: 'leads', id: lead.id },
      assigneeId: 'manager-1',
      done: false,
    });
    const doc = await collectionOf(data, 'activities').findOne(followUpTaskId(lead.id)).exec();
    await doc?.remove();
    expect(await createHotLeadTasks(manager, input(lead))).toEqual({ created: 0, existing: 1 });
    expect(await tasks(data)).toHaveLength(0);
  });

  it('gives two devices the same task id for the same lead, so sync keeps one task', async () => {
    const other = await openTestData({ collections });
    try {
      const lead = { id: '0195f3a0-1234-7000-8000-00000000abcd', ownerId: 'rep-1' };
      await createHotLeadTasks(manager, input(lead));
      await createHotLeadTasks({ ...manager, data: other }, input(lead));
      const [a] = await tasks(data);
      const [b] = await tasks(other);
      expect(a?.id).toBe(b?.id);
      expect(a?.assigneeId).toBe('rep-1');
      expect(followUpTaskId(lead.id)).not.toBe(followUpTaskId(lead.id, 'otherRule'));
    } finally {
      await other.close();
    }
  });
});

describe('bulk assignment', () => {
  it('lets a manager give leads and their open follow-up tasks to a rep; reps may not', async () => {
    const commands = createLeadCommands(manager);
    const hot = await commands.createLead({ lastName: 'Hot', email: 'hot@example.com' });
    const cold = await commands.createLead({ lastName: 'Cold', email: 'cold@example.com' });
    await createHotLeadTasks(manager, input(hot));
    const rep: CommandContext = { ...manager, user: { id: 'rep-1', role: 'rep' } };
    await expect(assignLeads(rep, { leadIds: [hot.id], ownerId: 'rep-1' })).rejects.toMatchObject({
      code: 'roleNotAllowed',
    });
    expect(await assignLeads(manager, { leadIds: [hot.id, cold.id], ownerId: 'rep-2' })).toBe(2);
    const owners = (await data.leads.find().exec()).map((doc) => doc.ownerId);
    expect(owners).toEqual(['rep-2', 'rep-2']);
    expect((await tasks(data))[0]).toMatchObject({ ownerId: 'rep-2', assigneeId: 'rep-2' });
  });
});
