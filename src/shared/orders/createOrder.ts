import type { Account } from '../domain/account.ts';
import { DomainError } from '../domain/DomainError.ts';
import type { LineItem } from '../domain/lineItemSchema.ts';
import type { Order } from '../domain/order.ts';
import type { Quote } from '../domain/quote.ts';
import type { Actor } from '../domain/roles.ts';
import { computeQuoteTotals } from '../money/computeQuoteTotals.ts';

function totalsOf(doc: Pick<Order, 'lines' | 'orderDiscountBps' | 'currency'>): Order['totals'] {
  const { subtotal, discount, tax, total } = computeQuoteTotals(doc);
  return { subtotal, discount, tax, total };
}

/**
 * Makes a draft order from an accepted quote in one step: lines (same ids, traced back through
 * `sourceLineId`), prices, discounts, terms and payment terms are copied, the link kept, and
 * the account's address used for shipping and billing.
 */
export function createOrderFromQuote({
  quote,
  account,
  orderId,
  number,
  actor,
  now,
}: {
  quote: Quote;
  account?: Pick<Account, 'id' | 'address'>;
  orderId: string;
  number: string;
  actor: Actor;
  now: string;
}): Order {
  if (quote.status !== 'accepted') {
    throw new DomainError('quoteNotAccepted', { number: quote.number, status: quote.status });
  }
  const address = account?.id === quote.accountId ? account.address : undefined;
  const paymentTermsDays = quote.contract?.paymentTermsDays ?? quote.paymentTermsDays;
  return {
    id: orderId,
    ownerId: actor.id,
    createdAt: now,
    updatedAt: now,
    quoteId: quote.id,
    quoteVersion: quote.version,
    ...(quote.opportunityId === undefined ? {} : { opportunityId: quote.opportunityId }),
    ...(quote.acceptance === undefined ? {} : { contractNumber: quote.acceptance.contractNumber }),
    accountId: quote.accountId,
    number,
    status: 'draft',
    currency: quote.currency,
    lines: quote.lines.map((line) => ({ ...line, sourceLineId: line.id })),
    orderDiscountBps: quote.orderDiscountBps,
    totals: totalsOf(quote),
    ...(address === undefined ? {} : { shipTo: address, billTo: address }),
    shipments: [],
    terms: quote.terms,
    ...(paymentTermsDays === undefined ? {} : { paymentTermsDays }),
  };
}

/** Makes a draft order directly for an account (no quote), priced with the shared money rules. */
export function createOrder({
  account,
  orderId,
  number,
  currency,
  lines,
  orderDiscountBps = 0,
  actor,
  now,
}: {
  account: Pick<Account, 'id' | 'address' | 'paymentTermsDays'>;
  orderId: string;
  number: string;
  currency: string;
  lines: LineItem[];
  orderDiscountBps?: number;
  actor: Actor;
  now: string;
}): Order {
  const priced = { lines, orderDiscountBps, currency };
  return {
    id: orderId,
    ownerId: actor.id,
    createdAt: now,
    updatedAt: now,
    accountId: account.id,
    number,
    status: 'draft',
    ...priced,
    totals: totalsOf(priced),
    ...(account.address === undefined ? {} : { shipTo: account.address, billTo: account.address }),
    shipments: [],
    ...(account.paymentTermsDays === undefined
      ? {}
      : { paymentTermsDays: account.paymentTermsDays }),
  };
}
