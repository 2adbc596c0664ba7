import type { RxDocument } from 'rxdb';
import { DomainError } from '../../../shared/domain/DomainError.ts';
import { type Lead, type LeadStatus, leadSchema } from '../../../shared/domain/lead.ts';
import {
  type LeadDraftInput,
  leadDraftSchema,
  validateLeadDraft,
} from '../../../shared/domain/leadDraft.ts';
import type { Role } from '../../../shared/domain/roles.ts';
import { newId } from '../../../shared/ids/newId.ts';
import { assertLeadTransition } from '../../../shared/workflow/leadWorkflow.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { assertStillStored } from '../records/recordStore.ts';
import { LeadValidationError } from './LeadValidationError.ts';
import { fromLeadDoc, type LeadDocType, toLeadDoc } from './leadDocument.ts';

export type LeadCommands = {
  createLead(draft: LeadDraftInput): Promise<Lead>;
  updateLead(id: string, patch: Partial<LeadDraftInput>): Promise<Lead>;
  changeLeadStatus(id: string, to: LeadStatus, options?: { reason?: string }): Promise<Lead>;
  deleteLead(id: string): Promise<Lead>;
  restoreLead(lead: Lead): Promise<Lead>;
};

export type LeadCommandContext = {
  data: FieldbookData;
  clock: () => Date;
  user: { id: string; role: Role };
};

// RxDB stores JSON: an optional field is absent, never `undefined`.
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function draftOf(lead: Lead): LeadDraftInput {
  const { id, ownerId, createdAt, updatedAt, status, disqualifyReason, ...draft } = lead;
  return draft;
}

async function findLive(data: FieldbookData, id: string): Promise<RxDocument<LeadDocType>> {
  const doc = await data.leads.findOne(id).exec();
  if (!doc) throw new DomainError('notFound', { entity: 'lead', id });
  return doc;
}

/** Writes a lead through the domain rules; every write re-derives the stored sort keys. */
/**
 * Writes `change` of the lead as stored at the moment of writing: sync may have written a newer
 * state since `doc` was read, and rebuilding the lead from that older read would silently put
 * the other device's values back (and sync would then push them as this device's change).
 */
async function replace(
  doc: RxDocument<LeadDocType>,
  change: (current: Lead) => Lead,
): Promise<Lead> {
  let checked: Lead | undefined;
  await doc.incrementalModify((stored) => {
    assertStillStored(stored, 'lead', doc.primary);
    checked = withoutUndefined(leadSchema.parse(change(fromLeadDoc(stored))));
    return toLeadDoc(checked);
  });
  return checked ?? fromLeadDoc(doc._data);
}

/** The lead commands: one place that validates, checks the workflow, stamps and writes. */
export function createLeadCommands({ data, clock, user }: LeadCommandContext): LeadCommands {
  return {
    async createLead(input) {
      const result = validateLeadDraft(input);
      if (!result.ok) throw new LeadValidationError(result.issues);
      const now = clock();
      const at = now.toISOString();
      const lead = withoutUndefined(
        leadSchema.parse({
          ...result.value,
          id: newId(now.getTime()),
          ownerId: user.id,
          createdAt: at,
          updatedAt: at,
          status: 'new',
        }),
      );
      await data.leads.insert(toLeadDoc(lead));
      return lead;
    },

    async updateLead(id, patch) {
      const doc = await findLive(data, id);
      return replace(doc, (current) => {
        const result = validateLeadDraft({ ...draftOf(current), ...patch });
        if (!result.ok) throw new LeadValidationError(result.issues);
        // The draft replaces the fields a draft has (a cleared rating is gone); everything else
        // the lead holds (conversion, merges, attribution, assignment, qualification) stays.
        const beyondTheDraft = Object.fromEntries(
          Object.entries(current).filter(([key]) => !(key in leadDraftSchema.shape)),
        );
        return {
          ...beyondTheDraft,
          ...result.value,
          id,
          ownerId: current.ownerId,
          createdAt: current.createdAt,
          status: current.status,
          updatedAt: clock().toISOString(),
        };
      });
    },

    async changeLeadStatus(id, to, options = {}) {
      const doc = await findLive(data, id);
      const reason = options.reason?.trim() || undefined;
      return replace(doc, (current) => {
        assertLeadTransition({ from: current.status, to, role: user.role, reason });
        return {
          ...current,
          status: to,
          disqualifyReason: to === 'disqualified' ? reason : undefined,
          updatedAt: clock().toISOString(),
        };
      });
    },

    async deleteLead(id) {
      const doc = await findLive(data, id);
      const lead = fromLeadDoc(doc._data);
      // The tombstone carries the deletion time so sync can order it against other edits.
      const updatedAt = clock().toISOString();
      await doc.incrementalModify((stored) => ({
        ...stored,
        ...toLeadDoc({ ...lead, updatedAt }),
        _deleted: true,
      }));
      return lead;
    },

    async restoreLead(lead) {
      const restored = withoutUndefined(
        leadSchema.parse({ ...lead, updatedAt: clock().toISOString() }),
      );
      await data.leads.upsert(toLeadDoc(restored));
      return restored;
    },
  };
}
