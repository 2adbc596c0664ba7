import { describe, expect, it } from 'vitest';
import { leadSchema } from '../../../shared/domain/lead.ts';
import { rxSchemas } from './rxSchemas.ts';
import { toRxJsonSchema } from './toRxJsonSchema.ts';

describe('personal fields encrypted at rest', () => {
  it('lists the emails, phones and notes of leads and contacts, and activity bodies', () => {
    expect(rxSchemas.leads.encrypted).toEqual(['email', 'phone', 'notes']);
    expect(rxSchemas.contacts.encrypted).toEqual(['email', 'phone', 'mobile', 'notes']);
    expect(rxSchemas.activities.encrypted).toEqual(['body']);
  });

  it('never indexes an encrypted field (the storage sees only ciphertext)', () => {
    for (const schema of Object.values(rxSchemas)) {
      const indexed = new Set((schema.indexes ?? []).flat());
      for (const field of schema.encrypted ?? []) expect(indexed.has(field)).toBe(false);
    }
    expect(() =>
      toRxJsonSchema('leads', leadSchema, {
        version: 0,
        indexes: [['email']],
        encrypted: ['email'],
      }),
    ).toThrow('encrypted "email" cannot be indexed');
  });
});
