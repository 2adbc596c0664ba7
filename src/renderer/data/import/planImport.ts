import type { Account } from '../../../shared/domain/account.ts';
import type { Contact } from '../../../shared/domain/contact.ts';
import { createLeadImportMatcher } from '../../../shared/intake/createLeadImportMatcher.ts';
import { type CsvEncoding, decodeCsvBytes } from '../../../shared/intake/decodeCsvBytes.ts';
import type { LeadCsvMapping } from '../../../shared/intake/leadCsvPresets.ts';
import { parseCsvText } from '../../../shared/intake/parseCsvText.ts';
import { phoneKey } from '../../../shared/intake/phoneKey.ts';
import { planLeadImport } from '../../../shared/intake/planLeadImport.ts';
import {
  planAccountImport,
  planContactImport,
  type RecordImportRow,
} from '../../../shared/intake/planRecordImport.ts';
import { type CsvMapping, resolveCsvTargets } from '../../../shared/intake/recordCsvPresets.ts';
import { suggestLeadCsvMapping } from '../../../shared/intake/suggestLeadCsvMapping.ts';
import { suggestRecordCsvMapping } from '../../../shared/intake/suggestRecordCsvMapping.ts';
import { normalizeCompanyName } from '../../../shared/qualification/normalizeContact.ts';
import { formatPersonName } from '../../../shared/text/formatPersonName.ts';
import type { LeadDocType } from '../leads/leadDocument.ts';
import { yieldToMain } from '../leads/yieldToMain.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { collectionOf, hasCollection, plainRecord } from '../records/recordStore.ts';
import { leadMirror } from '../records/sharedMirrors.ts';
import type { ImportEntity, ImportPlan, ImportProgress, PlannedImportRow } from './importTypes.ts';
import { planProducts } from './planProductImport.ts';

/** A picked file, decoded and parsed, before any mapping. */
export type ImportFile = {
  encoding: CsvEncoding;
  headers: string[];
  records: string[][];
  malformedRows: number[];
};

/** Decodes (detected encoding unless one is chosen) and parses a CSV file. */
export function readImportFile(bytes: Uint8Array, encoding?: CsvEncoding): ImportFile {
  const decoded = decodeCsvBytes(bytes, encoding);
  return { encoding: decoded.encoding, ...parseCsvText(decoded.text) };
}

export type PlanImportInput = {
  data: FieldbookData;
  entity: ImportEntity;
  file: ImportFile;
  mapping: CsvMapping;
  /** Leads only: the event the list came from (e.g. the organiser's badge scans). */
  eventId?: string;
  onProgress?: (progress: ImportProgress) => void;
};

const chunkSize = 2000;
const personLabel = (person: { firstName?: string; lastName?: string; company?: string }) =>
  formatPersonName(person) || person.company || '';

async function planLeads(input: PlanImportInput): Promise<PlannedImportRow[]> {
  const { data, file, onProgress } = input;
  const mirror = leadMirror(data);
  await mirror.start();
  const existing = createLeadImportMatcher<LeadDocType>('CN');
  for (const lead of mirror.docs.values()) existing.add(lead);
  type Earlier =
    | LeadDocType
    | {
        rowNumber: number;
        firstName: string;
        lastName: string;
        company: string;
        email: string;
        phone: string;
        country?: string;
      };
  const earlier = createLeadImportMatcher<Earlier>('CN');
  const rows: PlannedImportRow[] = [];
  for (let start = 0; start < file.records.length; start += chunkSize) {
    const records = file.records.slice(start, start + chunkSize);
    const plan = planLeadImport({
      headers: file.headers,
      records,
      mapping: input.mapping as LeadCsvMapping,
      ...(input.eventId ? { eventId: input.eventId, defaultSource: 'trade_show' as const } : {}),
      malformedRows: file.malformedRows
        .filter((n) => n > start && n <= start + chunkSize)
        .map((n) => n - start),
    });
    plan.rows.forEach((planned, index) => {
      const rowNumber = start + index + 1;
      const row: PlannedImportRow = {
        rowNumber,
        cells: records[index] ?? [],
        // Name and company: enough to judge a duplicate at a glance.
        label: [
          formatPersonName({
            firstName: planned.draft.firstName ?? '',
            lastName: planned.draft.lastName ?? '',
          }),
          planned.draft.company ?? '',
        ]
          .filter(Boolean)
          .join(' · '),
        issues: planned.issues.map(({ field, code }) => ({ field, code })),
        warnings: planned.warnings.map(({ field, value }) => ({ field, value })),
      };
      const value = planned.value;
      if (value) {
        row.value = {
          kind: 'leads',
          draft: value,
          ...(planned.status ? { status: planned.status } : {}),
        };
        const match = existing.find(value);
        if (match) {
          row.existing = {
            id: match.record.id,
            label: personLabel(match.record),
            confidence: match.confidence,
          };
        }
        const repeat = earlier.find(value);
        if (repeat && 'rowNumber' in repeat.record) {
          row.inFile = { rowNumber: repeat.record.rowNumber, by: repeat.reasons[0] ?? 'sameEmail' };
        } else {
          earlier.add({ ...value, rowNumber });
        }
      }
      rows.push(row);
    });
    onProgress?.({ phase: 'planning', done: rows.length, total: file.records.length });
    await yieldToMain('user-visible');
  }
  return rows;
}

function fromRecordRows<V>(
  file: ImportFile,
  planned: RecordImportRow<V>[],
  make: (value: V) => PlannedImportRow['value'],
  labelOf: (value: V | undefined, cells: readonly string[]) => string,
): PlannedImportRow[] {
  return planned.map((row) => {
    const cells = file.records[row.rowNumber - 1] ?? [];
    const out: PlannedImportRow = {
      rowNumber: row.rowNumber,
      cells,
      label: labelOf(row.value, cells),
      issues: row.issues.map(({ field, code }) => ({ field, code })),
      warnings: [],
    };
    if (row.value !== undefined) out.value = make(row.value);
    if (row.duplicateOf) out.inFile = row.duplicateOf;
    return out;
  });
}

// The first non-empty cell mapped to one of `targets`, for a label on an invalid row.
export function cellLabel(file: ImportFile, mapping: CsvMapping, targets: readonly string[]) {
  const resolved = resolveCsvTargets(file.headers, mapping);
  return (cells: readonly string[]) =>
    resolved
      .map((target, index) => (targets.includes(target) ? (cells[index] ?? '').trim() : ''))
      .filter(Boolean)
      .join(' ');
}

export async function existingRecords<T>(
  data: FieldbookData,
  name: 'accounts' | 'contacts' | 'products',
) {
  if (!hasCollection(data, name)) return [] as T[];
  const docs = await collectionOf(data, name).find().exec();
  return docs.map((doc) => plainRecord<T>(doc._data));
}

async function planAccounts({ data, file, mapping }: PlanImportInput) {
  const accounts = await existingRecords<Account>(data, 'accounts');
  const byName = new Map(accounts.map((account) => [normalizeCompanyName(account.name), account]));
  const label = cellLabel(file, mapping, ['name']);
  const rows = fromRecordRows(
    file,
    planAccountImport({ ...file, mapping }),
    (value) => ({ kind: 'accounts', value }),
    (value, cells) => value?.name ?? label(cells),
  );
  for (const row of rows) {
    if (row.value?.kind !== 'accounts') continue;
    const match = byName.get(normalizeCompanyName(row.value.value.name));
    if (match) row.existing = { id: match.id, label: match.name, confidence: 1 };
  }
  return rows;
}

async function planContacts({ data, file, mapping }: PlanImportInput) {
  const contacts = await existingRecords<Contact>(data, 'contacts');
  const byEmail = new Map<string, Contact>();
  const byPhone = new Map<string, Contact>();
  for (const contact of contacts) {
    if (contact.email) byEmail.set(contact.email.toLowerCase(), contact);
    const phone = phoneKey(contact.phone);
    if (phone) byPhone.set(phone, contact);
  }
  const label = cellLabel(file, mapping, ['fullName', 'lastName', 'firstName']);
  const rows = fromRecordRows(
    file,
    planContactImport({ ...file, mapping }),
    (value) => ({ kind: 'contacts', value }),
    (value, cells) => (value ? formatPersonName(value) : label(cells)),
  );
  for (const row of rows) {
    if (row.value?.kind !== 'contacts') continue;
    const { email, phone } = row.value.value;
    const match =
      (email ? byEmail.get(email.toLowerCase()) : undefined) ??
      (phone ? byPhone.get(phoneKey(phone)) : undefined);
    if (match) row.existing = { id: match.id, label: formatPersonName(match), confidence: 1 };
  }
  return rows;
}

/**
 * Plans an import without writing: every row mapped and validated, and matched against
 * existing records and earlier rows of the file, so the preview shows what the import will do.
 */
export async function planImport(input: PlanImportInput): Promise<ImportPlan> {
  input.onProgress?.({ phase: 'planning', done: 0, total: input.file.records.length });
  const rows =
    input.entity === 'leads'
      ? await planLeads(input)
      : input.entity === 'accounts'
        ? await planAccounts(input)
        : input.entity === 'contacts'
          ? await planContacts(input)
          : await planProducts(input);
  let valid = 0;
  let inFileDuplicates = 0;
  let existingDuplicates = 0;
  for (const row of rows) {
    if (row.value) valid++;
    if (row.inFile) inFileDuplicates++;
    if (row.existing) existingDuplicates++;
  }
  return {
    entity: input.entity,
    encoding: input.file.encoding,
    headers: input.file.headers,
    mapping: input.mapping,
    rows,
    summary: {
      total: rows.length,
      valid,
      invalid: rows.length - valid,
      inFileDuplicates,
      existingDuplicates,
    },
  };
}

/** The mapping step's starting point: the best-matching preset and a target for every header. */
export function suggestImportMapping(
  entity: ImportEntity,
  headers: readonly string[],
): { presetId: string | null; mapping: CsvMapping } {
  return entity === 'leads'
    ? suggestLeadCsvMapping(headers)
    : suggestRecordCsvMapping(entity, headers);
}
