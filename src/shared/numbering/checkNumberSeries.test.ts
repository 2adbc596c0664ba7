import { describe, expect, it } from 'vitest';
import { DomainError } from '../domain/DomainError.ts';
import type { SettingValue } from '../domain/setting.ts';
import {
  assertNumberSeries,
  checkNumberSeries,
  type InvoiceRun,
  invoiceRunsCanCollide,
} from './checkNumberSeries.ts';
import { formatDocumentNumber } from './documentNumber.ts';

type NumberSeriesValue = Extract<SettingValue, { kind: 'numberSeries' }>;
type Series = NumberSeriesValue['series'][number];

const series = (document: Series['document'], prefix: string, more: Partial<Series> = {}) =>
  ({ document, prefix, includeYear: true, padding: 4, nextNumber: 1, ...more }) satisfies Series;
const value = (...entries: Series[]): NumberSeriesValue => ({
  kind: 'numberSeries',
  series: entries,
});

describe('checkNumberSeries', () => {
  it('accepts the defaults and a plain prefix change', () => {
    expect(checkNumberSeries({ before: undefined, after: value() })).toEqual([]);
    expect(
      checkNumberSeries({
        before: undefined,
        after: value(series('quote', 'QT-', { padding: 6 })),
      }),
    ).toEqual([]);
  });

  it.each([
    {
      name: 'an empty prefix',
      after: value(series('order', '')),
      expected: { problem: 'emptyPrefix', document: 'order' },
    },
    {
      name: 'the provisional marker',
      after: value(series('ticket', 'PROV-T-')),
      expected: { problem: 'reservedPrefix', document: 'ticket', prefix: 'PROV-T-' },
    },
    {
      name: "another kind's prefix",
      after: value(series('quote', 'SO-')),
      expected: { problem: 'prefixClash', document: 'quote', other: 'order', prefix: 'SO-' },
    },
    {
      name: "a prefix that begins with another kind's",
      after: value(series('contract', 'Q-C-')),
      expected: { problem: 'prefixClash', document: 'contract', other: 'quote', prefix: 'Q-' },
    },
    {
      name: 'a prefix another kind gave up in the same change',
      after: value(series('order', 'ORD-'), series('quote', 'SO-')),
      expected: { problem: 'prefixUsedBefore', document: 'quote', other: 'order', prefix: 'SO-' },
    },
    {
      name: 'an invoice prefix that prints the old numbers again',
      after: value(series('invoice', 'INV-2026-', { includeYear: false })),
      expected: { problem: 'invoiceNumbersRepeat', document: 'invoice', prefix: 'INV-' },
    },
    {
      name: 'a changed counter',
      after: value(series('quote', 'Q-', { nextNumber: 50 })),
      expected: { problem: 'counterChanged', document: 'quote' },
    },
    {
      name: 'a changed device index',
      after: { ...value(), nextDeviceIndex: 3 },
      expected: { problem: 'counterChanged' },
    },
    {
      name: 'a kind listed twice',
      after: value(series('quote', 'Q-'), series('quote', 'QT-')),
      expected: { problem: 'duplicateDocument', document: 'quote' },
    },
  ])('refuses $name', ({ after, expected }) => {
    expect(checkNumberSeries({ before: undefined, after })).toContainEqual(expected);
    expect(() => assertNumberSeries({ before: undefined, after })).toThrow(DomainError);
  });

  it('keeps counters as they were and checks runs the server has counted', () => {
    const before = { ...value(series('quote', 'Q-', { nextNumber: 7 })), nextDeviceIndex: 4 };
    const after = { ...value(series('quote', 'QT-', { nextNumber: 7 })), nextDeviceIndex: 4 };
    expect(checkNumberSeries({ before, after })).toEqual([]);
    const invoice = value(series('invoice', 'RE'));
    const usedInvoiceRuns = [{ prefix: 'RE', includeYear: true }];
    const back = value(series('invoice', 'RE2026-', { includeYear: false }));
    expect(checkNumberSeries({ before: invoice, after: back, usedInvoiceRuns })).toContainEqual({
      problem: 'invoiceNumbersRepeat',
      document: 'invoice',
      prefix: 'RE',
    });
  });
});

// Every final number a run prints for three years, up past the padding's width.
function printed(run: InvoiceRun): Set<string> {
  const format = { document: 'invoice' as const, padding: 2, ...run };
  const out = new Set<string>();
  for (const year of [2025, 2026, 2027]) {
    for (let sequence = 1; sequence <= 3_000; sequence += 1) {
      out.add(formatDocumentNumber({ format, year, sequence }));
    }
  }
  return out;
}

describe('invoiceRunsCanCollide', () => {
  const prefixes = ['INV-', 'INV', 'INV-1', 'INV-2026-', 'INV-2026-1', 'INV-X', 'INV-20'];
  const runs = prefixes.flatMap((prefix) => [
    { prefix, includeYear: true },
    { prefix, includeYear: false },
  ]);
  const numbers = new Map(runs.map((run) => [run, printed(run)]));

  it('matches what the shared formatter really prints, for every pair of runs', () => {
    const wrong: string[] = [];
    for (const a of runs) {
      for (const b of runs) {
        if (a === b) continue;
        const left = numbers.get(a) ?? new Set<string>();
        const shared = [...(numbers.get(b) ?? [])].some((number) => left.has(number));
        if (shared !== invoiceRunsCanCollide(a, b)) {
          wrong.push(`${JSON.stringify(a)} ${JSON.stringify(b)}: printed overlap ${shared}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
