import type { Lead } from '../../../shared/domain/lead.ts';

// Dexie storage walks IndexedDB indexes only upwards, so a descending list read through an
// ascending index needs keys that sort backwards. These derived keys live in the stored
// document only (never in the domain `Lead`) and are rewritten by every lead command.

const maxEpochMs = 9_999_999_999_999;
const nameKeyLength = 50;
const highestUnit = 0xf7fe;

/** Ascending key that sorts later times first. */
export function descendingTimeKey(iso: string): string {
  const ms = Date.parse(iso);
  return String(maxEpochMs - (Number.isNaN(ms) ? 0 : ms)).padStart(13, '0');
}

/** Case- and width-folded text key so "alpha" and "Beta" sort as people expect. */
export function ascendingTextKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().trim().slice(0, nameKeyLength);
}

// Surrogates are squeezed out of the alphabet so every key stays well-formed UTF-16 (it is
// JSON-encoded for sync); astral characters all sort as one high value, close enough for a list.
function toDense(unit: number): number {
  if (unit < 0xd800) return unit;
  if (unit < 0xe000) return 0xd7ff;
  return Math.min(unit - 0x800, highestUnit);
}

function fromDense(value: number): number {
  return value < 0xd800 ? value : value + 0x800;
}

/** Ascending key that sorts text backwards (Z before A, longer before its own prefix). */
export function descendingTextKey(text: string): string {
  const key = ascendingTextKey(text);
  let out = '';
  for (let i = 0; i < key.length; i += 1) {
    out += String.fromCharCode(fromDense(highestUnit - toDense(key.charCodeAt(i))));
  }
  return out + String.fromCharCode(fromDense(highestUnit + 1));
}

export type LeadSortKeys = {
  /** `eventId` or '' — Dexie cannot index a field that may be missing. */
  eventKey: string;
  createdAtDesc: string;
  lastNameKey: string;
  lastNameDesc: string;
  companyKey: string;
  companyDesc: string;
};

export const leadSortKeyNames = [
  'eventKey',
  'createdAtDesc',
  'lastNameKey',
  'lastNameDesc',
  'companyKey',
  'companyDesc',
] as const satisfies ReadonlyArray<keyof LeadSortKeys>;

/** The derived keys stored with a lead for its indexes. */
export function leadSortKeys(lead: Lead): LeadSortKeys {
  return {
    eventKey: lead.eventId ?? '',
    createdAtDesc: descendingTimeKey(lead.createdAt),
    lastNameKey: ascendingTextKey(lead.lastName),
    lastNameDesc: descendingTextKey(lead.lastName),
    companyKey: ascendingTextKey(lead.company),
    companyDesc: descendingTextKey(lead.company),
  };
}
