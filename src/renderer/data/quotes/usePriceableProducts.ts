import { map } from 'rxjs';
import type { Product } from '../../../shared/domain/product.ts';
import { useDataContext } from '../react/DataProvider.tsx';
import { useLiveValue } from '../react/useLiveRecords.ts';
import { collectionOf, hasCollection, plainRecord } from '../records/recordStore.ts';

/**
 * The whole catalog by SKU, live, for naming and choosing products in negotiated prices; empty
 * where the catalog is not open (a window without it shows the account all the same).
 */
export function usePriceableProducts(): Product[] {
  const { data } = useDataContext();
  const { value } = useLiveValue('products:priceable', () =>
    hasCollection(data, 'products')
      ? collectionOf(data, 'products')
          .find({ sort: [{ sku: 'asc' }], index: ['sku'] })
          .$.pipe(map((docs) => docs.map((doc) => plainRecord<Product>(doc._data))))
      : undefined,
  );
  return value ?? [];
}
