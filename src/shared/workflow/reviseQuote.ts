import { DomainError } from '../domain/DomainError.ts';
import type { Quote, QuoteVersionSnapshot } from '../domain/quote.ts';
import type { Role } from '../domain/roles.ts';
import { assertQuoteTransition } from './quoteWorkflow.ts';

/** Most earlier versions a quote keeps (the schema's limit). */
export const maxQuoteVersions = 50;

const customerHasSeen = new Set<Quote['status']>(['sent', 'rejected', 'expired']);

/**
 * Takes a quote back to draft for changes. Once the customer has seen it (sent, rejected,
 * expired) the current version is kept in `previousVersions` and the version number goes up;
 * before that (pending approval, approved) it stays the same version. Any approval is dropped
 * because the lines may change. Throws the quote workflow's DomainErrors.
 */
export function reviseQuote({
  quote,
  role,
  by,
  at,
  reason,
}: {
  quote: Quote;
  role: Role;
  by: string;
  at: string;
  reason: string;
}): Quote {
  assertQuoteTransition({ from: quote.status, to: 'draft', role, reason });
  const { approval, sentAt: _sentAt, rejectionReason: _rejectionReason, ...rest } = quote;
  if (!customerHasSeen.has(quote.status)) {
    return { ...rest, status: 'draft', updatedAt: at };
  }
  if (quote.previousVersions.length >= maxQuoteVersions) {
    throw new DomainError('tooManyVersions', { max: maxQuoteVersions, number: quote.number });
  }
  const snapshot: QuoteVersionSnapshot = {
    version: quote.version,
    status: quote.status,
    lines: quote.lines,
    orderDiscountBps: quote.orderDiscountBps,
    totals: quote.totals,
    validUntil: quote.validUntil,
    ...(approval === undefined ? {} : { approval }),
    revisedAt: at,
    revisedBy: by,
  };
  return {
    ...rest,
    status: 'draft',
    version: quote.version + 1,
    previousVersions: [...quote.previousVersions, snapshot],
    updatedAt: at,
  };
}
