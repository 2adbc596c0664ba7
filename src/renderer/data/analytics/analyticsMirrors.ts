import type { Activity } from '../../../shared/domain/activity.ts';
import type { CollectionName } from '../../../shared/domain/collections.ts';
import type { FieldEvent } from '../../../shared/domain/event.ts';
import type { Invoice } from '../../../shared/domain/invoice.ts';
import type { Opportunity } from '../../../shared/domain/opportunity.ts';
import type { Order } from '../../../shared/domain/order.ts';
import type { Quote } from '../../../shared/domain/quote.ts';
import type { Ticket } from '../../../shared/domain/ticket.ts';
import type { LeadDocType } from '../leads/leadDocument.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { CollectionMirror, type MirrorLoadPriority } from '../records/CollectionMirror.ts';
import { collectionOf, hasCollection } from '../records/recordStore.ts';
import { leadMirror, opportunityMirror } from '../records/sharedMirrors.ts';

/** Every record a dashboard reads, as arrays of the stored documents. */
export type AnalyticsRecords = {
  leads: LeadDocType[];
  activities: Activity[];
  opportunities: Opportunity[];
  quotes: Quote[];
  orders: Order[];
  invoices: Invoice[];
  tickets: Ticket[];
  events: FieldEvent[];
};

export type AnalyticsMirrors = {
  [K in keyof AnalyticsRecords]: CollectionMirror<AnalyticsRecords[K][number]> | undefined;
};

const mirrorsByData = new WeakMap<FieldbookData, AnalyticsMirrors>();

// A device opened with fewer collections (tests) simply has no such figures.
function own<K extends Exclude<CollectionName, 'leads'>>(data: FieldbookData, name: K) {
  return hasCollection(data, name) ? new CollectionMirror(collectionOf(data, name)) : undefined;
}

/**
 * In-memory copies of the collections the dashboards read, made once per open database and
 * kept current from RxDB's change stream, so a dashboard computes from memory instead of
 * reading IndexedDB on every filter change. Leads and opportunities share the mirrors that
 * scoring and the pipeline already keep.
 */
export function analyticsMirrors(data: FieldbookData): AnalyticsMirrors {
  let mirrors = mirrorsByData.get(data);
  if (!mirrors) {
    mirrors = {
      leads: leadMirror(data),
      activities: own(data, 'activities'),
      opportunities: hasCollection(data, 'opportunities') ? opportunityMirror(data) : undefined,
      quotes: own(data, 'quotes'),
      orders: own(data, 'orders'),
      invoices: own(data, 'invoices'),
      tickets: own(data, 'tickets'),
      events: own(data, 'events'),
    };
    mirrorsByData.set(data, mirrors);
  }
  return mirrors;
}

/**
 * Loads every mirror (once; later calls share the loads), at once for a dashboard on screen or
 * in the background queue for automation.
 */
export async function loadAnalyticsMirrors(
  data: FieldbookData,
  priority: MirrorLoadPriority = 'now',
): Promise<void> {
  await Promise.all(
    Object.values(analyticsMirrors(data)).map(
      (mirror) => mirror?.start(priority) ?? Promise.resolve(),
    ),
  );
}

/** The mirrors' current documents as arrays. */
export function analyticsSnapshot(data: FieldbookData): AnalyticsRecords {
  const mirrors = analyticsMirrors(data);
  const values = <T>(mirror: CollectionMirror<T & { id: string }> | undefined): T[] =>
    mirror ? [...mirror.docs.values()] : [];
  return {
    leads: values(mirrors.leads),
    activities: values(mirrors.activities),
    opportunities: values(mirrors.opportunities),
    quotes: values(mirrors.quotes),
    orders: values(mirrors.orders),
    invoices: values(mirrors.invoices),
    tickets: values(mirrors.tickets),
    events: values(mirrors.events),
  };
}

/** A number that changes whenever any mirror's content does (for React's external store). */
export function analyticsVersion(data: FieldbookData): string {
  return Object.values(analyticsMirrors(data))
    .map((mirror) => (mirror?.ready ? mirror.version() : mirror ? -1 : 0))
    .join('.');
}

/** Calls back when any mirror changes; returns the unsubscribe function. */
export function watchAnalytics(data: FieldbookData, onChange: () => void): () => void {
  const stops = Object.values(analyticsMirrors(data)).map((mirror) => mirror?.watch(onChange));
  return () => {
    for (const stop of stops) stop?.();
  };
}
