import { map, of } from 'rxjs';
import type { Order } from '../../../shared/domain/order.ts';
import { useDataContext } from '../react/DataProvider.tsx';
import { useLiveValue } from '../react/useLiveRecords.ts';
import { collectionOf, hasCollection, plainRecord } from '../records/recordStore.ts';

/** An order as a ticket links to it: its id, number and customer. */
export type TicketOrderRef = Pick<Order, 'id' | 'number' | 'accountId'>;

const toRef = (order: Order): TicketOrderRef => ({
  id: order.id,
  number: order.number,
  accountId: order.accountId,
});

/** The orders of an account a ticket can be about (newest number last); live. */
export function useTicketOrderOptions(accountId: string | undefined): TicketOrderRef[] {
  const { data } = useDataContext();
  const { value } = useLiveValue(`ticketOrders:${accountId ?? ''}`, () =>
    accountId && hasCollection(data, 'orders')
      ? collectionOf(data, 'orders')
          .find({ selector: { accountId }, index: ['accountId', 'updatedAt'] })
          .$.pipe(
            map((docs) =>
              docs
                .map((doc) => toRef(plainRecord<Order>(doc._data)))
                .sort((a, b) => a.number.localeCompare(b.number)),
            ),
          )
      : of([] as TicketOrderRef[]),
  );
  return value ?? [];
}

/** One order's number and customer, live; undefined while loading or when it is not here. */
export function useTicketOrder(orderId: string | undefined): TicketOrderRef | undefined {
  const { data } = useDataContext();
  const { value } = useLiveValue(`ticketOrder:${orderId ?? ''}`, () =>
    orderId && hasCollection(data, 'orders')
      ? collectionOf(data, 'orders')
          .findOne(orderId)
          .$.pipe(map((doc) => (doc ? toRef(plainRecord<Order>(doc._data)) : undefined)))
      : of(undefined),
  );
  return value;
}
