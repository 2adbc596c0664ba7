import type { Lead } from '../../../shared/domain/lead.ts';
import type { LeadCatalogueEntry } from '../leads/LeadSearchIndex.ts';
import { fromLeadDoc, type LeadDocType } from '../leads/leadDocument.ts';
import { compareEntries, filterMatcher, type LeadListQuery } from '../leads/leadListQuery.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { leadMirror } from '../records/sharedMirrors.ts';

function entryOf(doc: LeadDocType): LeadCatalogueEntry {
  return {
    id: doc.id,
    status: doc.status,
    source: doc.source,
    rating: doc.rating,
    eventId: doc.eventId,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    lastNameKey: doc.lastNameKey,
    companyKey: doc.companyKey,
  };
}

/**
 * Every lead the list shows for `query` (search, filters and sort applied), not just the loaded
 * page; `consentOnly` keeps only leads who agreed to be contacted (marketing exports).
 */
export async function leadsForExport(
  data: FieldbookData,
  query: LeadListQuery,
  options: { consentOnly?: boolean } = {},
): Promise<Lead[]> {
  const mirror = leadMirror(data);
  await mirror.start();
  const search = query.search?.trim() ?? '';
  let docs: LeadDocType[];
  if (search) {
    await data.leadSearch.start();
    docs = data.leadSearch.search(search).flatMap((id) => mirror.docs.get(id) ?? []);
  } else {
    docs = [...mirror.docs.values()];
  }
  const matches = filterMatcher(query);
  const compare = compareEntries(query);
  return docs
    .map((doc) => ({ doc, entry: entryOf(doc) }))
    .filter(({ doc, entry }) => matches(entry) && (!options.consentOnly || doc.consent.given))
    .sort((a, b) => compare(a.entry, b.entry))
    .map(({ doc }) => fromLeadDoc(doc));
}
