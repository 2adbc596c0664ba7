import type { Quote } from '../domain/quote.ts';
import { inPeriod, minutesFromTo, type Period } from './period.ts';
import { mean, median, type Ratio, ratio } from './ratio.ts';

type MetricQuote = Pick<Quote, 'id' | 'status' | 'sentAt' | 'totals' | 'approval'>;

/** Quote → order: of the quotes sent in the period, the share the customer accepted. */
export function quoteAcceptanceRate({
  quotes,
  period,
}: {
  quotes: readonly MetricQuote[];
  period: Period;
}): Ratio & { sentIds: string[]; acceptedIds: string[] } {
  const sent = quotes.filter((quote) => inPeriod(quote.sentAt, period));
  const accepted = sent.filter((quote) => quote.status === 'accepted');
  return {
    ...ratio(accepted.length, sent.length),
    sentIds: sent.map((quote) => quote.id),
    acceptedIds: accepted.map((quote) => quote.id),
  };
}

/**
 * Average discount of the quotes sent in the period, in basis points of their gross amount
 * (each quote weighs the same, so one big deal does not hide the habit).
 */
export function averageDiscountBps({
  quotes,
  period,
}: {
  quotes: readonly MetricQuote[];
  period: Period;
}): number | undefined {
  const shares = quotes
    .filter((quote) => inPeriod(quote.sentAt, period) && quote.totals.subtotal > 0)
    .map((quote) => (quote.totals.discount / quote.totals.subtotal) * 10_000);
  const average = mean(shares);
  return average === undefined ? undefined : Math.round(average);
}

/** Hours from asking for approval to the manager's decision, for decisions made in the period. */
export function approvalTurnaround({
  quotes,
  period,
}: {
  quotes: readonly MetricQuote[];
  period: Period;
}): { medianHours: number | undefined; meanHours: number | undefined; ids: string[] } {
  const decided = quotes.filter((quote) => inPeriod(quote.approval?.decidedAt, period));
  const hours = decided.flatMap((quote) =>
    quote.approval?.decidedAt === undefined
      ? []
      : [Math.max(0, minutesFromTo(quote.approval.requestedAt, quote.approval.decidedAt) / 60)],
  );
  return {
    medianHours: median(hours),
    meanHours: mean(hours),
    ids: decided.map((quote) => quote.id),
  };
}
