import {
  type Activity,
  type ActivityType,
  activitySchema,
  type GeneratedSubject,
  type RelatedRecord,
} from '../../../shared/domain/activity.ts';
import { DomainError } from '../../../shared/domain/DomainError.ts';
import { type Ticket, ticketSchema } from '../../../shared/domain/ticket.ts';
import { newId } from '../../../shared/ids/newId.ts';
import { recordTicketReply } from '../../../shared/service/ticketCommands.ts';
import { parseRecord } from '../records/RecordValidationError.ts';
import {
  type CommandContext,
  collectionOf,
  deleteDocument,
  findDocument,
  hasCollection,
  plainRecord,
  replaceDocument,
  withoutUndefined,
} from '../records/recordStore.ts';

export type LogActivityInput = {
  type: ActivityType;
  subject: string;
  body?: string;
  related: RelatedRecord;
  occurredAt?: string;
  durationMinutes?: number;
  direction?: 'inbound' | 'outbound';
  location?: string;
  dueAt?: string;
  reminderAt?: string;
  /** When the app worded the subject (a booth visit): its kind and values, see activitySchema. */
  generatedSubject?: GeneratedSubject;
};

export type ActivityCommands = {
  logActivity(input: LogActivityInput): Promise<Activity>;
  completeTask(id: string): Promise<Activity>;
  deleteActivity(id: string): Promise<void>;
};

async function assertRelatedExists(context: CommandContext, related: RelatedRecord) {
  const { data } = context;
  if (!hasCollection(data, related.collection)) return;
  const collection =
    related.collection === 'leads' ? data.leads : collectionOf(data, related.collection);
  const doc = await collection.findOne(related.id).exec();
  if (!doc) throw new DomainError('notFound', { entity: related.collection, id: related.id });
}

// A call, email, visit or meeting logged on a ticket answers the customer: its first response.
async function recordReplyOnTicket(context: CommandContext, activity: Activity, now: string) {
  const { data, user } = context;
  if (activity.related.collection !== 'tickets' || !hasCollection(data, 'tickets')) return;
  const doc = await findDocument(data, 'tickets', activity.related.id);
  const ticket = plainRecord<Ticket>(doc._data);
  const replied = recordTicketReply({ ticket, activity, actor: user, now });
  if (replied === ticket) return;
  await replaceDocument(
    doc,
    withoutUndefined(parseRecord<Ticket>('ticket', ticketSchema, replied)),
  );
}

/** Interaction records and tasks: log, complete, delete. A reply on a ticket is its first response. */
export function createActivityCommands(context: CommandContext): ActivityCommands {
  const { data, clock, user } = context;
  const activities = () => collectionOf(data, 'activities');
  return {
    async logActivity(input) {
      const now = clock();
      const at = now.toISOString();
      const isTask = input.type === 'task';
      const activity = withoutUndefined(
        parseRecord<Activity>('activity', activitySchema, {
          id: newId(now.getTime()),
          ownerId: user.id,
          createdAt: at,
          updatedAt: at,
          type: input.type,
          subject: input.subject.trim(),
          generatedSubject: input.generatedSubject,
          body: input.body ?? '',
          related: { collection: input.related.collection, id: input.related.id },
          // A task happens when it is due; anything else happened when logged unless told.
          occurredAt: input.occurredAt ?? (isTask ? (input.dueAt ?? at) : at),
          durationMinutes: input.durationMinutes,
          direction: input.direction,
          location: input.location?.trim() || undefined,
          contactIds: input.related.collection === 'contacts' ? [input.related.id] : [],
          dueAt: isTask ? input.dueAt : undefined,
          reminderAt: isTask ? input.reminderAt : undefined,
          assigneeId: isTask ? user.id : undefined,
          done: !isTask,
        }),
      );
      await assertRelatedExists(context, activity.related);
      await activities().insert(activity);
      await recordReplyOnTicket(context, activity, at);
      return activity;
    },

    async completeTask(id) {
      const doc = await findDocument(data, 'activities', id);
      const current = plainRecord<Activity>(doc._data);
      if (current.done) return current;
      const at = clock().toISOString();
      const done = withoutUndefined(
        parseRecord<Activity>('activity', activitySchema, {
          ...current,
          done: true,
          doneAt: at,
          updatedAt: at,
        }),
      );
      return replaceDocument(doc, done);
    },

    async deleteActivity(id) {
      const doc = await findDocument(data, 'activities', id);
      await deleteDocument(doc, clock().toISOString());
    },
  };
}
