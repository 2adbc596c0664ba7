import type { MangoQuery } from 'rxdb';
import type { Quote, QuoteStatus } from '../../../shared/domain/quote.ts';

export type QuoteQuery = { opportunityId?: string; accountId?: string; status?: QuoteStatus };

/**
 * The RxDB query for a quote list, served by the account or status index (quotes of an
 * opportunity are read through its account's). Oldest change first: callers reverse for newest.
 */
export function quoteMangoQuery(query: QuoteQuery): MangoQuery<Quote> {
  const selector: Record<string, unknown> = {};
  if (query.accountId) selector.accountId = query.accountId;
  if (query.opportunityId) selector.opportunityId = query.opportunityId;
  if (query.status) selector.status = query.status;
  const lead = query.accountId ? 'accountId' : query.status ? 'status' : undefined;
  return {
    selector: selector as MangoQuery<Quote>['selector'],
    sort: [{ updatedAt: 'asc' }],
    ...(lead ? { index: [lead, 'updatedAt'] } : {}),
  };
}
