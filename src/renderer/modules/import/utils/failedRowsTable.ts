import type { TFunction } from 'i18next';
import type { CsvTable } from '../../../../shared/intake/toCsv.ts';
import type { ImportReport } from '../../../data/import/importTypes.ts';
import { issueLabel } from './importTargets.ts';

/**
 * The rows that were not imported, as the file had them plus their row number and reasons,
 * so they can be fixed in Excel and imported again.
 */
export function failedRowsTable(
  t: TFunction,
  headers: readonly string[],
  report: ImportReport,
): CsvTable {
  const rows = report.rows.filter((row) => row.outcome === 'failed' || row.outcome === 'skipped');
  return {
    columns: [...headers, t('import.report.rowColumn'), t('import.report.reasonColumn')],
    rows: rows.map((row) => [
      ...headers.map((_, index) => row.cells[index] ?? ''),
      String(row.rowNumber),
      row.reasons.map((code) => issueLabel(t, code)).join('; '),
    ]),
  };
}
