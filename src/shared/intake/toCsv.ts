import Papa from 'papaparse';

export type CsvTable = { columns: readonly string[]; rows: readonly (readonly string[])[] };

const formulaStart = /^[=+\-@\t\r]/u;

/**
 * Neutralises spreadsheet formula injection (OWASP "CSV injection"): a cell starting with
 * = + - @ (or tab/CR) gets a leading apostrophe so Excel shows it as text instead of running it.
 */
export function escapeCsvFormula(cell: string): string {
  return formulaStart.test(cell) ? `'${cell}` : cell;
}

/** Undoes `escapeCsvFormula` on import, so exported phone numbers like +86… read back as typed. */
export function unescapeCsvFormula(cell: string): string {
  return cell.startsWith("'") && formulaStart.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/**
 * A CSV file's text for Excel: UTF-8 BOM (so Excel reads Chinese correctly), CRLF line ends,
 * Papa Parse quoting, and formula-injection protection on every cell, headers included.
 */
export function toCsv({ columns, rows }: CsvTable): string {
  const body = Papa.unparse(
    {
      fields: columns.map(escapeCsvFormula),
      data: rows.map((row) => columns.map((_, index) => escapeCsvFormula(row[index] ?? ''))),
    },
    { newline: '\r\n', quotes: false, escapeFormulae: false },
  );
  return `\uFEFF${body}\r\n`;
}
