import { combineLatest, map, of } from 'rxjs';
import type { Order } from '../../../shared/domain/order.ts';
import type { Product } from '../../../shared/domain/product.ts';
import { type InventorySnapshot, inventorySnapshot } from '../inventory/inventorySnapshot.ts';
import { collectionOf, hasCollection, plainRecord } from '../records/recordStore.ts';
import { useDataContext } from './DataProvider.tsx';
import { useLiveValue } from './useLiveRecords.ts';

const empty: InventorySnapshot = { movements: [], levels: {} };

/**
 * Live stock per product (on hand, reserved, available) and the ledger behind it, recomputed
 * whenever a product's receipts or any order's status or shipments change.
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
    return combineLatest([products, orders]).pipe(
      map(([productRows, orderRows]) =>
        inventorySnapshot({ products: productRows, orders: orderRows }),
      ),
    );
  });
  return { snapshot: value ?? empty, loading };
}
