import { describe, expect, it } from 'vitest';
import { collectionSchemas } from './collections.ts';
import { exampleRecords } from './exampleRecords.ts';

const {
  accounts,
  activities,
  contacts,
  events,
  invoices,
  opportunities,
  orders,
  products,
  quotes,
  tickets,
} = exampleRecords;
const [firstLine] = quotes.lines;
if (firstLine === undefined) throw new Error('example quote has lines');

type Case = { name: string; collection: keyof typeof collectionSchemas; record: unknown };

const rejected: Case[] = [
  { name: 'account without a name', collection: 'accounts', record: { ...accounts, name: '' } },
  {
    name: 'account with a 3-letter country',
    collection: 'accounts',
    record: { ...accounts, country: 'CHN' },
  },
  { name: 'account with a blank tag', collection: 'accounts', record: { ...accounts, tags: [''] } },
  {
    name: 'contact without an account',
    collection: 'contacts',
    record: { ...contacts, accountId: undefined },
  },
  {
    name: 'activity of an unknown type',
    collection: 'activities',
    record: { ...activities, type: 'fax' },
  },
  {
    name: 'activity related to a quote',
    collection: 'activities',
    record: { ...activities, related: { collection: 'quotes', id: activities.related.id } },
  },
  {
    name: 'activity with a local time',
    collection: 'activities',
    record: { ...activities, occurredAt: '2026-03-05T14:00:00+08:00' },
  },
  {
    name: 'opportunity at 101 %',
    collection: 'opportunities',
    record: { ...opportunities, probability: 101 },
  },
  {
    name: 'opportunity with a float amount',
    collection: 'opportunities',
    record: { ...opportunities, amount: { amount: 30011.5, currency: 'CNY' } },
  },
  {
    name: 'opportunity with a lower-case currency',
    collection: 'opportunities',
    record: { ...opportunities, amount: { amount: 1, currency: 'cny' } },
  },
  {
    name: 'opportunity in an unknown stage',
    collection: 'opportunities',
    record: { ...opportunities, stage: 'won' },
  },
  {
    name: 'opportunity closing on an impossible date',
    collection: 'opportunities',
    record: { ...opportunities, expectedCloseDate: '2026-02-30' },
  },
  {
    name: 'product with tax above 100 %',
    collection: 'products',
    record: { ...products, taxRateBps: 10_001 },
  },
  { name: 'product without a sku', collection: 'products', record: { ...products, sku: '' } },
  {
    name: 'product with an unknown unit',
    collection: 'products',
    record: { ...products, unit: 'bushel' },
  },
  {
    name: 'event question of an unknown type',
    collection: 'events',
    record: {
      ...events,
      qualificationQuestions: [
        { id: 'q', type: 'slider', prompt: 'x', required: false, options: [] },
      ],
    },
  },
  { name: 'quote at version 0', collection: 'quotes', record: { ...quotes, version: 0 } },
  {
    name: 'quote line with a fractional quantity',
    collection: 'quotes',
    record: { ...quotes, lines: [{ ...firstLine, quantityMilli: 2.5 }] },
  },
  {
    name: 'quote line with a negative price',
    collection: 'quotes',
    record: { ...quotes, lines: [{ ...firstLine, unitPrice: -1 }] },
  },
  {
    name: 'quote line discount above 100 %',
    collection: 'quotes',
    record: { ...quotes, lines: [{ ...firstLine, discountBps: 10_001 }] },
  },
  {
    name: 'quote approval with an unknown decision',
    collection: 'quotes',
    record: { ...quotes, approval: { ...quotes.approval, decision: 'maybe' } },
  },
  {
    name: 'order in an unknown status',
    collection: 'orders',
    record: { ...orders, status: 'shipped' },
  },
  {
    name: 'order shipment with no lines',
    collection: 'orders',
    record: { ...orders, shipments: [{ id: firstLine.id, lines: [] }] },
  },
  {
    name: 'invoice payment by an unknown method',
    collection: 'invoices',
    record: { ...invoices, payments: [{ ...invoices.payments[0], method: 'barter' }] },
  },
  {
    name: 'invoice write-off without a reason',
    collection: 'invoices',
    record: {
      ...invoices,
      writeOff: {
        amount: { amount: 1, currency: 'CNY' },
        reason: '',
        by: 'u',
        at: '2026-05-01T00:00:00.000Z',
      },
    },
  },
  {
    name: 'ticket with an unknown priority',
    collection: 'tickets',
    record: { ...tickets, priority: 'p0' },
  },
  { name: 'ticket without a subject', collection: 'tickets', record: { ...tickets, subject: '' } },
];

describe('entity schemas', () => {
  it.each(rejected)('rejects $name', ({ collection, record }) => {
    expect(collectionSchemas[collection].safeParse(record).success).toBe(false);
  });

  it('fills defaults for optional lists and text', () => {
    const { tags: _tags, notes: _notes, ...bare } = accounts;
    expect(collectionSchemas.accounts.parse(bare)).toMatchObject({ tags: [], notes: '' });
    const { shipments: _shipments, ...unshipped } = orders;
    expect(collectionSchemas.orders.parse(unshipped).shipments).toEqual([]);
    const {
      done: _done,
      contactIds: _contactIds,
      body: _body,
      ...task
    } = {
      ...activities,
      type: 'task' as const,
      dueAt: '2026-03-08T01:00:00.000Z',
      reminderAt: '2026-03-08T00:30:00.000Z',
    };
    expect(collectionSchemas.activities.parse(task)).toMatchObject({
      done: false,
      contactIds: [],
      body: '',
    });
  });

  it('keeps zero-decimal currencies as whole units', () => {
    const yen = { ...opportunities, amount: { amount: 2_700_000, currency: 'JPY' } };
    expect(collectionSchemas.opportunities.parse(yen).amount).toEqual({
      amount: 2_700_000,
      currency: 'JPY',
    });
  });

  it('rejects amounts beyond the safe integer range', () => {
    const huge = {
      ...opportunities,
      amount: { amount: Number.MAX_SAFE_INTEGER + 2, currency: 'CNY' },
    };
    expect(collectionSchemas.opportunities.safeParse(huge).success).toBe(false);
  });
});
