import { v5 as uuidv5 } from 'uuid';
import { type Activity, activitySchema } from '../../../shared/domain/activity.ts';
import { DomainError } from '../../../shared/domain/DomainError.ts';
import { leadSchema } from '../../../shared/domain/lead.ts';
import { fromLeadDoc, toLeadDoc } from '../leads/leadDocument.ts';
import {
  type CommandContext,
  collectionOf,
  hasCollection,
  plainRecord,
  withoutUndefined,
} from '../records/recordStore.ts';

// Fixed namespace for follow-up task ids: the same lead and rule give the same id on every
// device, so two devices creating the task offline converge on one record when they sync.
const followUpNamespace = '6f1c9a52-8d0e-4c6b-9a57-2f3e1d7b4c10';

/** The id of the follow-up task a rule makes for a lead (UUIDv5 of rule + lead id). */
export function followUpTaskId(leadId: string, rule = 'hotLead'): string {
  return uuidv5(`${rule}:${leadId}`, followUpNamespace);
}

export type HotLeadTaskInput = {
  leads: readonly { id: string; ownerId: string; label: string }[];
  subject: (label: string) => string;
  /** When the tasks are due (ISO time). */
  dueAt: string;
};

/**
 * Makes one follow-up task per hot lead, assigned to the lead's owner. Idempotent: a lead whose
 * task exists (open, done or deleted) gets none, so running it again or on another device never
 * makes a second one. Returns how many tasks were made.
 */
export async function createHotLeadTasks(
  { data, clock, user }: CommandContext,
  input: HotLeadTaskInput,
): Promise<{ created: number; existing: number }> {
  if (!hasCollection(data, 'activities') || input.leads.length === 0)
    return { created: 0, existing: 0 };
  const activities = collectionOf(data, 'activities');
  const ids = input.leads.map((lead) => followUpTaskId(lead.id));
  // With deleted documents too: a task someone deleted stays deleted.
  const known = await activities.storageInstance.findDocumentsById(ids, true);
  const knownIds = new Set(known.map((doc) => doc.id));
  const at = clock().toISOString();
  const tasks: Activity[] = [];
  for (const lead of input.leads) {
    const id = followUpTaskId(lead.id);
    if (knownIds.has(id)) continue;
    tasks.push(
      withoutUndefined(
        activitySchema.parse({
          id,
          ownerId: lead.ownerId || user.id,
          createdAt: at,
          updatedAt: at,
          type: 'task',
          subject: input.subject(lead.label).slice(0, 200),
          generatedSubject: { kind: 'hotLeadFollowUp', params: { name: lead.label } },
          related: { collection: 'leads', id: lead.id },
          occurredAt: input.dueAt,
          dueAt: input.dueAt,
          assigneeId: lead.ownerId || user.id,
          done: false,
        }),
      ),
    );
  }
  const result = tasks.length > 0 ? await activities.bulkInsert(tasks) : { success: [], error: [] };
  // A conflict means another tab made the same task just now: it exists, which is the point.
  return {
    created: result.success.length,
    existing: input.leads.length - result.success.length,
  };
}

/**
 * Gives leads to another rep (managers and admins), with their open follow-up tasks, in one
 * bulk write per collection. Returns how many leads changed owner.
 */
export async function assignLeads(
  { data, clock, user }: CommandContext,
  input: { leadIds: readonly string[]; ownerId: string },
): Promise<number> {
  if (user.role !== 'manager' && user.role !== 'admin') {
    throw new DomainError('roleNotAllowed', {
      workflow: 'leadAssignment',
      role: user.role,
      allowedRoles: 'manager,admin',
    });
  }
  const at = clock().toISOString();
  const docs = await data.leads.findByIds([...input.leadIds]).exec();
  const leads = [...docs.values()]
    .map((doc) => fromLeadDoc(doc._data))
    .filter((lead) => lead.ownerId !== input.ownerId)
    .map((lead) =>
      toLeadDoc(
        withoutUndefined(leadSchema.parse({ ...lead, ownerId: input.ownerId, updatedAt: at })),
      ),
    );
  if (leads.length > 0) {
    const result = await data.leads.bulkUpsert(leads);
    if (result.error.length > 0)
      throw new Error(`${result.error.length} leads were not reassigned`);
  }
  if (hasCollection(data, 'activities')) {
    const activities = collectionOf(data, 'activities');
    const tasks = await activities.findByIds(input.leadIds.map((id) => followUpTaskId(id))).exec();
    const moved = [...tasks.values()]
      .map((doc) => plainRecord<Activity>(doc._data))
      .filter((task) => !task.done && task.assigneeId !== input.ownerId)
      .map((task) => ({
        ...task,
        ownerId: input.ownerId,
        assigneeId: input.ownerId,
        updatedAt: at,
      }));
    if (moved.length > 0) await activities.bulkUpsert(moved);
  }
  return leads.length;
}
