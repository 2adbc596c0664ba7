import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../../../../shared/domain/exampleRecords.ts';
import type { AnalyticsRecords } from '../../../data/analytics/analyticsMirrors.ts';
import { recordsOwnedBy } from './buildDashboard.ts';

const rep = '0190a000-0000-7000-8000-0000000000a1';
const otherRep = '0190a000-0000-7000-8000-0000000000a2';
const finance = '0190a000-0000-7000-8000-0000000000f5';

const order = (id: string, ownerId: string) => ({ ...exampleRecords.orders, id, ownerId });
const invoice = (id: string, ownerId: string, orderId?: string) => {
  const { orderId: _orderId, ...rest } = exampleRecords.invoices;
  return { ...rest, id, ownerId, ...(orderId ? { orderId } : {}) };
};

const records: AnalyticsRecords = {
  leads: [],
  activities: [],
  opportunities: [],
  quotes: [],
  events: [],
  tickets: [],
  orders: [order('order-rep', rep), order('order-other', otherRep)],
  invoices: [
    invoice('inv-on-rep-order', finance, 'order-rep'),
    invoice('inv-on-other-order', finance, 'order-other'),
    invoice('inv-by-rep', rep),
    invoice('inv-by-finance-alone', finance),
  ],
};

describe('a dashboard scope', () => {
  it("counts the invoices finance issued on the scope's orders as the scope's cash", () => {
    const scoped = recordsOwnedBy(records, new Set([rep]));
    expect(scoped.orders.map((row) => row.id)).toEqual(['order-rep']);
    expect(scoped.invoices.map((row) => row.id)).toEqual(['inv-on-rep-order', 'inv-by-rep']);
  });

  it('keeps everything when it names nobody (the whole company)', () => {
    expect(recordsOwnedBy(records, undefined).invoices).toHaveLength(4);
  });
});
