import type { CountryCode } from 'libphonenumber-js';
import {
  createDuplicateIndex,
  type DuplicateCandidate,
  duplicateKeysOf,
} from '../qualification/findLikelyDuplicates.ts';

/** A likely duplicate found for an imported row: an existing lead (`id`) or an earlier row. */
export type LeadImportMatch<T> = { record: T; confidence: number; reasons: string[] };

function add<T>(map: Map<string, T[]>, key: string, value: T): void {
  if (key === '') return;
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The duplicate rule (findLikelyDuplicates) made fast enough for 50k-row imports: candidates
 * are shortlisted by equal email, equal phone or equal normalized company, and only the
 * shortlist is scored by the shared rule. A similar name at a company written differently
 * (not just in case, legal suffix or punctuation) is therefore not found by an import.
 */
export function createLeadImportMatcher<T extends DuplicateCandidate>(defaultCountry: CountryCode) {
  const byEmail = new Map<string, T[]>();
  const byPhone = new Map<string, T[]>();
  const byCompany = new Map<string, T[]>();
  return {
    /** Adds a record that later candidates may duplicate. */
    add(record: T): void {
      const keys = duplicateKeysOf(record, defaultCountry);
      add(byEmail, keys.email, record);
      add(byPhone, keys.phone, record);
      add(byCompany, keys.company, record);
    },
    /** The best match for `candidate`, if the shared rule finds one. */
    find(candidate: DuplicateCandidate): LeadImportMatch<T> | undefined {
      const keys = duplicateKeysOf(candidate, defaultCountry);
      const shortlist = new Set<T>([
        ...(byEmail.get(keys.email) ?? []),
        ...(byPhone.get(keys.phone) ?? []),
        ...(keys.name === '' ? [] : (byCompany.get(keys.company) ?? [])),
      ]);
      if (shortlist.size === 0) return undefined;
      const [best] = createDuplicateIndex([...shortlist], defaultCountry).find(candidate);
      if (!best) return undefined;
      return {
        record: best.lead,
        confidence: best.confidence,
        reasons: best.reasons.map((reason) => reason.kind),
      };
    },
  };
}
