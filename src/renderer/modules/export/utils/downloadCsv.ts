import { type CsvTable, toCsv } from '../../../../shared/intake/toCsv.ts';

/**
 * Saves a table as a CSV file through the browser's download (Electron shows its save dialog):
 * UTF-8 with a BOM and CRLF lines, so Excel opens Chinese text correctly.
 */
export function downloadCsv(params: { name: string; table: CsvTable }): void {
  const url = URL.createObjectURL(
    new Blob([toCsv(params.table)], { type: 'text/csv;charset=utf-8' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = params.name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name with today's date: `leads-2026-11-27.csv`. */
export function datedFileName(base: string, now: Date): string {
  return `${base}-${now.toISOString().slice(0, 10)}.csv`;
}
