import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../../shared/domain/activity.ts';
import { isDomainError } from '../../../shared/domain/DomainError.ts';
import { createLeadCommands } from '../leads/leadCommands.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { RecordValidationError } from '../records/RecordValidationError.ts';
import { collectionOf } from '../records/recordStore.ts';
import { openTestData, steppingClock } from '../testing/openTestData.ts';
import { createActivityCommands } from './activityCommands.ts';
import { bucketTasks, dueReminders, openTasksQuery, timelineQuery } from './activityQueries.ts';

let data: FieldbookData;
const user = { id: 'rep-1', role: 'rep' } as const;

beforeEach(async () => {
  data = await openTestData({ collections: ['leads', 'activities'] });
});
afterEach(async () => {
  await data.close();
});

async function aLead() {
  return createLeadCommands({ data, clock: steppingClock(), user }).createLead({
    lastName: '王',
    company: '星辰科技',
    phone: '138 0013 8000',
  });
}

describe('activity commands', () => {
  it('logs a call on a lead and shows it first on the timeline (index-served)', async () => {
    const lead = await aLead();
    const commands = createActivityCommands({ data, clock: steppingClock(), user });
    const related = { collection: 'leads', id: lead.id } as const;
    const visit = await commands.logActivity({ type: 'visit', subject: 'Booth chat', related });
    const call = await commands.logActivity({ type: 'call', subject: 'Follow-up', related });
    expect(call).toMatchObject({ ownerId: 'rep-1', done: true, contactIds: [], body: '' });
    expect(call.occurredAt > visit.occurredAt).toBe(true);

    const query = collectionOf(data, 'activities').find(timelineQuery(related));
    const plan = query.getPreparedQuery().queryPlan;
    expect(plan.index).toEqual(['_deleted', 'related.id', 'occurredAt', 'id']);
    expect(plan.selectorSatisfiedByIndex).toBe(true);
    expect(plan.sortSatisfiedByIndex).toBe(true);
    const docs = await query.exec();
    expect(docs.map((doc) => doc.get('subject'))).toEqual(['Booth chat', 'Follow-up']);
  });

  it('serves "my open tasks" by the [ownerId, type, done] index and completes a task', async () => {
    const lead = await aLead();
    const commands = createActivityCommands({ data, clock: steppingClock(), user });
    const task = await commands.logActivity({
      type: 'task',
      subject: 'Send the quote',
      related: { collection: 'leads', id: lead.id },
      dueAt: '2026-03-03T02:00:00.000Z',
      reminderAt: '2026-03-03T01:45:00.000Z',
    });
    expect(task).toMatchObject({ done: false, assigneeId: 'rep-1', occurredAt: task.dueAt });
    const query = collectionOf(data, 'activities').find(openTasksQuery('rep-1'));
    const plan = query.getPreparedQuery().queryPlan;
    expect(plan.index).toEqual(['_deleted', 'ownerId', 'type', 'done', 'id']);
    expect(plan.selectorSatisfiedByIndex).toBe(true);
    expect((await query.exec()).map((doc) => doc.primary)).toEqual([task.id]);

    const done = await commands.completeTask(task.id);
    expect(done).toMatchObject({ done: true, doneAt: expect.any(String) });
    expect(await query.exec()).toEqual([]);
  });

  it('refuses an empty subject with a field issue and an unknown record with notFound', async () => {
    const lead = await aLead();
    const commands = createActivityCommands({ data, clock: steppingClock(), user });
    const error = await commands
      .logActivity({ type: 'note', subject: '  ', related: { collection: 'leads', id: lead.id } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RecordValidationError);
    expect((error as RecordValidationError).issues).toContainEqual({
      field: 'subject',
      code: 'too_small',
    });
    const missing = await commands
      .logActivity({
        type: 'note',
        subject: 'x',
        related: { collection: 'leads', id: '0195a3c2-7f00-7000-8000-00000000dead' },
      })
      .catch((caught: unknown) => caught);
    expect(isDomainError(missing, 'notFound')).toBe(true);
  });

  it('deletes an activity (a tombstone that syncs)', async () => {
    const lead = await aLead();
    const commands = createActivityCommands({ data, clock: steppingClock(), user });
    const note = await commands.logActivity({
      type: 'note',
      subject: 'Likes blue',
      related: { collection: 'leads', id: lead.id },
    });
    await commands.deleteActivity(note.id);
    expect(await collectionOf(data, 'activities').findOne(note.id).exec()).toBeNull();
  });
});

describe('task buckets and reminders', () => {
  const task = (id: string, dueAt?: string, reminderAt?: string): Activity => ({
    id,
    ownerId: 'rep-1',
    createdAt: '2026-03-01T00:00:00.000Z',
    updatedAt: '2026-03-01T00:00:00.000Z',
    type: 'task',
    subject: id,
    body: '',
    related: { collection: 'leads', id: '0195a3c2-7f00-7000-8000-000000000001' },
    occurredAt: dueAt ?? '2026-03-01T00:00:00.000Z',
    contactIds: [],
    done: false,
    ...(dueAt ? { dueAt } : {}),
    ...(reminderAt ? { reminderAt } : {}),
  });

  it('splits open tasks into overdue, today and upcoming by the clock, soonest first', () => {
    const now = new Date(2026, 2, 2, 10, 0); // local 10:00
    const at = (day: number, hour: number) => new Date(2026, 2, day, hour).toISOString();
    const buckets = bucketTasks(
      [
        task('later', at(5, 9)),
        task('tonight', at(2, 22)),
        task('yesterday', at(1, 9)),
        task('this-morning', at(2, 8)),
        task('no-date'),
        task('soon', at(2, 11)),
      ],
      now,
    );
    expect(buckets.overdue.map((t) => t.id)).toEqual(['yesterday', 'this-morning']);
    expect(buckets.today.map((t) => t.id)).toEqual(['soon', 'tonight']);
    expect(buckets.upcoming.map((t) => t.id)).toEqual(['later', 'no-date']);
  });

  it('lists reminders whose time has come', () => {
    const now = new Date('2026-03-02T10:00:00.000Z');
    const due = dueReminders(
      [
        task('past', '2026-03-02T11:00:00.000Z', '2026-03-02T09:59:00.000Z'),
        task('future', '2026-03-02T12:00:00.000Z', '2026-03-02T10:01:00.000Z'),
        task('none', '2026-03-02T12:00:00.000Z'),
      ],
      now,
    );
    expect(due.map((t) => t.id)).toEqual(['past']);
  });
});
