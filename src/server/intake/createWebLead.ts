import { assignableLead, withAssignment } from '../../shared/assignment/leadAssignmentFields.ts';
import { newId } from '../../shared/ids/newId.ts';
import type { LeadForm } from '../../shared/webToLead/leadFormsSchema.ts';
import { assignLeadsInTransaction } from '../assignment/assignLeadsInTransaction.ts';
import { loadAssignmentContext } from '../assignment/loadAssignmentContext.ts';
import type { Store } from '../store/Store.ts';
import { honeypotField, type IntakeBody, intakeBodySchema } from './intakeBodySchema.ts';
import { webLeadRecord } from './webLeadRecord.ts';

export type IntakeOutcome =
  | { kind: 'created'; leadId: string; ownerId: string }
  | { kind: 'honeypot' }
  | { kind: 'invalid'; issues: Array<{ field: string; message: string }> }
  | { kind: 'unassignable' };

/**
 * Validates a post against its form and, unless the honeypot is filled, creates the lead with
 * the owner the assignment rules give it, in one store transaction (server id and clock).
 */
export async function createWebLead(params: {
  store: Store;
  form: LeadForm;
  body: unknown;
  now: Date;
  refererHeader: string | undefined;
}): Promise<IntakeOutcome> {
  const { store, form, now } = params;
  const parsed = intakeBodySchema(form).safeParse(params.body ?? {});
  if (!parsed.success) {
    return {
      kind: 'invalid',
      issues: parsed.error.issues.map((issue) => ({
        field:
          issue.path.join('.') ||
          (issue.code === 'unrecognized_keys' ? issue.keys.join(',') : 'form'),
        message: issue.message,
      })),
    };
  }
  const body = parsed.data as IntakeBody;
  if ((body[honeypotField] ?? '').trim() !== '') return { kind: 'honeypot' };
  const at = now.toISOString();
  const lead = webLeadRecord({
    form,
    body,
    id: newId(now.getTime()),
    at,
    refererHeader: params.refererHeader,
  });
  const context = await loadAssignmentContext(store);
  return store.write(async (tx) => {
    const [decision] = await assignLeadsInTransaction({
      tx,
      leads: [assignableLead(lead)],
      context,
      now,
    });
    if (!decision) return { kind: 'unassignable' } satisfies IntakeOutcome;
    const assigned = withAssignment(lead, decision, at);
    await tx.putDocument({
      collection: 'leads',
      id: assigned.id,
      ownerId: assigned.ownerId,
      teamId: decision.teamId,
      deleted: false,
      data: JSON.parse(JSON.stringify(assigned)) as Record<string, unknown>,
      changedAt: at,
    });
    return {
      kind: 'created',
      leadId: assigned.id,
      ownerId: assigned.ownerId,
    } satisfies IntakeOutcome;
  });
}
