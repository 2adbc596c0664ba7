import type { Account } from '../../../shared/domain/account.ts';
import type { Activity } from '../../../shared/domain/activity.ts';
import type { Opportunity } from '../../../shared/domain/opportunity.ts';
import type { LeadDocType } from '../leads/leadDocument.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { CollectionMirror } from './CollectionMirror.ts';
import { collectionOf } from './recordStore.ts';

// One mirror per open database, shared by scoring and duplicate detection.
const leadMirrors = new WeakMap<FieldbookData, CollectionMirror<LeadDocType>>();
const leadActivityMirrors = new WeakMap<FieldbookData, CollectionMirror<Activity>>();
const opportunityMirrors = new WeakMap<FieldbookData, CollectionMirror<Opportunity>>();
const accountMirrors = new WeakMap<FieldbookData, CollectionMirror<Account>>();

/** Every local lead in memory, current with the change stream. */
export function leadMirror(data: FieldbookData): CollectionMirror<LeadDocType> {
  let mirror = leadMirrors.get(data);
  if (!mirror) {
    mirror = new CollectionMirror(data.leads);
    leadMirrors.set(data, mirror);
  }
  return mirror;
}

/** Every activity on a lead's timeline in memory (what lead scoring reads). */
export function leadActivityMirror(data: FieldbookData): CollectionMirror<Activity> {
  let mirror = leadActivityMirrors.get(data);
  if (!mirror) {
    mirror = new CollectionMirror(
      collectionOf(data, 'activities'),
      (activity) => activity.related.collection === 'leads',
    );
    leadActivityMirrors.set(data, mirror);
  }
  return mirror;
}

/**
 * Every opportunity (open and closed: the board has columns for both) in memory, so the pipeline
 * and the forecast filter and sort without reading IndexedDB.
 */
export function opportunityMirror(data: FieldbookData): CollectionMirror<Opportunity> {
  let mirror = opportunityMirrors.get(data);
  if (!mirror) {
    mirror = new CollectionMirror(collectionOf(data, 'opportunities'));
    opportunityMirrors.set(data, mirror);
  }
  return mirror;
}

/** Every account in memory: the names cards and tables show beside a deal, quote or order. */
export function accountMirror(data: FieldbookData): CollectionMirror<Account> {
  let mirror = accountMirrors.get(data);
  if (!mirror) {
    mirror = new CollectionMirror(collectionOf(data, 'accounts'));
    accountMirrors.set(data, mirror);
  }
  return mirror;
}
