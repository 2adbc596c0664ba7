import { useMemo } from 'react';
import { map, of } from 'rxjs';
import type { Ticket } from '../../../shared/domain/ticket.ts';
import { useDataContext } from '../react/DataProvider.tsx';
import { useCommandContext } from '../react/useCommandContext.ts';
import { useLiveValue } from '../react/useLiveRecords.ts';
import { collectionOf, hasCollection, plainRecord } from '../records/recordStore.ts';
import { createTicketCommands, type TicketCommands } from './ticketCommands.ts';
import { selectTickets, type TicketFilter, ticketFind } from './ticketQueries.ts';
import { useClockNow } from './useClockNow.ts';

const toTickets = map((docs: readonly { _data: unknown }[]) =>
  docs.map((doc) => plainRecord<Ticket>(doc._data as Record<string, unknown>)),
);

/**
 * Tickets that pass `filter` (account, order, contact, status, priority, assignee, breached
 * now), open ones with the nearest deadline first; live, and re-checked as the app's clock
 * moves. Give an order's or a contact's account with it, so the account index finds them.
 */
export function useTicketList(filter: TicketFilter): {
  rows: Ticket[];
  loading: boolean;
  now: string;
} {
  const { data } = useDataContext();
  const now = useClockNow();
  const { status, priority, assigneeId, breached, accountId, orderId, contactId } = filter;
  const find = ticketFind({ accountId, orderId, contactId, status });
  const { value, loading } = useLiveValue(`tickets:${JSON.stringify(find)}`, () =>
    // A window opened without tickets (a test of another screen) simply has none.
    hasCollection(data, 'tickets')
      ? collectionOf(data, 'tickets').find(find).$.pipe(toTickets)
      : of([] as Ticket[]),
  );
  const rows = useMemo(
    () =>
      selectTickets(
        value ?? [],
        { status, priority, assigneeId, breached, accountId, orderId, contactId },
        now,
      ),
    [value, status, priority, assigneeId, breached, accountId, orderId, contactId, now],
  );
  return { rows, loading, now };
}

/** One ticket, live; undefined while loading and when it does not exist (or was deleted). */
export function useTicket(id: string): { ticket?: Ticket; loading: boolean } {
  const { data } = useDataContext();
  const { value, loading } = useLiveValue(`ticket:${id}`, () =>
    collectionOf(data, 'tickets')
      .findOne(id)
      .$.pipe(map((doc) => (doc ? plainRecord<Ticket>(doc._data) : undefined))),
  );
  return value ? { ticket: value, loading } : { loading };
}

/** Open, assign, prioritise, respond to and move tickets; numbers come from this device's series. */
export function useTicketCommands(): TicketCommands {
  const context = useCommandContext();
  return useMemo(() => createTicketCommands(context), [context]);
}
