import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../../../shared/domain/exampleRecords.ts';
import type { Order } from '../../../shared/domain/order.ts';
import type { Product } from '../../../shared/domain/product.ts';
import { orderStockShare } from '../../../shared/orders/stockShares.ts';
import { inventorySnapshot, orderBackorderWarnings } from './inventorySnapshot.ts';

const productId = exampleRecords.products.id;
const at = '2026-11-02T08:00:00.000Z';
const product: Product = {
  ...exampleRecords.products,
  stockMovements: [
    { id: 'r1', productId, kind: 'receipt', quantityMilli: 50_000, reference: 'PO-1', at, by: 'm' },
  ],
};
const line = exampleRecords.orders.lines[0];
const order = (quantityMilli: number, status: Order['status'] = 'confirmed'): Order => ({
  ...exampleRecords.orders,
  status,
  shipments: [],
  lines: line ? [{ ...line, quantityMilli }] : [],
});

describe('inventorySnapshot', () => {
  it('counts the local orders until the server sent figures', () => {
    const snapshot = inventorySnapshot({ products: [product], orders: [order(20_000)] });
    expect(snapshot).toMatchObject({ basis: 'device', unsyncedChanges: 0 });
    expect(snapshot.levels[productId]).toEqual({
      onHand: 50_000,
      reserved: 20_000,
      available: 30_000,
    });
  });

  it('shows the server figures with this device’s unsynced changes', () => {
    const mine = order(20_000);
    const published = {
      kind: 'stockLevels' as const,
      asOf: at,
      throughSeq: 40,
      products: [{ productId, onHand: 50_000, reserved: 40_000 }],
    };
    const synced = inventorySnapshot({ products: [product], orders: [mine], published });
    expect(synced).toMatchObject({ basis: 'server', asOf: at, unsyncedChanges: 0 });
    expect(synced.levels[productId]).toEqual({
      onHand: 50_000,
      reserved: 40_000,
      available: 10_000,
    });
    // The order is still a draft on the server; confirming it here adds its hold at once.
    const unsynced = [{ server: {}, local: orderStockShare(mine) }];
    const offline = inventorySnapshot({ products: [product], orders: [mine], published, unsynced });
    expect(offline).toMatchObject({ basis: 'server', unsyncedChanges: 1 });
    expect(offline.levels[productId]).toEqual({
      onHand: 50_000,
      reserved: 60_000,
      available: -10_000,
    });
  });

  it('warns of a backorder against the company-wide figures, counting the order’s own hold', () => {
    const mine = order(20_000);
    const published = {
      kind: 'stockLevels' as const,
      asOf: at,
      throughSeq: 40,
      // 20 held by this order, 25 by orders of other teams.
      products: [{ productId, onHand: 50_000, reserved: 45_000 }],
    };
    const snapshot = inventorySnapshot({ products: [product], orders: [mine], published });
    expect(orderBackorderWarnings({ order: mine, snapshot })).toEqual([]);
    const bigger = order(30_000, 'draft');
    expect(orderBackorderWarnings({ order: bigger, snapshot })).toEqual([
      { productId, needed: 30_000, covered: 5_000, short: 25_000 },
    ]);
    const local = inventorySnapshot({ products: [product], orders: [mine] });
    expect(orderBackorderWarnings({ order: bigger, snapshot: local })).toEqual([]);
  });
});
