import { map, of } from 'rxjs';
import type { Order } from '../../../shared/domain/order.ts';
import { newestFirst, type OrderQuery, orderFind } from '../orders/orderQueries.ts';
import { collectionOf, hasCollection, plainRecord } from '../records/recordStore.ts';
import { useDataContext } from './DataProvider.tsx';
import { useLiveValue } from './useLiveRecords.ts';

// Orders stored before shipments had a default read as having none.
function toOrder(doc: { _data: unknown }): Order {
  const order = plainRecord<Order>(doc._data as Record<string, unknown>);
  return { ...order, shipments: order.shipments ?? [] };
}

/** Orders in a status, of an account and/or made from a quote, newest change first; live. */
export function useOrders(query: OrderQuery): { rows: Order[]; loading: boolean } {
  const { data } = useDataContext();
  const key = JSON.stringify([query.status, query.accountId, query.quoteId]);
  const { value, loading } = useLiveValue(`orders:${key}`, () =>
    hasCollection(data, 'orders')
      ? collectionOf(data, 'orders')
          .find(orderFind(query))
          .$.pipe(map((docs) => newestFirst(docs.map(toOrder))))
      : of([] as Order[]),
  );
  return { rows: value ?? [], loading };
}

/** One order, live; undefined while loading and when it does not exist (or was deleted). */
export function useOrder(id: string): { order?: Order; loading: boolean } {
  const { data } = useDataContext();
  const { value, loading } = useLiveValue(`order:${id}`, () =>
    collectionOf(data, 'orders')
      .findOne(id)
      .$.pipe(map((doc) => (doc ? toOrder(doc) : undefined))),
  );
  return value ? { order: value, loading } : { loading };
}
