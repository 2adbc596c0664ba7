// The leads `npm run bench:sync` seeds, made the same way by every bench that needs them (the
// PouchDB peer in `npm run bench:all` loads exactly these), ids included.
import { exampleRecords } from '../../src/shared/domain/exampleRecords.ts';

const { eventId: _event, ...template } = exampleRecords.leads;
const base = Date.parse('2026-11-01T00:00:00.000Z');

/** A UUIDv7-shaped id that is the same on every run: its time is `base + i`, its tail `i`. */
function stableId(i) {
  const time = (base + i).toString(16).padStart(12, '0');
  const tail = i.toString(16).padStart(18, '0');
  return `${time.slice(0, 8)}-${time.slice(8)}-7${tail.slice(0, 3)}-8${tail.slice(3, 6)}-${tail.slice(6)}`;
}

/** Lead number `i` (0-based) owned by `ownerId`, as its fields are stored on the server. */
export function syncBenchLead(i, ownerId) {
  const id = stableId(i);
  const createdAt = new Date(base + i * 1000).toISOString();
  return {
    ...template,
    id,
    ownerId,
    createdAt,
    updatedAt: createdAt,
    lastName: `Lead ${i}`,
    company: `Company ${i % 5000}`,
    email: `lead${i}@example.com`,
    notes: 'Met at the trade show; wants a quote for 20 units with installation.',
  };
}
