import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccountCommands } from '../../src/renderer/data/accounts/accountCommands.ts';
import { createInventoryCommands } from '../../src/renderer/data/inventory/inventoryCommands.ts';
import { inventorySnapshot } from '../../src/renderer/data/inventory/inventorySnapshot.ts';
import { createOrderCommands } from '../../src/renderer/data/orders/orderCommands.ts';
import { createProductCommands } from '../../src/renderer/data/products/productCommands.ts';
import { collectionOf } from '../../src/renderer/data/records/recordStore.ts';
import type { CollectionName } from '../../src/shared/domain/collections.ts';
import type { Order } from '../../src/shared/domain/order.ts';
import type { Product } from '../../src/shared/domain/product.ts';
import { type Device, openDevice, startSyncServer, testClock } from './replicationDevices.ts';

type Env = Awaited<ReturnType<typeof startSyncServer>>;
type Member = 'manager' | 'rep1';

let env: Env;
let devices: Device[] = [];
const clock = testClock('2026-11-02T08:00:00.000Z');
const collections: CollectionName[] = ['leads', 'accounts', 'products', 'orders', 'settings'];

async function device(member: Member) {
  const opened = await openDevice({
    baseUrl: env.baseUrl,
    member: env.people[member],
    clock,
    collections,
  });
  devices.push(opened);
  const person = env.people[member];
  const context = { data: opened.data, clock, user: { id: person.id, role: person.role } };
  return {
    ...opened,
    context,
    orders: createOrderCommands(context),
    stock: createInventoryCommands(context),
  };
}

async function levelsOn(target: Device, productId: string) {
  const products = (await collectionOf(target.data, 'products').find().exec()).map(
    (doc) => doc.toJSON() as Product,
  );
  const orders = (await collectionOf(target.data, 'orders').find().exec()).map(
    (doc) => doc.toJSON() as Order,
  );
  return inventorySnapshot({ products, orders }).levels[productId];
}

async function orderOn(target: Device, id: string): Promise<Order | undefined> {
  return (await collectionOf(target.data, 'orders').findOne(id).exec())?.toJSON() as
    | Order
    | undefined;
}

async function goOffline(...targets: Device[]) {
  for (const target of targets) {
    target.connectivity.setOnline(false);
    await expect.poll(() => target.status().state).toBe('offline');
  }
}

/** A product with 50 on hand, a customer with an address, two confirmed orders for 30 and 15. */
async function seed(manager: Awaited<ReturnType<typeof device>>) {
  const product = await createProductCommands(manager.context).createProduct({
    sku: 'FB-SCN-200',
    name: { zh: '手持扫描枪', en: 'Handheld scanner' },
    unit: 'piece',
    prices: [{ amount: 129_900, currency: 'CNY' }],
    taxRateBps: 1300,
  });
  clock.advance();
  await manager.stock.recordReceipt(product.id, { quantityMilli: 50_000, reference: 'PO-1001' });
  const account = await createAccountCommands(manager.context).createAccount({
    name: '杭州云帆科技',
    address: { line1: '西湖区文三路 90 号', city: '杭州', country: 'CN' },
  });
  const orderFor = async (quantityMilli: number) => {
    clock.advance();
    const order = await manager.orders.createOrder({
      accountId: account.id,
      currency: 'CNY',
      lines: [{ productId: product.id, quantityMilli }],
    });
    clock.advance();
    return manager.orders.confirm(order.id);
  };
  const orderA = await orderFor(30_000);
  const orderB = await orderFor(15_000);
  return { product, orderA, orderB };
}

beforeEach(async () => {
  env = await startSyncServer();
});

afterEach(async () => {
  for (const opened of devices) await opened.close();
  devices = [];
  await env.server.close();
});

describe('stock through the real server', { timeout: 40_000 }, () => {
  it('two devices ship from the same stock offline and converge with the right on-hand', async () => {
    const first = await device('manager');
    const { product, orderA, orderB } = await seed(first);
    expect(await levelsOn(first, product.id)).toEqual({
      onHand: 50_000,
      reserved: 45_000,
      available: 5_000,
    });
    await first.awaitInSync();
    const second = await device('manager');
    await expect
      .poll(async () => (await levelsOn(second, product.id))?.reserved, { timeout: 5000 })
      .toBe(45_000);

    await goOffline(first, second);
    const lineA = orderA.lines[0]?.id ?? '';
    const lineB = orderB.lines[0]?.id ?? '';
    clock.advance();
    await first.orders.recordShipment(orderA.id, {
      lines: [{ orderLineId: lineA, quantityMilli: 20_000 }],
      carrier: '顺丰速运',
      trackingNumber: 'SF1001',
    });
    clock.advance();
    await second.orders.recordShipment(orderA.id, {
      lines: [{ orderLineId: lineA, quantityMilli: 5_000 }],
      carrier: 'DHL',
    });
    await second.orders.recordShipment(orderB.id, {
      lines: [{ orderLineId: lineB, quantityMilli: 15_000 }],
    });
    // Each device alone sees only its own shipments.
    expect((await levelsOn(first, product.id))?.onHand).toBe(30_000);
    expect((await levelsOn(second, product.id))?.onHand).toBe(30_000);

    first.connectivity.setOnline(true);
    second.connectivity.setOnline(true);
    await first.awaitInSync();
    await second.awaitInSync();
    // 50 − 20 − 5 − 15 = 10 on hand; order A still holds its last 5.
    const expected = { onHand: 10_000, reserved: 5_000, available: 5_000 };
    for (const target of [first, second]) {
      await expect.poll(() => levelsOn(target, product.id), { timeout: 10_000 }).toEqual(expected);
      const a = await orderOn(target, orderA.id);
      expect(a?.status).toBe('in_fulfillment');
      expect(a?.shipments.map((shipment) => shipment.carrier).sort()).toEqual(['DHL', '顺丰速运']);
      expect((await orderOn(target, orderB.id))?.status).toBe('fulfilled');
    }
    const [onServer] = await env.server.store.getDocuments('orders', [orderA.id]);
    expect((onServer?.data as Order | undefined)?.shipments).toHaveLength(2);
    for (const target of [first, second]) {
      expect(await target.data.sync.store.listIssues()).toEqual([]);
    }
  });

  it('two devices shipping more of one order than was ordered: the second lands in Sync issues', async () => {
    const first = await device('manager');
    const { product, orderA } = await seed(first);
    await first.awaitInSync();
    const second = await device('manager');
    await expect
      .poll(async () => (await orderOn(second, orderA.id))?.status, { timeout: 5000 })
      .toBe('confirmed');
    await goOffline(first, second);
    const lineA = orderA.lines[0]?.id ?? '';
    clock.advance();
    await first.orders.recordShipment(orderA.id, {
      lines: [{ orderLineId: lineA, quantityMilli: 20_000 }],
    });
    clock.advance();
    await second.orders.recordShipment(orderA.id, {
      lines: [{ orderLineId: lineA, quantityMilli: 15_000 }],
    });
    first.connectivity.setOnline(true);
    await first.awaitInSync();
    second.connectivity.setOnline(true);
    await expect
      .poll(async () => (await second.data.sync.store.listIssues()).map((issue) => issue.code), {
        timeout: 10_000,
      })
      .toEqual(['overShipment']);
    await second.awaitInSync();
    // 30 ordered: the server kept the 20 that arrived first; the other 15 wait in Sync issues.
    for (const target of [first, second]) {
      await expect
        .poll(() => levelsOn(target, product.id), { timeout: 10_000 })
        .toEqual({ onHand: 30_000, reserved: 25_000, available: 5_000 });
      expect((await orderOn(target, orderA.id))?.shipments).toHaveLength(1);
    }
  });

  it('receipts and counts made on two devices offline all count once synced', async () => {
    const first = await device('manager');
    const { product } = await seed(first);
    await first.awaitInSync();
    const second = await device('manager');
    await expect
      .poll(async () => (await levelsOn(second, product.id))?.onHand, { timeout: 5000 })
      .toBe(50_000);

    await goOffline(first, second);
    clock.advance();
    await first.stock.recordReceipt(product.id, { quantityMilli: 10_000, reference: 'PO-1002' });
    clock.advance();
    await second.stock.recordReceipt(product.id, { quantityMilli: 7_000, reference: 'PO-1003' });
    await second.stock.recordAdjustment(product.id, { quantityMilli: -2_000, reference: '盘点' });
    first.connectivity.setOnline(true);
    second.connectivity.setOnline(true);
    await first.awaitInSync();
    await second.awaitInSync();
    // A counter both devices overwrote would say 60 or 55; the ledger keeps every movement.
    for (const target of [first, second]) {
      await expect
        .poll(async () => (await levelsOn(target, product.id))?.onHand, { timeout: 10_000 })
        .toBe(65_000);
    }
    const [onServer] = await env.server.store.getDocuments('products', [product.id]);
    expect(
      (onServer?.data as Product | undefined)?.stockMovements.map((m) => m.reference).sort(),
    ).toEqual(['PO-1001', 'PO-1002', 'PO-1003', '盘点'].sort());
  });

  it('a rep confirms and ships offline in one go; a rep cannot book stock in', async () => {
    const manager = await device('manager');
    const { product } = await seed(manager);
    await manager.awaitInSync();
    const rep = await device('rep1');
    await expect
      .poll(async () => (await levelsOn(rep, product.id))?.onHand, { timeout: 5000 })
      .toBe(50_000);
    const account = await createAccountCommands(rep.context).createAccount({
      name: 'Nordlicht GmbH',
      address: { line1: 'Hafenstraße 1', city: 'Hamburg', country: 'DE' },
    });
    await goOffline(rep);
    clock.advance();
    const draft = await rep.orders.createOrder({
      accountId: account.id,
      currency: 'CNY',
      lines: [{ productId: product.id, quantityMilli: 3_000 }],
    });
    clock.advance();
    await rep.orders.confirm(draft.id);
    clock.advance();
    await rep.orders.recordShipment(draft.id, {
      lines: [{ orderLineId: draft.lines[0]?.id ?? '', quantityMilli: 3_000 }],
    });
    await expect(
      rep.stock.recordReceipt(product.id, { quantityMilli: 1_000, reference: 'PO-X' }),
    ).rejects.toMatchObject({ code: 'roleNotAllowed' });
    // An old or tampered client skips the check: the server refuses the product change.
    const doc = await collectionOf(rep.data, 'products').findOne(product.id).exec();
    await doc?.incrementalModify((stored) => ({
      ...stored,
      stockMovements: [
        ...stored.stockMovements,
        {
          id: 'rep-receipt',
          productId: product.id,
          kind: 'receipt',
          quantityMilli: 1_000_000,
          reference: 'PO-X',
          at: clock().toISOString(),
          by: env.people.rep1.id,
        },
      ],
      updatedAt: clock().toISOString(),
    }));
    rep.connectivity.setOnline(true);
    await expect
      .poll(async () => (await rep.data.sync.store.listIssues()).map((issue) => issue.docId), {
        timeout: 5000,
      })
      .toEqual([product.id]);
    const [issue] = await rep.data.sync.store.listIssues();
    expect(issue).toMatchObject({ collection: 'products', code: 'forbidden' });
    await rep.awaitInSync();
    const [orderOnServer] = await env.server.store.getDocuments('orders', [draft.id]);
    expect(orderOnServer?.data).toMatchObject({ status: 'fulfilled', number: draft.number });
    await expect
      .poll(async () => (await levelsOn(rep, product.id))?.onHand, { timeout: 5000 })
      .toBe(47_000);
    const [productOnServer] = await env.server.store.getDocuments('products', [product.id]);
    expect((productOnServer?.data as Product | undefined)?.stockMovements).toHaveLength(1);
  });
});
