import type { LeadDraftInput } from '../domain/leadDraft.ts';
import { joinNoteLines } from './badgeTypes.ts';
import { splitFullName } from './splitFullName.ts';

// N is `Family,Given`; split on the first unescaped comma before unescaping.
function splitMecardName(rawName: string): { firstName: string; lastName: string } {
  const comma = findUnescaped(rawName, ',');
  if (comma < 0) return splitFullName(unescapeMecard(rawName));
  return {
    lastName: unescapeMecard(rawName.slice(0, comma)).trim(),
    firstName: unescapeMecard(rawName.slice(comma + 1)).trim(),
  };
}

function findUnescaped(text: string, target: string): number {
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === target) return i;
  }
  return -1;
}

function unescapeMecard(text: string): string {
  return text.replace(/\\(.)/gu, '$1');
}

/** Splits the raw body on unescaped `;`, keeping escapes so N can still see its own commas. */
function splitRawFields(body: string): string[] {
  const fields: string[] = [];
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\') i++;
    else if (body[i] === ';') {
      fields.push(body.slice(start, i));
      start = i + 1;
    }
  }
  if (start < body.length) fields.push(body.slice(start));
  return fields.filter((field) => field !== '');
}

/**
 * Lead fields from a DoCoMo MECARD (`MECARD:N:Family,Given;TEL:…;EMAIL:…;;`); keys it does not
 * map (address, URL, birthday, unknown vendor keys) go to the notes so nothing is lost.
 */
export function mecardToDraft(text: string): LeadDraftInput {
  const body = text.trim().replace(/^MECARD:/iu, '');
  const draft: LeadDraftInput = {};
  const notes: string[] = [];
  const extraPhones: string[] = [];
  const extraEmails: string[] = [];
  for (const field of splitRawFields(body)) {
    const colon = field.indexOf(':');
    if (colon < 0) {
      notes.push(unescapeMecard(field));
      continue;
    }
    const key = field.slice(0, colon).toUpperCase();
    const rawValue = field.slice(colon + 1);
    const value = unescapeMecard(rawValue).trim();
    if (value === '') continue;
    switch (key) {
      case 'N': {
        const name = splitMecardName(rawValue);
        draft.firstName = name.firstName;
        draft.lastName = name.lastName;
        break;
      }
      case 'ORG':
        draft.company = value;
        break;
      case 'TITLE':
        draft.title = value;
        break;
      case 'TEL':
      case 'TEL-AV':
        if (draft.phone) extraPhones.push(value);
        else draft.phone = value;
        break;
      case 'EMAIL':
        if (draft.email) extraEmails.push(value);
        else draft.email = value;
        break;
      case 'NOTE':
        notes.unshift(value);
        break;
      case 'SOUND':
      case 'NICKNAME':
      case 'BDAY':
      case 'ADR':
      case 'URL':
        notes.push(value);
        break;
      default:
        notes.push(`${key}:${value}`);
    }
  }
  draft.notes = joinNoteLines([...notes, ...extraPhones, ...extraEmails]);
  return draft;
}
