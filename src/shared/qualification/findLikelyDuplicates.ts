import { type CountryCode, isSupportedCountry } from 'libphonenumber-js';
import type { Lead } from '../domain/lead.ts';
import {
  normalizeCompanyName,
  normalizeEmail,
  normalizePersonName,
  normalizePhone,
} from './normalizeContact.ts';
import { similarity } from './similarity.ts';

/** The lead fields duplicate detection reads; `id` (when saved) keeps a lead from matching itself. */
export type DuplicateCandidate = Pick<
  Lead,
  'firstName' | 'lastName' | 'company' | 'email' | 'phone'
> & {
  id?: string;
  country?: string | undefined;
};

export type DuplicateReason =
  | { kind: 'sameEmail'; value: string }
  | { kind: 'samePhone'; value: string }
  | { kind: 'similarNameAndCompany'; nameSimilarity: number; companySimilarity: number };

/** A likely duplicate: the existing lead, why it matched, and how sure (0..1) we are. */
export type DuplicateMatch<T extends DuplicateCandidate> = {
  lead: T;
  confidence: number;
  reasons: DuplicateReason[];
};

export type DuplicateOptions = {
  /** Matches below this confidence are not reported (default 0.5). */
  minConfidence?: number;
  /** Name similarity needed for a name + company match (default 0.85). */
  nameThreshold?: number;
  /** Company similarity needed for a name + company match (default 0.8). */
  companyThreshold?: number;
};

// How much each kind of evidence alone says; several combine as independent evidence.
const emailConfidence = 0.95;
const phoneConfidence = 0.85;

type Keys = { email: string; phone: string; name: string; company: string };

function countryOf(lead: DuplicateCandidate, fallback: CountryCode): CountryCode {
  const code = (lead.country ?? '').trim().toUpperCase();
  return isSupportedCountry(code) ? code : fallback;
}

/** The normalized keys of a lead that duplicate detection compares. */
export function duplicateKeysOf(lead: DuplicateCandidate, defaultCountry: CountryCode): Keys {
  return {
    email: normalizeEmail(lead.email),
    phone: normalizePhone(lead.phone, countryOf(lead, defaultCountry)),
    name: normalizePersonName(lead),
    company: normalizeCompanyName(lead.company),
  };
}

function compare(a: Keys, b: Keys, options: Required<DuplicateOptions>): DuplicateReason[] {
  const reasons: DuplicateReason[] = [];
  if (a.email !== '' && a.email === b.email) reasons.push({ kind: 'sameEmail', value: a.email });
  if (a.phone !== '' && a.phone === b.phone) reasons.push({ kind: 'samePhone', value: a.phone });
  const nameSimilarity = similarity(a.name, b.name, options.nameThreshold);
  if (nameSimilarity >= options.nameThreshold) {
    const companySimilarity = similarity(a.company, b.company, options.companyThreshold);
    if (companySimilarity >= options.companyThreshold) {
      reasons.push({ kind: 'similarNameAndCompany', nameSimilarity, companySimilarity });
    }
  }
  return reasons;
}

function confidenceOf(reasons: readonly DuplicateReason[]): number {
  let unlikely = 1;
  for (const reason of reasons) {
    const alone =
      reason.kind === 'sameEmail'
        ? emailConfidence
        : reason.kind === 'samePhone'
          ? phoneConfidence
          : 0.5 + 0.4 * Math.min(reason.nameSimilarity, reason.companySimilarity);
    unlikely *= 1 - alone;
  }
  return Math.round((1 - unlikely) * 1000) / 1000;
}

/** Precomputes the keys of the existing leads once, for checking many candidates (an import). */
export function createDuplicateIndex<T extends DuplicateCandidate>(
  existing: readonly T[],
  defaultCountry: CountryCode,
): { find: (candidate: DuplicateCandidate, options?: DuplicateOptions) => DuplicateMatch<T>[] } {
  const entries = existing.map((lead) => ({ lead, keys: duplicateKeysOf(lead, defaultCountry) }));
  return {
    find(candidate, options = {}) {
      const settings = {
        minConfidence: options.minConfidence ?? 0.5,
        nameThreshold: options.nameThreshold ?? 0.85,
        companyThreshold: options.companyThreshold ?? 0.8,
      };
      const keys = duplicateKeysOf(candidate, defaultCountry);
      const matches: DuplicateMatch<T>[] = [];
      for (const entry of entries) {
        if (candidate.id !== undefined && entry.lead.id === candidate.id) continue;
        const reasons = compare(keys, entry.keys, settings);
        if (reasons.length === 0) continue;
        const confidence = confidenceOf(reasons);
        if (confidence >= settings.minConfidence)
          matches.push({ lead: entry.lead, confidence, reasons });
      }
      return matches.sort((a, b) => b.confidence - a.confidence);
    },
  };
}

/**
 * Finds existing leads that are likely the same person as `candidate`: same email, same phone
 * (E.164, read in the lead's country or `defaultCountry`), or similar name at a similar
 * company; most likely first.
 */
export function findLikelyDuplicates<T extends DuplicateCandidate>({
  candidate,
  existing,
  defaultCountry,
  options,
}: {
  candidate: DuplicateCandidate;
  existing: readonly T[];
  defaultCountry: CountryCode;
  options?: DuplicateOptions;
}): DuplicateMatch<T>[] {
  return createDuplicateIndex(existing, defaultCountry).find(candidate, options);
}
