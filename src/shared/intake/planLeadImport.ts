import type { CountryCode } from 'libphonenumber-js';
import type { LeadSource, LeadStatus } from '../domain/lead.ts';
import {
  type LeadDraft,
  type LeadDraftField,
  type LeadDraftInput,
  type LeadDraftIssueCode,
  validateLeadDraft,
} from '../domain/leadDraft.ts';
import type { LeadCsvMapping, LeadCsvTarget } from './leadCsvPresets.ts';
import {
  normalizeCsvKey,
  parseLeadRating,
  parseLeadSource,
  parseLeadStatus,
} from './leadCsvValues.ts';
import { phoneKey } from './phoneKey.ts';
import { splitFullName } from './splitFullName.ts';
import { unescapeCsvFormula } from './toCsv.ts';

export type LeadImportIssue = {
  rowNumber: number;
  field: LeadDraftField | 'row';
  code: LeadDraftIssueCode | 'malformedCsv';
};

/** A value the row had that Fieldbook does not know (e.g. a source "Webinar"); the row still imports. */
export type LeadImportWarning = {
  rowNumber: number;
  field: 'source' | 'status' | 'rating';
  value: string;
};

export type LeadImportRow = {
  /** 1 = the first record after the header row. */
  rowNumber: number;
  draft: LeadDraftInput;
  /** The validated draft, present only when the row has no issues. */
  value?: LeadDraft;
  /** Status from the file, if it had one Fieldbook knows; the import decides whether to keep it. */
  status?: LeadStatus;
  issues: LeadImportIssue[];
  warnings: LeadImportWarning[];
  /** An earlier row in the same file with the same email or phone. */
  duplicateOf?: { rowNumber: number; by: 'email' | 'phone' };
};

export type LeadImportSummary = {
  totalRows: number;
  validRows: number;
  invalidRows: number;
  duplicateRows: number;
  /** Valid rows that are not duplicates of an earlier row. */
  uniqueValidRows: number;
  issueCounts: Partial<Record<LeadImportIssue['code'], number>>;
};

export type LeadImportPlan = { rows: LeadImportRow[]; summary: LeadImportSummary };

export type PlanLeadImportInput = {
  headers: readonly string[];
  records: readonly (readonly string[])[];
  mapping: LeadCsvMapping;
  malformedRows?: readonly number[];
  /** Source for rows whose file has none; defaults to `import`. */
  defaultSource?: LeadSource;
  eventId?: string;
  /** How numbers without a `+` are read; defaults to CN. */
  defaultCountry?: CountryCode;
};

type TextField =
  | 'firstName'
  | 'lastName'
  | 'company'
  | 'title'
  | 'email'
  | 'phone'
  | 'industry'
  | 'country';
const textFields = new Set<LeadCsvTarget>([
  'firstName',
  'lastName',
  'company',
  'title',
  'email',
  'phone',
  'industry',
  'country',
]);

function isTextField(target: LeadCsvTarget): target is TextField {
  return textFields.has(target);
}

/** Maps each header position to its target, matching mapping headers case- and space-insensitively. */
function resolveTargets(headers: readonly string[], mapping: LeadCsvMapping): LeadCsvTarget[] {
  const byKey = new Map<string, LeadCsvTarget>();
  for (const [header, target] of Object.entries(mapping.columns)) {
    byKey.set(normalizeCsvKey(header), target);
  }
  return headers.map((header) => byKey.get(normalizeCsvKey(header)) ?? 'ignore');
}

function buildRow(
  rowNumber: number,
  record: readonly string[],
  headers: readonly string[],
  targets: readonly LeadCsvTarget[],
  input: PlanLeadImportInput,
): LeadImportRow {
  const draft: LeadDraftInput = { source: input.defaultSource ?? 'import' };
  if (input.eventId) draft.eventId = input.eventId;
  const warnings: LeadImportWarning[] = [];
  const notes: { header: string; value: string }[] = [];
  const leftovers: string[] = [];
  let status: LeadStatus | undefined;
  let fullName = '';
  let mobile = '';
  targets.forEach((target, index) => {
    const raw = unescapeCsvFormula(record[index] ?? '');
    const value = target === 'notes' ? raw.trim() : raw.trim().replace(/\s+/gu, ' ');
    if (value === '' || target === 'ignore') return;
    const header = headers[index] ?? '';
    if (isTextField(target)) {
      // Two columns mapped to one field: the first wins, the other is kept in the notes.
      if (draft[target]) leftovers.push(`${header}: ${value}`);
      else draft[target] = value;
    } else if (target === 'notes') {
      notes.push({ header, value });
    } else if (target === 'fullName') {
      fullName ||= value;
    } else if (target === 'mobile') {
      mobile ||= value;
    } else if (target === 'source') {
      const source = parseLeadSource(value);
      draft.source = source ?? 'other';
      if (!source) warnings.push({ rowNumber, field: 'source', value });
    } else if (target === 'status') {
      status = parseLeadStatus(value);
      if (!status) warnings.push({ rowNumber, field: 'status', value });
    } else if (target === 'rating') {
      const rating = parseLeadRating(value);
      if (rating) draft.rating = rating;
      else warnings.push({ rowNumber, field: 'rating', value });
    }
  });
  if (fullName && !draft.firstName && !draft.lastName)
    Object.assign(draft, splitFullName(fullName));
  if (mobile && !draft.phone) draft.phone = mobile;
  else if (mobile && phoneKey(mobile) !== phoneKey(draft.phone ?? '')) leftovers.push(mobile);
  const noteLines =
    notes.length === 1
      ? [notes[0]?.value ?? '']
      : notes.map((note) => `${note.header}: ${note.value}`);
  const joinedNotes = [...noteLines, ...leftovers].join('\n');
  if (joinedNotes) draft.notes = joinedNotes;

  const row: LeadImportRow = { rowNumber, draft, issues: [], warnings };
  if (status) row.status = status;
  const validation = validateLeadDraft(
    draft,
    input.defaultCountry ? { defaultCountry: input.defaultCountry } : {},
  );
  if (validation.ok) row.value = validation.value;
  else row.issues = validation.issues.map((issue) => ({ rowNumber, ...issue }));
  if (input.malformedRows?.includes(rowNumber)) {
    row.issues.push({ rowNumber, field: 'row', code: 'malformedCsv' });
    delete row.value;
  }
  return row;
}

/** Marks each row whose email or phone already appeared in an earlier row of the file. */
function markDuplicates(rows: LeadImportRow[], defaultCountry: CountryCode | undefined): void {
  const firstByEmail = new Map<string, number>();
  const firstByPhone = new Map<string, number>();
  for (const row of rows) {
    const email = (row.draft.email ?? '').trim().toLowerCase();
    const phone = phoneKey(row.draft.phone ?? '', defaultCountry);
    const byEmail = email ? firstByEmail.get(email) : undefined;
    const byPhone = phone ? firstByPhone.get(phone) : undefined;
    if (byEmail !== undefined) row.duplicateOf = { rowNumber: byEmail, by: 'email' };
    else if (byPhone !== undefined) row.duplicateOf = { rowNumber: byPhone, by: 'phone' };
    if (email && !firstByEmail.has(email)) firstByEmail.set(email, row.rowNumber);
    if (phone && !firstByPhone.has(phone)) firstByPhone.set(phone, row.rowNumber);
  }
}

/**
 * Plans a lead import without writing anything: maps every record to a lead draft, validates it
 * as capture does, and flags in-file duplicates, so the preview can show exactly what an import
 * would do and the import can write all good rows in one go.
 */
export function planLeadImport(input: PlanLeadImportInput): LeadImportPlan {
  const targets = resolveTargets(input.headers, input.mapping);
  const rows = input.records.map((record, index) =>
    buildRow(index + 1, record, input.headers, targets, input),
  );
  markDuplicates(rows, input.defaultCountry);
  const issueCounts: LeadImportSummary['issueCounts'] = {};
  let validRows = 0;
  let duplicateRows = 0;
  let uniqueValidRows = 0;
  for (const row of rows) {
    if (row.value) validRows++;
    if (row.duplicateOf) duplicateRows++;
    if (row.value && !row.duplicateOf) uniqueValidRows++;
    for (const issue of row.issues) issueCounts[issue.code] = (issueCounts[issue.code] ?? 0) + 1;
  }
  return {
    rows,
    summary: {
      totalRows: rows.length,
      validRows,
      invalidRows: rows.length - validRows,
      duplicateRows,
      uniqueValidRows,
      issueCounts,
    },
  };
}
