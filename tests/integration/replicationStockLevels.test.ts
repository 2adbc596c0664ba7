import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createAccountCommands } from '../../src/renderer/data/accounts/accountCommands.ts';
import { createInventoryCommands } from '../../src/renderer/data/inventory/inventoryCommands.ts';
import { inventorySnapshot } from '../../src/renderer/data/inventory/inventorySnapshot.ts';
import { readUnsyncedStockChanges } from '../../src/renderer/data/inventory/unsyncedStockChanges.ts';
import { createOrderCommands } from '../../src/renderer/data/orders/orderCommands.ts';
import { createProductCommands } from '../../src/renderer/data/products/productCommands.ts';
import { collectionOf } from '../../src/renderer/data/records/recordStore.ts';
import { readSetting } from '../../src/renderer/data/settings/settingsStore.ts';
import { stockLevelsId } from '../../src/server/sync/publishStockLevels.ts';
import type { CollectionName } from '../../src/shared/domain/collections.ts';
import type { Order } from '../../src/shared/domain/order.ts';
import type { Product } from '../../src/shared/domain/product.ts';
import { startTestServer, type TestServer } from '../support/testServer.ts';
import { type StoreKind, storeKinds } from '../support/testStores.ts';
import { seedTestTeam } from '../support/testTeam.ts';
import { type Device, openDevice, testClock } from './replicationDevices.ts';

type People = Awaited<ReturnType<typeof seedTestTeam>>;
type Member = keyof People;

let server: TestServer | undefined;
let devices: Device[] = [];
const clock = testClock('2026-11-02T08:00:00.000Z');
const collections: CollectionName[] = ['leads', 'accounts', 'products', 'orders', 'settings'];
// RxDB allows 13 collections per process: the manager's device only needs the catalog.
const catalogOnly: CollectionName[] = ['leads', 'products'];

async function startServer(kind: StoreKind) {
  server = await startTestServer(kind, { clock });
  const people = await seedTestTeam(server.store);
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  return { server, people, baseUrl };
}

afterEach(async () => {
  for (const opened of devices) await opened.close();
  devices = [];
  await server?.close();
  server = undefined;
});

/** The figures a device shows, computed as the Inventory page does. */
async function figuresOn(target: Device) {
  const products = (await collectionOf(target.data, 'products').find().exec()).map(
    (doc) => doc.toJSON() as Product,
  );
  const orders = (await collectionOf(target.data, 'orders').find().exec()).map(
    (doc) => doc.toJSON() as Order,
  );
  const published = (await readSetting(target.data, 'stockLevels'))?.value;
  const unsynced = await readUnsyncedStockChanges(target.data);
  return inventorySnapshot({ products, orders, published, unsynced });
}

async function levelOn(target: Device, productId: string) {
  const snapshot = await figuresOn(target);
  return { basis: snapshot.basis, ...snapshot.levels[productId] };
}

describe.each(storeKinds)('company-wide stock levels through the real server (%s)', (kind) => {
  it('a rep sees what other teams reserve and what managers receive, plus their own offline orders', {
    timeout: 60_000,
  }, async () => {
    const env = await startServer(kind);
    const device = async (member: Member, only = collections) => {
      const opened = await openDevice({
        baseUrl: env.baseUrl,
        member: env.people[member],
        clock,
        collections: only,
      });
      devices.push(opened);
      const person = env.people[member];
      const context = { data: opened.data, clock, user: { id: person.id, role: person.role } };
      return {
        ...opened,
        orders: createOrderCommands(context),
        stock: createInventoryCommands(context),
        accounts: createAccountCommands(context),
      };
    };
    const confirmedOrder = async (
      rep: Awaited<ReturnType<typeof device>>,
      productId: string,
      quantityMilli: number,
    ) => {
      const account = await rep.accounts.createAccount({
        name: `客户 ${quantityMilli}`,
        address: { line1: '西湖区文三路 90 号', city: '杭州', country: 'CN' },
      });
      clock.advance();
      const draft = await rep.orders.createOrder({
        accountId: account.id,
        currency: 'CNY',
        lines: [{ productId, quantityMilli }],
      });
      clock.advance();
      return rep.orders.confirm(draft.id);
    };

    const manager = await device('manager', catalogOnly);
    const product = await createProductCommands({
      data: manager.data,
      clock,
      user: { id: env.people.manager.id, role: 'manager' },
    }).createProduct({
      sku: 'FB-SCN-200',
      name: { zh: '手持扫描枪', en: 'Handheld scanner' },
      unit: 'piece',
      prices: [{ amount: 129_900, currency: 'CNY' }],
      taxRateBps: 1300,
    });
    clock.advance();
    await manager.stock.recordReceipt(product.id, { quantityMilli: 50_000, reference: 'PO-1001' });
    await manager.awaitInSync();

    // Rep 1 (team East) confirms an order for 30.
    const east = await device('rep1');
    await expect
      .poll(async () => (await levelOn(east, product.id)).onHand, { timeout: 10_000 })
      .toBe(50_000);
    const eastOrder = await confirmedOrder(east, product.id, 30_000);
    await east.awaitInSync();

    // Rep 3 (team West) cannot see that order, yet sees its hold.
    const west = await device('rep3');
    await expect
      .poll(() => levelOn(west, product.id), { timeout: 10_000 })
      .toEqual({ basis: 'server', onHand: 50_000, reserved: 30_000, available: 20_000 });
    expect(await collectionOf(west.data, 'orders').findOne(eastOrder.id).exec()).toBeNull();
    const published = await readSetting(west.data, 'stockLevels');
    expect(published?.value.asOf).toBe(clock().toISOString());

    // A receipt booked by the manager shows for the rep.
    clock.advance();
    await manager.stock.recordReceipt(product.id, { quantityMilli: 10_000, reference: 'PO-1002' });
    await manager.awaitInSync();
    await expect
      .poll(async () => (await levelOn(west, product.id)).onHand, { timeout: 10_000 })
      .toBe(60_000);

    // Offline, rep 3's own order counts at once on top of the last figures the server sent.
    west.connectivity.setOnline(false);
    await expect.poll(() => west.status().state).toBe('offline');
    await confirmedOrder(west, product.id, 5_000);
    await expect
      .poll(() => levelOn(west, product.id), { timeout: 5_000 })
      .toEqual({ basis: 'server', onHand: 60_000, reserved: 35_000, available: 25_000 });
    expect((await figuresOn(west)).unsyncedChanges).toBe(1);
    expect((await levelOn(east, product.id)).reserved).toBe(30_000);

    // Back online: everyone agrees, and rep 3's order is not counted twice.
    west.connectivity.setOnline(true);
    await west.awaitInSync();
    for (const target of [east, west]) {
      await expect
        .poll(() => levelOn(target, product.id), { timeout: 10_000 })
        .toEqual({ basis: 'server', onHand: 60_000, reserved: 35_000, available: 25_000 });
    }
    expect((await figuresOn(west)).unsyncedChanges).toBe(0);
  });

  it('no device may write the stock levels, not even an admin', { timeout: 30_000 }, async () => {
    const env = await startServer(kind);
    const { store } = env.server;
    await store.write(async (tx) => {
      await tx.putDocument({
        collection: 'products',
        id: '0195a3c2-7f00-7000-8000-0000000000a1',
        ownerId: env.people.manager.id,
        teamId: null,
        deleted: false,
        data: {
          id: '0195a3c2-7f00-7000-8000-0000000000a1',
          stockMovements: [
            {
              id: 'r-1',
              productId: '0195a3c2-7f00-7000-8000-0000000000a1',
              kind: 'receipt',
              quantityMilli: 8_000,
              reference: 'PO-1',
              at: clock().toISOString(),
              by: env.people.manager.id,
            },
          ],
        },
      });
    });
    await expect
      .poll(async () => (await store.getDocuments('settings', [stockLevelsId])).length, {
        timeout: 5_000,
      })
      .toBe(1);
    const [current] = await store.getDocuments('settings', [stockLevelsId]);
    if (!current) throw new Error('stock levels were not published');
    const master = { ...current.data, id: current.id, _deleted: false };
    const inflated = {
      ...master,
      value: {
        ...(current.data.value as object),
        products: [
          { productId: '0195a3c2-7f00-7000-8000-0000000000a1', onHand: 9_999_000, reserved: 0 },
        ],
      },
    };
    const token = await env.server.login('admin@test.fieldbook', 'admin-password-1');
    const push = (rows: unknown[]) =>
      env.server.app.inject({
        method: 'POST',
        url: '/api/sync/settings/push',
        headers: { authorization: `Bearer ${token}` },
        payload: rows,
      });
    const overwrite = await push([{ assumedMasterState: master, newDocumentState: inflated }]);
    const another = await push([
      {
        newDocumentState: {
          ...inflated,
          id: '0195a3c2-7f00-7000-8000-0000000000b2',
          createdAt: clock().toISOString(),
        },
      },
    ]);
    for (const response of [overwrite, another]) {
      expect(response.statusCode).toBe(200);
      const rejections = JSON.parse(
        decodeURIComponent(String(response.headers['x-fieldbook-rejections'])),
      ) as { code: string }[];
      expect(rejections.map((rejection) => rejection.code)).toEqual(['forbidden']);
    }
    const [after] = await store.getDocuments('settings', [stockLevelsId]);
    expect(after?.seq).toBe(current.seq);
    expect(await store.getDocuments('settings', ['0195a3c2-7f00-7000-8000-0000000000b2'])).toEqual(
      [],
    );
  });
});
