import { describe, expect, it } from 'vitest';
import { automatedTasks } from '../automation/automatedTasks.ts';
import { defaultAutomationRules } from '../automation/automationRules.ts';
import { addDays } from '../billing/calendarDate.ts';
import { nextDunningAction } from '../billing/dunning.ts';
import { invoicedQuantities } from '../billing/invoiceOrder.ts';
import { accountSchema } from '../domain/account.ts';
import { activitySchema } from '../domain/activity.ts';
import { contactSchema } from '../domain/contact.ts';
import { eventSchema } from '../domain/event.ts';
import { invoiceSchema } from '../domain/invoice.ts';
import { leadSchema } from '../domain/lead.ts';
import { opportunitySchema } from '../domain/opportunity.ts';
import { orderSchema } from '../domain/order.ts';
import { quoteSchema } from '../domain/quote.ts';
import { ticketSchema } from '../domain/ticket.ts';
import { inventoryLedger } from '../orders/orderStockMovements.ts';
import { shippedQuantities } from '../orders/shipments.ts';
import { contractStatus } from '../quotes/contractStatus.ts';
import { applyServiceLevels } from '../service/serviceLevels.ts';
import { demoCatalogBefore } from './demoCatalog.ts';
import { generateSalesYear } from './salesYear.ts';
import { eventCalendar } from './salesYearVocabulary.ts';

describe('a generated year of sales', () => {
  const end = '2026-11-27T00:00:00.000Z';
  const year = generateSalesYear({
    end,
    owners: ['rep-1', 'rep-2'],
    products: demoCatalogBefore(end, 'rep-1'),
    teamId: 'team-east',
    leads: 2_000,
    opportunities: 200,
    orders: 80,
    tickets: 30,
  });

  it('is valid for every collection schema and consistent from lead to cash', () => {
    const schemas = [
      [year.events, eventSchema],
      [year.leads, leadSchema],
      [year.accounts, accountSchema],
      [year.activities, activitySchema],
      [year.opportunities, opportunitySchema],
      [year.quotes, quoteSchema],
      [year.orders, orderSchema],
      [year.invoices, invoiceSchema],
      [year.tickets, ticketSchema],
      [year.contacts, contactSchema],
    ] as const;
    for (const [records, schema] of schemas) {
      for (const record of records) expect(schema.parse(record)).toEqual(record);
    }
    expect(year.leads).toHaveLength(2_000);
    expect(year.opportunities).toHaveLength(200);
    expect(year.orders.length).toBeGreaterThan(20);
    expect(year.orders.length).toBeLessThanOrEqual(80);
    const accounts = new Set(year.accounts.map((account) => account.id));
    const orders = new Set(year.orders.map((order) => order.id));
    expect(year.opportunities.every((deal) => accounts.has(deal.accountId))).toBe(true);
    expect(
      year.invoices.every(
        (invoice) => invoice.orderId !== undefined && orders.has(invoice.orderId),
      ),
    ).toBe(true);
    const ids = Object.values(year).flatMap((records: { id: string }[]) =>
      records.map((record) => record.id),
    );
    expect(new Set(ids).size).toBe(ids.length);
    // Nothing is dated after the end of the year.
    expect(
      Object.values(year)
        .flat()
        .every((record: { createdAt: string }) => record.createdAt <= end),
    ).toBe(true);
  });

  it('reads like a real company: unique account names, mostly recent receivables, done tickets', () => {
    const names = year.accounts.map((account) => account.name);
    expect(new Set(names).size).toBe(names.length);
    // Each show once a year, in its month and where it is held: the Canton Fair in Guangzhou.
    const eventNames = year.events.map((event) => event.name);
    expect(new Set(eventNames).size).toBe(eventNames.length);
    for (const event of year.events) {
      const held = eventCalendar[new Date(event.startsOn).getUTCMonth()];
      expect(event.name).toBe(`${held?.name} ${event.startsOn.slice(0, 4)}`);
      expect(event.city).toBe(held?.city);
    }
    expect(year.events.find((event) => event.name.startsWith('广交会（秋季）'))?.city).toBe('广州');
    expect(names.every((name) => /^..{2}.+有限公司/.test(name))).toBe(true);

    const endMs = Date.parse(end);
    const open = (deal: (typeof year.opportunities)[number]) => !deal.stage.startsWith('closed');
    const oldDeals = year.opportunities.filter(
      (deal) => Date.parse(deal.createdAt) < endMs - 120 * 86_400_000,
    );
    expect(oldDeals.filter(open).length).toBeLessThanOrEqual(Math.ceil(oldDeals.length * 0.1));
    // An open deal is expected to close in the future, not on a date already gone.
    const openDeals = year.opportunities.filter(open);
    expect(openDeals.length).toBeGreaterThan(0);
    expect(openDeals.every((deal) => (deal.expectedCloseDate ?? '') >= end.slice(0, 10))).toBe(
      true,
    );
    const balance = (invoice: (typeof year.invoices)[number]) =>
      invoice.totals.total -
      invoice.payments.reduce((sum, payment) => sum + payment.amount.amount, 0) -
      (invoice.writeOff?.amount.amount ?? 0);
    const unpaid = year.invoices.filter((invoice) => balance(invoice) > 0);
    const daysOverdue = (invoice: (typeof year.invoices)[number]) =>
      (endMs - Date.parse(invoice.dueOn ?? end)) / 86_400_000;
    // Most invoices are paid; what is open is mostly not yet due or recently due.
    expect(unpaid.length).toBeLessThan(year.invoices.length / 3);
    expect(unpaid.filter((invoice) => daysOverdue(invoice) > 90).length).toBeLessThanOrEqual(
      Math.ceil(year.invoices.length * 0.05),
    );
    expect(year.invoices.some((invoice) => invoice.status === 'paid')).toBe(true);
    // Finance chased what was not paid in time: an invoice 30 days overdue has had its
    // reminders; collections has nothing older than a week left to send.
    const today = end.slice(0, 10);
    const overdue = year.invoices.filter(
      (invoice) =>
        ['issued', 'partially_paid'].includes(invoice.status) &&
        (invoice.dueOn ?? today) < addDays(today, -30),
    );
    expect(overdue.length).toBeGreaterThan(0);
    for (const invoice of overdue) {
      expect(invoice.dunning?.map((notice) => notice.level)).toEqual([
        'reminder',
        'second_reminder',
        'final_notice',
      ]);
      const next = nextDunningAction({ invoice, today });
      expect(next.kind === 'send' && next.on < addDays(today, -7)).toBe(false);
    }
    // Final numbers run gap-free per year in the order the invoices were issued.
    const byIssue = [...year.invoices].sort(
      (a, b) =>
        (a.issuedOn ?? '').localeCompare(b.issuedOn ?? '') ||
        a.createdAt.localeCompare(b.createdAt),
    );
    for (const yearOf of new Set(byIssue.map((invoice) => invoice.issuedOn?.slice(0, 4)))) {
      const numbers = byIssue
        .filter((invoice) => invoice.issuedOn?.startsWith(yearOf ?? ''))
        .map((invoice) => invoice.number);
      expect(numbers).toEqual(
        numbers.map((_, index) => `INV-${yearOf}-${String(index + 1).padStart(4, '0')}`),
      );
    }
    // Invoices belong to the order's owner (the app's invoice commands do the same).
    const orderOwners = new Map(year.orders.map((order) => [order.id, order.ownerId]));
    for (const invoice of year.invoices) {
      expect(invoice.ownerId).toBe(orderOwners.get(invoice.orderId ?? ''));
    }
    // Payments and write-offs are recorded by a person (the manager here), in Chinese.
    const recorders = year.invoices.flatMap((invoice) => [
      ...invoice.payments.map((payment) => payment.recordedBy),
      ...(invoice.writeOff ? [invoice.writeOff.by] : []),
    ]);
    expect(new Set(recorders)).toEqual(new Set(['rep-1']));

    const old = year.tickets.filter(
      (ticket) => Date.parse(ticket.createdAt) < endMs - 30 * 86_400_000,
    );
    const stillOpen = old.filter((ticket) => !['resolved', 'closed'].includes(ticket.status));
    expect(stillOpen.length).toBeLessThanOrEqual(Math.ceil(old.length * 0.1));
    expect(new Set(year.tickets.map((ticket) => ticket.subject)).size).toBeGreaterThan(3);
    expect(year.tickets.every((ticket) => ticket.assigneeId && ticket.channel)).toBe(true);
  });

  it("opens the tickets on the last weeks' orders at different times, not in the year's last minute", () => {
    const busy = generateSalesYear({
      end,
      owners: ['rep-1'],
      products: demoCatalogBefore(end, 'rep-1'),
      teamId: 'team-east',
      leads: 1_000,
      opportunities: 100,
      orders: 40,
      tickets: 400,
    });
    const endMs = Date.parse(end);
    const lastWeeks = busy.tickets.filter(
      (ticket) => Date.parse(ticket.createdAt) > endMs - 14 * 86_400_000,
    );
    expect(lastWeeks.length).toBeGreaterThan(5);
    // Deadlines are the ones the app sets for the priority; a service team meets most of them.
    for (const ticket of busy.tickets) {
      expect(applyServiceLevels({ ticket }).sla).toEqual(ticket.sla);
    }
    const done = busy.tickets.filter((ticket) => ticket.sla.resolvedAt !== undefined);
    const onTime = done.filter(
      (ticket) => (ticket.sla.resolvedAt ?? '') <= (ticket.sla.resolutionDueAt ?? ''),
    );
    expect(onTime.length).toBeGreaterThan(done.length * 0.7);
    expect(done.every((ticket) => ticket.resolution)).toBe(true);
    // Each first response is a reply on the ticket's timeline, when the SLA says it was.
    const replies = new Map(
      busy.activities
        .filter((activity) => activity.related.collection === 'tickets')
        .map((activity) => [activity.related.id, activity.occurredAt]),
    );
    for (const ticket of busy.tickets.filter((entry) => entry.sla.firstRespondedAt)) {
      expect(replies.get(ticket.id)).toBe(ticket.sla.firstRespondedAt);
    }
    const minutes = lastWeeks.map((ticket) => ticket.createdAt.slice(0, 16));
    expect(new Set(minutes).size).toBeGreaterThan(lastWeeks.length * 0.9);
  });

  it('makes every accepted quote a one-year contract from its signing, with a renewal date', () => {
    const accepted = year.quotes.filter((quote) => quote.status === 'accepted');
    expect(accepted.length).toBeGreaterThan(0);
    for (const quote of accepted) {
      const { contract, acceptance } = quote;
      // Signed while the quote was valid.
      expect((acceptance?.signedAt ?? '').slice(0, 10) <= quote.validUntil).toBe(true);
      expect(contract?.startsOn).toBe(acceptance?.signedAt.slice(0, 10));
      expect(contract && contract.startsOn < (contract.renewalOn ?? '')).toBe(true);
      expect(contract && (contract.renewalOn ?? '') < contract.endsOn).toBe(true);
    }
    // Signed within the year, none has ended; those ending within 30 days are up for renewal.
    const today = end.slice(0, 10);
    for (const quote of accepted) {
      const ending = addDays(today, 30) >= (quote.contract?.endsOn ?? '');
      expect(contractStatus({ quote, today })).toBe(ending ? 'expiring' : 'active');
    }
  });

  it('sells the catalog at its prices and VAT, and never ships goods before they arrive', () => {
    const catalog = new Map(year.products.map((product) => [product.id, product]));
    const quotes = new Map(year.quotes.map((quote) => [quote.id, quote]));
    for (const order of year.orders) {
      // The order names the contract its accepted quote was signed under.
      expect(order.contractNumber).toMatch(/^C-20\d\d-D1-\d{4}$/);
      expect(order.contractNumber).toBe(
        quotes.get(order.quoteId ?? '')?.acceptance?.contractNumber,
      );
    }
    const services = demoCatalogBefore(end, 'rep-1').filter(
      (product) => product.kind === 'service',
    );
    for (const order of year.orders) {
      for (const line of order.lines) {
        const product =
          catalog.get(line.productId ?? '') ?? services.find((service) => service.sku === line.sku);
        expect(product?.sku).toBe(line.sku);
        expect(line.taxRateBps).toBe(product?.taxRateBps);
        expect(line.unitPrice).toBe(
          product?.prices.find((price) => price.currency === 'CNY')?.amount,
        );
      }
    }
    // An order was last changed by its last delivery.
    for (const order of year.orders) {
      for (const shipment of order.shipments) {
        expect(order.updatedAt >= (shipment.deliveredAt ?? '')).toBe(true);
      }
    }
    expect(year.orders.every((order) => order.shipments.every((s) => s.lines.length > 0))).toBe(
      true,
    );
    // Nothing ships beyond what was ordered, nor is billed beyond what shipped.
    for (const order of year.orders) {
      const shipped = shippedQuantities(order);
      const invoiced = invoicedQuantities({ order, invoices: year.invoices });
      for (const line of order.lines) {
        expect(shipped[line.id] ?? 0).toBeLessThanOrEqual(line.quantityMilli);
        expect(invoiced[line.id] ?? 0).toBeLessThanOrEqual(shipped[line.id] ?? 0);
      }
    }
    expect(year.invoices.every((invoice) => invoice.lines.every((line) => line.sourceLineId))).toBe(
      true,
    );
    // Walk the goods' ledger in time order: on hand never goes below zero (services hold none).
    const ledger = inventoryLedger({ products: year.products, orders: year.orders })
      .filter((movement) => catalog.has(movement.productId))
      .sort((a, b) => a.at.localeCompare(b.at));
    const onHand = new Map<string, number>();
    let lowest = 0;
    for (const movement of ledger) {
      const sign = { receipt: 1, adjustment: 1, shipment: -1, reservation: 0, release: 0 }[
        movement.kind
      ];
      const next = (onHand.get(movement.productId) ?? 0) + sign * movement.quantityMilli;
      onHand.set(movement.productId, next);
      lowest = Math.min(lowest, next);
    }
    expect(lowest).toBe(0);
    expect(ledger.filter((movement) => movement.kind === 'shipment').length).toBeGreaterThan(20);
    const receipts = year.products.flatMap((product) => product.stockMovements);
    // One purchase order a month, numbered from 0001 each year without gaps.
    const references = [...new Set(receipts.map((receipt) => receipt.reference))];
    expect(references.length).toBeGreaterThan(5);
    for (const yearOf of new Set(references.map((reference) => reference.slice(3, 7)))) {
      const serials = references
        .filter((reference) => reference.startsWith(`PO-${yearOf}-`))
        .map((reference) => Number(reference.slice(8)))
        .sort((a, b) => a - b);
      expect(serials).toEqual(serials.map((_, index) => index + 1));
    }
  });

  it('leaves the last two weeks’ big discounts waiting for the manager, unsent', () => {
    const endMs = Date.parse(end);
    const waiting = year.quotes.filter((quote) => quote.status === 'pending_approval');
    expect(waiting.length).toBeGreaterThan(0);
    for (const quote of waiting) {
      expect(quote.sentAt).toBeUndefined();
      expect(quote.approval).toMatchObject({ requestedBy: quote.ownerId });
      expect(quote.approval?.decision).toBeUndefined();
      expect(Date.parse(quote.approval?.requestedAt ?? '')).toBeGreaterThan(
        endMs - 14 * 86_400_000,
      );
      expect(quote.totals.discount).toBeGreaterThan(quote.totals.subtotal * 0.1);
    }
    // Decided ones name the manager who approved them.
    const decided = year.quotes.filter((quote) => quote.approval?.decision === 'approved');
    expect(decided.length).toBeGreaterThan(0);
    expect(decided.every((quote) => quote.approval?.decidedBy === 'rep-1')).toBe(true);
  });

  it("has worked the last week's hot-lead follow-ups, so a device signing in makes none overdue", () => {
    const endMs = Date.parse(end);
    const followUps = year.activities.filter(
      (activity) => activity.automation?.ruleId === 'hot-lead-1h',
    );
    expect(followUps.length).toBeGreaterThan(0);
    for (const task of followUps) {
      if (!task.done) expect(Date.parse(task.dueAt ?? '')).toBeGreaterThan(endMs - 2 * 86_400_000);
      else expect((task.doneAt ?? '') <= (task.dueAt ?? '')).toBe(true);
    }
    const made = automatedTasks({
      rules: defaultAutomationRules.rules,
      now: end,
      leads: year.leads,
      opportunities: [],
      quotes: [],
      invoices: [],
      activities: year.activities,
    });
    expect(made).toEqual([]);
  });

  it('gives every account its converted lead as primary contact, on its quotes and tickets', () => {
    const contacts = new Map(year.contacts.map((contact) => [contact.accountId, contact]));
    const leads = new Map(year.leads.map((lead) => [lead.id, lead]));
    for (const account of year.accounts) {
      const contact = contacts.get(account.id);
      expect(contact).toMatchObject({ isPrimary: true, leadId: account.leadId });
      expect(contact?.lastName).toBe(leads.get(account.leadId ?? '')?.lastName);
      expect(contact?.title).not.toBe('');
    }
    for (const quote of year.quotes)
      expect(quote.contactId).toBe(contacts.get(quote.accountId)?.id);
    const orders = new Map(year.orders.map((order) => [order.id, order]));
    for (const ticket of year.tickets) {
      expect(ticket.contactId).toBe(contacts.get(ticket.accountId)?.id);
      // Opened about what was delivered, after it arrived.
      const deliveredAt = orders.get(ticket.orderId ?? '')?.shipments[0]?.deliveredAt ?? '';
      expect(deliveredAt !== '' && deliveredAt <= ticket.createdAt).toBe(true);
    }
  });

  it('is the same for the same seed', () => {
    const again = generateSalesYear({
      end,
      owners: ['rep-1', 'rep-2'],
      products: demoCatalogBefore(end, 'rep-1'),
      teamId: 'team-east',
      leads: 2_000,
      opportunities: 200,
      orders: 80,
      tickets: 30,
    });
    expect(again).toEqual(year);
  });
});
