import { auditTime, combineLatest, from, map, Observable, of, switchMap } from 'rxjs';
import type { Order } from '../../../shared/domain/order.ts';
import type { Product } from '../../../shared/domain/product.ts';
import type { UnsyncedStockChange } from '../../../shared/orders/stockShares.ts';
import { type InventorySnapshot, inventorySnapshot } from '../inventory/inventorySnapshot.ts';
import { readUnsyncedStockChanges } from '../inventory/unsyncedStockChanges.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { collectionOf, hasCollection, plainRecord } from '../records/recordStore.ts';
import { setting$ } from '../settings/settingsStore.ts';
import { useDataContext } from './DataProvider.tsx';
import { useLiveValue } from './useLiveRecords.ts';

const empty: InventorySnapshot = {
  movements: [],
  levels: {},
  basis: 'device',
  unsyncedChanges: 0,
  services: new Set(),
};

// Sync status changes when a push is acknowledged, which takes a change out of the unsynced.
function syncStatus$(data: FieldbookData): Observable<unknown> {
  return new Observable((subscriber) => {
    subscriber.next(undefined);
    return data.sync.status.subscribe(() => subscriber.next(undefined));
  });
}

/**
 * Live stock per product (on hand, reserved, available): the server's company-wide figures
 * plus this device's unsynced order and product changes, recomputed when either changes; and
 * the ledger of the records this device holds.
 */
export function useInventory(): { snapshot: InventorySnapshot; loading: boolean } {
  const { data } = useDataContext();
  const { value, loading } = useLiveValue('inventory', () => {
    if (!hasCollection(data, 'products')) return of(empty);
    const products = collectionOf(data, 'products')
      .find()
      .$.pipe(map((docs) => docs.map((doc) => plainRecord<Product>(doc._data))));
    const orders = hasCollection(data, 'orders')
      ? collectionOf(data, 'orders')
          .find()
          .$.pipe(map((docs) => docs.map((doc) => plainRecord<Order>(doc._data))))
      : of([] as Order[]);
    const published = hasCollection(data, 'settings')
      ? setting$(data, 'stockLevels').pipe(map((record) => record?.value))
      : of(undefined);
    // Unsynced changes are read after every local or sync change, so the figures never count
    // a local change twice or miss it between the write and the read.
    return combineLatest([products, orders, published, syncStatus$(data)]).pipe(
      auditTime(30),
      switchMap(([productRows, orderRows, levels]) =>
        from(
          (levels ? readUnsyncedStockChanges(data) : Promise.resolve([])).catch(
            (): UnsyncedStockChange[] => [],
          ),
        ).pipe(
          map((unsynced) =>
            inventorySnapshot({
              products: productRows,
              orders: orderRows,
              published: levels,
              unsynced,
            }),
          ),
        ),
      ),
    );
  });
  return { snapshot: value ?? empty, loading };
}
