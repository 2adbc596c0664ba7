import type { AuditEntry } from '../../shared/audit/auditEntry.ts';

export const auditCsvColumns = [
  'id',
  'at',
  'action',
  'collection',
  'recordId',
  'actorId',
  'actorName',
  'deviceId',
  'field',
  'before',
  'after',
  'reason',
] as const;

/** Spreadsheets run cells starting with these as formulas; a leading quote keeps them text. */
const formulaStart = /^[=+\-@\t\r]/;

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const safe = formulaStart.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The CSV rows of one entry: one per changed field, or one for an entry without changes. */
export function auditCsvRows(entry: AuditEntry): string[] {
  const common = [
    entry.id,
    entry.at,
    entry.action,
    entry.collection,
    entry.recordId,
    entry.actorId,
    entry.actorName,
    entry.deviceId,
  ];
  const changes = entry.changes && entry.changes.length > 0 ? entry.changes : [undefined];
  return changes.map((change) =>
    [...common, change?.field, change?.before, change?.after, entry.reason].map(cell).join(','),
  );
}

/** The header line, after a UTF-8 byte order mark so spreadsheet programs read Chinese right. */
export function auditCsvHeader(): string {
  return `\uFEFF${auditCsvColumns.join(',')}`;
}
