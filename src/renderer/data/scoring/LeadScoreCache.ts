import type { Subscription } from 'rxjs';
import type { Activity } from '../../../shared/domain/activity.ts';
import type { ScoringRules } from '../../../shared/domain/setting.ts';
import { defaultScoringRules } from '../../../shared/scoring/defaultScoringRules.ts';
import { createLeadScorer, type LeadScore } from '../../../shared/scoring/scoreLead.ts';
import type { LeadDocType } from '../leads/leadDocument.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import type { CollectionMirror, MirrorChange } from '../records/CollectionMirror.ts';
import { hasCollection } from '../records/recordStore.ts';
import { leadActivityMirror, leadMirror } from '../records/sharedMirrors.ts';
import { setting$ } from '../settings/settingsStore.ts';

/**
 * Every local lead's score, in memory: computed when first asked for (opening the app with 100k
 * leads costs nothing up front), again for one lead when it or its activities change, and for
 * all leads at once when the scoring rules change (a synced setting).
 */
export class LeadScoreCache {
  private readonly scores = new Map<string, LeadScore>();
  /** How long the last full rescore took, in milliseconds. */
  lastFullRescoreMs = 0;
  private rules: ScoringRules = defaultScoringRules;
  private score = createLeadScorer(defaultScoringRules);
  private readonly data: FieldbookData;
  private readonly clock: () => Date;
  private readonly leads: CollectionMirror<LeadDocType>;
  private readonly activities: CollectionMirror<Activity> | undefined;
  private readonly activitiesByLead = new Map<string, Map<string, Activity>>();
  private readonly listeners = new Set<() => void>();
  private readonly unsubscribers: Array<() => void> = [];
  private settings: Subscription | undefined;
  private starting: Promise<void> | undefined;
  private built = false;

  constructor(data: FieldbookData, clock: () => Date) {
    this.data = data;
    this.clock = clock;
    this.leads = leadMirror(data);
    this.activities = hasCollection(data, 'activities') ? leadActivityMirror(data) : undefined;
  }

  /** Loads leads, activities and rules and scores every lead; later calls share the promise. */
  start(): Promise<void> {
    this.starting ??= this.build();
    return this.starting;
  }

  stop(): void {
    for (const unsubscribe of this.unsubscribers) unsubscribe();
    this.settings?.unsubscribe();
    this.listeners.clear();
  }

  get currentRules(): ScoringRules {
    return this.rules;
  }

  /** Calls `listener` whenever any score changes. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A lead's score (computed now if it was not yet); undefined until started or without the lead. */
  scoreOf(leadId: string): LeadScore | undefined {
    const known = this.scores.get(leadId);
    if (known || !this.built) return known;
    const lead = this.leads.docs.get(leadId);
    if (!lead) return undefined;
    this.scoreOne(lead, this.clock().toISOString());
    return this.scores.get(leadId);
  }

  /** How many leads hold a computed score. */
  get size(): number {
    return this.scores.size;
  }

  /** Scores every lead with `rules` (what a rule change costs); returns the time taken in ms. */
  setRules(rules: ScoringRules): number {
    this.rules = rules;
    this.score = createLeadScorer(rules);
    if (!this.built) return 0;
    return this.rescoreAll();
  }

  rescoreAll(): number {
    const started = performance.now();
    const now = this.clock().toISOString();
    this.scores.clear();
    for (const lead of this.leads.docs.values()) this.scoreOne(lead, now);
    this.lastFullRescoreMs = performance.now() - started;
    this.notify();
    return this.lastFullRescoreMs;
  }

  private async build(): Promise<void> {
    this.unsubscribers.push(this.leads.subscribe((changes) => this.onLeads(changes)));
    if (this.activities) {
      this.unsubscribers.push(this.activities.subscribe((changes) => this.onActivities(changes)));
    }
    if (hasCollection(this.data, 'settings')) {
      let first = true;
      await new Promise<void>((resolve) => {
        this.settings = setting$(this.data, 'scoringRules').subscribe((setting) => {
          this.setRules(setting?.value ?? defaultScoringRules);
          if (first) {
            first = false;
            resolve();
          }
        });
      });
    }
    await Promise.all([this.leads.start(), this.activities?.start()]);
    for (const activity of this.activities?.docs.values() ?? []) this.index(activity);
    this.built = true;
    this.notify();
  }

  private scoreOne(lead: LeadDocType, now: string): void {
    const activities = this.activitiesByLead.get(lead.id);
    this.scores.set(
      lead.id,
      this.score({ lead, activities: activities ? [...activities.values()] : [], now }),
    );
  }

  private index(activity: Activity): void {
    let byId = this.activitiesByLead.get(activity.related.id);
    if (!byId) {
      byId = new Map();
      this.activitiesByLead.set(activity.related.id, byId);
    }
    byId.set(activity.id, activity);
  }

  private onLeads(changes: MirrorChange<LeadDocType>[]): void {
    if (!this.built) return;
    const now = this.clock().toISOString();
    for (const { id, after } of changes) {
      if (after && this.scores.has(id)) this.scoreOne(after, now);
      else this.scores.delete(id);
    }
    this.notify();
  }

  private onActivities(changes: MirrorChange<Activity>[]): void {
    if (!this.built) return;
    const touched = new Set<string>();
    for (const { id, before, after } of changes) {
      if (before) {
        this.activitiesByLead.get(before.related.id)?.delete(id);
        touched.add(before.related.id);
      }
      if (after) {
        this.index(after);
        touched.add(after.related.id);
      }
    }
    const now = this.clock().toISOString();
    for (const leadId of touched) {
      const lead = this.leads.docs.get(leadId);
      if (lead && this.scores.has(leadId)) this.scoreOne(lead, now);
    }
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

const caches = new WeakMap<FieldbookData, LeadScoreCache>();

/** The score cache of an open database (one per database, started on first use). */
export function leadScoreCache(data: FieldbookData, clock: () => Date): LeadScoreCache {
  let cache = caches.get(data);
  if (!cache) {
    cache = new LeadScoreCache(data, clock);
    caches.set(data, cache);
  }
  return cache;
}
