import type { Setting, StockLevelsValue } from '../../shared/domain/setting.ts';
import {
  addStockShare,
  documentStockShare,
  type StockFigures,
  type StockShare,
} from '../../shared/orders/stockShares.ts';
import { deepEqual } from '../../shared/sync/deepEqual.ts';
import type { Store } from '../store/Store.ts';

/** The stock levels' record id: one server-owned setting, the same on every store. */
export const stockLevelsId = '01900000-0000-7000-8000-0000000057c0';

const stockCollections = ['orders', 'products'] as const;
type StockCollection = (typeof stockCollections)[number];
const pageSize = 1000;

export type StockLevelsPublisher = {
  /** Catches up with every order and product change and writes the record if figures moved. */
  publish(): Promise<'written' | 'unchanged' | 'stale'>;
  /** Publishes once after the debounce time; calls in between join that one run. */
  schedule(): void;
  /** Cancels a scheduled run and waits for one in progress. */
  close(): Promise<void>;
};

/**
 * Keeps the `stockLevels` setting: company-wide on hand and reserved per product, from every
 * order and product in the store (a device only holds the orders its user may see). Devices
 * never write it; the server republishes it after order or product changes.
 *
 * Cheap on purpose: it remembers each document's share of the figures, so a run reads only the
 * orders and products changed since the last one (by store sequence) and adjusts the totals of
 * the products they touch. A burst of pushes costs one run per `debounceMs`. Every server
 * process may run one: the record carries the store sequence it includes, and a process that
 * is behind never overwrites a newer record.
 */
export function createStockLevelsPublisher(options: {
  store: Store;
  clock: () => Date;
  debounceMs?: number;
  onError?: (error: unknown) => void;
}): StockLevelsPublisher {
  const { store, clock } = options;
  const debounceMs = options.debounceMs ?? 250;
  const shares = new Map<string, StockShare>();
  const totals = new Map<string, StockFigures>();
  const seen: Record<StockCollection, number> = { orders: 0, products: 0 };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let closed = false;

  const catchUp = async () => {
    for (const collection of stockCollections) {
      for (;;) {
        const page = await store.pull({
          collection,
          afterSeq: seen[collection],
          limit: pageSize,
          access: { kind: 'all' },
        });
        for (const doc of page.documents) {
          const key = `${collection}/${doc.id}`;
          const before = shares.get(key);
          const after = doc.deleted
            ? {}
            : documentStockShare({ collection, record: { ...doc.data, id: doc.id } });
          if (before) addStockShare(totals, before, -1);
          addStockShare(totals, after, 1);
          if (Object.keys(after).length > 0) shares.set(key, after);
          else shares.delete(key);
        }
        seen[collection] = page.lastSeq;
        if (page.documents.length < pageSize) break;
      }
    }
  };

  const run = async (): Promise<'written' | 'unchanged' | 'stale'> => {
    // Every change up to here is read below; later ones may be too, which only helps.
    const throughSeq = await store.latestSeq();
    await catchUp();
    const products = [...totals]
      .map(([productId, figures]) => ({ productId, ...figures }))
      .sort((a, b) => (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0));
    return store.write(async (tx) => {
      const [current] = await tx.getDocuments('settings', [stockLevelsId]);
      const published = current && !current.deleted ? readValue(current.data) : undefined;
      if (published && published.throughSeq > throughSeq) return 'stale';
      // deepEqual, not JSON text: PostgreSQL's jsonb does not keep key order.
      if (published && deepEqual(published.products, products)) {
        return 'unchanged';
      }
      if (!published && products.length === 0) return 'unchanged';
      const at = clock().toISOString();
      const value: StockLevelsValue = { kind: 'stockLevels', asOf: at, throughSeq, products };
      const record: Setting = {
        id: stockLevelsId,
        ownerId: 'system',
        createdAt: typeof current?.data.createdAt === 'string' ? current.data.createdAt : at,
        updatedAt: at,
        key: 'stockLevels',
        value,
      };
      await tx.putDocument({
        collection: 'settings',
        id: stockLevelsId,
        ownerId: 'system',
        teamId: null,
        deleted: false,
        data: record as unknown as Record<string, unknown>,
        changedAt: at,
      });
      return 'written';
    });
  };

  const publish = () => {
    // One run at a time: totals are shared state.
    const next = running.then(run, run);
    running = next.catch(() => undefined);
    return next;
  };

  return {
    publish,
    schedule() {
      if (closed || timer) return;
      timer = setTimeout(() => {
        timer = undefined;
        if (closed) return;
        publish().catch((error: unknown) => options.onError?.(error));
      }, debounceMs);
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}

/**
 * Republishes the stock levels whenever orders or products change in the store, from a push or
 * any other writer (in any server process sharing it), and once now. Returns the stop function.
 */
export function publishStockLevelsOnChange(publisher: StockLevelsPublisher, store: Store) {
  const unsubscribe = store.subscribe((notice) => {
    if (notice.collections.some((name) => name === 'orders' || name === 'products')) {
      publisher.schedule();
    }
  });
  publisher.schedule();
  return async () => {
    unsubscribe();
    await publisher.close();
  };
}

function readValue(data: Record<string, unknown>): StockLevelsValue | undefined {
  const value = data.value as Partial<StockLevelsValue> | undefined;
  return value?.kind === 'stockLevels' && Array.isArray(value.products)
    ? (value as StockLevelsValue)
    : undefined;
}
