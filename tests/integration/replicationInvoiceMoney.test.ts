import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInvoiceCommands } from '../../src/renderer/data/invoices/invoiceCommands.ts';
import {
  buildTestOrder,
  insertTestOrder,
} from '../../src/renderer/data/invoices/invoiceTestData.ts';
import { collectionOf } from '../../src/renderer/data/records/recordStore.ts';
import type { CollectionName } from '../../src/shared/domain/collections.ts';
import type { Invoice } from '../../src/shared/domain/invoice.ts';
import { type Device, openDevice, startSyncServer, testClock } from './replicationDevices.ts';

type Env = Awaited<ReturnType<typeof startSyncServer>>;

let env: Env;
let devices: Device[] = [];
const clock = testClock('2026-11-02T08:00:00.000Z');
const collections: CollectionName[] = ['leads', 'orders', 'invoices'];

async function device(member: 'rep1' | 'finance') {
  const person = env.people[member];
  const opened = await openDevice({ baseUrl: env.baseUrl, member: person, clock, collections });
  devices.push(opened);
  const context = { data: opened.data, clock, user: { id: person.id, role: person.role } };
  return { ...opened, invoices: createInvoiceCommands(context) };
}

async function invoiceOn(target: Device, id: string): Promise<Invoice | undefined> {
  return (await collectionOf(target.data, 'invoices').findOne(id).exec())?.toJSON() as
    | Invoice
    | undefined;
}

beforeEach(async () => {
  env = await startSyncServer();
});

afterEach(async () => {
  for (const opened of devices) await opened.close();
  devices = [];
  await env.server.close();
});

describe('money on invoices through the real server', { timeout: 30_000 }, () => {
  it("refuses a rep's attempt to mark an invoice paid and shows it in Sync issues", async () => {
    const finance = await device('finance');
    const order = await insertTestOrder(
      finance.data,
      buildTestOrder({
        ownerId: env.people.rep1.id,
        accountId: '0195a3c2-7f00-7000-8000-00000000a001',
        now: clock(),
        lines: [{ description: '条码打印机', quantity: 4, unitPrice: 2500_00 }],
        shipments: [[2], [1]],
        paymentTermsDays: 30,
      }),
    );
    clock.advance();
    const invoice = await finance.invoices.invoiceShipped(order.id, { issue: true });
    expect(invoice).toMatchObject({
      status: 'issued',
      issuedOn: '2026-11-02',
      dueOn: '2026-12-02',
    });
    expect(invoice.ownerId).toBe(env.people.rep1.id);
    await finance.awaitInSync();

    // The rep (the order's owner) sees the invoice with its final number.
    const rep = await device('rep1');
    await expect
      .poll(async () => (await invoiceOn(rep, invoice.id))?.number, { timeout: 5000 })
      .toBe('INV-2026-0001');

    // The app does not let a rep take money…
    await expect(
      rep.invoices.recordPayment({
        accountId: invoice.accountId,
        amount: 1000_00,
        currency: 'CNY',
        method: 'cash',
        receivedOn: '2026-11-03',
      }),
    ).rejects.toMatchObject({ code: 'roleNotAllowed' });

    // …and the server refuses it from a client that skips the check.
    clock.advance();
    const doc = await collectionOf(rep.data, 'invoices').findOne(invoice.id).exec();
    await doc?.incrementalModify((stored) => ({
      ...stored,
      status: 'paid',
      payments: [
        {
          id: '0195a3c2-7f00-7000-8000-0000000000a1',
          amount: { amount: stored.totals.total, currency: stored.currency },
          method: 'cash',
          receivedOn: '2026-11-03',
          recordedBy: env.people.rep1.id,
        },
      ],
      updatedAt: clock().toISOString(),
    }));
    await expect
      .poll(async () => (await rep.data.sync.store.listIssues()).map((issue) => issue.docId), {
        timeout: 5000,
      })
      .toEqual([invoice.id]);
    const [issue] = await rep.data.sync.store.listIssues();
    expect(issue).toMatchObject({ collection: 'invoices', code: 'roleNotAllowed' });
    expect(issue?.values).toMatchObject({ status: 'paid' });
    await expect
      .poll(async () => (await invoiceOn(rep, invoice.id))?.status, { timeout: 5000 })
      .toBe('issued');
    const [onServer] = await env.server.store.getDocuments('invoices', [invoice.id]);
    expect(onServer?.data).toMatchObject({ status: 'issued', payments: [] });

    // Finance records a partial payment; the rep sees the invoice partially paid.
    clock.advance();
    const { invoices: paid, credit } = await finance.invoices.recordPayment({
      accountId: invoice.accountId,
      amount: 2000_00,
      currency: 'CNY',
      method: 'bank_transfer',
      receivedOn: '2026-11-10',
      reference: 'ICBC 1110-01',
    });
    expect(credit).toBe(0);
    expect(paid.map((entry) => entry.status)).toEqual(['partially_paid']);
    await finance.awaitInSync();
    await expect
      .poll(async () => (await invoiceOn(rep, invoice.id))?.payments.length, { timeout: 5000 })
      .toBe(1);
    expect(await invoiceOn(rep, invoice.id)).toMatchObject({
      status: 'partially_paid',
      number: 'INV-2026-0001',
    });

    // Finance writes the rest off as bad debt; the server takes the reason from the write-off.
    clock.advance();
    await finance.invoices.writeOff(invoice.id, '客户破产清算');
    await finance.awaitInSync();
    // (The test's order, made straight in the database, is refused by the order rules: not ours.)
    const financeIssues = await finance.data.sync.store.listIssues();
    expect(financeIssues.filter((entry) => entry.collection === 'invoices')).toEqual([]);
    const [writtenOff] = await env.server.store.getDocuments('invoices', [invoice.id]);
    expect(writtenOff?.data).toMatchObject({
      status: 'written_off',
      writeOff: { amount: { amount: 8475_00 - 2000_00, currency: 'CNY' } },
    });
  });
});
