import { describe, expect, it } from 'vitest';
import { consentShare, leadsByEvent, leadsBySource, speedToLead } from './leadMetrics.ts';
import {
  leadConversionRate,
  qualifiedShare,
  scoreBand,
  scoreDistribution,
} from './qualificationMetrics.ts';
import { reportingCurrency } from './reportingCurrency.ts';

const november = { start: '2026-11-01T00:00:00.000Z', end: '2026-12-01T00:00:00.000Z' };
const cny = reportingCurrency({ currencies: undefined, fallbackCurrency: 'CNY' });

type Shape = Parameters<typeof leadsBySource>[0]['leads'][number];
function lead(id: string, partial: Partial<Shape> = {}): Shape {
  return {
    id,
    source: 'trade_show',
    createdAt: '2026-11-10T09:00:00.000Z',
    status: 'new',
    consent: { given: false },
    ...partial,
  };
}

const leads: Shape[] = [
  lead('L1', { eventId: 'E1', consent: { given: true }, score: 85, status: 'converted' }),
  lead('L2', { eventId: 'E1', score: 40, status: 'qualified' }),
  lead('L3', { source: 'website', score: -5, status: 'disqualified' }),
  lead('L4', { source: 'referral', consent: { given: true } }),
  // Captured in October: outside the period, but it still shares the event's cost.
  lead('L5', { eventId: 'E1', createdAt: '2026-10-31T23:59:59.000Z' }),
];

describe('lead capture metrics', () => {
  it('counts the period’s leads by source', () => {
    expect(leadsBySource({ leads, period: november })).toEqual([
      { source: 'trade_show', ids: ['L1', 'L2'] },
      { source: 'website', ids: ['L3'] },
      { source: 'referral', ids: ['L4'] },
    ]);
  });

  it('divides an event’s whole cost by every lead it brought', () => {
    const events = [
      {
        id: 'E1',
        name: 'CIIE 2026',
        cost: { amount: 3_000_000, currency: 'CNY' },
        startsOn: '2026-10-30',
        endsOn: '2026-11-02',
      },
      { id: 'E2', name: 'Later show', startsOn: '2026-12-05', endsOn: '2026-12-07' },
    ];
    // ¥30,000.00 ÷ 3 leads (L1, L2 and October's L5) = ¥10,000.00 each.
    expect(leadsByEvent({ leads, events, period: november, reporting: cny })).toEqual([
      {
        eventId: 'E1',
        name: 'CIIE 2026',
        ids: ['L1', 'L2'],
        cost: 3_000_000,
        costPerLead: 1_000_000,
      },
    ]);
  });

  it('measures capture to first real touch, ignoring notes and planned tasks', () => {
    const activities = [
      // L1: a note after 5 minutes does not count; the call after 30 minutes does.
      {
        type: 'note' as const,
        related: { collection: 'leads' as const, id: 'L1' },
        occurredAt: '2026-11-10T09:05:00.000Z',
        done: true,
      },
      {
        type: 'call' as const,
        related: { collection: 'leads' as const, id: 'L1' },
        occurredAt: '2026-11-10T09:30:00.000Z',
        done: true,
      },
      // L2: a planned call is not a touch yet; the email after 90 minutes is.
      {
        type: 'call' as const,
        related: { collection: 'leads' as const, id: 'L2' },
        occurredAt: '2026-11-10T09:10:00.000Z',
        done: false,
      },
      {
        type: 'email' as const,
        related: { collection: 'leads' as const, id: 'L2' },
        occurredAt: '2026-11-10T10:30:00.000Z',
        done: true,
      },
      // L3: touched 150 minutes after capture.
      {
        type: 'visit' as const,
        related: { collection: 'leads' as const, id: 'L3' },
        occurredAt: '2026-11-10T11:30:00.000Z',
        done: true,
      },
    ];
    expect(speedToLead({ leads, activities, period: november })).toEqual({
      medianMinutes: 90,
      meanMinutes: 90,
      touchedIds: ['L1', 'L2', 'L3'],
      untouchedIds: ['L4'],
    });
  });

  it('gives the consent share, and no value for an empty period', () => {
    expect(consentShare({ leads, period: november })).toEqual({
      numerator: 2,
      denominator: 4,
      value: 0.5,
      ids: ['L1', 'L4'],
    });
    const empty = { start: '2025-01-01T00:00:00.000Z', end: '2025-02-01T00:00:00.000Z' };
    expect(consentShare({ leads, period: empty }).value).toBeUndefined();
    expect(speedToLead({ leads, activities: [], period: empty }).medianMinutes).toBeUndefined();
  });
});

describe('qualification metrics', () => {
  it('gives conversion and qualified shares of the period’s leads', () => {
    expect(leadConversionRate({ leads, period: november })).toMatchObject({
      numerator: 1,
      denominator: 4,
      value: 0.25,
    });
    expect(qualifiedShare({ leads, period: november })).toMatchObject({
      numerator: 2,
      ids: ['L1', 'L2'],
    });
  });

  it('spreads scores over bands, edges included', () => {
    expect([undefined, -1, 0, 19, 20, 79, 80].map(scoreBand)).toEqual([
      'unscored',
      'below0',
      's0to19',
      's0to19',
      's20to39',
      's60to79',
      's80up',
    ]);
    const bands = scoreDistribution({ leads, period: november });
    expect(bands.find((row) => row.band === 's80up')?.ids).toEqual(['L1']);
    expect(bands.find((row) => row.band === 'unscored')?.ids).toEqual(['L4']);
    expect(bands.reduce((sum, row) => sum + row.ids.length, 0)).toBe(4);
  });
});
