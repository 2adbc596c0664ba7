import type { CsvTable } from '../../../../shared/intake/toCsv.ts';

/** One column of a list export: its header and how a row fills it. */
export type CsvColumn<T> = { header: string; cell: (row: T) => string };

/** The rows a list shows as a CSV table, in the given columns (header row first). */
export function columnsToCsvTable<T>(
  columns: readonly CsvColumn<T>[],
  rows: readonly T[],
): CsvTable {
  return {
    columns: columns.map((column) => column.header),
    rows: rows.map((row) => columns.map((column) => column.cell(row))),
  };
}

/** A quantity in thousandths as the plain decimal spreadsheets read (2500 → "2.5"). */
export function quantityToDecimal(quantityMilli: number): string {
  const sign = quantityMilli < 0 ? '-' : '';
  const digits = String(Math.abs(quantityMilli)).padStart(4, '0');
  const fraction = digits.slice(-3).replace(/0+$/u, '');
  return `${sign}${digits.slice(0, -3)}${fraction ? `.${fraction}` : ''}`;
}
