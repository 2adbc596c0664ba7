import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../domain/exampleRecords.ts';
import { type Quote, quoteSchema } from '../domain/quote.ts';
import { reviseQuote } from './reviseQuote.ts';

const sent: Quote = { ...exampleRecords.quotes, status: 'sent' };
const { acceptance: _acceptance, ...sentWithoutAcceptance } = sent;
const at = '2026-03-12T02:00:00.000Z';

describe('reviseQuote', () => {
  it('keeps a sent version and starts the next one as a draft', () => {
    const revised = reviseQuote({
      quote: sentWithoutAcceptance,
      role: 'rep',
      by: 'user-wang-li',
      at,
      reason: 'Customer wants 30 units',
    });
    expect(revised).toMatchObject({ status: 'draft', version: 3, updatedAt: at });
    expect(revised).not.toHaveProperty('approval');
    expect(revised).not.toHaveProperty('sentAt');
    expect(revised.previousVersions).toHaveLength(2);
    expect(revised.previousVersions[1]).toMatchObject({
      version: 2,
      status: 'sent',
      totals: sent.totals,
      approval: sent.approval,
      revisedAt: at,
      revisedBy: 'user-wang-li',
    });
    expect(quoteSchema.parse(revised)).toEqual(revised);
  });

  it('returns an approved quote to draft without a new version', () => {
    const approved = { ...sentWithoutAcceptance, status: 'approved' as const };
    const revised = reviseQuote({
      quote: approved,
      role: 'manager',
      by: 'm',
      at,
      reason: 'Price change',
    });
    expect(revised).toMatchObject({ status: 'draft', version: 2 });
    expect(revised.previousVersions).toHaveLength(1);
    expect(revised).not.toHaveProperty('approval');
  });

  it('refuses to revise an accepted quote or without a reason', () => {
    expect(() =>
      reviseQuote({ quote: exampleRecords.quotes, role: 'admin', by: 'a', at, reason: 'x' }),
    ).toThrow(expect.objectContaining({ code: 'forbiddenTransition' }));
    expect(() => reviseQuote({ quote: sent, role: 'rep', by: 'r', at, reason: ' ' })).toThrow(
      expect.objectContaining({ code: 'reasonRequired' }),
    );
  });

  it('refuses a 51st version', () => {
    const [v1] = sent.previousVersions;
    if (v1 === undefined) throw new Error('example has a version 1');
    const full = { ...sent, previousVersions: Array.from({ length: 50 }, () => v1) };
    expect(() => reviseQuote({ quote: full, role: 'rep', by: 'r', at, reason: 'x' })).toThrow(
      expect.objectContaining({ code: 'tooManyVersions' }),
    );
  });
});
