import type { CountryCode } from 'libphonenumber-js';
import type { Lead } from '../../../shared/domain/lead.ts';
import {
  createDuplicateIndex,
  type DuplicateCandidate,
  type DuplicateReason,
  duplicateKeysOf,
} from '../../../shared/qualification/findLikelyDuplicates.ts';
import { similarity } from '../../../shared/qualification/similarity.ts';
import { fromLeadDoc, type LeadDocType } from '../leads/leadDocument.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import type { CollectionMirror, MirrorChange } from '../records/CollectionMirror.ts';
import { leadMirror } from '../records/sharedMirrors.ts';

/** A likely duplicate of a draft: the lead, how sure (0..1), and reason codes (`qualification.duplicateReasons.<code>`). */
export type DuplicateMatch = { lead: Lead; confidence: number; reasons: string[] };

type Keys = ReturnType<typeof duplicateKeysOf>;

// The shared rule's thresholds: only leads that can pass them are shortlisted.
const nameThreshold = 0.85;
const companyThreshold = 0.8;

function addTo(map: Map<string, Set<string>>, key: string, id: string): void {
  if (key === '') return;
  let ids = map.get(key);
  if (!ids) {
    ids = new Set();
    map.set(key, ids);
  }
  ids.add(id);
}

function removeFrom(map: Map<string, Set<string>>, key: string, id: string): void {
  const ids = map.get(key);
  ids?.delete(id);
  if (ids?.size === 0) map.delete(key);
}

/**
 * Every local lead's duplicate keys in memory, kept current from the change stream: same email
 * and same phone are map lookups, similar name + company a scan of the normalized keys. The
 * shortlist is then scored by the shared rule (createDuplicateIndex), so results match it exactly.
 */
export class LeadDuplicateIndex {
  private readonly keys = new Map<string, Keys>();
  private readonly byEmail = new Map<string, Set<string>>();
  private readonly byPhone = new Map<string, Set<string>>();
  private readonly mirror: CollectionMirror<LeadDocType>;
  private readonly defaultCountry: CountryCode;
  private readonly listeners = new Set<() => void>();
  private unsubscribe: (() => void) | undefined;
  private starting: Promise<void> | undefined;
  ready = false;
  /** Bumped on every change, for React snapshots. */
  version = 0;

  constructor(mirror: CollectionMirror<LeadDocType>, defaultCountry: CountryCode) {
    this.mirror = mirror;
    this.defaultCountry = defaultCountry;
  }

  start(): Promise<void> {
    this.starting ??= (async () => {
      this.unsubscribe = this.mirror.subscribe((changes) => this.onChanges(changes));
      await this.mirror.start();
      for (const lead of this.mirror.docs.values()) this.put(lead);
      this.ready = true;
      this.notify();
    })();
    return this.starting;
  }

  stop(): void {
    this.unsubscribe?.();
    this.listeners.clear();
  }

  /** Calls `listener` once the index is ready and whenever leads change. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Likely duplicates of `candidate` among local leads, most likely first. */
  find(candidate: DuplicateCandidate, options: { excludeId?: string } = {}): DuplicateMatch[] {
    const keys = duplicateKeysOf(candidate, this.defaultCountry);
    const shortlist = new Set<string>([
      ...(this.byEmail.get(keys.email) ?? []),
      ...(this.byPhone.get(keys.phone) ?? []),
    ]);
    if (keys.name !== '' && keys.company !== '') {
      for (const [id, other] of this.keys) {
        if (
          similarity(keys.name, other.name, nameThreshold) >= nameThreshold &&
          similarity(keys.company, other.company, companyThreshold) >= companyThreshold
        )
          shortlist.add(id);
      }
    }
    const exclude = options.excludeId ?? candidate.id;
    const leads: LeadDocType[] = [];
    for (const id of shortlist) {
      const lead = this.mirror.docs.get(id);
      if (lead && id !== exclude) leads.push(lead);
    }
    if (leads.length === 0) return [];
    const { id: _id, ...withoutId } = candidate;
    return createDuplicateIndex(leads, this.defaultCountry)
      .find(withoutId)
      .map((match) => ({
        lead: fromLeadDoc(match.lead),
        confidence: match.confidence,
        reasons: match.reasons.map((reason: DuplicateReason) => reason.kind),
      }));
  }

  private put(lead: LeadDocType): void {
    const keys = duplicateKeysOf(lead, this.defaultCountry);
    this.keys.set(lead.id, keys);
    addTo(this.byEmail, keys.email, lead.id);
    addTo(this.byPhone, keys.phone, lead.id);
  }

  private remove(id: string): void {
    const keys = this.keys.get(id);
    if (!keys) return;
    this.keys.delete(id);
    removeFrom(this.byEmail, keys.email, id);
    removeFrom(this.byPhone, keys.phone, id);
  }

  private onChanges(changes: MirrorChange<LeadDocType>[]): void {
    if (!this.ready) return;
    for (const { id, after } of changes) {
      this.remove(id);
      if (after) this.put(after);
    }
    this.notify();
  }

  private notify(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}

const indexes = new WeakMap<FieldbookData, LeadDuplicateIndex>();

/** The duplicate index of an open database (one per database, started on first use). */
export function leadDuplicateIndex(
  data: FieldbookData,
  defaultCountry: CountryCode = 'CN',
): LeadDuplicateIndex {
  let index = indexes.get(data);
  if (!index) {
    index = new LeadDuplicateIndex(leadMirror(data), defaultCountry);
    indexes.set(data, index);
  }
  return index;
}
