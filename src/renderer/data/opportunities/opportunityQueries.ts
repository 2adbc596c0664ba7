import type { MangoQuery } from 'rxdb';
import type { Opportunity } from '../../../shared/domain/opportunity.ts';

export type OpportunityQuery = {
  ownerId?: string;
  /** Inclusive `YYYY-MM-DD` bounds on the expected close date. */
  closeFrom?: string;
  closeTo?: string;
  accountId?: string;
};

/** The RxDB query for a pipeline view, by expected close date through the matching index. */
export function opportunityMangoQuery(query: OpportunityQuery): MangoQuery<Opportunity> {
  const close: Record<string, string> = {};
  if (query.closeFrom) close.$gte = query.closeFrom;
  if (query.closeTo) close.$lte = query.closeTo;
  const selector: Record<string, unknown> = {};
  if (query.accountId) selector.accountId = query.accountId;
  if (query.ownerId) selector.ownerId = query.ownerId;
  if (Object.keys(close).length > 0) selector.expectedCloseDate = close;
  const lead = query.accountId ? 'accountId' : query.ownerId ? 'ownerId' : undefined;
  return {
    selector: selector as MangoQuery<Opportunity>['selector'],
    sort: [{ expectedCloseDate: 'asc' }],
    ...(lead ? { index: [lead, 'expectedCloseDate'] } : {}),
  };
}
