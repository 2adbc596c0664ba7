import { afterEach, describe, expect, it } from 'vitest';
import { collectionNames } from '../../shared/domain/collections.ts';
import { exampleRecords } from '../../shared/domain/exampleRecords.ts';
import { createLeadCommands } from './leads/leadCommands.ts';
import type { FieldbookData } from './openFieldbookData.ts';
import { freshDatabaseName, openTestData, steppingClock } from './testing/openTestData.ts';

const user = { id: 'user-1', role: 'rep' } as const;
let open: FieldbookData[] = [];

afterEach(async () => {
  await Promise.all(open.map((data) => data.close()));
  open = [];
});

async function track(promise: Promise<FieldbookData>): Promise<FieldbookData> {
  const data = await promise;
  open.push(data);
  return data;
}

describe('openFieldbookData', () => {
  it('opens all 12 collections together and stores a record in each', async () => {
    const data = await track(openTestData());
    expect(Object.keys(data.db.collections).sort()).toEqual([...collectionNames].sort());
    for (const name of collectionNames) {
      if (name === 'leads') continue;
      const collection = data.db.collections[name];
      await collection?.insert(exampleRecords[name]);
      expect(await collection?.count().exec()).toBe(1);
    }
  });

  it('keeps leads across close and reopen with the same name', async () => {
    const name = freshDatabaseName();
    const first = await openTestData({ name, collections: ['leads'] });
    const lead = await createLeadCommands({ data: first, clock: steppingClock(), user }).createLead(
      {
        firstName: '丽',
        lastName: '王',
        company: '上海星辰科技有限公司',
        phone: '+86 138 0013 8000',
      },
    );
    await first.close();

    const second = await track(openTestData({ name, collections: ['leads'] }));
    const doc = await second.leads.findOne(lead.id).exec();
    expect(doc?.company).toBe('上海星辰科技有限公司');
  });

  it('lets two instances with the same name (two tabs) see each other’s writes', async () => {
    const name = freshDatabaseName();
    // Each "tab" opens only leads, so both fit within RxDB's 13-collections-per-process limit.
    const tabA = await track(openTestData({ name, multiInstance: true, collections: ['leads'] }));
    const tabB = await track(
      openTestData({ name, multiInstance: true, collections: ['leads'], ignoreDuplicate: true }),
    );
    const seenInB = new Promise<string>((resolve) => {
      const subscription = tabB.leads.$.subscribe((event) => {
        subscription.unsubscribe();
        resolve(event.documentId);
      });
    });
    const lead = await createLeadCommands({ data: tabA, clock: steppingClock(), user }).createLead({
      company: 'Acme GmbH',
      email: 'sales@acme.example',
    });
    expect(await seenInB).toBe(lead.id);
    expect((await tabB.leads.findOne(lead.id).exec())?.company).toBe('Acme GmbH');
  });
});
