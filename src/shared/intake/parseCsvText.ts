import Papa from 'papaparse';

export type ParsedCsv = {
  headers: string[];
  /** Data records without the header row; record i is row number i + 1. */
  records: string[][];
  /** Rows Papa Parse could not read cleanly (e.g. an unclosed quote), by row number. */
  malformedRows: number[];
};

/**
 * Parses CSV text with Papa Parse: delimiter detected (`,` `;` tab, or Excel's `sep=` line),
 * quoted newlines kept, blank lines skipped. Line endings are unified first because Excel on
 * some setups writes CR CR LF, which would otherwise read as extra blank rows.
 */
export function parseCsvText(text: string): ParsedCsv {
  let body = text.replace(/^\uFEFF/u, '').replace(/\r*\n|\r/gu, '\n');
  let delimiter = '';
  const sep = body.match(/^sep=(.)\n/u);
  if (sep?.[1]) {
    delimiter = sep[1];
    body = body.slice(sep[0].length);
  }
  const result = Papa.parse<string[]>(body, {
    delimiter,
    newline: '\n',
    skipEmptyLines: 'greedy',
  });
  const [headerRow = [], ...records] = result.data;
  const malformed = new Set<number>();
  for (const error of result.errors) {
    if (error.code === 'UndetectableDelimiter') continue;
    if (typeof error.row === 'number' && error.row > 0) malformed.add(error.row);
  }
  return {
    headers: headerRow.map((header) => header.trim()),
    records,
    malformedRows: [...malformed].sort((a, b) => a - b),
  };
}
