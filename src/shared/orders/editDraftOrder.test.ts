import { describe, expect, it } from 'vitest';
import { DomainError } from '../domain/DomainError.ts';
import type { LineItem } from '../domain/lineItemSchema.ts';
import type { Order } from '../domain/order.ts';
import { orderSchema } from '../domain/order.ts';
import {
  addDraftOrderLine,
  changeDraftOrderLineQuantity,
  removeDraftOrderLine,
  setDraftOrderShipTo,
} from './editDraftOrder.ts';

const now = '2026-03-12T08:00:00.000Z';
const line = (id: string, quantityMilli: number, unitPrice: number): LineItem => ({
  id,
  description: `Item ${id.slice(-1)}`,
  quantityMilli,
  unitPrice,
  discountBps: 0,
  taxRateBps: 1300,
});
const lineA = line('0195a3c2-7f00-7000-8000-00000000000a', 2_000, 10_000);
const lineB = line('0195a3c2-7f00-7000-8000-00000000000b', 1_000, 5_000);
const draft: Order = {
  id: '0195a3c2-7f00-7000-8000-000000000f01',
  ownerId: 'rep-1',
  createdAt: '2026-03-11T00:00:00.000Z',
  updatedAt: '2026-03-11T00:00:00.000Z',
  accountId: '0195a3c2-7f00-7000-8000-000000000a01',
  number: 'SO-2026-A7-0001',
  status: 'draft',
  currency: 'CNY',
  lines: [lineA],
  orderDiscountBps: 0,
  totals: { subtotal: 20_000, discount: 0, tax: 2_600, total: 22_600 },
  shipments: [],
};

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? error.code : 'not a DomainError';
  }
  return undefined;
}

describe('editing a draft order', () => {
  it('adds, changes and removes lines, re-totalling every time', () => {
    const added = addDraftOrderLine({ order: draft, line: lineB, now });
    expect(added.totals).toEqual({ subtotal: 25_000, discount: 0, tax: 3_250, total: 28_250 });
    expect(added.updatedAt).toBe(now);
    const changed = changeDraftOrderLineQuantity({
      order: added,
      lineId: lineB.id,
      quantityMilli: 2_500,
      now,
    });
    // 2 × 100.00 + 2.5 × 50.00 = 325.00, + 13 % = 367.25
    expect(changed.totals.total).toBe(36_725);
    expect(changed.lines.map((l) => l.quantityMilli)).toEqual([2_000, 2_500]);
    const removed = removeDraftOrderLine({ order: changed, lineId: lineA.id, now });
    expect(removed.lines.map((l) => l.id)).toEqual([lineB.id]);
    expect(removed.totals).toEqual({ subtotal: 12_500, discount: 0, tax: 1_625, total: 14_125 });
    expect(orderSchema.parse(removed)).toEqual(removed);
  });

  it('refuses a zero quantity and an unknown line', () => {
    expect(
      codeOf(() =>
        changeDraftOrderLineQuantity({ order: draft, lineId: lineA.id, quantityMilli: 0, now }),
      ),
    ).toBe('invalidLine');
    expect(codeOf(() => addDraftOrderLine({ order: draft, line: line(lineB.id, 0, 1), now }))).toBe(
      'invalidLine',
    );
    expect(codeOf(() => removeDraftOrderLine({ order: draft, lineId: lineB.id, now }))).toBe(
      'unknownOrderLine',
    );
  });

  it.each(['confirmed', 'in_fulfillment', 'fulfilled', 'closed', 'cancelled'] as const)(
    'leaves a %s order as it is',
    (status) => {
      const order = { ...draft, status };
      expect(codeOf(() => addDraftOrderLine({ order, line: lineB, now }))).toBe('orderNotEditable');
      expect(codeOf(() => removeDraftOrderLine({ order, lineId: lineA.id, now }))).toBe(
        'orderNotEditable',
      );
      expect(
        codeOf(() =>
          setDraftOrderShipTo({ order, shipTo: { line1: 'Hafenstr. 1', country: 'DE' }, now }),
        ),
      ).toBe('orderNotEditable');
    },
  );

  it('sets the ship-to and bills there too when the order has no bill-to', () => {
    const shipTo = { line1: '浦东新区张江路 88 号', city: '上海', country: 'CN' };
    const set = setDraftOrderShipTo({ order: draft, shipTo, now });
    expect(set).toMatchObject({ shipTo, billTo: shipTo, updatedAt: now });
    const billTo = { line1: 'Finance dept.', country: 'CN' };
    const kept = setDraftOrderShipTo({ order: { ...draft, billTo }, shipTo, now });
    expect(kept.billTo).toEqual(billTo);
    expect(
      codeOf(() =>
        setDraftOrderShipTo({ order: draft, shipTo: { line1: '  ', country: 'CN' }, now }),
      ),
    ).toBe('shipToRequired');
  });
});
