import type { MigrationStrategies } from 'rxdb';
import type { CollectionName } from '../../../shared/domain/collections.ts';

// One entry per schema version after 0, keyed by the version it migrates TO. When a schema
// changes: bump its `version` in rxSchemas.ts and add e.g. `1: (oldDoc) => ({ ...oldDoc, x: '' })`.
export const migrationStrategies: { [K in CollectionName]: MigrationStrategies } = {
  leads: {},
  accounts: {},
  contacts: {},
  // `generatedSubject` is optional: a version-0 activity is a valid version-1 one as it is.
  activities: { 1: (oldDoc) => oldDoc },
  opportunities: {},
  // `kind` is optional (absent: goods), so a version-0 product is a valid version-1 one as it is.
  products: { 1: (oldDoc) => oldDoc },
  // `fills` and the options' values are optional: a version-0 event is a valid version-1 one.
  events: { 1: (oldDoc) => oldDoc },
  quotes: {},
  orders: {},
  invoices: {},
  tickets: {},
  // The same for the question templates a version-0 setting holds.
  settings: { 1: (oldDoc) => oldDoc },
};
