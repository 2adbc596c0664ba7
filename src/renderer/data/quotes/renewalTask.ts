import { type Activity, activitySchema } from '../../../shared/domain/activity.ts';
import type { Quote } from '../../../shared/domain/quote.ts';
import { newId } from '../../../shared/ids/newId.ts';
import { renewalReminderTask } from '../../../shared/quotes/contractStatus.ts';
import { parseRecord } from '../records/RecordValidationError.ts';
import {
  type CommandContext,
  collectionOf,
  hasCollection,
  withoutUndefined,
} from '../records/recordStore.ts';

/** Words for the renewal task's subject, from the UI's translation of `tasks.contractRenewal`. */
export type RenewalSubject = (params: { contractNumber: string; endsOn: string }) => string;

/**
 * Adds the contract's renewal reminder as a task on the account, due on the renewal date and
 * assigned to the quote's owner. Skipped where activities are not open (some tests).
 */
export async function addRenewalTask(
  { data, clock, user }: CommandContext,
  quote: Quote,
  subject: RenewalSubject,
): Promise<Activity | undefined> {
  if (!hasCollection(data, 'activities') || quote.contract === undefined) return undefined;
  const draft = renewalReminderTask(quote);
  const now = clock();
  const at = now.toISOString();
  const task = withoutUndefined(
    parseRecord<Activity>('activity', activitySchema, {
      id: newId(now.getTime()),
      ownerId: user.id,
      createdAt: at,
      updatedAt: at,
      type: 'task',
      subject: subject({
        contractNumber: String(draft.params.contractNumber),
        endsOn: String(draft.params.endsOn),
      }).slice(0, 200),
      generatedSubject: { kind: 'contractRenewal', params: draft.params },
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
