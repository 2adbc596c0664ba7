import { describe, expect, it } from 'vitest';
import { isDomainError } from '../domain/DomainError.ts';
import type { SalesTarget } from '../domain/setting.ts';
import { assertSalesTargets, checkSalesTargets } from './checkSalesTargets.ts';
import { forecastTargets } from './forecastTargets.ts';
import { weightedPipeline } from './weightedPipeline.ts';

const target = (
  id: string,
  month: string,
  scope: SalesTarget['scope'],
  subjectId: string,
  amount: number,
  currency = 'CNY',
): SalesTarget => ({ id, month, scope, subjectId, amount: { amount, currency } });

const targets = [
  target('a', '2026-04', 'owner', 'wang', 1_000),
  target('b', '2026-04', 'owner', 'li', 2_000),
  target('c', '2026-05', 'owner', 'wang', 3_000),
  target('d', '2026-05', 'owner', 'li', 4_000),
  target('e', '2026-05', 'team', 'east', 10_000),
  target('f', '2026-04', 'owner', 'wang', 500, 'USD'),
  target('g', '2026-07', 'owner', 'wang', 9_999),
];
const range = { from: '2026-04-01', to: '2026-06-30' };

describe('checkSalesTargets', () => {
  it('accepts distinct targets', () => {
    expect(checkSalesTargets({ kind: 'salesTargets', targets })).toEqual([]);
  });

  it('flags a second target for the same month, subject and currency, a reused id and an unknown currency', () => {
    const value = {
      kind: 'salesTargets' as const,
      targets: [
        target('a', '2026-04', 'owner', 'wang', 1),
        target('b', '2026-04', 'owner', 'wang', 2),
        target('b', '2026-05', 'owner', 'wang', 2),
        target('c', '2026-04', 'owner', 'wang', 2, 'XXY'),
      ],
    };
    expect(checkSalesTargets(value)).toEqual([
      { targetId: 'b', problem: 'duplicateTarget' },
      { targetId: 'b', problem: 'duplicateId' },
      { targetId: 'c', problem: 'unknownCurrency' },
    ]);
    try {
      assertSalesTargets(value);
      expect.fail('should throw');
    } catch (error) {
      expect(isDomainError(error, 'invalidSalesTargets')).toBe(true);
    }
  });
});

describe('forecastTargets', () => {
  it('by month: the team target where there is one, else the owners summed, per currency, within the range', () => {
    expect(forecastTargets({ targets, groupBy: 'month', range })).toEqual([
      { key: '2026-04', amount: { amount: 3_000, currency: 'CNY' } },
      { key: '2026-04', amount: { amount: 500, currency: 'USD' } },
      { key: '2026-05', amount: { amount: 10_000, currency: 'CNY' } },
    ]);
  });

  it('by month for one owner: only that owner’s targets', () => {
    expect(forecastTargets({ targets, groupBy: 'month', range, ownerId: 'li' })).toEqual([
      { key: '2026-04', amount: { amount: 2_000, currency: 'CNY' } },
      { key: '2026-05', amount: { amount: 4_000, currency: 'CNY' } },
    ]);
  });

  it('by owner: each owner’s targets over the range, team targets left out', () => {
    expect(forecastTargets({ targets, groupBy: 'owner', range })).toEqual([
      { key: 'li', amount: { amount: 6_000, currency: 'CNY' } },
      { key: 'wang', amount: { amount: 4_000, currency: 'CNY' } },
      { key: 'wang', amount: { amount: 500, currency: 'USD' } },
    ]);
  });

  describe('for the people in view', () => {
    // east: wang and li with a team target in May; west: zhao without one; chen has no team.
    const teams = [
      ...targets,
      target('h', '2026-04', 'owner', 'zhao', 700),
      target('i', '2026-05', 'owner', 'zhao', 800),
      target('j', '2026-05', 'owner', 'chen', 90),
      target('k', '2026-05', 'team', 'west-other', 55_000),
    ];
    const east = [
      { id: 'wang', teamId: 'east' },
      { id: 'li', teamId: 'east' },
    ];
    const everyone = [...east, { id: 'zhao', teamId: 'west' }, { id: 'chen' }];

    it('by month: each team’s own target stands for its members, other teams’ targets stay out', () => {
      expect(
        forecastTargets({ targets: teams, groupBy: 'month', range, members: everyone }),
      ).toEqual([
        { key: '2026-04', amount: { amount: 3_700, currency: 'CNY' } },
        { key: '2026-04', amount: { amount: 500, currency: 'USD' } },
        // east's team target, plus zhao (west has no team target) and chen (no team)
        { key: '2026-05', amount: { amount: 10_890, currency: 'CNY' } },
      ]);
      expect(forecastTargets({ targets: teams, groupBy: 'month', range, members: east })).toEqual([
        { key: '2026-04', amount: { amount: 3_000, currency: 'CNY' } },
        { key: '2026-04', amount: { amount: 500, currency: 'USD' } },
        { key: '2026-05', amount: { amount: 10_000, currency: 'CNY' } },
      ]);
    });

    it('by owner: only the members’ targets', () => {
      expect(
        forecastTargets({ targets: teams, groupBy: 'owner', range, members: east }).map(
          (row) => row.key,
        ),
      ).toEqual(['li', 'wang', 'wang']);
    });

    it('one owner chosen: that owner’s targets whatever the members', () => {
      expect(
        forecastTargets({
          targets: teams,
          groupBy: 'month',
          range,
          ownerId: 'zhao',
          members: east,
        }),
      ).toEqual([
        { key: '2026-04', amount: { amount: 700, currency: 'CNY' } },
        { key: '2026-05', amount: { amount: 800, currency: 'CNY' } },
      ]);
    });
  });

  it('fills the target and remaining columns of the weighted pipeline', () => {
    const won = {
      ownerId: 'wang',
      stage: 'closed_won' as const,
      amount: { amount: 1_200, currency: 'CNY' },
      probability: 100,
      expectedCloseDate: '2026-04-20',
      closedAt: '2026-04-10T03:00:00.000Z',
    };
    const forecast = weightedPipeline({
      opportunities: [won],
      groupBy: 'month',
      range,
      targets: forecastTargets({ targets, groupBy: 'month', range }),
    });
    const april = forecast.groups.find((group) => group.key === '2026-04');
    expect(april?.currencies.map((row) => [row.currency, row.target, row.remaining])).toEqual([
      ['CNY', { amount: 3_000, currency: 'CNY' }, { amount: 1_800, currency: 'CNY' }],
      ['USD', { amount: 500, currency: 'USD' }, { amount: 500, currency: 'USD' }],
    ]);
  });
});
