import { describe, expect, it } from 'vitest';
import { industryBreakdown } from './leadCohorts.ts';
import { reportingCurrency } from './reportingCurrency.ts';

const period = { start: '2026-11-01T00:00:00.000Z', end: '2026-12-01T00:00:00.000Z' };
const cny = reportingCurrency({ currencies: undefined, fallbackCurrency: 'CNY' });
const at = '2026-11-05T08:00:00.000Z';

describe('industryBreakdown', () => {
  it('counts a known industry once however each lead wrote it, with what its deals won', () => {
    const leads = [
      { id: 'L1', createdAt: at, industry: '制造业' },
      { id: 'L2', createdAt: at, industry: 'Manufacturing' },
      { id: 'L3', createdAt: at, industry: 'MANUFACTURING' },
      { id: 'L4', createdAt: at, industry: 'LOGISTICS_AND_SUPPLY_CHAIN' },
      { id: 'L5', createdAt: at, industry: '物流' },
      { id: 'L6', createdAt: at, industry: ' Deep-sea mining ' },
      { id: 'L7', createdAt: at },
      // Captured before the period: not in it, nor are its deals.
      { id: 'L8', createdAt: '2026-10-20T00:00:00.000Z', industry: 'Manufacturing' },
    ];
    const won = (id: string, leadId: string, amount: number) => ({
      id,
      stage: 'closed_won' as const,
      amount: { amount, currency: 'CNY' },
      leadId,
    });
    const opportunities = [
      won('D1', 'L1', 300_000),
      won('D2', 'L2', 200_000),
      { ...won('D3', 'L3', 900_000), stage: 'negotiation' as const },
      won('D4', 'L5', 150_000),
      won('D5', 'L8', 1_000_000),
    ];
    const rows = industryBreakdown({ leads, opportunities, period, reporting: cny });
    expect(rows).toEqual([
      {
        value: 'manufacturing',
        leadIds: ['L1', 'L2', 'L3'],
        wonIds: ['D1', 'D2'],
        wonRevenue: 500_000,
      },
      { value: 'logistics', leadIds: ['L4', 'L5'], wonIds: ['D4'], wonRevenue: 150_000 },
      { value: '', leadIds: ['L7'], wonIds: [], wonRevenue: 0 },
      { value: 'Deep-sea mining', leadIds: ['L6'], wonIds: [], wonRevenue: 0 },
    ]);
  });
});
