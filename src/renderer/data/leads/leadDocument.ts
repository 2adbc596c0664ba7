import type { Lead } from '../../../shared/domain/lead.ts';
import { type LeadSortKeys, leadSortKeyNames, leadSortKeys } from './leadSortKeys.ts';

/** A lead as stored: the domain record plus the derived sort keys. */
export type LeadDocType = Lead & LeadSortKeys;

/** What is written to RxDB for a lead. */
export function toLeadDoc(lead: Lead): LeadDocType {
  return { ...lead, ...leadSortKeys(lead) };
}

const storageOnlyFields = new Set<string>([
  ...leadSortKeyNames,
  '_deleted',
  '_rev',
  '_meta',
  '_attachments',
]);

/** The domain lead inside a stored document, without sort keys or RxDB metadata. */
export function fromLeadDoc(doc: Readonly<Record<string, unknown>>): Lead {
  // Runs for every row a list shows: a key loop allocates no [key, value] pair per field.
  const lead: Record<string, unknown> = {};
  for (const key of Object.keys(doc)) {
    if (!storageOnlyFields.has(key)) lead[key] = doc[key];
  }
  return lead as Lead;
}
