import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleRecords } from '../../../shared/domain/exampleRecords.ts';
import type { Invoice } from '../../../shared/domain/invoice.ts';
import type { Order } from '../../../shared/domain/order.ts';
import type { Ticket } from '../../../shared/domain/ticket.ts';
import { newId } from '../../../shared/ids/newId.ts';
import { invoiceFind, openInvoiceFind } from '../invoices/invoiceViews.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { orderFind } from '../orders/orderQueries.ts';
import { collectionOf } from '../records/recordStore.ts';
import { openTestData } from '../testing/openTestData.ts';
import { ticketFind } from '../tickets/ticketQueries.ts';

let data: FieldbookData;
const accountA = newId(Date.parse('2026-01-01T00:00:00Z'));
const accountB = newId(Date.parse('2026-01-02T00:00:00Z'));

beforeEach(async () => {
  data = await openTestData({ collections: ['leads', 'orders', 'invoices', 'tickets'] });
});

afterEach(async () => {
  await data.close();
});

// The index RxDB chose (it prepends `_deleted` and appends `id` to every index).
type Planned = { getPreparedQuery(): { queryPlan: { index: string[] } } };
const plannedIndex = (query: Planned) => query.getPreparedQuery().queryPlan.index.slice(1, -1);

describe('order, invoice and ticket lists read through their indexes', () => {
  it('finds orders by customer, by status and by quote, each through an index', async () => {
    const base = exampleRecords.orders as Order;
    const rows: Order[] = [
      { ...base, id: newId(1), accountId: accountA, status: 'draft', number: 'SO-1' },
      { ...base, id: newId(2), accountId: accountA, status: 'confirmed', number: 'SO-2' },
      { ...base, id: newId(3), accountId: accountB, status: 'draft', number: 'SO-3' },
    ];
    await collectionOf(data, 'orders').bulkInsert(rows);
    const numbers = async (query: Parameters<typeof orderFind>[0]) => {
      const find = collectionOf(data, 'orders').find(orderFind(query));
      return {
        index: plannedIndex(find),
        numbers: (await find.exec()).map((d) => d.number).sort(),
      };
    };
    expect(await numbers({ accountId: accountA })).toEqual({
      index: ['accountId', 'updatedAt'],
      numbers: ['SO-1', 'SO-2'],
    });
    expect(await numbers({ status: 'draft' })).toEqual({
      index: ['status', 'updatedAt'],
      numbers: ['SO-1', 'SO-3'],
    });
    expect(
      await numbers({ accountId: accountA, quoteId: base.quoteId ?? '', status: 'confirmed' }),
    ).toEqual({ index: ['accountId', 'updatedAt'], numbers: ['SO-2'] });
  });

  it('finds open invoices (AR aging) and one status through the status index', async () => {
    const base = exampleRecords.invoices as Invoice;
    const statuses: Invoice['status'][] = ['draft', 'issued', 'paid', 'overdue', 'void'];
    await collectionOf(data, 'invoices').bulkInsert(
      statuses.map((status, index) => ({
        ...base,
        id: newId(10 + index),
        accountId: index % 2 === 0 ? accountA : accountB,
        number: `INV-${index}`,
        status,
      })),
    );
    const open = collectionOf(data, 'invoices').find(openInvoiceFind());
    expect(plannedIndex(open)).toEqual(['status', 'updatedAt']);
    expect((await open.exec()).map((doc) => doc.status).sort()).toEqual(['issued', 'overdue']);
    const paid = collectionOf(data, 'invoices').find(invoiceFind({ filter: 'paid' }));
    expect((await paid.exec()).map((doc) => doc.number)).toEqual(['INV-2']);
    const ofA = collectionOf(data, 'invoices').find(invoiceFind({ accountId: accountA }));
    expect(plannedIndex(ofA)).toEqual(['accountId', 'updatedAt']);
    expect((await ofA.exec()).map((doc) => doc.number).sort()).toEqual(['INV-0', 'INV-2', 'INV-4']);
  });

  it('finds open tickets through the status index and a contact’s through its account', async () => {
    const base = exampleRecords.tickets as Ticket;
    const contactId = newId(99);
    const make = (
      index: number,
      status: Ticket['status'],
      extra: Partial<Ticket> = {},
    ): Ticket => ({
      ...base,
      id: newId(20 + index),
      accountId: accountA,
      number: `T-${index}`,
      status,
      ...extra,
    });
    const { contactId: _none, ...withoutContact } = make(2, 'resolved');
    await collectionOf(data, 'tickets').bulkInsert([
      make(0, 'new', { contactId }),
      make(1, 'waiting_on_customer', { accountId: accountB }),
      withoutContact,
      make(3, 'closed', { contactId }),
    ]);
    const open = collectionOf(data, 'tickets').find(ticketFind({ status: 'open' }));
    expect(plannedIndex(open)).toEqual(['status', 'updatedAt']);
    expect((await open.exec()).map((doc) => doc.number).sort()).toEqual(['T-0', 'T-1']);
    const ofContact = collectionOf(data, 'tickets').find(
      ticketFind({ accountId: accountA, contactId }),
    );
    expect(plannedIndex(ofContact)).toEqual(['accountId', 'updatedAt']);
    expect((await ofContact.exec()).map((doc) => doc.number).sort()).toEqual(['T-0', 'T-3']);
  });
});
