import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { demoPassword, seedDemoCompany } from '../../src/server/demo/seedDemoCompany.ts';
import { collectionNames, collectionSchemas } from '../../src/shared/domain/collections.ts';
import { openTestStore, type TestStore } from '../support/testStores.ts';

describe('demo company', () => {
  let testStore: TestStore;
  beforeEach(async () => {
    testStore = await openTestStore('sqlite');
  });
  afterEach(async () => {
    await testStore.store.close();
    await testStore.cleanup();
  });

  it('seeds valid, realistic data in every collection, once', async () => {
    const now = new Date('2026-11-27T08:00:00.000Z');
    expect(await seedDemoCompany(testStore.store, now)).toBe('seeded');
    expect(await seedDemoCompany(testStore.store, now)).toBe('skipped');
    const users = await testStore.store.listUsers();
    expect(users.map((u) => [u.email, u.role]).sort()).toEqual([
      ['admin@demo.fieldbook', 'admin'],
      ['finance@demo.fieldbook', 'finance'],
      ['manager@demo.fieldbook', 'manager'],
      ['rep1@demo.fieldbook', 'rep'],
      ['rep2@demo.fieldbook', 'rep'],
    ]);
    for (const collection of collectionNames) {
      const page = await testStore.store.pull({
        collection,
        afterSeq: 0,
        limit: 1000,
        access: { kind: 'all' },
      });
      expect(page.documents.length, collection).toBeGreaterThan(0);
      for (const doc of page.documents) {
        const parsed = collectionSchemas[collection].safeParse(doc.data);
        expect(parsed.success, `${collection} ${doc.id}: ${parsed.error?.message}`).toBe(true);
      }
    }
    for (const rep of users.filter((u) => u.role === 'rep')) {
      const leads = await testStore.store.pull({
        collection: 'leads',
        afterSeq: 0,
        limit: 1000,
        access: { kind: 'some', ownerIds: [rep.id], teamIds: [] },
      });
      expect(leads.documents.length).toBeGreaterThanOrEqual(50);
    }
  });

  it('lets the demo users sign in with the demo password', async () => {
    await seedDemoCompany(testStore.store, new Date());
    const app = await buildApp({ store: testStore.store });
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'rep1@demo.fieldbook', password: demoPassword },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ user: { name: '王丽', role: 'rep' } });
    await app.close();
  });
});
