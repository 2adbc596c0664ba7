import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleRecords } from '../../../shared/domain/exampleRecords.ts';
import type { Order } from '../../../shared/domain/order.ts';
import { newId } from '../../../shared/ids/newId.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { openTestData } from '../testing/openTestData.ts';
import { backgroundWork } from './backgroundWork.ts';
import { CollectionMirror } from './CollectionMirror.ts';
import { collectionOf } from './recordStore.ts';

let data: FieldbookData;
let mirror: CollectionMirror<Order> | undefined;
let endView: (() => void) | undefined;

// More than one background page (500), so a background load takes several steps.
const orderCount = 1_200;
let ids: string[] = [];

beforeEach(async () => {
  data = await openTestData({ collections: ['leads', 'orders'] });
  const base = exampleRecords.orders as Order;
  ids = Array.from({ length: orderCount }, (_, i) => newId(Date.parse('2026-01-01T00:00:00Z') + i));
  await collectionOf(data, 'orders').bulkInsert(
    ids.map((id, i) => ({ ...base, id, number: `SO-${i + 1}` })),
  );
});

afterEach(async () => {
  endView?.();
  endView = undefined;
  mirror?.stop();
  mirror = undefined;
  await data.close();
});

const settle = async () => {
  for (let i = 0; i < 30; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
};

describe('CollectionMirror loads', () => {
  it('in the background: every document, in steps, after the screen has its rows', async () => {
    mirror = new CollectionMirror(collectionOf(data, 'orders'));
    endView = backgroundWork.beginForeground(); // a screen waits for its first rows
    const loaded = mirror.start('background');
    await settle();
    expect(mirror.ready).toBe(false);
    expect(mirror.docs.size).toBe(0);
    endView();
    await loaded;
    expect(mirror.ready).toBe(true);
    expect(mirror.docs.size).toBe(orderCount);
    expect(mirror.docs.get(ids[7] ?? '')?.number).toBe('SO-8');
  });

  it('at once when a view needs a load that is still queued', async () => {
    mirror = new CollectionMirror(collectionOf(data, 'orders'));
    endView = backgroundWork.beginForeground(); // the queue is held back...
    void mirror.start('next');
    await settle();
    expect(mirror.ready).toBe(false);
    await mirror.start('now'); // ...but the board needs the deals now
    expect(mirror.ready).toBe(true);
    expect(mirror.docs.size).toBe(orderCount);
    expect(backgroundWork.busy).toBe(true); // the view still waits; only this load went ahead
  });

  it('keeps a change made during a background load, and follows changes after it', async () => {
    mirror = new CollectionMirror(collectionOf(data, 'orders'));
    const orders = collectionOf(data, 'orders');
    const first = ids[0] ?? '';
    const loaded = mirror.start('background');
    await (await orders.findOne(first).exec())?.incrementalPatch({ number: 'SO-EDITED' });
    await loaded;
    expect(mirror.docs.get(first)?.number).toBe('SO-EDITED');
    await (await orders.findOne(first).exec())?.remove();
    await settle();
    expect(mirror.docs.has(first)).toBe(false);
    expect(mirror.docs.size).toBe(orderCount - 1);
  });

  it('ends a background load that is stopped (the database closes), without its documents', async () => {
    mirror = new CollectionMirror(collectionOf(data, 'orders'));
    endView = backgroundWork.beginForeground();
    const loaded = mirror.start('background');
    mirror.stop();
    await loaded;
    expect(mirror.ready).toBe(false);
  });
});
