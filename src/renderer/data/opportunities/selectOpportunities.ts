import type { Opportunity } from '../../../shared/domain/opportunity.ts';
import { plainRecord } from '../records/recordStore.ts';
import type { OpportunityQuery } from './opportunityQueries.ts';

// Stored data is immutable in RxDB, so one plain copy per stored object serves every view and
// keeps unchanged deals the same objects from one change to the next.
const plainCopies = new WeakMap<Opportunity, Opportunity>();

function plainOf(stored: Opportunity): Opportunity {
  let plain = plainCopies.get(stored);
  if (!plain) {
    plain = plainRecord<Opportunity>(stored);
    plainCopies.set(stored, plain);
  }
  return plain;
}

/**
 * The rows `opportunityMangoQuery(query)` returns, picked from stored documents in memory: the
 * same filters and the same order (expected close date, then id, compared as RxDB does).
 */
export function selectOpportunities(
  stored: Iterable<Opportunity>,
  query: OpportunityQuery,
): Opportunity[] {
  const { ownerId, accountId, closeFrom, closeTo } = query;
  const rows: Opportunity[] = [];
  for (const doc of stored) {
    if (ownerId && doc.ownerId !== ownerId) continue;
    if (accountId && doc.accountId !== accountId) continue;
    if (closeFrom && doc.expectedCloseDate < closeFrom) continue;
    if (closeTo && doc.expectedCloseDate > closeTo) continue;
    rows.push(plainOf(doc));
  }
  return rows.sort((a, b) =>
    a.expectedCloseDate !== b.expectedCloseDate
      ? a.expectedCloseDate < b.expectedCloseDate
        ? -1
        : 1
      : a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0,
  );
}
