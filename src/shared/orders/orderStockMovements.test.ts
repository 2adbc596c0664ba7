import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../domain/exampleRecords.ts';
import type { Order } from '../domain/order.ts';
import { productSchema } from '../domain/product.ts';
import { inventoryLedger, orderStockMovements } from './orderStockMovements.ts';
import { recordStockMovement } from './recordStockMovement.ts';
import { backorderWarnings, stockLevels } from './stockLedger.ts';

const product = { ...exampleRecords.products, stockMovements: [] };
const [line1] = exampleRecords.orders.lines;
if (line1 === undefined) throw new Error('example order has a line');
const manager = { id: 'user-zhang-wei', role: 'manager' as const };
const now = '2026-03-20T02:00:00.000Z';
const base: Order = { ...exampleRecords.orders, status: 'confirmed', shipments: [] };
const shipment = (id: string, quantityMilli: number, shippedAt: string) => ({
  id,
  lines: [{ orderLineId: line1.id, quantityMilli }],
  shippedAt,
});
const stocked = recordStockMovement({
  product,
  movement: { id: 'receipt-1', kind: 'receipt', quantityMilli: 50_000, reference: 'PO-7', at: now },
  actor: manager,
  now,
});

describe('orderStockMovements', () => {
  it.each<[string, Partial<Order>, { onHand: number; reserved: number }]>([
    ['a draft holds nothing', { status: 'draft' }, { onHand: 50_000, reserved: 0 }],
    ['a confirmed order reserves its lines', {}, { onHand: 50_000, reserved: 20_000 }],
    [
      'a partly shipped order holds only the rest',
      { status: 'in_fulfillment', shipments: [shipment('s1', 8_000, now)] },
      { onHand: 42_000, reserved: 12_000 },
    ],
    [
      'a shipment dated before the confirmation still uses the hold up',
      {
        status: 'in_fulfillment',
        confirmedAt: '2026-03-25T00:00:00.000Z',
        shipments: [shipment('s1', 8_000, '2026-03-01T00:00:00.000Z')],
      },
      { onHand: 42_000, reserved: 12_000 },
    ],
    [
      'a fulfilled order holds nothing more',
      { status: 'fulfilled', shipments: [shipment('s1', 20_000, now)] },
      { onHand: 30_000, reserved: 0 },
    ],
    [
      'a cancelled order gives everything back',
      { status: 'cancelled' },
      { onHand: 50_000, reserved: 0 },
    ],
  ])('%s', (_label, changes, expected) => {
    const order = { ...base, ...changes };
    const levels = stockLevels({
      movements: inventoryLedger({ products: [stocked], orders: [order] }),
    });
    expect(levels[product.id]).toEqual({
      ...expected,
      available: expected.onHand - expected.reserved,
    });
  });

  it('is the same whichever device derives it', () => {
    const order = {
      ...base,
      shipments: [shipment('s1', 5_000, now)],
      status: 'in_fulfillment' as const,
    };
    expect(orderStockMovements(order)).toEqual(orderStockMovements(structuredClone(order)));
  });

  it('warns of a backorder against what other orders hold', () => {
    const other: Order = { ...base, id: '0195a3c2-7f00-7000-8000-000000000f99' };
    const big: Order = {
      ...base,
      lines: [{ ...line1, quantityMilli: 40_000 }],
    };
    const movements = inventoryLedger({ products: [stocked], orders: [other, big] });
    expect(backorderWarnings({ order: big, movements })).toEqual([
      { productId: product.id, needed: 40_000, covered: 30_000, short: 10_000 },
    ]);
    const withoutBig = inventoryLedger({ products: [stocked], orders: [other] });
    expect(backorderWarnings({ order: other, movements: withoutBig })).toEqual([]);
  });
});

describe('recordStockMovement', () => {
  it('appends receipts and adjustments that the product schema accepts', () => {
    const counted = recordStockMovement({
      product: stocked,
      movement: {
        id: 'count-1',
        kind: 'adjustment',
        quantityMilli: -2_000,
        reference: 'Count',
        at: now,
      },
      actor: { id: 'admin', role: 'admin' },
      now,
    });
    expect(counted.stockMovements.map((m) => [m.kind, m.quantityMilli, m.productId, m.by])).toEqual(
      [
        ['receipt', 50_000, product.id, manager.id],
        ['adjustment', -2_000, product.id, 'admin'],
      ],
    );
    expect(productSchema.parse(counted)).toEqual(counted);
    expect(stockLevels({ movements: counted.stockMovements })[product.id]?.onHand).toBe(48_000);
  });

  it.each([
    ['a rep', { id: 'r', role: 'rep' as const }, 'receipt', 1_000, 'PO', 'roleNotAllowed', 'm-2'],
    [
      'finance',
      { id: 'f', role: 'finance' as const },
      'adjustment',
      1_000,
      'PO',
      'roleNotAllowed',
      'm-2',
    ],
    ['an empty receipt', manager, 'receipt', 0, 'PO', 'invalidStockMovement', 'm-2'],
    ['a negative receipt', manager, 'receipt', -5, 'PO', 'invalidStockMovement', 'm-2'],
    ['a zero adjustment', manager, 'adjustment', 0, 'Count', 'invalidStockMovement', 'm-2'],
    ['no reference', manager, 'receipt', 1_000, '  ', 'invalidStockMovement', 'm-2'],
    ['a repeated id', manager, 'receipt', 1_000, 'PO', 'invalidStockMovement', 'receipt-1'],
  ] as const)('refuses %s', (_label, actor, kind, quantityMilli, reference, code, id) => {
    expect(() =>
      recordStockMovement({
        product: stocked,
        movement: { id, kind, quantityMilli, reference, at: now },
        actor,
        now,
      }),
    ).toThrow(expect.objectContaining({ code }));
  });

  it('refuses stock for a service, naming it', () => {
    const installation = { ...stocked, sku: 'FB-SVC-INST', kind: 'service' as const };
    expect(() =>
      recordStockMovement({
        product: installation,
        movement: { id: 'm-2', kind: 'receipt', quantityMilli: 1_000, reference: 'PO', at: now },
        actor: manager,
        now,
      }),
    ).toThrow(
      expect.objectContaining({ code: 'serviceHasNoStock', params: { sku: 'FB-SVC-INST' } }),
    );
  });

  it('only lets receipts and adjustments into the product', () => {
    const reservation = { ...stocked.stockMovements[0], kind: 'reservation' };
    expect(productSchema.safeParse({ ...stocked, stockMovements: [reservation] }).success).toBe(
      false,
    );
  });
});
