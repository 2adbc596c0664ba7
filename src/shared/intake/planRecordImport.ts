import { type CountryCode, isSupportedCountry } from 'libphonenumber-js';
import type { Account } from '../domain/account.ts';
import type { Contact } from '../domain/contact.ts';
import { isPlausiblePhone } from '../domain/leadDraft.ts';
import { normalizeCompanyName } from '../qualification/normalizeContact.ts';
import { phoneKey } from './phoneKey.ts';
import { type CsvMapping, resolveCsvTargets } from './recordCsvPresets.ts';
import { splitFullName } from './splitFullName.ts';
import { unescapeCsvFormula } from './toCsv.ts';

/** One refused cell or row: `rowNumber` counts data rows from 1; `code` is `import.issues.<code>`. */
export type RecordImportIssue = { rowNumber: number; field: string; code: string };

/** A planned row: the value to write when it has no issues, and an earlier row it repeats. */
export type RecordImportRow<V> = {
  rowNumber: number;
  value?: V;
  issues: RecordImportIssue[];
  duplicateOf?: { rowNumber: number; by: string };
};

export type PlanRecordImportInput = {
  headers: readonly string[];
  records: readonly (readonly string[])[];
  mapping: CsvMapping;
  malformedRows?: readonly number[];
  /** How numbers without a `+` are read; defaults to CN. */
  defaultCountry?: CountryCode;
};

/** What an account row becomes (the command stamps id, owner and times). */
export type AccountImportValue = Pick<Account, 'name' | 'tags' | 'notes'> &
  Partial<
    Pick<Account, 'industry' | 'website' | 'phone' | 'email' | 'address' | 'country' | 'taxId'>
  >;

/** What a contact row becomes; `accountName` is looked up (or created) by the import. */
export type ContactImportValue = Pick<
  Contact,
  'firstName' | 'lastName' | 'title' | 'email' | 'phone' | 'notes'
> &
  Partial<Pick<Contact, 'mobile'>> & { accountName: string };

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

// Country names CRM exports write instead of ISO codes.
const countryNames: Record<string, string> = {
  china: 'CN',
  中国: 'CN',
  prc: 'CN',
  'united states': 'US',
  usa: 'US',
  美国: 'US',
  germany: 'DE',
  deutschland: 'DE',
  德国: 'DE',
  japan: 'JP',
  日本: 'JP',
  'united kingdom': 'GB',
  uk: 'GB',
  英国: 'GB',
  france: 'FR',
  法国: 'FR',
  'hong kong': 'HK',
  香港: 'HK',
  singapore: 'SG',
  新加坡: 'SG',
};

/** An ISO 3166 alpha-2 code for a code or a common country name; undefined when unknown. */
export function countryCodeOf(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/u.test(trimmed)) return trimmed.toUpperCase();
  return countryNames[trimmed.toLowerCase()];
}

function cellsOf(
  record: readonly string[],
  targets: readonly string[],
  headers: readonly string[],
) {
  const cells = new Map<string, string>();
  const extra: string[] = [];
  targets.forEach((target, index) => {
    if (target === 'ignore') return;
    const value = unescapeCsvFormula(record[index] ?? '').trim();
    if (value === '') return;
    if (cells.has(target)) extra.push(`${headers[index] ?? ''}: ${value}`);
    else cells.set(target, value);
  });
  return { get: (target: string) => cells.get(target) ?? '', extra };
}

function tooLong(
  issues: RecordImportIssue[],
  rowNumber: number,
  fields: Record<string, [string, number]>,
) {
  for (const [field, [value, max]] of Object.entries(fields)) {
    if (value.length > max) issues.push({ rowNumber, field, code: 'tooLong' });
  }
}

function finish<V>(
  rows: RecordImportRow<V>[],
  input: PlanRecordImportInput,
  keysOf: (value: V) => { key: string; by: string }[],
): RecordImportRow<V>[] {
  const malformed = new Set(input.malformedRows ?? []);
  const first = new Map<string, number>();
  for (const row of rows) {
    if (malformed.has(row.rowNumber)) {
      row.issues.push({ rowNumber: row.rowNumber, field: 'row', code: 'malformedCsv' });
      delete row.value;
    }
    if (!row.value) continue;
    for (const { key, by } of keysOf(row.value)) {
      if (key === '') continue;
      const earlier = first.get(`${by}:${key}`);
      if (earlier !== undefined && !row.duplicateOf) row.duplicateOf = { rowNumber: earlier, by };
      if (earlier === undefined) first.set(`${by}:${key}`, row.rowNumber);
    }
  }
  return rows;
}

/** Plans an account import: each row validated; rows naming the same company as an earlier one flagged. */
export function planAccountImport(
  input: PlanRecordImportInput,
): RecordImportRow<AccountImportValue>[] {
  const targets = resolveCsvTargets(input.headers, input.mapping);
  const defaultCountry = input.defaultCountry ?? 'CN';
  const rows = input.records.map((record, index) => {
    const rowNumber = index + 1;
    const cell = cellsOf(record, targets, input.headers);
    const issues: RecordImportIssue[] = [];
    const name = cell.get('name');
    if (name === '') issues.push({ rowNumber, field: 'name', code: 'nameRequired' });
    const email = cell.get('email');
    if (email && !emailPattern.test(email))
      issues.push({ rowNumber, field: 'email', code: 'invalidEmail' });
    const phone = cell.get('phone');
    if (phone && !isPlausiblePhone(phone, defaultCountry))
      issues.push({ rowNumber, field: 'phone', code: 'invalidPhone' });
    const countryText = cell.get('country');
    const country = countryText ? countryCodeOf(countryText) : undefined;
    if (countryText && !country)
      issues.push({ rowNumber, field: 'country', code: 'invalidCountry' });
    const notes = [cell.get('notes'), ...cell.extra].filter(Boolean).join('\n');
    const tags = cell
      .get('tags')
      .split(/[;,，；]/u)
      .map((tag) => tag.trim())
      .filter(Boolean);
    tooLong(issues, rowNumber, {
      name: [name, 200],
      industry: [cell.get('industry'), 100],
      website: [cell.get('website'), 2048],
      phone: [phone, 40],
      addressLine1: [cell.get('addressLine1'), 200],
      city: [cell.get('city'), 100],
      region: [cell.get('region'), 100],
      postalCode: [cell.get('postalCode'), 20],
      taxId: [cell.get('taxId'), 50],
      notes: [notes, 10_000],
    });
    if (tags.length > 50 || tags.some((tag) => tag.length > 50))
      issues.push({ rowNumber, field: 'tags', code: 'tooLong' });
    const row: RecordImportRow<AccountImportValue> = { rowNumber, issues };
    if (issues.length > 0) return row;
    const value: AccountImportValue = { name, tags, notes };
    for (const field of ['industry', 'website', 'phone', 'email', 'taxId'] as const) {
      const text = cell.get(field);
      if (text) value[field] = text;
    }
    if (country) value.country = country;
    const line1 = cell.get('addressLine1');
    if (line1 && country) {
      value.address = { line1, country };
      for (const field of ['city', 'region', 'postalCode'] as const) {
        const text = cell.get(field);
        if (text) value.address[field] = text;
      }
    } else if (line1) {
      // An address needs a country; keep the street in the notes rather than lose it.
      value.notes = [value.notes, line1].filter(Boolean).join('\n');
    }
    row.value = value;
    return row;
  });
  return finish(rows, input, (value) => [{ key: normalizeCompanyName(value.name), by: 'name' }]);
}

/** Plans a contact import: each row validated; rows with an email or phone seen earlier flagged. */
export function planContactImport(
  input: PlanRecordImportInput,
): RecordImportRow<ContactImportValue>[] {
  const targets = resolveCsvTargets(input.headers, input.mapping);
  const defaultCountry = input.defaultCountry ?? 'CN';
  const rows = input.records.map((record, index) => {
    const rowNumber = index + 1;
    const cell = cellsOf(record, targets, input.headers);
    const issues: RecordImportIssue[] = [];
    let firstName = cell.get('firstName');
    let lastName = cell.get('lastName');
    const fullName = cell.get('fullName');
    if (fullName && !firstName && !lastName) ({ firstName, lastName } = splitFullName(fullName));
    if (!firstName && !lastName) issues.push({ rowNumber, field: 'name', code: 'nameRequired' });
    const accountName = cell.get('accountName');
    if (!accountName) issues.push({ rowNumber, field: 'accountName', code: 'accountRequired' });
    const email = cell.get('email');
    if (email && !emailPattern.test(email))
      issues.push({ rowNumber, field: 'email', code: 'invalidEmail' });
    const mobile = cell.get('mobile');
    const phone = cell.get('phone') || mobile;
    for (const [field, value] of [
      ['phone', phone],
      ['mobile', mobile],
    ] as const) {
      if (value && !isPlausiblePhone(value, defaultCountry))
        issues.push({ rowNumber, field, code: 'invalidPhone' });
    }
    const notes = [cell.get('notes'), ...cell.extra].filter(Boolean).join('\n');
    tooLong(issues, rowNumber, {
      firstName: [firstName, 100],
      lastName: [lastName, 100],
      accountName: [accountName, 200],
      title: [cell.get('title'), 200],
      email: [email, 254],
      notes: [notes, 10_000],
    });
    const row: RecordImportRow<ContactImportValue> = { rowNumber, issues };
    if (issues.length > 0) return row;
    row.value = { firstName, lastName, accountName, title: cell.get('title'), email, phone, notes };
    if (mobile && mobile !== phone) row.value.mobile = mobile;
    return row;
  });
  const country = isSupportedCountry(defaultCountry) ? defaultCountry : 'CN';
  return finish(rows, input, (value) => [
    { key: value.email.toLowerCase(), by: 'email' },
    { key: phoneKey(value.phone, country), by: 'phone' },
  ]);
}
