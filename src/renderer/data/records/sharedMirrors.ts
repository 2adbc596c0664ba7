import type { Account } from '../../../shared/domain/account.ts';
import type { Activity } from '../../../shared/domain/activity.ts';
import type { Opportunity } from '../../../shared/domain/opportunity.ts';
import type { LeadDocType } from '../leads/leadDocument.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { CollectionMirror, type MirrorLoadPriority } from './CollectionMirror.ts';
import { collectionOf } from './recordStore.ts';

// One mirror per open database, made on first use and shared by every reader of that database.
function onePerDatabase<T extends { id: string }>(
  make: (data: FieldbookData) => CollectionMirror<T>,
): (data: FieldbookData) => CollectionMirror<T> {
  const made = new WeakMap<FieldbookData, CollectionMirror<T>>();
  return (data) => {
    let mirror = made.get(data);
    if (!mirror) {
      mirror = make(data);
      made.set(data, mirror);
    }
    return mirror;
  };
}

/**
 * Starts loading a mirror for a view or a warm-up that does not wait for it. A failure after the
 * database closed (sign-out, tests) is expected; others are reported, not thrown: the views stay
 * on their own source.
 */
export function startMirror<T extends { id: string }>(
  data: FieldbookData,
  mirror: CollectionMirror<T>,
  priority: MirrorLoadPriority,
): void {
  mirror.start(priority).catch((error: unknown) => {
    if (!data.db.closed)
      console.error(`Could not load the ${mirror.collectionName} into memory`, error);
  });
}

/** Every local lead in memory, current with the change stream (scoring, duplicates, dashboards). */
export const leadMirror = onePerDatabase<LeadDocType>((data) => new CollectionMirror(data.leads));

/** Every activity on a lead's timeline in memory (what lead scoring reads). */
export const leadActivityMirror = onePerDatabase<Activity>(
  (data) =>
    new CollectionMirror(
      collectionOf(data, 'activities'),
      (activity) => activity.related.collection === 'leads',
    ),
);

/**
 * Every opportunity (open and closed: the board has columns for both) in memory, so the pipeline
 * and the forecast filter and sort without reading IndexedDB.
 */
export const opportunityMirror = onePerDatabase<Opportunity>(
  (data) => new CollectionMirror(collectionOf(data, 'opportunities')),
);

/** Every account in memory: the names cards and tables show beside a deal, quote or order. */
export const accountMirror = onePerDatabase<Account>(
  (data) => new CollectionMirror(collectionOf(data, 'accounts')),
);
