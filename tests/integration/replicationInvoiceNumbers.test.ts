import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createInvoiceCommands } from '../../src/renderer/data/invoices/invoiceCommands.ts';
import {
  buildTestOrder,
  insertTestOrder,
} from '../../src/renderer/data/invoices/invoiceTestData.ts';
import { collectionOf } from '../../src/renderer/data/records/recordStore.ts';
import { buildApp } from '../../src/server/app.ts';
import { invoiceShippedQuantities, issueInvoice } from '../../src/shared/billing/invoiceOrder.ts';
import type { CollectionName } from '../../src/shared/domain/collections.ts';
import type { Invoice } from '../../src/shared/domain/invoice.ts';
import { startTestServer, type TestServer } from '../support/testServer.ts';
import { type StoreKind, storeKinds } from '../support/testStores.ts';
import { seedTestTeam } from '../support/testTeam.ts';
import { type Device, openDevice, testClock } from './replicationDevices.ts';

// RxDB allows 13 collections per process: three devices open three each.
const collections: CollectionName[] = ['leads', 'orders', 'invoices'];
const serverNow = new Date('2026-11-05T09:00:00.000Z');
const finalNumbers = (count: number) =>
  Array.from({ length: count }, (_, i) => `INV-2026-${String(i + 1).padStart(4, '0')}`);

let server: TestServer | undefined;
let devices: Device[] = [];
const extraApps: { close: () => Promise<unknown> }[] = [];

afterEach(async () => {
  for (const device of devices) await device.close();
  devices = [];
  for (const app of extraApps.splice(0)) await app.close();
  await server?.close();
  server = undefined;
});

async function start(kind: StoreKind) {
  server = await startTestServer(kind, { clock: () => serverNow });
  const people = await seedTestTeam(server.store);
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  return { server, people, baseUrl };
}

async function invoicesOn(device: Device): Promise<Invoice[]> {
  const docs = await collectionOf(device.data, 'invoices').find().exec();
  return docs.map((doc) => doc.toJSON() as unknown as Invoice);
}

describe.each(storeKinds)('final invoice numbers on %s', (kind) => {
  it('are gap-free and unique when 3 devices invoice offline, and flow back to each device', {
    timeout: 60_000,
  }, async () => {
    const env = await start(kind);
    const clock = testClock('2026-11-02T08:00:00.000Z');
    const finance = env.people.finance;
    for (let i = 0; i < 3; i += 1) {
      devices.push(await openDevice({ baseUrl: env.baseUrl, member: finance, clock, collections }));
    }
    const made: { device: Device; invoice: Invoice }[] = [];
    let draftId = '';
    for (const [index, device] of devices.entries()) {
      device.connectivity.setOnline(false);
      await expect.poll(() => device.status().state).toBe('offline');
      const context = { data: device.data, clock, user: { id: finance.id, role: finance.role } };
      const account = { id: `0195a3c2-7f00-7000-8000-00000000a00${index}` };
      const commands = createInvoiceCommands(context);
      for (let n = 0; n < 3; n += 1) {
        clock.advance();
        const order = await insertTestOrder(
          device.data,
          buildTestOrder({
            ownerId: finance.id,
            accountId: account.id,
            now: clock(),
            lines: [{ description: '扫码枪', quantity: 2 + n, unitPrice: 1200_00 }],
            shipments: [[1 + n]],
          }),
        );
        const invoice = await commands.invoiceShipped(order.id, { issue: true });
        expect(invoice.number).toMatch(/^PROV-INV-2026-[A-Z]+\d-000[1-3]$/);
        made.push({ device, invoice });
      }
      if (index === 0) {
        // A draft is not a legal invoice yet: it keeps its provisional number.
        clock.advance();
        const order = await insertTestOrder(
          device.data,
          buildTestOrder({
            ownerId: finance.id,
            accountId: account.id,
            now: clock(),
            lines: [{ description: '安装服务', quantity: 1, unitPrice: 500_00 }],
            shipments: [[1]],
          }),
        );
        draftId = (await commands.invoiceShipped(order.id)).id;
      }
    }
    const provisional = made.map(({ invoice }) => invoice.number);
    expect(new Set(provisional).size).toBe(9);

    // All three come back online at once: their pushes race for the numbers.
    for (const device of devices) device.connectivity.setOnline(true);
    await Promise.all(devices.map((device) => device.awaitInSync()));

    const stored = await env.server.store.getDocuments(
      'invoices',
      made.map(({ invoice }) => invoice.id),
    );
    expect(stored.map((doc) => String(doc.data.number)).sort()).toEqual(finalNumbers(9));
    for (const doc of stored) {
      const mine = made.find(({ invoice }) => invoice.id === doc.id);
      expect(doc.data.provisionalNumber).toBe(mine?.invoice.number);
    }
    const [draft] = await env.server.store.getDocuments('invoices', [draftId]);
    expect(String(draft?.data.number)).toMatch(/^PROV-INV-/);

    // Every device ends up with the final numbers, its own invoices included.
    for (const device of devices) {
      await expect
        .poll(
          async () =>
            (await invoicesOn(device))
              .filter((invoice) => invoice.status !== 'draft')
              .map((invoice) => invoice.number)
              .sort(),
          { timeout: 10_000 },
        )
        .toEqual(finalNumbers(9));
    }
    const onFirst = await invoicesOn(devices[0] as Device);
    for (const { invoice } of made) {
      expect(onFirst.find((doc) => doc.id === invoice.id)?.provisionalNumber).toBe(invoice.number);
    }
  });

  it('stay gap-free when two server processes number concurrent pushes', {
    timeout: 60_000,
  }, async () => {
    const env = await start(kind);
    // A second server process on the same database.
    const second = await buildApp({ store: env.server.reopen(), clock: () => serverNow });
    extraApps.push({ close: async () => second.close() });
    await second.ready();
    const finance = env.people.finance;
    const tokens = await Promise.all(
      [0, 1, 2, 3].map(() => env.server.login(finance.email, finance.password)),
    );
    const at = '2026-11-04T08:00:00.000Z';
    const order = buildTestOrder({
      ownerId: finance.id,
      accountId: '0195a3c2-7f00-7000-8000-00000000a001',
      now: new Date(at),
      lines: [{ description: 'Scanner', quantity: 1, unitPrice: 100_00 }],
      shipments: [[1]],
    });
    const batches = tokens.map((token, device) =>
      Array.from({ length: 6 }, (_, n) => {
        const draft = invoiceShippedQuantities({
          order,
          invoices: [],
          invoiceId: `0195a3c2-7f00-7000-8000-0000000${device}b${String(n).padStart(3, '0')}`,
          number: `PROV-INV-2026-A${device + 2}-${String(n + 1).padStart(4, '0')}`,
          actor: { id: finance.id, role: 'finance' },
          now: at,
        });
        return issueInvoice({
          invoice: draft,
          actor: { id: finance.id, role: 'finance' },
          issuedOn: '2026-11-04',
          now: at,
        });
      }).map((invoice) => ({ token, invoice })),
    );
    const apps = [env.server.app, second];
    const responses = await Promise.all(
      batches.flat().map(({ token, invoice }, index) =>
        (apps[index % 2] ?? env.server.app).inject({
          method: 'POST',
          url: '/api/sync/invoices/push',
          headers: { authorization: `Bearer ${token}` },
          payload: [{ newDocumentState: { ...invoice, _deleted: false } }],
        }),
      ),
    );
    expect(responses.map((response) => response.statusCode)).toEqual(responses.map(() => 200));
    expect(responses.map((response) => response.json())).toEqual(responses.map(() => []));
    const stored = await env.server.store.getDocuments(
      'invoices',
      batches.flat().map(({ invoice }) => invoice.id),
    );
    expect(stored.map((doc) => String(doc.data.number)).sort()).toEqual(finalNumbers(24));

    // Pushing the numbered invoice again (a device's later edit) keeps its number.
    const [first] = stored;
    const again = await env.server.app.inject({
      method: 'POST',
      url: '/api/sync/invoices/push',
      headers: { authorization: `Bearer ${tokens[0]}` },
      payload: [
        {
          assumedMasterState: { ...first?.data, _deleted: false },
          newDocumentState: { ...first?.data, notes: 'Paid by transfer', _deleted: false },
        },
      ],
    });
    expect(again.json()).toEqual([]);
    const [after] = await env.server.store.getDocuments('invoices', [first?.id ?? '']);
    expect(after?.data.number).toBe(first?.data.number);
    expect(await env.server.store.getDocuments('invoices', [])).toEqual([]);

    // A device cannot make up a final number.
    const forged = await env.server.app.inject({
      method: 'POST',
      url: '/api/sync/invoices/push',
      headers: { authorization: `Bearer ${tokens[0]}` },
      payload: [
        {
          newDocumentState: {
            ...(batches[0]?.[0]?.invoice ?? {}),
            id: '0195a3c2-7f00-7000-8000-0000000ffb01',
            number: 'INV-2026-0099',
            _deleted: false,
          },
        },
      ],
    });
    expect(decodeURIComponent(String(forged.headers['x-fieldbook-rejections']))).toContain(
      'finalNumberFromServer',
    );
  });
});
