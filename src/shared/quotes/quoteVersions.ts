import { DomainError } from '../domain/DomainError.ts';
import type { Quote, QuoteVersionSnapshot } from '../domain/quote.ts';

/** One version of a quote as the customer saw it; `current` marks the live one. */
export type QuoteVersionView = Pick<
  QuoteVersionSnapshot,
  'version' | 'status' | 'lines' | 'orderDiscountBps' | 'totals' | 'validUntil' | 'approval'
> & { current: boolean };

/** Every version of a quote, oldest first, the live one last (revising a sent quote makes N+1). */
export function quoteVersions(quote: Quote): QuoteVersionView[] {
  const earlier = quote.previousVersions.map(
    ({ revisedAt: _at, revisedBy: _by, ...snapshot }): QuoteVersionView => ({
      ...snapshot,
      current: false,
    }),
  );
  const { version, status, lines, orderDiscountBps, totals, validUntil, approval } = quote;
  const live: QuoteVersionView = {
    version,
    status,
    lines,
    orderDiscountBps,
    totals,
    validUntil,
    ...(approval === undefined ? {} : { approval }),
    current: true,
  };
  return [...earlier.filter((view) => view.version !== version), live].sort(
    (a, b) => a.version - b.version,
  );
}

/** One version of a quote, read-only; throws `versionNotFound` for a version it never had. */
export function quoteVersion({
  quote,
  version,
}: {
  quote: Quote;
  version: number;
}): QuoteVersionView {
  const found = quoteVersions(quote).find((view) => view.version === version);
  if (found === undefined)
    throw new DomainError('versionNotFound', { number: quote.number, version });
  return found;
}
