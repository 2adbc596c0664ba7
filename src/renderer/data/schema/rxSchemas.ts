import type { RxJsonSchema } from 'rxdb';
import { type CollectionName, collectionSchemas } from '../../../shared/domain/collections.ts';
import { type RxSchemaOptions, toRxJsonSchema } from './toRxJsonSchema.ts';

const sortKey = (maxLength: number) => ({ type: 'string', maxLength });

// Indexes per collection. RxDB prepends `_deleted` and appends `id` to each. Only lists that a
// screen shows get indexes: each one costs on every write (see docs/data-model.md, "Indexes").
const options: { [K in CollectionName]: RxSchemaOptions } = {
  leads: {
    version: 0,
    // Personal data is encrypted at rest (data/crypto); names stay plain, the sort keys need them.
    encrypted: ['email', 'phone', 'notes'],
    derivedProperties: {
      eventKey: sortKey(36),
      createdAtDesc: sortKey(13),
      lastNameKey: sortKey(50),
      lastNameDesc: sortKey(51),
      companyKey: sortKey(50),
      companyDesc: sortKey(51),
    },
    indexes: [
      'createdAt',
      'createdAtDesc',
      'lastNameKey',
      'lastNameDesc',
      'companyKey',
      'companyDesc',
      ['status', 'createdAtDesc'],
      ['eventKey', 'createdAtDesc'],
    ],
  },
  accounts: { version: 0, indexes: ['name'] },
  contacts: {
    version: 0,
    indexes: [['accountId', 'lastName']],
    encrypted: ['email', 'phone', 'mobile', 'notes'],
  },
  // Timeline of one record (ids are unique across collections) and a user's open tasks.
  activities: {
    // Version 1: tasks the app made keep their kind and values (`generatedSubject`).
    version: 1,
    // What was said on a call or visit, or written in a note, is personal data too.
    encrypted: ['body'],
    indexes: [
      ['related.id', 'occurredAt'],
      ['ownerId', 'type', 'done'],
    ],
  },
  opportunities: {
    version: 0,
    indexes: [
      ['stage', 'expectedCloseDate'],
      ['ownerId', 'expectedCloseDate'],
      ['accountId', 'expectedCloseDate'],
    ],
  },
  // The catalog by SKU (import upserts by it; the list sorts by it).
  // Version 1: products may be services (`kind`), which hold no stock.
  products: { version: 1, indexes: ['sku'] },
  // Version 1: a booth question may fill a lead field from the option picked (`fills`).
  events: { version: 1, indexes: [] },
  // Quotes of an account (and its opportunities), by status (approvals inbox, contracts), and
  // by number (a device finds the last number of its own series).
  quotes: {
    version: 0,
    indexes: [['accountId', 'updatedAt'], ['status', 'updatedAt'], 'number'],
  },
  // Orders, invoices and tickets: a customer's (account page, order page via its account, a
  // contact's tickets), by status (list filters, receivables), and by number (a device finds the
  // last number of its own series). Lists sort in memory after the index narrowed them.
  orders: { version: 0, indexes: [['accountId', 'updatedAt'], ['status', 'updatedAt'], 'number'] },
  invoices: {
    version: 0,
    indexes: [['accountId', 'updatedAt'], ['status', 'updatedAt'], 'number'],
  },
  tickets: {
    version: 0,
    indexes: [['accountId', 'updatedAt'], ['status', 'updatedAt'], 'number'],
  },
  // Version 1: event question templates' questions may fill lead fields (`fills`).
  settings: { version: 1, indexes: ['key'] },
};

/** The RxDB schema of every replicated collection, generated from the domain's zod schemas. */
export const rxSchemas = Object.fromEntries(
  Object.entries(collectionSchemas).map(([name, schema]) => [
    name,
    toRxJsonSchema(name, schema, options[name as CollectionName]),
  ]),
) as { [K in CollectionName]: RxJsonSchema<unknown> };
