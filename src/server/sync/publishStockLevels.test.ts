import { afterEach, describe, expect, it, vi } from 'vitest';
import { openTestStore, storeKinds, type TestStore } from '../../../tests/support/testStores.ts';
import { exampleRecords } from '../../shared/domain/exampleRecords.ts';
import type { Order } from '../../shared/domain/order.ts';
import type { Product } from '../../shared/domain/product.ts';
import type { StockLevelsValue } from '../../shared/domain/setting.ts';
import { inventoryLedger } from '../../shared/orders/orderStockMovements.ts';
import { stockLevels } from '../../shared/orders/stockLedger.ts';
import type { Store } from '../store/Store.ts';
import { createStockLevelsPublisher, stockLevelsId } from './publishStockLevels.ts';

const at = '2026-11-02T08:00:00.000Z';
const clock = () => new Date(at);
const line = exampleRecords.orders.lines[0] ?? raise('example order has a line');

function raise(message: string): never {
  throw new Error(message);
}

const productId = (n: number) => `0195a3c2-7f00-7000-8000-${String(n).padStart(12, '0')}`;
const orderId = (n: number) => `0195a3c2-7f00-7000-9000-${String(n).padStart(12, '0')}`;

function product(n: number, received: number): Product {
  return {
    ...exampleRecords.products,
    id: productId(n),
    sku: `SKU-${n}`,
    stockMovements: [
      {
        id: `r-${n}`,
        productId: productId(n),
        kind: 'receipt',
        quantityMilli: received,
        reference: 'PO-1',
        at,
        by: 'user-zhang-wei',
      },
    ],
  };
}

function order(n: number, product: number, changes: Partial<Order> = {}): Order {
  return {
    ...exampleRecords.orders,
    id: orderId(n),
    status: 'confirmed',
    lines: [{ ...line, productId: productId(product), quantityMilli: 2_000 }],
    shipments: [],
    ...changes,
  };
}

async function put(store: Store, collection: 'orders' | 'products', docs: (Order | Product)[]) {
  await store.write(async (tx) => {
    for (const doc of docs) {
      await tx.putDocument({
        collection,
        id: doc.id,
        ownerId: doc.ownerId,
        teamId: null,
        deleted: false,
        data: doc as unknown as Record<string, unknown>,
      });
    }
  });
}

async function published(store: Store) {
  const [doc] = await store.getDocuments('settings', [stockLevelsId]);
  return doc && { seq: doc.seq, value: (doc.data as { value: StockLevelsValue }).value };
}

function expected(products: Product[], orders: Order[]) {
  const levels = stockLevels({ movements: inventoryLedger({ products, orders }) });
  return Object.entries(levels)
    .map(([id, { onHand, reserved }]) => ({ productId: id, onHand, reserved }))
    .filter((row) => row.onHand !== 0 || row.reserved !== 0)
    .sort((a, b) => a.productId.localeCompare(b.productId));
}

let testStore: TestStore | undefined;
afterEach(async () => {
  await testStore?.store.close();
  await testStore?.cleanup();
  testStore = undefined;
});

describe.each(storeKinds)('stock levels published by the server (%s)', (kind) => {
  it('are company-wide, follow changes, and are not rewritten when nothing moved', async () => {
    testStore = await openTestStore(kind);
    const { store } = testStore;
    const publisher = createStockLevelsPublisher({ store, clock });
    expect(await publisher.publish()).toBe('unchanged');
    expect(await published(store)).toBeUndefined();

    const products = [product(1, 50_000), product(2, 5_000)];
    const orders = [
      order(1, 1, { ownerId: 'rep-a' }),
      order(2, 1, { ownerId: 'rep-b' }),
      order(3, 2, {
        status: 'in_fulfillment',
        shipments: [{ id: 'ship-3', lines: [{ orderLineId: line.id, quantityMilli: 500 }] }],
      }),
    ];
    await put(store, 'products', products);
    await put(store, 'orders', orders);
    expect(await publisher.publish()).toBe('written');
    const first = await published(store);
    expect(first?.value).toEqual({
      kind: 'stockLevels',
      asOf: at,
      throughSeq: await store.latestSeq().then((seq) => seq - 1),
      products: [
        { productId: productId(1), onHand: 50_000, reserved: 4_000 },
        { productId: productId(2), onHand: 4_500, reserved: 1_500 },
      ],
    });
    expect(first?.value.products).toEqual(expected(products, orders));

    expect(await publisher.publish()).toBe('unchanged');
    expect((await published(store))?.seq).toBe(first?.seq);

    // One order cancelled, one deleted: only product 1 moves.
    await put(store, 'orders', [order(1, 1, { status: 'cancelled' })]);
    await store.write(async (tx) => {
      await tx.putDocument({
        collection: 'orders',
        id: orderId(2),
        ownerId: 'rep-b',
        teamId: null,
        deleted: true,
        data: { id: orderId(2) },
      });
    });
    expect(await publisher.publish()).toBe('written');
    expect((await published(store))?.value.products).toEqual([
      { productId: productId(1), onHand: 50_000, reserved: 0 },
      { productId: productId(2), onHand: 4_500, reserved: 1_500 },
    ]);

    // Another server process (or a restart) starts from scratch and agrees.
    const restarted = createStockLevelsPublisher({ store, clock });
    expect(await restarted.publish()).toBe('unchanged');
  });

  it('publishes a burst of changes once', async () => {
    testStore = await openTestStore(kind);
    const { store } = testStore;
    const publisher = createStockLevelsPublisher({ store, clock, debounceMs: 1000 });
    const runs = vi.spyOn(store, 'latestSeq');
    await put(store, 'products', [product(1, 10_000)]);
    for (let n = 1; n <= 5; n += 1) {
      await put(store, 'orders', [order(n, 1)]);
      publisher.schedule();
    }
    await vi.waitFor(async () => expect(await published(store)).toBeDefined(), { timeout: 3000 });
    expect((await published(store))?.value.products).toEqual([
      { productId: productId(1), onHand: 10_000, reserved: 10_000 },
    ]);
    expect(runs).toHaveBeenCalledTimes(1);
    await publisher.close();
  });

  it('stays cheap with thousands of orders: a later run reads only what changed', async () => {
    testStore = await openTestStore(kind);
    const { store } = testStore;
    const products = Array.from({ length: 200 }, (_, n) => product(n, 1_000_000));
    // PostgreSQL inserts are slower here; the run itself is measured on both.
    const count = kind === 'sqlite' ? 4000 : 1500;
    const orders = Array.from({ length: count }, (_, n) => order(n, n % 200));
    await put(store, 'products', products);
    for (let start = 0; start < orders.length; start += 500) {
      await put(store, 'orders', orders.slice(start, start + 500));
    }
    const publisher = createStockLevelsPublisher({ store, clock });
    let started = performance.now();
    await publisher.publish();
    const fullMs = performance.now() - started;

    const changed = orders.slice(0, 20).map((each) => ({ ...each, status: 'cancelled' as const }));
    await put(store, 'orders', changed);
    const pull = vi.spyOn(store, 'pull');
    started = performance.now();
    expect(await publisher.publish()).toBe('written');
    const incrementalMs = performance.now() - started;
    const read = (await Promise.all(pull.mock.results.map((result) => result.value))).flatMap(
      (page: { documents: unknown[] }) => page.documents,
    );
    expect(read).toHaveLength(20);
    pull.mockRestore();
    const now = [...changed, ...orders.slice(20)];
    expect((await published(store))?.value.products).toEqual(expected(products, now));
    console.info(
      `[${kind}] stock levels for ${count} orders / 200 products: first run ${fullMs.toFixed(0)} ms, after 20 changed orders ${incrementalMs.toFixed(0)} ms`,
    );
  });
});
