import { isValidPhoneNumber, parsePhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { chineseMailbox, withoutLegalForm } from '../../shared/demo/demoNames.ts';
import { collectionNames, collectionSchemas } from '../../shared/domain/collections.ts';
import { inventoryLedger } from '../../shared/orders/orderStockMovements.ts';
import { backorderWarnings, stockLevels } from '../../shared/orders/stockLedger.ts';
import { contractStatus } from '../../shared/quotes/contractStatus.ts';
import { buildDemoDocuments } from './demoData.ts';

const people = {
  admin: '0190a000-0000-7000-8000-0000000000f0',
  manager: '0190a000-0000-7000-8000-0000000000f1',
  rep1: '0190a000-0000-7000-8000-0000000000f2',
  rep2: '0190a000-0000-7000-8000-0000000000f3',
  teamId: '0190a000-0000-7000-8000-0000000000f4',
};
const now = new Date('2026-11-02T02:00:00.000Z');
const documents = buildDemoDocuments(people, now);

describe('demo company', () => {
  it.each(collectionNames)('%s are valid records', (name) => {
    for (const record of documents[name]) {
      expect(() => collectionSchemas[name].parse(record)).not.toThrow();
    }
  });

  it('gives each person an e-mail address and a title that fit their name', () => {
    const han = /\p{Script=Han}/u;
    const people = [...documents.leads, ...documents.contacts];
    expect(people.length).toBeGreaterThan(100);
    for (const { firstName = '', lastName = '', email = '', title = '' } of people) {
      if (han.test(lastName)) {
        // 王丽 writes as wang.li…@, not as someone else's address.
        expect(email.startsWith(`${chineseMailbox(lastName, firstName)}`)).toBe(true);
        expect(email).toMatch(/^[a-z.]+\d+@example\.cn$/);
        expect(title).toMatch(han);
      } else {
        expect(email.startsWith(`${firstName.toLowerCase()}.`)).toBe(true);
        expect(email).toMatch(/^[a-z.]+\d+@example\.com$/);
        expect(title).not.toMatch(han);
      }
    }
  });

  it('rates leads as their reps saw them: disqualified ones cold, none with a budget', () => {
    const disqualified = documents.leads.filter((lead) => lead.status === 'disqualified');
    expect(disqualified.length).toBeGreaterThan(5);
    for (const lead of disqualified) expect(lead.budget).toBeUndefined();
    const cold = disqualified.filter((lead) => lead.rating === 'cold').length;
    expect(cold / disqualified.length).toBeGreaterThan(0.75);
    // What the reps found out: sizes, budgets and timelines on many leads, which the score reads.
    expect(documents.leads.filter((lead) => lead.companySize !== undefined).length).toBeGreaterThan(
      40,
    );
    expect(
      documents.leads.filter((lead) => lead.purchaseTimeline !== undefined).length,
    ).toBeGreaterThan(40);
  });

  it('asks booth visitors for consent in both languages, with a version each lead records', () => {
    const [event] = documents.events;
    expect(event?.consent?.version).toBeTruthy();
    expect(event?.consent?.textZh).toMatch(/\p{Script=Han}/u);
    expect(event?.consent?.textEn).toMatch(/^I agree/);
  });

  it('names each deal after its account as people say it, never cut mid-word', () => {
    expect(withoutLegalForm('Nordlicht Logistics GmbH')).toBe('Nordlicht Logistics');
    expect(withoutLegalForm('Summit Components Inc.')).toBe('Summit Components');
    expect(withoutLegalForm('苏州恒达精密制造有限公司')).toBe('苏州恒达精密制造');
    const accountNames = new Map(documents.accounts.map((account) => [account.id, account.name]));
    expect(documents.opportunities.length).toBeGreaterThan(0);
    for (const deal of documents.opportunities) {
      const account = accountNames.get(deal.accountId) ?? '';
      expect(deal.name.startsWith(`${withoutLegalForm(account)} – `)).toBe(true);
    }
  });

  it('gives the service ticket deadlines from its own dates: answered in time, resolution late', () => {
    const [ticket] = documents.tickets;
    if (!ticket) throw new Error('no demo ticket');
    const opened = Date.parse(ticket.createdAt);
    const hours = (iso: string | undefined) => (Date.parse(iso ?? '') - opened) / 3_600_000;
    // High priority: first response within 4 h, resolution within 24 h (the default targets).
    expect(hours(ticket.sla.firstResponseDueAt)).toBe(4);
    expect(hours(ticket.sla.firstRespondedAt)).toBeLessThan(4);
    expect(hours(ticket.sla.resolutionDueAt)).toBe(24);
    // Five days old and still in progress: days late, not months.
    const now = Date.parse('2026-11-02T02:00:00.000Z');
    expect((now - Date.parse(ticket.sla.resolutionDueAt ?? '')) / 86_400_000).toBe(4);
  });

  it('has goods in stock and demo orders that stock covers (no backorder warning)', () => {
    const { products, orders, quotes, invoices } = documents;
    const known = new Set(products.map((product) => product.id));
    for (const doc of [...orders, ...quotes, ...invoices]) {
      for (const line of doc.lines) {
        if (line.productId !== undefined) expect(known).toContain(line.productId);
      }
    }
    const movements = inventoryLedger({ products, orders });
    for (const order of orders) {
      expect(order.lines.some((line) => line.productId !== undefined)).toBe(true);
      expect(backorderWarnings({ order, movements })).toEqual([]);
    }
    const scanner = products.find((product) => product.sku === 'FB-SCN-200');
    // 100 received, 10 of the demo order shipped, its other 10 reserved.
    expect(stockLevels({ movements })[scanner?.id ?? '']).toMatchObject({
      onHand: 90_000,
      reserved: 10_000,
      available: 80_000,
    });
    const services = products.filter((product) => /^FB-(SVC|WAR)-/.test(product.sku));
    expect(services.map((product) => product.kind)).toEqual(['service', 'service', 'service']);
    expect(services.every((product) => product.stockMovements.length === 0)).toBe(true);
  });

  it('places each customer where its name says, so quotes abroad are exports', () => {
    const country = (name: string) =>
      documents.accounts.find((account) => account.name === name)?.country;
    expect(country('Nordlicht Logistics GmbH')).toBe('DE');
    expect(country('Helix Pharma AG')).toBe('CH');
    for (const account of documents.accounts) {
      const han = /\p{Script=Han}/u.test(account.name);
      expect(account.country === 'CN').toBe(han);
      expect(account.address?.country).toBe(account.country);
      expect(parsePhoneNumber(account.phone ?? '').country).toBe(account.country);
      // 杭州云帆物流 is in 杭州.
      if (han) expect(account.name.startsWith(account.address?.city ?? '-')).toBe(true);
    }
    const phones = documents.accounts.map((account) => account.phone);
    expect(new Set(phones).size).toBe(phones.length);
  });

  it("gives each contact a mobile number of their own, valid in their company's country", () => {
    const phones = documents.contacts.map((contact) => contact.phone ?? '');
    expect(new Set(phones).size).toBe(phones.length);
    for (const contact of documents.contacts) {
      const country = documents.accounts.find(
        (account) => account.id === contact.accountId,
      )?.country;
      if (!country) throw new Error(`${contact.lastName} has no company`);
      // Written internationally: valid as dialled, and dialling into the company's country.
      expect(isValidPhoneNumber(contact.phone ?? ''), contact.phone).toBe(true);
      expect(parsePhoneNumber(contact.phone ?? '').country, contact.phone).toBe(country);
    }
  });

  it('has a signed contract running today, dated as the quote it came from', () => {
    const [quote] = documents.quotes;
    if (!quote?.contract || !quote.acceptance || !quote.sentAt) throw new Error('no contract');
    expect(contractStatus({ quote, today: now.toISOString().slice(0, 10) })).toBe('active');
    expect(quote.createdAt <= quote.sentAt).toBe(true);
    expect(quote.sentAt < quote.acceptance.signedAt).toBe(true);
    expect(quote.acceptance.signedAt.slice(0, 10) <= quote.contract.startsOn).toBe(true);
    const contact = documents.contacts.find((person) => person.id === quote.contactId);
    expect(quote.acceptance.signedBy).toBe(`${contact?.lastName}${contact?.firstName}`);
  });

  it('charges the VAT a Chinese seller charges: installation 9 %, training 6 %, goods 13 %', () => {
    const rates = Object.fromEntries(
      documents.products.map((product) => [product.sku, product.taxRateBps]),
    );
    expect(rates).toMatchObject({
      'FB-SCN-200': 1300,
      'FB-SVC-INST': 900,
      'FB-SVC-TRN': 600,
      'FB-WAR-3Y': 1300,
    });
  });

  it('runs its first deal through the chain in order, from the lead it came from to the overdue invoice', () => {
    const [order] = documents.orders;
    const [invoice] = documents.invoices;
    const quote = documents.quotes.find((candidate) => candidate.id === order?.quoteId);
    const deal = documents.opportunities.find((candidate) => candidate.id === quote?.opportunityId);
    const lead = documents.leads.find((candidate) => candidate.id === deal?.leadId);
    const account = documents.accounts.find((candidate) => candidate.id === quote?.accountId);
    if (!order || !invoice || !quote || !deal || !lead || !account) throw new Error('chain broken');
    // The lead became the account, its contact and the deal.
    expect(lead.status).toBe('converted');
    expect([lead.convertedAccountId, lead.convertedOpportunityId]).toEqual([account.id, deal.id]);
    expect([account.leadId, deal.leadId]).toEqual([lead.id, lead.id]);
    expect(deal.stage).toBe('closed_won');
    expect(deal.amount).toEqual({ amount: quote.totals.total, currency: quote.currency });
    // Each step after the one before it.
    const steps = [
      lead.createdAt,
      lead.convertedAt,
      quote.sentAt,
      quote.acceptance?.signedAt,
      order.confirmedAt,
      order.shipments[0]?.shippedAt,
      `${invoice.issuedOn}T23:59:59.999Z`,
    ];
    expect(steps.every((at) => at !== undefined)).toBe(true);
    expect([...steps].sort()).toEqual(steps);
    expect(account.createdAt <= (quote.createdAt ?? '')).toBe(true);
    // Due 35 days before today, partly paid.
    expect(Date.parse(invoice.dueOn ?? '') + 35 * 86_400_000).toBe(
      Date.parse(now.toISOString().slice(0, 10)),
    );
    expect(invoice.payments[0]?.receivedOn).toBeDefined();
  });
});
