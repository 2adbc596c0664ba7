import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { collectionNames, collectionSchemas, isCollectionName } from './collections.ts';
import { exampleRecords } from './exampleRecords.ts';

describe('collections', () => {
  it('has the 12 replicated collections, leaving one of RxDB’s 13 slots free', () => {
    expect(collectionNames).toHaveLength(12);
    expect(new Set(collectionNames).size).toBe(12);
    expect(Object.keys(collectionSchemas).sort()).toEqual([...collectionNames].sort());
  });

  it.each(collectionNames)('%s: accepts the realistic example record unchanged', (name) => {
    const example = exampleRecords[name];
    expect(collectionSchemas[name].parse(example)).toEqual(example);
  });

  it.each(collectionNames)('%s: requires the base record fields', (name) => {
    const { id: _id, ...withoutId } = exampleRecords[name];
    expect(collectionSchemas[name].safeParse(withoutId).success).toBe(false);
    const badStamp = { ...exampleRecords[name], updatedAt: '2026-03-02 01:30' };
    expect(collectionSchemas[name].safeParse(badStamp).success).toBe(false);
  });

  it.each(collectionNames)('%s: converts to a JSON schema of a closed object', (name) => {
    const json = z.toJSONSchema(collectionSchemas[name]);
    expect(json.type).toBe('object');
    expect(json.additionalProperties).toBe(false);
    expect(json.required).toEqual(
      expect.arrayContaining(['id', 'ownerId', 'createdAt', 'updatedAt']),
    );
  });

  it.each(collectionNames)('%s: bounds the base fields so RxDB can index them', (name) => {
    const json = z.toJSONSchema(collectionSchemas[name]);
    const properties = json.properties ?? {};
    for (const field of ['id', 'ownerId', 'createdAt', 'updatedAt']) {
      expect(properties[field], field).toMatchObject({
        type: 'string',
        maxLength: expect.any(Number),
      });
    }
  });

  it('strips unknown fields when parsing (the RxDB JSON schema refuses them instead)', () => {
    const parsed = collectionSchemas.accounts.parse({ ...exampleRecords.accounts, extra: 1 });
    expect(parsed).not.toHaveProperty('extra');
  });

  it('recognises collection names', () => {
    expect(isCollectionName('quotes')).toBe(true);
    expect(isCollectionName('shipments')).toBe(false);
  });
});
