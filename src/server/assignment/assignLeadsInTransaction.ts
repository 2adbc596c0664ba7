import type { AssignmentRulesValue } from '../../shared/assignment/assignmentRulesSchema.ts';
import {
  type AssignableLead,
  type AssignableUser,
  type AssignmentDecision,
  decideAssignment,
  type RoundRobinState,
} from '../../shared/assignment/decideAssignment.ts';
import type { WriteTransaction } from '../store/Store.ts';

/**
 * Round-robin positions live in the documents table under a collection no device can pull, so
 * they are read and advanced inside the same write transaction as the leads they assign: two
 * imports at once are serialized by the store and never deal the same turn twice.
 */
export const assignmentStateCollection = '_assignment';
const stateId = 'roundRobin';

/** Who may receive leads, from the server's users. */
export type AssignmentContext = {
  rules: AssignmentRulesValue | undefined;
  users: readonly AssignableUser[];
};

/**
 * Decides owners for `leads` (in order) inside `tx`, advancing and saving the round-robin state
 * once. An entry is undefined when nobody active could take that lead.
 */
export async function assignLeadsInTransaction(params: {
  tx: WriteTransaction;
  leads: readonly AssignableLead[];
  context: AssignmentContext;
  now: Date;
}): Promise<Array<AssignmentDecision | undefined>> {
  const { tx, leads, context } = params;
  const [stored] = await tx.getDocuments(assignmentStateCollection, [stateId]);
  const initial: RoundRobinState =
    stored && typeof stored.data.state === 'object' && stored.data.state !== null
      ? (stored.data.state as RoundRobinState)
      : {};
  let state = initial;
  const decisions = leads.map((lead) => {
    const decision = decideAssignment({ lead, rules: context.rules, users: context.users, state });
    if (decision) state = decision.state;
    return decision;
  });
  if (state !== initial) {
    await tx.putDocument({
      collection: assignmentStateCollection,
      id: stateId,
      ownerId: 'system',
      teamId: null,
      deleted: false,
      data: { id: stateId, state },
      changedAt: params.now.toISOString(),
    });
  }
  return decisions;
}
