import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleRecords } from '../../../shared/domain/exampleRecords.ts';
import { invoiceSchema } from '../../../shared/domain/invoice.ts';
import { createAccountCommands } from '../accounts/accountCommands.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { createProductCommands } from '../products/productCommands.ts';
import { collectionOf } from '../records/recordStore.ts';
import { openTestData, steppingClock } from '../testing/openTestData.ts';
import { createOrderCommands } from './orderCommands.ts';

let data: FieldbookData;
const clock = steppingClock('2026-11-02T02:00:00.000Z');
const rep = { id: 'rep-1', role: 'rep' as const };
const manager = { id: 'mgr-1', role: 'manager' as const };

beforeEach(async () => {
  localStorage.clear();
  data = await openTestData({
    collections: ['leads', 'accounts', 'products', 'quotes', 'orders', 'invoices', 'settings'],
  });
});

afterEach(async () => {
  await data.close();
});

async function scene() {
  const product = await createProductCommands({ data, clock, user: manager }).createProduct({
    sku: 'FB-DOCK-2',
    name: { zh: '充电座', en: 'Charging dock' },
    unit: 'piece',
    prices: [{ amount: 19_900, currency: 'CNY' }],
    taxRateBps: 1300,
  });
  const account = await createAccountCommands({ data, clock, user: rep }).createAccount({
    name: '上海宏达机械',
    address: { line1: '浦东新区张江路 88 号', city: '上海', country: 'CN' },
  });
  const orders = createOrderCommands({ data, clock, user: rep });
  const order = (quantityMilli = 1_000) =>
    orders.createOrder({
      accountId: account.id,
      currency: 'CNY',
      lines: [{ productId: product.id, quantityMilli }],
    });
  return { account, orders, order };
}

describe('order commands', () => {
  it('numbers orders from this device’s series, one after the other, never twice', async () => {
    const { order } = await scene();
    const made = await Promise.all([order(), order(), order()]);
    const numbers = made.map((o) => o.number).sort();
    expect(new Set(numbers).size).toBe(3);
    expect(numbers[0]).toMatch(/^SO-2026-L[A-Z]{4}[2-9]-0001$/);
    expect(numbers.map((n) => n.slice(-4))).toEqual(['0001', '0002', '0003']);
  });

  it('refuses to confirm for a customer with an invoice over 90 days overdue', async () => {
    const { account, orders, order } = await scene();
    const draft = await order();
    await collectionOf(data, 'invoices').insert(
      invoiceSchema.parse({
        ...exampleRecords.invoices,
        accountId: account.id,
        dueOn: '2026-07-01',
        payments: [],
      }),
    );
    expect(await orders.confirmationProblems(draft.id)).toEqual(['creditHold']);
    await expect(orders.confirm(draft.id)).rejects.toMatchObject({
      code: 'orderNotConfirmable',
      params: { problems: 'creditHold' },
    });
    const stored = await collectionOf(data, 'orders').findOne(draft.id).exec();
    expect(stored?.status).toBe('draft');
  });

  it('ships, delivers, refuses over-shipping and closes only for managers', async () => {
    const { orders, order } = await scene();
    const draft = await order(3_000);
    await orders.confirm(draft.id);
    const lineId = draft.lines[0]?.id ?? '';
    await expect(
      orders.recordShipment(draft.id, { lines: [{ orderLineId: lineId, quantityMilli: 3_001 }] }),
    ).rejects.toMatchObject({ code: 'overShipment' });
    const shipped = await orders.recordShipment(draft.id, {
      lines: [{ orderLineId: lineId, quantityMilli: 3_000 }],
      carrier: ' 顺丰速运 ',
      trackingNumber: '',
      shippedOn: '2026-10-30',
    });
    expect(shipped.status).toBe('fulfilled');
    expect(shipped.shipments[0]).toMatchObject({
      carrier: '顺丰速运',
      shippedAt: '2026-10-30T00:00:00.000Z',
    });
    expect(shipped.shipments[0]).not.toHaveProperty('trackingNumber');
    const delivered = await orders.markDelivered(
      draft.id,
      shipped.shipments[0]?.id ?? '',
      '2026-11-01',
    );
    expect(delivered.shipments[0]?.deliveredAt).toBe('2026-11-01T00:00:00.000Z');
    await expect(orders.close(draft.id)).rejects.toMatchObject({ code: 'roleNotAllowed' });
    const closed = await createOrderCommands({ data, clock, user: manager }).close(draft.id);
    expect(closed.status).toBe('closed');
  });

  it('completes an order two devices shipped in parts, which both left in fulfillment', async () => {
    const { orders, order } = await scene();
    const draft = await order(4_000);
    await orders.confirm(draft.id);
    const lineId = draft.lines[0]?.id ?? '';
    const first = await orders.recordShipment(draft.id, {
      lines: [{ orderLineId: lineId, quantityMilli: 1_000 }],
    });
    await expect(orders.completeFulfillment(draft.id)).rejects.toMatchObject({
      code: 'forbiddenTransition',
    });
    // What the sync merge leaves: the other device's shipment of the rest, status unchanged.
    const doc = await collectionOf(data, 'orders').findOne(draft.id).exec();
    await doc?.incrementalModify((stored) => ({
      ...stored,
      shipments: [
        ...stored.shipments,
        {
          id: '0195a3c2-7f00-7000-8000-0000000005ff',
          lines: [{ orderLineId: lineId, quantityMilli: 3_000 }],
        },
      ],
    }));
    expect(first.status).toBe('in_fulfillment');
    expect((await orders.completeFulfillment(draft.id)).status).toBe('fulfilled');
  });

  it('edits a draft: lines added, changed and removed, a ship-to typed in, then confirmed', async () => {
    const { orders } = await scene();
    const pen = await createProductCommands({ data, clock, user: manager }).createProduct({
      sku: 'FB-PEN-1',
      name: { zh: '触控笔', en: 'Stylus' },
      unit: 'piece',
      prices: [{ amount: 4_900, currency: 'CNY' }],
      taxRateBps: 1300,
    });
    // A customer without an address: the draft has nowhere to ship until one is typed in.
    const noAddress = await createAccountCommands({ data, clock, user: rep }).createAccount({
      name: '杭州新语科技',
    });
    const dock = (await collectionOf(data, 'products').find().exec()).find(
      (doc) => doc.sku === 'FB-DOCK-2',
    );
    const draft = await orders.createOrder({
      accountId: noAddress.id,
      currency: 'CNY',
      lines: [{ productId: dock?.id ?? '', quantityMilli: 1_000 }],
    });
    expect(await orders.confirmationProblems(draft.id)).toEqual(['noShipTo']);

    const added = await orders.addLine(draft.id, { productId: pen.id, quantityMilli: 3_000 });
    const penLine = added.lines[1];
    expect(penLine).toMatchObject({ sku: 'FB-PEN-1', unitPrice: 4_900, quantityMilli: 3_000 });
    // 199.00 + 3 × 49.00 = 346.00, + 13 % = 390.98
    expect(added.totals.total).toBe(39_098);
    const changed = await orders.changeLineQuantity(draft.id, penLine?.id ?? '', 2_000);
    expect(changed.totals.total).toBe(33_561);
    const removed = await orders.removeLine(draft.id, draft.lines[0]?.id ?? '');
    expect(removed.lines.map((line) => line.sku)).toEqual(['FB-PEN-1']);
    await expect(orders.setShipTo(draft.id, { line1: '  ', country: 'CN' })).rejects.toMatchObject({
      code: 'shipToRequired',
    });
    await expect(
      orders.setShipTo(draft.id, { line1: 'x', country: 'China' }),
    ).rejects.toMatchObject({ name: 'RecordValidationError' });
    const shipped = await orders.setShipTo(draft.id, {
      line1: ' 西湖区文三路 90 号 ',
      city: '杭州',
      postalCode: '',
      country: 'cn',
    });
    expect(shipped.shipTo).toEqual({ line1: '西湖区文三路 90 号', city: '杭州', country: 'CN' });
    expect(shipped.billTo).toEqual(shipped.shipTo);
    expect(await orders.confirmationProblems(draft.id)).toEqual([]);
    await orders.confirm(draft.id);

    // Once confirmed (stock reserved), the lines and address stay as they are.
    await expect(
      orders.addLine(draft.id, { productId: pen.id, quantityMilli: 1_000 }),
    ).rejects.toMatchObject({ code: 'orderNotEditable' });
    await expect(orders.removeLine(draft.id, penLine?.id ?? '')).rejects.toMatchObject({
      code: 'orderNotEditable',
    });
    const stored = await collectionOf(data, 'orders').findOne(draft.id).exec();
    expect(stored?.lines).toHaveLength(1);
  });
});
