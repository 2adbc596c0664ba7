import { dateOf } from '../../../shared/billing/calendarDate.ts';
import { dunningTask } from '../../../shared/billing/dunning.ts';
import { type Activity, activitySchema } from '../../../shared/domain/activity.ts';
import type { Invoice } from '../../../shared/domain/invoice.ts';
import { newId } from '../../../shared/ids/newId.ts';
import type { TaskDraft } from '../../../shared/service/taskDraft.ts';
import { parseRecord } from '../records/RecordValidationError.ts';
import {
  type CommandContext,
  collectionOf,
  hasCollection,
  withoutUndefined,
} from '../records/recordStore.ts';

/** Words for a collections task's subject, from the UI's translation of `tasks.<kind>`. */
export type DunningTaskSubject = (draft: TaskDraft) => string;

/**
 * Adds the invoice's next collections step (next reminder, or escalation after the final notice)
 * as a task on the customer's account, due when the schedule says, for the person who sent the
 * reminder. Skipped when nothing is left to do or activities are not open (some tests).
 */
export async function addDunningTask(
  { data, clock, user }: CommandContext,
  invoice: Invoice,
  subject: DunningTaskSubject,
): Promise<Activity | undefined> {
  if (!hasCollection(data, 'activities')) return undefined;
  const now = clock();
  const at = now.toISOString();
  const draft = dunningTask({ invoice, today: dateOf(at), assigneeId: user.id });
  if (draft === undefined) return undefined;
  const task = withoutUndefined(
    parseRecord<Activity>('activity', activitySchema, {
      id: newId(now.getTime()),
      ownerId: user.id,
      createdAt: at,
      updatedAt: at,
      type: 'task',
      subject: subject(draft).slice(0, 200),
      generatedSubject: { kind: draft.kind, params: draft.params },
      related: draft.related,
      occurredAt: draft.dueAt,
      dueAt: draft.dueAt,
      assigneeId: draft.assigneeId,
      done: false,
    }),
  );
  await collectionOf(data, 'activities').insert(task);
  return task;
}
