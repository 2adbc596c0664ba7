import { afterEach, describe, expect, it } from 'vitest';
import { exampleRecords } from '../../../shared/domain/exampleRecords.ts';
import { type Product, tracksStock } from '../../../shared/domain/product.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { freshDatabaseName, openTestData } from '../testing/openTestData.ts';
import { migrationStrategies } from './migrationStrategies.ts';
import { rxSchemas } from './rxSchemas.ts';

const current = { schema: rxSchemas.products, strategies: migrationStrategies.products };
let data: FieldbookData | undefined;

afterEach(async () => {
  rxSchemas.products = current.schema;
  migrationStrategies.products = current.strategies;
  await data?.close();
  data = undefined;
});

// The schema a device stored its catalog under before products could be services.
function versionZero() {
  const { kind: _kind, ...properties } = current.schema.properties as Record<string, unknown>;
  return { ...current.schema, version: 0, properties };
}

describe('products schema migration (version 0 → 1, services)', () => {
  it('opens a catalog stored before services existed, with its goods and their stock intact', async () => {
    const name = freshDatabaseName();
    const stocked: Product = {
      ...exampleRecords.products,
      stockMovements: [
        {
          id: 'receipt-1',
          productId: exampleRecords.products.id,
          kind: 'receipt',
          quantityMilli: 50_000,
          reference: 'PO-2026-118',
          at: '2026-03-01T08:00:00.000Z',
          by: 'manager-1',
        },
      ],
    };
    rxSchemas.products = versionZero();
    migrationStrategies.products = {};
    const before = await openTestData({ name, collections: ['leads', 'products'] });
    await before.db.collections.products?.insert(stocked);
    await before.close();

    rxSchemas.products = current.schema;
    migrationStrategies.products = current.strategies;
    data = await openTestData({ name, collections: ['leads', 'products'] });
    const products = data.db.collections.products;
    if (!products) throw new Error('the products collection did not open');
    const migrated = (await products.findOne(stocked.id).exec())?.toJSON() as Product | undefined;
    expect(migrated).toMatchObject(stocked);
    expect(migrated && tracksStock(migrated)).toBe(true);

    // The migrated collection takes services.
    await products.insert({
      ...stocked,
      id: '0195a3c2-7f00-7000-8000-0000000000f1',
      sku: 'FB-SVC-INST',
      kind: 'service',
      stockMovements: [],
    });
    const services = await products.find({ selector: { kind: 'service' } }).exec();
    expect(services.map((doc) => doc.sku)).toEqual(['FB-SVC-INST']);
  });
});
