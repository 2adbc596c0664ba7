import type { CollectionName } from '../../shared/domain/collections.ts';
import type { Role } from '../../shared/domain/roles.ts';
import type { AccessFilter } from '../store/Store.ts';

/** Who is asking: the signed-in user's id, role and team. */
export type Actor = { id: string; role: Role; teamId: string | null };

/** A document's access columns as the server keeps them. */
export type AccessColumns = { ownerId: string; teamId: string | null };

/** Reference data every user reads and only managers and admins change. */
const sharedCollections: ReadonlySet<CollectionName> = new Set(['products', 'events', 'settings']);
/** Records a rep sees for the whole team, not only their own. */
const teamSharedCollections: ReadonlySet<CollectionName> = new Set(['accounts', 'contacts']);
/** Finance works the whole company's money side, never leads. */
const financeCollections: ReadonlySet<CollectionName> = new Set([
  'accounts',
  'contacts',
  'activities',
  'opportunities',
  'quotes',
  'orders',
  'invoices',
  'tickets',
]);
const financeWritable: ReadonlySet<CollectionName> = new Set([
  'orders',
  'invoices',
  'activities',
  'tickets',
]);

/** Tells whether every user reads this collection in full. */
export function isSharedCollection(collection: CollectionName): boolean {
  return sharedCollections.has(collection);
}

/** The pull/stream filter for `actor` on `collection`. */
export function readAccess(actor: Actor, collection: CollectionName): AccessFilter {
  if (actor.role === 'admin' || sharedCollections.has(collection)) return { kind: 'all' };
  if (actor.role === 'finance') {
    return financeCollections.has(collection)
      ? { kind: 'all' }
      : { kind: 'some', ownerIds: [actor.id], teamIds: [] };
  }
  const teamIds = actor.teamId ? [actor.teamId] : [];
  if (actor.role === 'manager') return { kind: 'some', ownerIds: [actor.id], teamIds };
  return {
    kind: 'some',
    ownerIds: [actor.id],
    teamIds: teamSharedCollections.has(collection) ? teamIds : [],
  };
}

/** Applies an access filter to one document, as the store's SQL does. */
export function matchesAccess(filter: AccessFilter, doc: AccessColumns): boolean {
  if (filter.kind === 'all') return true;
  return (
    filter.ownerIds.includes(doc.ownerId) ||
    (doc.teamId !== null && filter.teamIds.includes(doc.teamId))
  );
}

/** Tells whether `actor` may create, change or delete a document with these access columns. */
export function canWrite(actor: Actor, collection: CollectionName, doc: AccessColumns): boolean {
  if (actor.role === 'admin') return true;
  if (sharedCollections.has(collection)) return actor.role === 'manager';
  if (actor.role === 'finance') return financeWritable.has(collection);
  return matchesAccess(readAccess(actor, collection), doc);
}

/**
 * Tells whether `actor` may give a document to `ownerId`: reps only to themselves, managers within
 * their team, finance and admins to anyone. `ownerTeamId` is the new owner's team.
 */
export function canAssignTo(actor: Actor, ownerId: string, ownerTeamId: string | null): boolean {
  if (ownerId === actor.id) return true;
  if (actor.role === 'admin' || actor.role === 'finance') return true;
  return actor.role === 'manager' && actor.teamId !== null && ownerTeamId === actor.teamId;
}
