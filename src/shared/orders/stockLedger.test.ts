import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../domain/exampleRecords.ts';
import type { Order } from '../domain/order.ts';
import { releaseMovements, reservationMovements, shipmentMovements } from './orderMovements.ts';
import { recordShipment } from './shipments.ts';
import { backorderWarnings, mergeLedgers, stockLevels } from './stockLedger.ts';
import { type StockMovement, stockMovementSchema } from './stockMovement.ts';

const product = exampleRecords.products.id;
const other = '0195a3c2-7f00-7000-8000-0000000000e1';
const by = 'user-ops';
const at = (day: number) => `2026-03-${String(day).padStart(2, '0')}T00:00:00.000Z`;
const move = (
  id: string,
  kind: StockMovement['kind'],
  quantityMilli: number,
  reference: string,
  day = 1,
  productId = product,
): StockMovement =>
  stockMovementSchema.parse({ id, productId, kind, quantityMilli, reference, at: at(day), by });

const receipt = move('r1', 'receipt', 50_000, 'PO-1');

describe('stockLevels', () => {
  it('computes on hand, reserved and available per product', () => {
    const levels = stockLevels({
      movements: [
        receipt,
        move('a1', 'adjustment', -2_000, 'count-march', 2),
        move('res1', 'reservation', 20_000, 'order-1', 3),
        move('res2', 'reservation', 5_000, 'order-2', 3),
        move('ship1', 'shipment', 8_000, 'order-1', 4),
        move('rel2', 'release', 5_000, 'order-2', 5),
        move('r2', 'receipt', 1_000, 'PO-2', 5, other),
      ],
    });
    expect(levels).toEqual({
      [product]: { onHand: 40_000, reserved: 12_000, available: 28_000 },
      [other]: { onHand: 1_000, reserved: 0, available: 1_000 },
    });
  });

  it('counts a movement once however often it is synced', () => {
    expect(stockLevels({ movements: [receipt, receipt, receipt] })[product]?.onHand).toBe(50_000);
  });

  it('refuses non-positive movements other than adjustments', () => {
    expect(() => stockLevels({ movements: [{ ...receipt, quantityMilli: -1 }] })).toThrow(
      expect.objectContaining({ code: 'invalidStockMovement' }),
    );
  });

  it('converges when two devices ship from the same stock offline', () => {
    const server = [
      receipt,
      move('res-a', 'reservation', 30_000, 'order-a', 2),
      move('res-b', 'reservation', 15_000, 'order-b', 2),
    ];
    // Each device took the server's ledger, then appended its own shipment without a network.
    const deviceA = [...server, move('ship-a', 'shipment', 30_000, 'order-a', 3)];
    const deviceB = [...server, move('ship-b', 'shipment', 15_000, 'order-b', 3)];
    const onA = stockLevels({ movements: deviceA })[product];
    expect(onA).toEqual({ onHand: 20_000, reserved: 15_000, available: 5_000 });
    const merged1 = mergeLedgers(deviceA, deviceB);
    const merged2 = mergeLedgers(deviceB, server, deviceA);
    expect(merged2).toEqual(merged1);
    expect(stockLevels({ movements: merged1 })[product]).toEqual({
      onHand: 5_000,
      reserved: 0,
      available: 5_000,
    });
    // A counter each device overwrote would have ended at 20 or 35 units: the ledger cannot.
  });
});

describe('order movements and backorders', () => {
  const [line1, line2] = exampleRecords.orders.lines;
  if (line1 === undefined || line2 === undefined) throw new Error('example order has two lines');
  const order: Order = { ...exampleRecords.orders, status: 'confirmed', shipments: [] };

  it('reserves per product with ids derived from the order, so repeats do not double', () => {
    const reserve = reservationMovements({ order, at: at(2), by });
    expect(reserve).toEqual([
      {
        id: `${order.id}:reserve:${product}`,
        productId: product,
        kind: 'reservation',
        quantityMilli: 20_000,
        reference: order.id,
        at: at(2),
        by,
      },
    ]);
    const twice = [
      receipt,
      ...reserve,
      ...reservationMovements({ order, at: at(3), by: 'other-device' }),
    ];
    expect(stockLevels({ movements: twice })[product]?.reserved).toBe(20_000);
  });

  it('ships and releases against the reservation', () => {
    const reserve = reservationMovements({ order, at: at(2), by });
    const shipment = {
      id: '0195a3c2-7f00-7000-8000-000000000601',
      lines: [
        { orderLineId: line1.id, quantityMilli: 10_000 },
        { orderLineId: line2.id, quantityMilli: 2_500 },
      ],
      shippedAt: at(4),
    };
    const shipped = recordShipment({ order, shipment, actor: { id: by, role: 'rep' }, now: at(4) });
    const out = shipmentMovements({ order: shipped, shipment, at: at(4), by });
    expect(out).toHaveLength(1);
    const ledger = [receipt, ...reserve, ...out];
    expect(stockLevels({ movements: ledger })[product]).toEqual({
      onHand: 40_000,
      reserved: 10_000,
      available: 30_000,
    });
    const release = releaseMovements({ orderId: order.id, movements: ledger, at: at(5), by });
    expect(stockLevels({ movements: [...ledger, ...release] })[product]).toEqual({
      onHand: 40_000,
      reserved: 0,
      available: 40_000,
    });
    expect(
      releaseMovements({ orderId: order.id, movements: [...ledger, ...release], at: at(6), by }),
    ).toEqual([]);
  });

  it('warns when a confirmed order exceeds the available stock', () => {
    const small = [
      move('r', 'receipt', 12_000, 'PO'),
      move('x', 'reservation', 4_000, 'other-order', 2),
    ];
    expect(backorderWarnings({ order, movements: small })).toEqual([
      { productId: product, needed: 20_000, covered: 8_000, short: 12_000 },
    ]);
    // Its own reservation counts as cover, not as competition.
    const held = [
      move('r', 'receipt', 20_000, 'PO'),
      ...reservationMovements({ order, at: at(2), by }),
    ];
    expect(backorderWarnings({ order, movements: held })).toEqual([]);
  });
});
