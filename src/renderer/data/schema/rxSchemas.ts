import type { RxJsonSchema } from 'rxdb';
import { type CollectionName, collectionSchemas } from '../../../shared/domain/collections.ts';
import { type RxSchemaOptions, toRxJsonSchema } from './toRxJsonSchema.ts';

const sortKey = (maxLength: number) => ({ type: 'string', maxLength });

// Indexes per collection. RxDB prepends `_deleted` and appends `id` to each. Only lists that a
// screen shows get indexes: each one costs on every write (see docs/data-model.md, "Indexes").
const options: { [K in CollectionName]: RxSchemaOptions } = {
  leads: {
    version: 0,
    derivedProperties: {
      eventKey: sortKey(36),
      createdAtDesc: sortKey(13),
      updatedAtDesc: sortKey(13),
      lastNameKey: sortKey(50),
      lastNameDesc: sortKey(51),
      companyKey: sortKey(50),
      companyDesc: sortKey(51),
    },
    indexes: [
      'createdAt',
      'createdAtDesc',
      'updatedAt',
      'updatedAtDesc',
      'lastNameKey',
      'lastNameDesc',
      'companyKey',
      'companyDesc',
      ['status', 'createdAtDesc'],
      ['eventKey', 'createdAtDesc'],
    ],
  },
  accounts: { version: 0, indexes: [] },
  contacts: { version: 0, indexes: [] },
  activities: { version: 0, indexes: [] },
  opportunities: { version: 0, indexes: [] },
  products: { version: 0, indexes: [] },
  events: { version: 0, indexes: [] },
  quotes: { version: 0, indexes: [] },
  orders: { version: 0, indexes: [] },
  invoices: { version: 0, indexes: [] },
  tickets: { version: 0, indexes: [] },
  settings: { version: 0, indexes: [] },
};

/** The RxDB schema of every replicated collection, generated from the domain's zod schemas. */
export const rxSchemas = Object.fromEntries(
  Object.entries(collectionSchemas).map(([name, schema]) => [
    name,
    toRxJsonSchema(name, schema, options[name as CollectionName]),
  ]),
) as { [K in CollectionName]: RxJsonSchema<unknown> };
