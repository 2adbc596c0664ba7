import { map } from 'rxjs';
import type { Product } from '../../../shared/domain/product.ts';
import { type ProductQuery, productMatches } from '../products/productQueries.ts';
import { collectionOf, plainRecord } from '../records/recordStore.ts';
import { useDataContext } from './DataProvider.tsx';
import { useLiveValue } from './useLiveRecords.ts';

/** The catalog by SKU (the `sku` index), searched by SKU and zh/en name as you type; live. */
export function useProducts(query: ProductQuery): { rows: Product[]; loading: boolean } {
  const { data } = useDataContext();
  const search = query.search?.trim() ?? '';
  const activeOnly = query.activeOnly === true;
  const { value: all, loading } = useLiveValue('products', () =>
    collectionOf(data, 'products')
      .find({ sort: [{ sku: 'asc' }], index: ['sku'] })
      .$.pipe(map((docs) => docs.map((doc) => plainRecord<Product>(doc._data)))),
  );
  // Filtering outside the subscription: a keystroke never restarts the live query.
  const rows = (all ?? []).filter((product) => productMatches(product, { search, activeOnly }));
  return { rows, loading };
}

/** One product, live; undefined while loading and when it does not exist (or was deleted). */
export function useProduct(id: string): { product?: Product; loading: boolean } {
  const { data } = useDataContext();
  const { value, loading } = useLiveValue(`product:${id}`, () =>
    collectionOf(data, 'products')
      .findOne(id)
      .$.pipe(map((doc) => (doc ? plainRecord<Product>(doc._data) : undefined))),
  );
  return value ? { product: value, loading } : { loading };
}
