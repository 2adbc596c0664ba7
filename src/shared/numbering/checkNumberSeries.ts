import { DomainError } from '../domain/DomainError.ts';
import { type NumberedDocument, numberedDocuments, type SettingValue } from '../domain/setting.ts';
import { type NumberFormat, numberFormatsOf, provisionalMarker } from './documentNumber.ts';

type NumberSeriesValue = Extract<SettingValue, { kind: 'numberSeries' }>;

/** A run of final invoice numbers the server has counted: one prefix, with or without the year. */
export type InvoiceRun = Pick<NumberFormat, 'prefix' | 'includeYear'>;

/** What makes a number series change unsafe: numbers that could be issued twice or misread. */
export type NumberSeriesProblem =
  | { problem: 'emptyPrefix'; document: NumberedDocument }
  /** The prefix starts with `PROV-`, which marks provisional invoice numbers. */
  | { problem: 'reservedPrefix'; document: NumberedDocument; prefix: string }
  | { problem: 'duplicateDocument'; document: NumberedDocument }
  /** One kind's prefix begins with another's, so a quote and an order could read the same. */
  | { problem: 'prefixClash'; document: NumberedDocument; other: NumberedDocument; prefix: string }
  /** The prefix clashes with the one another kind used until now (its numbers exist). */
  | {
      problem: 'prefixUsedBefore';
      document: NumberedDocument;
      other: NumberedDocument;
      prefix: string;
    }
  /** New final invoice numbers could repeat ones already issued under `prefix`. */
  | { problem: 'invoiceNumbersRepeat'; document: 'invoice'; prefix: string }
  /** The counters (next number, device index) are not edited through the setting. */
  | { problem: 'counterChanged'; document?: NumberedDocument };

const clash = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/**
 * Whether two invoice runs counted apart (different prefix or year flag) can print the same final
 * number. A number is `prefix` + (`2026-` when the year shows) + digits; a different year flag
 * alone never collides, so only a prefix that extends the other one by digits can.
 */
export function invoiceRunsCanCollide(a: InvoiceRun, b: InvoiceRun): boolean {
  if (a.prefix === b.prefix) return false;
  const [short, long] = a.prefix.length < b.prefix.length ? [a, b] : [b, a];
  if (!long.prefix.startsWith(short.prefix)) return false;
  const extra = long.prefix.slice(short.prefix.length);
  if (long.includeYear) return false;
  return short.includeYear ? /^\d{4}-\d*$/u.test(extra) : /^\d+$/u.test(extra);
}

/**
 * Lists what makes `after` unsafe to replace `before` with: devices keep numbering offline and
 * the server keeps counting invoices, so a format may change but never so that a number could be
 * issued twice, be read as another kind's, or be taken for a provisional one. `usedInvoiceRuns`
 * are the runs the server has counted (from its counters); `before`'s invoice run is always one.
 */
export function checkNumberSeries({
  before,
  after,
  usedInvoiceRuns = [],
}: {
  before: NumberSeriesValue | undefined;
  after: NumberSeriesValue;
  usedInvoiceRuns?: readonly InvoiceRun[];
}): NumberSeriesProblem[] {
  const problems: NumberSeriesProblem[] = [];
  const seen = new Set<NumberedDocument>();
  for (const { document } of after.series) {
    if (seen.has(document)) problems.push({ problem: 'duplicateDocument', document });
    seen.add(document);
  }
  const old = numberFormatsOf(before);
  const next = numberFormatsOf(after);
  for (const document of numberedDocuments) {
    const { prefix } = next[document];
    if (prefix === '') {
      problems.push({ problem: 'emptyPrefix', document });
      continue;
    }
    if (prefix.startsWith(provisionalMarker)) {
      problems.push({ problem: 'reservedPrefix', document, prefix });
    }
    for (const other of numberedDocuments) {
      if (other === document) continue;
      if (clash(prefix, next[other].prefix)) {
        problems.push({ problem: 'prefixClash', document, other, prefix: next[other].prefix });
      } else if (clash(prefix, old[other].prefix)) {
        problems.push({ problem: 'prefixUsedBefore', document, other, prefix: old[other].prefix });
      }
    }
  }
  const invoice = next.invoice;
  for (const run of [old.invoice, ...usedInvoiceRuns]) {
    if (invoiceRunsCanCollide(run, invoice)) {
      problems.push({ problem: 'invoiceNumbersRepeat', document: 'invoice', prefix: run.prefix });
      break;
    }
  }
  const counted = new Map(before?.series.map((series) => [series.document, series.nextNumber]));
  for (const { document, nextNumber } of after.series) {
    if (nextNumber !== (counted.get(document) ?? 1)) {
      problems.push({ problem: 'counterChanged', document });
    }
  }
  if (after.nextDeviceIndex !== before?.nextDeviceIndex) {
    problems.push({ problem: 'counterChanged' });
  }
  return problems;
}

/** Throws `invalidNumberSeries` (params: problem, document, other, prefix) for the first problem. */
export function assertNumberSeries(params: Parameters<typeof checkNumberSeries>[0]): void {
  const [first] = checkNumberSeries(params);
  if (first) throw new DomainError('invalidNumberSeries', { ...first });
}
