import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../domain/exampleRecords.ts';
import { type Order, orderSchema } from '../domain/order.ts';
import { cancelOrder, cancelUnshippedRest } from './cancelOrder.ts';
import {
  markShipmentDelivered,
  orderStatusAfterShipments,
  recordShipment,
  remainingToShip,
  shippedQuantities,
} from './shipments.ts';

const [line1, line2] = exampleRecords.orders.lines;
if (line1 === undefined || line2 === undefined) throw new Error('example order has two lines');
const confirmed: Order = { ...exampleRecords.orders, status: 'confirmed', shipments: [] };
const rep = { id: 'user-wang-li', role: 'rep' as const };
const manager = { id: 'user-zhang-wei', role: 'manager' as const };
const now = '2026-03-15T02:00:00.000Z';
const sid = (n: number) => `0195a3c2-7f00-7000-8000-0000000005${String(n).padStart(2, '0')}`;

function ship(
  order: Order,
  n: number,
  lines: { orderLineId: string; quantityMilli: number }[],
): Order {
  return recordShipment({
    order,
    shipment: { id: sid(n), lines, carrier: 'SF Express', shippedAt: now },
    actor: rep,
    now,
  });
}

describe('shipments', () => {
  it('allows partial shipments and follows with the order status', () => {
    const first = ship(confirmed, 1, [{ orderLineId: line1.id, quantityMilli: 10_000 }]);
    expect(first.status).toBe('in_fulfillment');
    expect(shippedQuantities(first)).toEqual({ [line1.id]: 10_000 });
    expect(remainingToShip(first)).toEqual({ [line1.id]: 10_000, [line2.id]: 2_500 });
    const second = ship(first, 2, [
      { orderLineId: line1.id, quantityMilli: 4_000 },
      { orderLineId: line1.id, quantityMilli: 6_000 },
      { orderLineId: line2.id, quantityMilli: 2_500 },
    ]);
    expect(second.status).toBe('fulfilled');
    expect(shippedQuantities(second)).toEqual({ [line1.id]: 20_000, [line2.id]: 2_500 });
    expect(orderSchema.parse(second)).toEqual(second);
  });

  it('goes from confirmed to fulfilled in one full shipment', () => {
    const all = ship(confirmed, 1, [
      { orderLineId: line1.id, quantityMilli: 20_000 },
      { orderLineId: line2.id, quantityMilli: 2_500 },
    ]);
    expect(all.status).toBe('fulfilled');
    expect(orderStatusAfterShipments({ ...all, status: 'closed' })).toBe('closed');
  });

  it('refuses over-shipping, unknown lines, repeats and unconfirmed orders', () => {
    const first = ship(confirmed, 1, [{ orderLineId: line1.id, quantityMilli: 15_000 }]);
    expect(() => ship(first, 2, [{ orderLineId: line1.id, quantityMilli: 5_001 }])).toThrow(
      expect.objectContaining({
        code: 'overShipment',
        params: expect.objectContaining({ remaining: 5_000 }),
      }),
    );
    expect(() => ship(first, 2, [{ orderLineId: sid(99), quantityMilli: 1 }])).toThrow(
      expect.objectContaining({ code: 'unknownOrderLine' }),
    );
    expect(() => ship(first, 1, [{ orderLineId: line1.id, quantityMilli: 1 }])).toThrow(
      expect.objectContaining({ code: 'duplicateShipment' }),
    );
    expect(() =>
      ship({ ...confirmed, status: 'draft' }, 1, [{ orderLineId: line1.id, quantityMilli: 1 }]),
    ).toThrow(expect.objectContaining({ code: 'orderNotShippable' }));
  });

  it('records delivery', () => {
    const first = ship(confirmed, 1, [{ orderLineId: line1.id, quantityMilli: 1_000 }]);
    const delivered = markShipmentDelivered({
      order: first,
      shipmentId: sid(1),
      deliveredAt: '2026-03-17T06:00:00.000Z',
    });
    expect(delivered.shipments[0]?.deliveredAt).toBe('2026-03-17T06:00:00.000Z');
    expect(() =>
      markShipmentDelivered({ order: first, shipmentId: sid(2), deliveredAt: now }),
    ).toThrow(expect.objectContaining({ code: 'shipmentNotFound' }));
  });
});

describe('cancellation', () => {
  it('cancels an unshipped order with a reason', () => {
    expect(
      cancelOrder({ order: confirmed, actor: rep, reason: ' Budget cut ', now }),
    ).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Budget cut',
    });
    expect(() => cancelOrder({ order: confirmed, actor: rep, reason: ' ', now })).toThrow(
      expect.objectContaining({ code: 'reasonRequired' }),
    );
  });

  it('never cancels a whole order once goods are out', () => {
    const partly = ship(confirmed, 1, [{ orderLineId: line1.id, quantityMilli: 10_000 }]);
    expect(() => cancelOrder({ order: partly, actor: manager, reason: 'x', now })).toThrow(
      expect.objectContaining({ code: 'orderHasShipments' }),
    );
  });

  it('lets a manager cut a partly shipped order to what shipped', () => {
    const partly = ship(confirmed, 1, [{ orderLineId: line1.id, quantityMilli: 10_000 }]);
    expect(() => cancelUnshippedRest({ order: partly, actor: rep, reason: 'x', now })).toThrow(
      expect.objectContaining({ code: 'roleNotAllowed' }),
    );
    const cut = cancelUnshippedRest({
      order: partly,
      actor: manager,
      reason: 'Rest discontinued',
      now,
    });
    expect(cut).toMatchObject({ status: 'fulfilled', cancelReason: 'Rest discontinued' });
    expect(cut.lines).toEqual([{ ...line1, quantityMilli: 10_000 }]);
    // 10 × 1,299.00 − 5 % = 12,340.50; + 13 % tax 1,604.27
    expect(cut.totals).toEqual({
      subtotal: 1_299_000,
      discount: 64_950,
      tax: 160_427,
      total: 1_394_477,
    });
    expect(() =>
      cancelUnshippedRest({ order: confirmed, actor: manager, reason: 'x', now }),
    ).toThrow(expect.objectContaining({ code: 'forbiddenTransition' }));
  });
});
