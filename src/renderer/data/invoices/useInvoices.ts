import { useEffect, useMemo, useState } from 'react';
import { combineLatest, map, of } from 'rxjs';
import { dateOf } from '../../../shared/billing/calendarDate.ts';
import { accountCredit } from '../../../shared/billing/recordPayment.ts';
import type { Account } from '../../../shared/domain/account.ts';
import type { Invoice } from '../../../shared/domain/invoice.ts';
import { useDataContext } from '../react/DataProvider.tsx';
import { useCommandContext } from '../react/useCommandContext.ts';
import { useLiveValue } from '../react/useLiveRecords.ts';
import { collectionOf, hasCollection, plainRecord } from '../records/recordStore.ts';
import { createInvoiceCommands, type InvoiceCommands } from './invoiceCommands.ts';
import {
  type InvoiceFilter,
  type InvoiceRow,
  invoiceFind,
  invoiceRow,
  openInvoiceFind,
  type ReceivableRow,
  receivableRows,
  selectInvoiceRows,
} from './invoiceViews.ts';

/**
 * Which invoices to list: of one order or account, and by status (default all). Give an order's
 * account with its id, so the account index finds them.
 */
export type InvoiceQuery = { orderId?: string; accountId?: string; filter?: InvoiceFilter };

const toInvoices = map((docs: readonly { _data: unknown }[]) =>
  docs.map((doc) => plainRecord<Invoice>(doc._data as Record<string, unknown>)),
);

/**
 * Today's date by the app's clock (injected through `DataProvider`; tests and e2e move it), read
 * again every half minute so aging and overdue flags turn over while a screen stays open.
 */
export function useInvoiceToday(): string {
  const { clock } = useDataContext();
  const [today, setToday] = useState(() => dateOf(clock().toISOString()));
  useEffect(() => {
    setToday(dateOf(clock().toISOString()));
    const timer = setInterval(() => setToday(dateOf(clock().toISOString())), 30_000);
    return () => clearInterval(timer);
  }, [clock]);
  return today;
}

/** Invoices as list rows on today's date, newest first; live. */
export function useInvoices(query: InvoiceQuery = {}): { rows: InvoiceRow[]; loading: boolean } {
  const { data } = useDataContext();
  const today = useInvoiceToday();
  const filter = query.filter ?? 'all';
  const key = JSON.stringify(['invoices', query.orderId, query.accountId, filter, today]);
  const { value, loading } = useLiveValue(key, () => {
    if (!hasCollection(data, 'invoices')) return of([] as InvoiceRow[]);
    return collectionOf(data, 'invoices')
      .find(invoiceFind({ ...query, filter }))
      .$.pipe(
        toInvoices,
        map((invoices) => selectInvoiceRows({ invoices, filter, today })),
      );
  });
  return { rows: value ?? [], loading };
}

/** One invoice as a row on today's date, live; undefined while loading and when missing. */
export function useInvoice(id: string): { row?: InvoiceRow; loading: boolean } {
  const { data } = useDataContext();
  const today = useInvoiceToday();
  const { value, loading } = useLiveValue(`invoice:${id}:${today}`, () =>
    collectionOf(data, 'invoices')
      .findOne(id)
      .$.pipe(map((doc) => (doc ? invoiceRow(plainRecord<Invoice>(doc._data), today) : undefined))),
  );
  return value ? { row: value, loading } : { loading };
}

/** An AR aging row with the customer's name. */
export type NamedReceivableRow = ReceivableRow & { accountName: string };

/** AR aging by customer on today's date, with dunning level and next action; live. */
export function useReceivables(): { rows: NamedReceivableRow[]; loading: boolean } {
  const { data } = useDataContext();
  const today = useInvoiceToday();
  const { value, loading } = useLiveValue(`receivables:${today}`, () => {
    if (!hasCollection(data, 'invoices')) return of([] as NamedReceivableRow[]);
    const accounts$ = hasCollection(data, 'accounts')
      ? collectionOf(data, 'accounts')
          .find()
          .$.pipe(
            map(
              (docs) => new Map(docs.map((doc) => [doc.id, plainRecord<Account>(doc._data).name])),
            ),
          )
      : of(new Map<string, string>());
    return combineLatest([
      collectionOf(data, 'invoices').find(openInvoiceFind()).$.pipe(toInvoices),
      accounts$,
    ]).pipe(
      map(([invoices, names]) =>
        receivableRows({ invoices, today })
          .map((row) => ({ ...row, accountName: names.get(row.accountId) ?? row.accountId }))
          .sort(
            (a, b) =>
              b.over90 - a.over90 ||
              b.total - a.total ||
              a.accountName.localeCompare(b.accountName),
          ),
      ),
    );
  });
  return { rows: value ?? [], loading };
}

/** The customer's unused credit (overpayments) per currency; live. */
export function useAccountCredit(accountId: string): { currency: string; amount: number }[] {
  const { rows } = useInvoices({ accountId });
  return useMemo(() => {
    const invoices = rows.map((row) => row.invoice);
    const currencies = [...new Set(invoices.map((invoice) => invoice.currency))].sort();
    return currencies
      .map((currency) => ({ currency, amount: accountCredit({ invoices, currency }) }))
      .filter((credit) => credit.amount > 0);
  }, [rows]);
}

/** Invoice, payment and collections commands for the signed-in user and the app's clock. */
export function useInvoiceCommands(): InvoiceCommands {
  const context = useCommandContext();
  return useMemo(() => createInvoiceCommands(context), [context]);
}

/** An order's number, live (for links from an invoice to its order). */
export function useOrderNumber(orderId: string | undefined): string | undefined {
  const { data } = useDataContext();
  const { value } = useLiveValue(`orderNumber:${orderId ?? ''}`, () =>
    orderId && hasCollection(data, 'orders')
      ? collectionOf(data, 'orders')
          .findOne(orderId)
          .$.pipe(
            map((doc) => (doc ? String((doc._data as { number: string }).number) : undefined)),
          )
      : of(undefined),
  );
  return value;
}
