import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../domain/exampleRecords.ts';
import type { Quote } from '../domain/quote.ts';
import { reviseQuote } from '../workflow/reviseQuote.ts';
import { quoteVersion, quoteVersions } from './quoteVersions.ts';

const { acceptance: _a, ...sentV2 } = exampleRecords.quotes;
const sent: Quote = { ...sentV2, status: 'sent' };

describe('quote versions', () => {
  it('revising a sent quote makes version N+1 and keeps earlier versions readable', () => {
    const revised = reviseQuote({
      quote: sent,
      role: 'rep',
      by: 'user-wang-li',
      at: '2026-03-12T00:00:00.000Z',
      reason: 'More units',
    });
    const versions = quoteVersions(revised);
    expect(versions.map((v) => [v.version, v.status, v.current])).toEqual([
      [1, 'sent', false],
      [2, 'sent', false],
      [3, 'draft', true],
    ]);
    expect(quoteVersion({ quote: revised, version: 1 }).totals.total).toBe(2_910_924);
    expect(quoteVersion({ quote: revised, version: 2 })).toMatchObject({
      totals: sent.totals,
      approval: sent.approval,
    });
  });

  it('refuses a version the quote never had', () => {
    expect(() => quoteVersion({ quote: sent, version: 7 })).toThrow(
      expect.objectContaining({ code: 'versionNotFound' }),
    );
  });
});
