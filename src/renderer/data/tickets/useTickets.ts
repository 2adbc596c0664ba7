import { useMemo } from 'react';
import { map, of } from 'rxjs';
import type { Ticket } from '../../../shared/domain/ticket.ts';
import { useDataContext } from '../react/DataProvider.tsx';
import { useCommandContext } from '../react/useCommandContext.ts';
import { useLiveValue } from '../react/useLiveRecords.ts';
import { collectionOf, hasCollection, plainRecord } from '../records/recordStore.ts';
import { createTicketCommands, type TicketCommands } from './ticketCommands.ts';
import { selectTickets, type TicketFilter } from './ticketQueries.ts';
import { useClockNow } from './useClockNow.ts';

const toTickets = map((docs: readonly { _data: unknown }[]) =>
  docs.map((doc) => plainRecord<Ticket>(doc._data as Record<string, unknown>)),
);

/**
 * Tickets that pass `filter` (account, order, status, priority, assignee, breached now), open
 * ones with the nearest deadline first; live, and re-checked as the app's clock moves.
 */
export function useTicketList(filter: TicketFilter): {
  rows: Ticket[];
  loading: boolean;
  now: string;
} {
  const { data } = useDataContext();
  const now = useClockNow();
  const scope = filter.accountId ?? '';
  const order = filter.orderId ?? '';
  const { value, loading } = useLiveValue(`tickets:${scope}:${order}`, () => {
    // A window opened without tickets (a test of another screen) simply has none.
    if (!hasCollection(data, 'tickets')) return of([] as Ticket[]);
    const selector: Record<string, string> = {};
    if (scope) selector.accountId = scope;
    if (order) selector.orderId = order;
    return collectionOf(data, 'tickets').find({ selector }).$.pipe(toTickets);
  });
  const { status, priority, assigneeId, breached, accountId, orderId } = filter;
  const rows = useMemo(
    () =>
      selectTickets(
        value ?? [],
        { status, priority, assigneeId, breached, accountId, orderId },
        now,
      ),
    [value, status, priority, assigneeId, breached, accountId, orderId, now],
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
