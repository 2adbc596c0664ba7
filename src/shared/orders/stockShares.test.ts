import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../domain/exampleRecords.ts';
import type { Order } from '../domain/order.ts';
import { inventoryLedger } from './orderStockMovements.ts';
import { backorderWarningsFromLevels, stockLevels } from './stockLedger.ts';
import {
  addStockShare,
  documentStockShare,
  orderStockShare,
  productStockShare,
  type StockFigures,
  stockLevelsWithLocalChanges,
} from './stockShares.ts';

const productId = exampleRecords.products.id;
const [line] = exampleRecords.orders.lines;
if (line === undefined) throw new Error('example order has a line');
const at = '2026-03-20T02:00:00.000Z';
const product = {
  ...exampleRecords.products,
  stockMovements: [
    {
      id: 'r1',
      productId,
      kind: 'receipt' as const,
      quantityMilli: 50_000,
      reference: 'PO-7',
      at,
      by: 'm',
    },
    {
      id: 'c1',
      productId,
      kind: 'adjustment' as const,
      quantityMilli: -2_000,
      reference: '盘点',
      at,
      by: 'm',
    },
  ],
};
const order = (id: string, changes: Partial<Order>): Order => ({
  ...exampleRecords.orders,
  id,
  status: 'confirmed',
  shipments: [],
  ...changes,
});
const ship = (id: string, quantityMilli: number) => ({
  id,
  lines: [{ orderLineId: line.id, quantityMilli }],
  shippedAt: at,
});
const orders = [
  order('0195a3c2-7f00-7000-8000-000000000f01', {}),
  order('0195a3c2-7f00-7000-8000-000000000f02', {
    status: 'in_fulfillment',
    shipments: [ship('s1', 8_000), ship('s2', 2_000)],
  }),
  order('0195a3c2-7f00-7000-8000-000000000f03', { status: 'draft' }),
  order('0195a3c2-7f00-7000-8000-000000000f04', {
    status: 'cancelled',
    shipments: [ship('s3', 1_000)],
  }),
  order('0195a3c2-7f00-7000-8000-000000000f05', {
    status: 'fulfilled',
    shipments: [ship('s4', 20_000)],
  }),
];

function sumOfShares(): Map<string, StockFigures> {
  const totals = new Map<string, StockFigures>();
  addStockShare(totals, productStockShare(product), 1);
  for (const each of orders) addStockShare(totals, orderStockShare(each), 1);
  return totals;
}

describe('stock shares', () => {
  it('add up to the figures of the whole ledger', () => {
    const whole = stockLevels({ movements: inventoryLedger({ products: [product], orders }) });
    // 50 − 2 − 8 − 2 − 1 − 20 = 17 on hand; 20 + 10 still held.
    expect(whole[productId]).toEqual({ onHand: 17_000, reserved: 30_000, available: -13_000 });
    expect(sumOfShares().get(productId)).toEqual({ onHand: 17_000, reserved: 30_000 });
  });

  it('taking a share out again leaves nothing behind', () => {
    const totals = sumOfShares();
    addStockShare(totals, productStockShare(product), -1);
    for (const each of orders) addStockShare(totals, orderStockShare(each), -1);
    expect([...totals]).toEqual([]);
  });

  it('reads replicated records: deleted, missing or broken ones count nothing', () => {
    const [first] = orders;
    expect(documentStockShare({ collection: 'orders', record: first })).toEqual({
      [productId]: { onHand: 0, reserved: 20_000 },
    });
    expect(
      documentStockShare({ collection: 'orders', record: { ...first, _deleted: true } }),
    ).toEqual({});
    expect(documentStockShare({ collection: 'products', record: undefined })).toEqual({});
    const broken = {
      ...product,
      stockMovements: [{ ...product.stockMovements[0], quantityMilli: -5 }],
    };
    expect(documentStockShare({ collection: 'products', record: broken })).toEqual({});
  });
});

describe('stockLevelsWithLocalChanges', () => {
  const published = [{ productId, onHand: 50_000, reserved: 45_000 }];
  const confirmed = order('0195a3c2-7f00-7000-8000-000000000f10', {});

  it.each<[string, Parameters<typeof stockLevelsWithLocalChanges>[0]['unsynced'], StockFigures]>([
    ['no local changes: the server figures', [], { onHand: 50_000, reserved: 45_000 }],
    [
      'an order confirmed here, never synced: its hold is added',
      [{ server: {}, local: orderStockShare(confirmed) }],
      { onHand: 50_000, reserved: 65_000 },
    ],
    [
      'a synced order shipped here: the server copy is replaced, not counted twice',
      [
        {
          server: orderStockShare(confirmed),
          local: orderStockShare({
            ...confirmed,
            status: 'in_fulfillment',
            shipments: [ship('s9', 5_000)],
          }),
        },
      ],
      { onHand: 45_000, reserved: 40_000 },
    ],
    [
      'a receipt booked here',
      [
        {
          server: productStockShare({ stockMovements: [] }),
          local: productStockShare({ stockMovements: product.stockMovements.slice(0, 1) }),
        },
      ],
      { onHand: 100_000, reserved: 45_000 },
    ],
  ])('%s', (_label, unsynced, expected) => {
    expect(stockLevelsWithLocalChanges({ published, unsynced })[productId]).toEqual({
      ...expected,
      available: expected.onHand - expected.reserved,
    });
  });

  it('never shows a negative hold when the server figures lag behind a copy', () => {
    const levels = stockLevelsWithLocalChanges({
      published: [{ productId, onHand: 10_000, reserved: 0 }],
      unsynced: [{ server: orderStockShare(confirmed), local: {} }],
    });
    expect(levels[productId]).toEqual({ onHand: 10_000, reserved: 0, available: 10_000 });
  });
});

describe('backorderWarningsFromLevels', () => {
  it('counts what the order holds itself as covering it', () => {
    const big = order('0195a3c2-7f00-7000-8000-000000000f20', {
      lines: [{ ...line, quantityMilli: 40_000 }],
    });
    const levels = { [productId]: { onHand: 50_000, reserved: 60_000, available: -10_000 } };
    const held = { [productId]: 40_000 };
    expect(backorderWarningsFromLevels({ order: big, levels, held })).toEqual([
      { productId, needed: 40_000, covered: 30_000, short: 10_000 },
    ]);
    expect(backorderWarningsFromLevels({ order: big, levels: {}, held: {} })).toEqual([
      { productId, needed: 40_000, covered: 0, short: 40_000 },
    ]);
  });
});
