import ICAL from 'ical.js';
import type { LeadDraftInput } from '../domain/leadDraft.ts';
import { joinNoteLines } from './badgeTypes.ts';
import { splitFullName } from './splitFullName.ts';

type JCardValue = string | string[] | (string | string[])[];
/** One jCard property: name, parameters, value type, values (RFC 7095). */
type JCardProperty = { name: string; params: Record<string, unknown>; values: JCardValue[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isJCardValue(value: unknown): value is JCardValue {
  if (typeof value === 'string') return true;
  return (
    Array.isArray(value) && value.every((part) => typeof part === 'string' || isJCardValue(part))
  );
}

/** Reads ical.js's untyped jCard output into typed properties of the first card. */
function readJCard(parsed: unknown): JCardProperty[] {
  const card = Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed[0] : parsed;
  if (!Array.isArray(card) || card[0] !== 'vcard' || !Array.isArray(card[1])) {
    throw new Error('Expected a jCard ["vcard", properties, components] from ical.js');
  }
  const properties: JCardProperty[] = [];
  for (const entry of card[1]) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !isRecord(entry[1])) continue;
    const values = entry
      .slice(3)
      .map((value) => (typeof value === 'number' ? String(value) : value));
    properties.push({ name: entry[0], params: entry[1], values: values.filter(isJCardValue) });
  }
  return properties;
}

// vCard 2.1 (older phones and badge printers) allows bare parameters (`TEL;WORK;VOICE:`) and
// quoted-printable soft line breaks, which ical.js rejects; rewrite them into 3.0 syntax first.
function normalizeLegacySyntax(text: string): string {
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');
  const joined: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] ?? '';
    if (/ENCODING=QUOTED-PRINTABLE/iu.test(line)) {
      while (line.endsWith('=') && i + 1 < lines.length) {
        i++;
        line = line.slice(0, -1) + (lines[i] ?? '');
      }
    }
    joined.push(
      line.replace(/^([^:"]*?);([^:"]*):/u, (_match, name: string, params: string) => {
        const fixed = params
          .split(';')
          .map((param) => (param.includes('=') || param === '' ? param : `TYPE=${param}`))
          .join(';');
        return `${name};${fixed}:`;
      }),
    );
  }
  return joined.join('\r\n');
}

function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = value.slice(i + 1, i + 3);
    if (value[i] === '=' && /^[0-9A-Fa-f]{2}$/u.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...new TextEncoder().encode(value[i]));
    }
  }
  try {
    return new TextDecoder(charset).decode(new Uint8Array(bytes));
  } catch {
    return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
  }
}

function paramText(params: Record<string, unknown>, name: string): string {
  const value = params[name];
  if (Array.isArray(value)) return value.join(',');
  return typeof value === 'string' ? value : '';
}

/** Flattens a property's values into strings per structured component, decoding 2.1 QP. */
function components(property: JCardProperty): string[] {
  const first = property.values.length === 1 ? property.values[0] : property.values;
  const parts = Array.isArray(first) ? first : [first ?? ''];
  const flat = parts.map((part) => (Array.isArray(part) ? part.join(' ') : part));
  if (paramText(property.params, 'encoding').toUpperCase() !== 'QUOTED-PRINTABLE') return flat;
  const charset = paramText(property.params, 'charset') || 'utf-8';
  return flat.map((part) => decodeQuotedPrintable(part, charset));
}

function text(property: JCardProperty): string {
  return components(property)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ');
}

function isPreferred(property: JCardProperty): boolean {
  return (
    paramText(property.params, 'pref') === '1' ||
    /(^|,)pref(,|$)/iu.test(paramText(property.params, 'type'))
  );
}

/** Preferred first, then file order: the first becomes the lead's field, the rest go to notes. */
function byPreference(properties: JCardProperty[], name: string): string[] {
  const matching = properties.filter((property) => property.name === name);
  const ordered = [...matching.filter(isPreferred), ...matching.filter((p) => !isPreferred(p))];
  return ordered.map(text).filter((value) => value !== '');
}

function phoneText(value: string): string {
  return value.replace(/^tel:/iu, '').replace(/;.*$/u, '').trim();
}

/** Lead fields from a vCard 3.0 or 4.0 (and tolerated 2.1), parsed with ical.js. */
export function vcardToDraft(payload: string): LeadDraftInput {
  const properties = readJCard(ICAL.parse(normalizeLegacySyntax(payload.trim())));
  const first = (name: string) => properties.find((property) => property.name === name);
  const draft: LeadDraftInput = {};
  const name = first('n');
  if (name) {
    const [family = '', given = '', additional = ''] = components(name).map((part) => part.trim());
    draft.lastName = family;
    draft.firstName = [given, additional].filter((part) => part !== '').join(' ');
  }
  const formatted = first('fn');
  if (!draft.firstName && !draft.lastName && formatted) {
    Object.assign(draft, splitFullName(text(formatted)));
  }
  const org = first('org');
  if (org) draft.company = components(org)[0]?.trim() ?? '';
  const title = first('title') ?? first('role');
  if (title) draft.title = text(title);
  const [phone, ...otherPhones] = byPreference(properties, 'tel').map(phoneText);
  if (phone) draft.phone = phone;
  const [email, ...otherEmails] = byPreference(properties, 'email');
  if (email) draft.email = email;
  const notes = properties.filter((p) => p.name === 'note').map(text);
  for (const address of properties.filter((p) => p.name === 'adr')) {
    const parts = components(address).map((part) => part.trim());
    const country = parts[6];
    if (country && !draft.country) draft.country = country;
    notes.push(parts.filter((part) => part !== '').join(', '));
  }
  notes.push(...properties.filter((p) => p.name === 'url').map(text));
  for (const property of properties.filter((p) => p.name.startsWith('x-'))) {
    notes.push(`${property.name.toUpperCase()}:${text(property)}`);
  }
  draft.notes = joinNoteLines([...notes, ...otherPhones, ...otherEmails]);
  return draft;
}
