import { assignableLead, withAssignment } from '../../shared/assignment/leadAssignmentFields.ts';
import { leadSchema } from '../../shared/domain/lead.ts';
import type { DocumentWrite, WriteTransaction } from '../store/Store.ts';
import { type AssignmentContext, assignLeadsInTransaction } from './assignLeadsInTransaction.ts';

/**
 * Writes a pushed lead that waits for assignment (`needsAssignment`), then the same lead given
 * to the owner the rules pick, in the push's transaction. The pushed version comes first so that,
 * when the owner changes, the pushing device loses sight of it through the usual revocation; the
 * assigned version carries no device, so the live stream sends it to everyone who may see it.
 * Returns the final write and its sequence number.
 */
export async function writeAssignedLead(params: {
  tx: WriteTransaction;
  write: DocumentWrite;
  context: AssignmentContext;
  now: Date;
}): Promise<{ write: DocumentWrite; seq: number }> {
  const { tx, write, context, now } = params;
  const at = now.toISOString();
  const pushedSeq = await tx.putDocument(write);
  const lead = leadSchema.parse(write.data);
  const [decision] = await assignLeadsInTransaction({
    tx,
    leads: [assignableLead(lead)],
    context,
    now,
  });
  // Nobody can take it: it stays with the pusher, still waiting, until a rule can place it.
  if (!decision) return { write, seq: pushedSeq };
  const assigned = { ...withAssignment(lead, decision, at), updatedAt: at };
  const final: DocumentWrite = {
    collection: 'leads',
    id: assigned.id,
    ownerId: decision.ownerId,
    teamId: decision.teamId,
    deleted: false,
    data: JSON.parse(JSON.stringify(assigned)) as Record<string, unknown>,
    changedAt: at,
  };
  return { write: final, seq: await tx.putDocument(final) };
}
