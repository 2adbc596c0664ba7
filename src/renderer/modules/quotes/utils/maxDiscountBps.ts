import type { Quote } from '../../../../shared/domain/quote.ts';

/** The largest discount on a quote, line or order, which is what an approver weighs. */
export function maxDiscountBps(quote: Pick<Quote, 'lines' | 'orderDiscountBps'>): number {
  return Math.max(quote.orderDiscountBps, ...quote.lines.map((line) => line.discountBps));
}
