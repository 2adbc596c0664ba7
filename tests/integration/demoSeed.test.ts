import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { demoPassword, seedDemoCompany } from '../../src/server/demo/seedDemoCompany.ts';
import { seedDemoYear } from '../../src/server/demo/seedDemoYear.ts';
import { invoiceCounterName } from '../../src/server/sync/assignFinalInvoiceNumber.ts';
import { collectionNames, collectionSchemas } from '../../src/shared/domain/collections.ts';
import type { Order } from '../../src/shared/domain/order.ts';
import { type Product, tracksStock } from '../../src/shared/domain/product.ts';
import { defaultNumberFormats } from '../../src/shared/numbering/documentNumber.ts';
import { inventoryLedger } from '../../src/shared/orders/orderStockMovements.ts';
import { stockLevels } from '../../src/shared/orders/stockLedger.ts';
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

  it('adds a year that sells the demo catalog from stock restocked monthly, none below zero', async () => {
    const now = new Date('2026-11-27T08:00:00.000Z');
    await seedDemoCompany(testStore.store, now);
    await seedDemoYear(testStore.store, now, { leads: 600, opportunities: 80, orders: 40 });
    const all = async (collection: 'products' | 'orders') =>
      (
        await testStore.store.pull({
          collection,
          afterSeq: 0,
          limit: 5000,
          access: { kind: 'all' },
        })
      ).documents.map((doc) => collectionSchemas[collection].parse({ ...doc.data, id: doc.id }));
    const products = (await all('products')) as Product[];
    const orders = (await all('orders')) as Order[];
    const skus = new Map(products.map((product) => [product.id, product.sku]));
    const yearOrders = orders.filter((order) => order.number.includes('-D1-'));
    expect(yearOrders.length).toBeGreaterThan(10);
    for (const line of yearOrders.flatMap((order) => order.lines)) {
      expect(skus.get(line.productId ?? '')).toBe(line.sku);
    }
    const levels = stockLevels({ movements: inventoryLedger({ products, orders }) });
    for (const product of products.filter(tracksStock)) {
      expect(levels[product.id]?.onHand, product.sku).toBeGreaterThanOrEqual(0);
    }
    const scanner = products.find((product) => product.sku === 'FB-SCN-200');
    expect(scanner?.stockMovements.length).toBeGreaterThan(3);
    // Payments are recorded by the finance user, by id, as the app records them.
    const finance = await testStore.store.findUserByEmail('finance@demo.fieldbook');
    const invoices = (
      await testStore.store.pull({
        collection: 'invoices',
        afterSeq: 0,
        limit: 5000,
        access: { kind: 'all' },
      })
    ).documents.map((doc) => collectionSchemas.invoices.parse({ ...doc.data, id: doc.id }));
    const recorders = new Set(
      invoices
        .filter((invoice) => invoice.number.startsWith('INV-') && invoice.payments.length > 0)
        .flatMap((invoice) => invoice.payments.map((payment) => payment.recordedBy)),
    );
    expect(recorders).toContain(finance?.id);
    // Every invoice, the demo company's too, has a final number in issue order, gap-free per
    // year, and the server's series continues after the last one.
    const issued = [...invoices].sort(
      (a, b) =>
        (a.issuedOn ?? '').localeCompare(b.issuedOn ?? '') ||
        a.createdAt.localeCompare(b.createdAt) ||
        a.id.localeCompare(b.id),
    );
    const thisYear = issued.filter((invoice) => invoice.issuedOn?.startsWith('2026'));
    expect(thisYear.map((invoice) => invoice.number)).toEqual(
      thisYear.map((_, index) => `INV-2026-${String(index + 1).padStart(4, '0')}`),
    );
    const next = await testStore.store.write((tx) =>
      tx.advanceCounter(invoiceCounterName(defaultNumberFormats.invoice, now.toISOString()), 1),
    );
    expect(next).toBe(thisYear.length + 1);
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
