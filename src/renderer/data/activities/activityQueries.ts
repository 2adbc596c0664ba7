import type { MangoQuery } from 'rxdb';
import type { Activity, RelatedRecord } from '../../../shared/domain/activity.ts';

/**
 * One record's timeline, with the timelines of the records rolled up into it (an account's
 * contacts and deals), served by the `[related.id, occurredAt]` index (oldest first).
 */
export function timelineQuery(
  related: RelatedRecord,
  rolledUp: readonly RelatedRecord[] = [],
): MangoQuery<Activity> {
  const ids = [related.id, ...rolledUp.map((record) => record.id)];
  return {
    selector: {
      'related.id': ids.length === 1 ? related.id : { $in: ids },
    } as MangoQuery<Activity>['selector'],
    sort: [{ occurredAt: 'asc' } as never],
    index: ['related.id', 'occurredAt'],
  };
}

/** A user's open tasks, served by the `[ownerId, type, done]` index. */
export function openTasksQuery(userId: string): MangoQuery<Activity> {
  return {
    selector: { ownerId: userId, type: 'task', done: false },
    index: ['ownerId', 'type', 'done'],
  };
}

/** Newest first; ties by id (UUIDv7, so creation order) keep the order stable. */
export function newestFirst(activities: readonly Activity[]): Activity[] {
  return [...activities].sort((a, b) =>
    a.occurredAt === b.occurredAt ? b.id.localeCompare(a.id) : a.occurredAt < b.occurredAt ? 1 : -1,
  );
}

export type TaskBuckets = { overdue: Activity[]; today: Activity[]; upcoming: Activity[] };

const dueMs = (task: Activity): number =>
  task.dueAt === undefined ? Number.POSITIVE_INFINITY : Date.parse(task.dueAt);

/**
 * Open tasks by when they are due, soonest first: overdue (due before now), today (due before
 * the end of the local day), upcoming (later, or no due date).
 */
export function bucketTasks(tasks: readonly Activity[], now: Date): TaskBuckets {
  const nowMs = now.getTime();
  const endOfToday = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime();
  const buckets: TaskBuckets = { overdue: [], today: [], upcoming: [] };
  const sorted = [...tasks].sort((a, b) => dueMs(a) - dueMs(b) || a.id.localeCompare(b.id));
  for (const task of sorted) {
    const due = dueMs(task);
    if (due < nowMs) buckets.overdue.push(task);
    else if (due < endOfToday) buckets.today.push(task);
    else buckets.upcoming.push(task);
  }
  return buckets;
}

/** Open tasks whose reminder time has come. */
export function dueReminders(tasks: readonly Activity[], now: Date): Activity[] {
  const nowMs = now.getTime();
  return tasks.filter(
    (task) => !task.done && task.reminderAt !== undefined && Date.parse(task.reminderAt) <= nowMs,
  );
}

/** Milliseconds until the next reminder among `tasks` is due, if any is still ahead. */
export function msUntilNextReminder(tasks: readonly Activity[], now: Date): number | undefined {
  let next: number | undefined;
  for (const task of tasks) {
    if (task.done || task.reminderAt === undefined) continue;
    const wait = Date.parse(task.reminderAt) - now.getTime();
    if (wait > 0 && (next === undefined || wait < next)) next = wait;
  }
  return next;
}
