import { describe, expect, it } from 'vitest';
import { attributionBreakdown } from './attributionMetrics.ts';
import { reportingCurrency } from './reportingCurrency.ts';

const period = { start: '2026-11-01T00:00:00.000Z', end: '2026-12-01T00:00:00.000Z' };
const cny = reportingCurrency({ currencies: undefined, fallbackCurrency: 'CNY' });
const at = '2026-11-05T08:00:00.000Z';

describe('attribution', () => {
  it('groups the period’s leads by UTM value and credits the revenue their deals won', () => {
    const leads = [
      {
        id: 'L1',
        createdAt: at,
        attribution: { source: 'Baidu', medium: 'cpc', campaign: 'expo-2026' },
      },
      { id: 'L2', createdAt: at, attribution: { source: 'baidu ', medium: 'cpc' } },
      {
        id: 'L3',
        createdAt: at,
        attribution: { source: 'linkedin', medium: 'social', campaign: 'expo-2026' },
      },
      { id: 'L4', createdAt: at },
      { id: 'L5', createdAt: '2026-10-01T00:00:00.000Z', attribution: { source: 'baidu' } },
    ];
    const opportunities = [
      {
        id: 'D1',
        stage: 'closed_won' as const,
        amount: { amount: 500_000, currency: 'CNY' },
        leadId: 'L1',
      },
      {
        id: 'D2',
        stage: 'negotiation' as const,
        amount: { amount: 900_000, currency: 'CNY' },
        leadId: 'L2',
      },
      {
        id: 'D3',
        stage: 'closed_won' as const,
        amount: { amount: 200_000, currency: 'CNY' },
        leadId: 'L3',
      },
    ];
    const bySource = attributionBreakdown({
      leads,
      opportunities,
      period,
      reporting: cny,
      dimension: 'source',
    });
    expect(bySource).toEqual([
      { value: 'baidu', leadIds: ['L1', 'L2'], wonIds: ['D1'], wonRevenue: 500_000 },
      { value: '', leadIds: ['L4'], wonIds: [], wonRevenue: 0 },
      { value: 'linkedin', leadIds: ['L3'], wonIds: ['D3'], wonRevenue: 200_000 },
    ]);
    const byCampaign = attributionBreakdown({
      leads,
      opportunities,
      period,
      reporting: cny,
      dimension: 'campaign',
    });
    expect(byCampaign[0]).toEqual({ value: '', leadIds: ['L2', 'L4'], wonIds: [], wonRevenue: 0 });
    expect(byCampaign[1]).toEqual({
      value: 'expo-2026',
      leadIds: ['L1', 'L3'],
      wonIds: ['D1', 'D3'],
      wonRevenue: 700_000,
    });
  });

  it('is empty for a period without leads', () => {
    expect(
      attributionBreakdown({
        leads: [],
        opportunities: [],
        period,
        reporting: cny,
        dimension: 'medium',
      }),
    ).toEqual([]);
  });
});
