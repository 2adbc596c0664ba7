import { withoutLegalForm } from '../../shared/demo/demoNames.ts';
import type { CollectionRecord } from '../../shared/domain/collections.ts';
import { exampleRecords } from '../../shared/domain/exampleRecords.ts';

const day = 86_400_000;
const hour = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const dateOf = (ms: number) => iso(ms).slice(0, 10);

export type DemoFirstDealInput = {
  nowMs: number;
  people: { rep1: string; manager: string };
  account: CollectionRecord<'accounts'>;
  contact: CollectionRecord<'contacts'> | undefined;
  opportunity: CollectionRecord<'opportunities'>;
  /** What the deal sold, in the customer's language ("扫描枪"). */
  scannersWord: string;
  id: () => string;
  stamp: (
    ownerId: string,
    ageDays: number,
  ) => { ownerId: string; createdAt: string; updatedAt: string };
  /** The example's document lines pointed at the demo catalog. */
  demoLines: <T extends { productId?: string; sku?: string; description: string }>(
    lines: readonly T[],
  ) => T[];
};

/**
 * The demo's first customer deal through the whole chain, every date from `nowMs`: the lead it
 * came from, its account and contact as conversion made them, the quote, the won deal, the order
 * and its invoice.
 */
export function demoFirstDeal({
  nowMs,
  people,
  account,
  contact,
  opportunity,
  scannersWord,
  id,
  stamp,
  demoLines,
}: DemoFirstDealInput) {
  // The first deal ran the whole chain: quoted 80 days ago, signed the next day, confirmed and
  // shipped in part, invoiced 65 days ago on 30 days' terms, paid in part, now 35 days overdue.
  // Every date follows from today, so the order comes after the quote and the invoice after it.
  const quoted = nowMs - 80 * day;
  // It began as a referral: the buyer's lead, converted ten days before the quote into the
  // account, its contact and the deal, which all date from then.
  const converted = iso(quoted - 10 * day);
  const lead: CollectionRecord<'leads'> = {
    id: id(),
    ownerId: people.rep1,
    createdAt: iso(quoted - 14 * day),
    updatedAt: converted,
    firstName: contact?.firstName ?? '',
    lastName: contact?.lastName ?? '',
    company: account.name,
    title: contact?.title ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    source: 'referral',
    status: 'converted',
    rating: 'hot',
    notes: '老客户介绍，想了解仓库扫描方案。',
    consent: { given: true, at: iso(quoted - 14 * day) },
    ...(account.industry ? { industry: account.industry } : {}),
    country: account.country ?? 'CN',
    convertedAt: converted,
    convertedAccountId: account.id,
    ...(contact ? { convertedContactId: contact.id } : {}),
    convertedOpportunityId: opportunity.id,
  };
  const fromLead = { createdAt: converted, updatedAt: converted, leadId: lead.id };
  const quote: CollectionRecord<'quotes'> = {
    ...exampleRecords.quotes,
    id: id(),
    ...stamp(people.rep1, 80),
    opportunityId: opportunity.id,
    accountId: account.id,
    contactId: contact?.id,
    lines: demoLines(exampleRecords.quotes.lines),
    // Approved and sent the day it was written, signed by the customer's contact a day later:
    // a one-year contract running today.
    approval: exampleRecords.quotes.approval && {
      ...exampleRecords.quotes.approval,
      requestedBy: people.rep1,
      requestedAt: iso(quoted + hour),
      decidedBy: people.manager,
      decidedAt: iso(quoted + 2 * hour),
    },
    previousVersions: exampleRecords.quotes.previousVersions.map((version) => ({
      ...version,
      lines: demoLines(version.lines),
      validUntil: dateOf(quoted + 25 * day),
      revisedAt: iso(quoted + hour / 2),
      revisedBy: people.rep1,
    })),
    sentAt: iso(quoted + 3 * hour),
    validUntil: dateOf(quoted + 30 * day),
    // Written for a customer in China, in Chinese; the terms its contract kept.
    terms: '开票后 30 天内付款。合同签订后 4 周内交货。',
    paymentTermsDays: 30,
    acceptance: {
      signedBy: `${contact?.lastName ?? ''}${contact?.firstName ?? ''}`,
      signedAt: iso(quoted + day),
      contractNumber: exampleRecords.quotes.acceptance?.contractNumber ?? 'C-2026-0007',
    },
    contract: {
      startsOn: dateOf(quoted + 2 * day),
      endsOn: dateOf(quoted + 366 * day),
      paymentTermsDays: 30,
      renewalOn: dateOf(quoted + 306 * day),
    },
  };
  // Its deal is won, for the quote's total, the day the customer signed.
  const won: CollectionRecord<'opportunities'> = {
    ...opportunity,
    ...fromLead,
    updatedAt: iso(quoted + day),
    // It sold the scanners the quote lists.
    name: `${withoutLegalForm(account.name)} – ${scannersWord} 2026`,
    stage: 'closed_won',
    probability: 100,
    amount: { amount: quote.totals.total, currency: quote.currency },
    expectedCloseDate: dateOf(quoted + day),
    closedAt: iso(quoted + day),
    stageHistory: [
      { from: opportunity.stage, to: 'closed_won', at: iso(quoted + day), by: people.rep1 },
    ],
  };
  const order: CollectionRecord<'orders'> = {
    ...exampleRecords.orders,
    id: id(),
    ...stamp(people.rep1, 78),
    updatedAt: iso(quoted + 4 * day),
    quoteId: quote.id,
    opportunityId: quote.opportunityId,
    accountId: quote.accountId,
    lines: demoLines(exampleRecords.orders.lines),
    contractNumber: quote.acceptance?.contractNumber,
    confirmedAt: iso(quoted + 2 * day),
    shipments: exampleRecords.orders.shipments.map((shipment) => ({
      ...shipment,
      shippedAt: iso(quoted + 4 * day),
    })),
  };
  const invoice: CollectionRecord<'invoices'> = {
    ...exampleRecords.invoices,
    id: id(),
    ...stamp(people.rep1, 65),
    updatedAt: iso(quoted + 20 * day),
    orderId: order.id,
    accountId: order.accountId,
    lines: demoLines(exampleRecords.invoices.lines),
    issuedOn: dateOf(quoted + 15 * day),
    dueOn: dateOf(quoted + 45 * day),
    payments: exampleRecords.invoices.payments.map((payment) => ({
      ...payment,
      receivedOn: dateOf(quoted + 20 * day),
      reference: `ICBC ${dateOf(quoted + 20 * day).replaceAll('-', '')}-001`,
    })),
  };
  return {
    lead,
    account: { ...account, ...fromLead },
    contact: contact && { ...contact, ...fromLead },
    quote,
    won,
    order,
    invoice,
  };
}
