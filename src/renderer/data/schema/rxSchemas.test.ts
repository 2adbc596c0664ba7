import { fillWithDefaultSettings } from 'rxdb';
import { checkSchema } from 'rxdb/plugins/dev-mode';
import { getAjv } from 'rxdb/plugins/validate-ajv';
import { describe, expect, it } from 'vitest';
import { collectionNames, collectionSchemas } from '../../../shared/domain/collections.ts';
import { exampleRecords } from '../../../shared/domain/exampleRecords.ts';
import type { Lead } from '../../../shared/domain/lead.ts';
import { toLeadDoc } from '../leads/leadDocument.ts';
import { leadSortKeyNames } from '../leads/leadSortKeys.ts';
import { migrationStrategies } from './migrationStrategies.ts';
import { rxSchemas } from './rxSchemas.ts';

function storedForm(name: string, record: object): object {
  return name === 'leads' ? toLeadDoc(record as Lead) : record;
}

describe('RxDB schemas generated from the domain zod schemas', () => {
  it.each(collectionNames)('%s has the same fields as its zod schema', (name) => {
    const rx = rxSchemas[name];
    const derived = name === 'leads' ? [...leadSortKeyNames] : [];
    expect(Object.keys(rx.properties).sort()).toEqual(
      [...Object.keys(collectionSchemas[name].shape), ...derived].sort(),
    );
    // Every version after 0 has its migration strategy, so no device's data is left behind.
    expect(rx.version).toBe(Object.keys(migrationStrategies[name]).length);
    expect(rx.primaryKey).toBe('id');
    expect(rx.required).toContain('id');
    expect((rx.properties as Record<string, unknown>).id).toMatchObject({
      type: 'string',
      maxLength: 36,
    });
  });

  it.each(collectionNames)('%s accepts a realistic record under both schemas', (name) => {
    const record = exampleRecords[name];
    expect(collectionSchemas[name].parse(record)).toEqual(record);
    const validate = getAjv().compile(fillWithDefaultSettings(rxSchemas[name]));
    const stored = {
      ...storedForm(name, record),
      _deleted: false,
      _rev: '1-abc',
      _meta: { lwt: 1_700_000_000_000 },
      _attachments: {},
    };
    expect(validate(stored), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(collectionNames)('%s refuses what zod refuses (a wrong id, a missing field)', (name) => {
    const validate = getAjv().compile(fillWithDefaultSettings(rxSchemas[name]));
    const base = {
      ...storedForm(name, exampleRecords[name]),
      _deleted: false,
      _rev: '1-a',
      _meta: { lwt: 1 },
      _attachments: {},
    };
    expect(validate({ ...base, id: 'not-a-uuid' })).toBe(false);
    const { createdAt: _dropped, ...withoutCreatedAt } = base as Record<string, unknown>;
    expect(validate(withoutCreatedAt)).toBe(false);
    expect(
      collectionSchemas[name].safeParse({ ...exampleRecords[name], id: 'not-a-uuid' }).success,
    ).toBe(false);
  });

  it.each(collectionNames)(
    '%s passes RxDB dev-mode schema checks (names, indexes, bounds)',
    (name) => {
      expect(() => checkSchema(rxSchemas[name])).not.toThrow();
    },
  );

  it('indexes every list the leads screen sorts or filters by', () => {
    const indexes = rxSchemas.leads.indexes?.map((index) => [index].flat().join('+'));
    // Exactly these: each index costs on every write (see docs/data-model.md, "Indexes").
    expect(indexes).toEqual([
      'createdAt',
      'createdAtDesc',
      'lastNameKey',
      'lastNameDesc',
      'companyKey',
      'companyDesc',
      'status+createdAtDesc',
      'eventKey+createdAtDesc',
    ]);
  });

  it.each(['orders', 'invoices', 'tickets'] as const)(
    '%s are indexed by customer, by status and by number, no more',
    (name) => {
      const indexes = rxSchemas[name].indexes?.map((index) => [index].flat().join('+'));
      expect(indexes).toEqual(['accountId+updatedAt', 'status+updatedAt', 'number']);
      // Indexed fields are always present and bounded, so RxDB can build fixed-width keys.
      const properties = rxSchemas[name].properties as Record<string, { maxLength?: number }>;
      for (const field of ['accountId', 'updatedAt', 'status', 'number']) {
        expect(rxSchemas[name].required).toContain(field);
        expect(properties[field]?.maxLength).toBeGreaterThan(0);
      }
    },
  );
});
