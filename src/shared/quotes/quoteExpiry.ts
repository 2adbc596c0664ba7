import { dateOf } from '../billing/calendarDate.ts';
import type { Quote } from '../domain/quote.ts';
import type { Role } from '../domain/roles.ts';
import { assertQuoteTransition } from '../workflow/quoteWorkflow.ts';

/**
 * Tells whether a quote's offer has lapsed: it is valid through the whole of `validUntil` (UTC),
 * so it is expired from the next day on. Accepted and rejected quotes are settled, never expired.
 */
export function isQuoteExpired({
  quote,
  now,
}: {
  quote: Pick<Quote, 'status' | 'validUntil'>;
  now: string;
}): boolean {
  if (quote.status === 'expired') return true;
  if (quote.status === 'accepted' || quote.status === 'rejected') return false;
  return dateOf(now) > quote.validUntil;
}

/** Moves a sent quote whose validity has passed to expired (any device that notices may do it). */
export function expireQuote({
  quote,
  role,
  now,
}: {
  quote: Quote;
  role: Role;
  now: string;
}): Quote {
  assertQuoteTransition({ from: quote.status, to: 'expired', role });
  if (!isQuoteExpired({ quote, now })) return quote;
  return { ...quote, status: 'expired', updatedAt: now };
}
