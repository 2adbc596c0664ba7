import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../../shared/domain/exampleRecords.ts';
import type { Order } from '../../shared/domain/order.ts';
import type { Product } from '../../shared/domain/product.ts';
import { assertOrderShipments, assertProductLedger } from './stockRules.ts';

const [line1] = exampleRecords.orders.lines;
if (line1 === undefined) throw new Error('example order has a line');
const order: Order = { ...exampleRecords.orders, status: 'in_fulfillment' };
const sid = (n: number) => `0195a3c2-7f00-7000-8000-0000000007${String(n).padStart(2, '0')}`;
const ship = (n: number, quantityMilli: number) => ({
  id: sid(n),
  lines: [{ orderLineId: line1.id, quantityMilli }],
});
const product: Product = {
  ...exampleRecords.products,
  stockMovements: [
    {
      id: 'r1',
      productId: exampleRecords.products.id,
      kind: 'receipt',
      quantityMilli: 5_000,
      reference: 'PO-1',
      at: '2026-03-01T00:00:00.000Z',
      by: 'mgr',
    },
  ],
};
const [receipt] = product.stockMovements;
if (receipt === undefined) throw new Error('product has a receipt');

describe('assertOrderShipments', () => {
  const before = { ...order, shipments: [ship(1, 10_000)] };
  it.each<[string, Order, string | undefined]>([
    ['a new shipment', { ...before, shipments: [ship(1, 10_000), ship(2, 10_000)] }, undefined],
    [
      'a delivery filled in',
      { ...before, shipments: [{ ...ship(1, 10_000), deliveredAt: '2026-03-20T00:00:00.000Z' }] },
      undefined,
    ],
    ['a shipment removed', { ...before, shipments: [] }, 'immutable_field'],
    ['a shipped quantity changed', { ...before, shipments: [ship(1, 9_000)] }, 'immutable_field'],
    [
      'more than ordered, together',
      { ...before, shipments: [ship(1, 10_000), ship(2, 10_001)] },
      'overShipment',
    ],
    [
      'an unknown line',
      {
        ...before,
        shipments: [
          ship(1, 10_000),
          { id: sid(3), lines: [{ orderLineId: sid(99), quantityMilli: 1 }] },
        ],
      },
      'unknownOrderLine',
    ],
  ])('%s', (_label, next, code) => {
    const check = () => assertOrderShipments({ current: before, next });
    if (code === undefined) expect(check).not.toThrow();
    else expect(check).toThrow(expect.objectContaining({ code }));
  });

  it('keeps drafts free of shipments, also on creation', () => {
    expect(() =>
      assertOrderShipments({
        current: undefined,
        next: { ...order, status: 'draft', shipments: [ship(1, 1_000)] },
      }),
    ).toThrow(expect.objectContaining({ code: 'orderNotShippable' }));
  });
});

describe('assertProductLedger', () => {
  const add = (movement: Partial<typeof receipt>) => ({
    ...product,
    stockMovements: [...product.stockMovements, { ...receipt, id: 'm2', ...movement }],
  });
  it.each<[string, Product, string | undefined]>([
    ['an appended receipt', add({}), undefined],
    ['an appended count', add({ kind: 'adjustment', quantityMilli: -1_000 }), undefined],
    ['a receipt removed', { ...product, stockMovements: [] }, 'immutable_field'],
    [
      'a receipt changed',
      { ...product, stockMovements: [{ ...receipt, quantityMilli: 50_000 }] },
      'immutable_field',
    ],
    [
      'another product’s movement',
      add({ productId: exampleRecords.orders.id }),
      'invalidStockMovement',
    ],
    ['an empty receipt', add({ quantityMilli: 0 }), 'invalidStockMovement'],
    ['a zero count', add({ kind: 'adjustment', quantityMilli: 0 }), 'invalidStockMovement'],
    ['a receipt booked on a service', { ...add({}), kind: 'service' }, 'serviceHasNoStock'],
    // Its booked receipts stay in the ledger (append-only); it takes no new ones.
    ['goods that became a service, receipts kept', { ...product, kind: 'service' }, undefined],
  ])('%s', (_label, next, code) => {
    const check = () => assertProductLedger({ current: product, next });
    if (code === undefined) expect(check).not.toThrow();
    else expect(check).toThrow(expect.objectContaining({ code }));
  });

  it('accepts products stored before they had a ledger', () => {
    const old = { id: product.id } as Pick<Product, 'id' | 'stockMovements'>;
    expect(() => assertProductLedger({ current: old, next: product })).not.toThrow();
  });
});
