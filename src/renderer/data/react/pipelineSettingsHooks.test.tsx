import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SalesTarget } from '../../../shared/domain/setting.ts';
import { defaultOpportunityStages } from '../../../shared/pipeline/stageProbabilities.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { RecordValidationError } from '../records/RecordValidationError.ts';
import { saveSetting } from '../settings/settingsStore.ts';
import { openTestData, steppingClock } from '../testing/openTestData.ts';
import { DataProvider } from './DataProvider.tsx';
import type { CurrentUser } from './localProfile.ts';
import { useAccountCommands } from './useAccountCommands.ts';
import { useForecast } from './useForecast.ts';
import { useOpportunityCommands } from './useOpportunityCommands.ts';
import { useOpportunityStages } from './useOpportunityStages.ts';
import { useSalesTargets } from './useSalesTargets.ts';

let data: FieldbookData;
const clock = steppingClock('2026-03-02T02:00:00.000Z');
const manager: CurrentUser = { id: 'mgr-1', name: 'Zhang Wei', role: 'manager', teamId: 'east' };
const rep: CurrentUser = { id: 'rep-1', name: 'Wang Li', role: 'rep', teamId: 'east' };

function wrapperFor(currentUser: CurrentUser) {
  return ({ children }: { children: ReactNode }) => (
    <DataProvider data={data} clock={clock} currentUser={currentUser}>
      {children}
    </DataProvider>
  );
}

const target = (id: string, month: string, amount: number): SalesTarget => ({
  id,
  month,
  scope: 'owner',
  subjectId: manager.id,
  amount: { amount, currency: 'CNY' },
});

beforeEach(async () => {
  data = await openTestData({ collections: ['leads', 'accounts', 'opportunities', 'settings'] });
});
afterEach(async () => {
  await data.close();
});

describe('sales targets', () => {
  it('a manager saves targets and the forecast fills target and remaining, live', async () => {
    const { result } = renderHook(
      () => ({
        targets: useSalesTargets(),
        forecast: useForecast({
          groupBy: 'month',
          range: { from: '2026-03-01', to: '2026-04-30' },
        }),
        accounts: useAccountCommands(),
        commands: useOpportunityCommands(),
      }),
      { wrapper: wrapperFor(manager) },
    );
    await waitFor(() => expect(result.current.targets.loading).toBe(false));
    expect(result.current.targets.canEdit).toBe(true);
    expect(result.current.targets.targets.targets).toEqual([]);
    await act(async () => {
      const account = await result.current.accounts.createAccount({ name: 'Acme GmbH' });
      const deal = await result.current.commands.createOpportunity({
        accountId: account.id,
        name: 'Acme line 2',
        amount: { amount: 300_000, currency: 'CNY' },
        expectedCloseDate: '2026-03-20',
      });
      await result.current.commands.changeStage(deal.id, 'closed_won');
      await result.current.targets.save({
        kind: 'salesTargets',
        targets: [target('t-mar', '2026-03', 1_000_000), target('t-apr', '2026-04', 2_000_000)],
      });
    });
    await waitFor(() => {
      const rows = result.current.forecast.groups.map((group) => [
        group.key,
        group.currencies[0]?.target?.amount,
        group.currencies[0]?.remaining?.amount,
      ]);
      expect(rows).toEqual([
        ['2026-03', 1_000_000, 700_000],
        ['2026-04', 2_000_000, 2_000_000],
      ]);
    });
    expect(result.current.targets.targets.targets.map((item) => item.id)).toEqual([
      't-mar',
      't-apr',
    ]);
  });

  it('the forecast takes the targets of the people it shows, and its total adds up the rows', async () => {
    const user = (id: string, teamId: string) => ({
      id,
      name: id,
      email: `${id}@x.cn`,
      role: 'rep' as const,
      teamId,
      active: true,
    });
    await saveSetting(
      { data, clock, user: { id: 'admin-1', role: 'admin' } },
      {
        kind: 'teamDirectory',
        teams: [
          { id: 'east', name: 'East' },
          { id: 'west', name: 'West' },
        ],
        users: [
          { ...user('mgr-1', 'east'), role: 'manager' },
          user('rep-1', 'east'),
          user('rep-4', 'west'),
        ],
      },
    );
    const range = { from: '2026-03-01', to: '2026-04-30' };
    const { result } = renderHook(
      () => ({
        targets: useSalesTargets(),
        team: useForecast({ groupBy: 'month', range }),
        owners: useForecast({ groupBy: 'owner', range }),
        rep: useForecast({ groupBy: 'month', range, ownerId: 'rep-1' }),
      }),
      { wrapper: wrapperFor(manager) },
    );
    await waitFor(() => expect(result.current.targets.loading).toBe(false));
    const cnyTarget = (
      id: string,
      month: string,
      scope: SalesTarget['scope'],
      subjectId: string,
      amount: number,
    ) => ({
      id,
      month,
      scope,
      subjectId,
      amount: { amount, currency: 'CNY' },
    });
    await act(async () => {
      await result.current.targets.save({
        kind: 'salesTargets',
        targets: [
          cnyTarget('east-mar', '2026-03', 'team', 'east', 1_000_000),
          // Covered by East's team target for March: not counted a second time.
          cnyTarget('mgr-mar', '2026-03', 'owner', 'mgr-1', 400_000),
          cnyTarget('rep-apr', '2026-04', 'owner', 'rep-1', 300_000),
          cnyTarget('mgr-apr', '2026-04', 'owner', 'mgr-1', 200_000),
          // West is another manager's team: outside this manager's forecast.
          cnyTarget('west-apr', '2026-04', 'team', 'west', 900_000),
          cnyTarget('rep4-apr', '2026-04', 'owner', 'rep-4', 700_000),
        ],
      });
    });
    const targetsOf = (forecast: ReturnType<typeof useForecast>) => [
      ...forecast.groups.map((group) => [group.key, group.currencies[0]?.target?.amount]),
      ['total', forecast.totals[0]?.target?.amount],
    ];
    await waitFor(() =>
      expect(targetsOf(result.current.team)).toEqual([
        ['2026-03', 1_000_000],
        ['2026-04', 500_000],
        ['total', 1_500_000],
      ]),
    );
    expect(targetsOf(result.current.owners)).toEqual([
      ['mgr-1', 600_000],
      ['rep-1', 300_000],
      ['total', 900_000],
    ]);
    expect(targetsOf(result.current.rep)).toEqual([
      ['2026-03', undefined],
      ['2026-04', 300_000],
      ['total', 300_000],
    ]);
  });

  it('refuses a second target for the same month and owner, and a malformed one', async () => {
    const { result } = renderHook(() => useSalesTargets(), { wrapper: wrapperFor(manager) });
    await expect(
      result.current.save({
        kind: 'salesTargets',
        targets: [target('a', '2026-03', 1), target('b', '2026-03', 2)],
      }),
    ).rejects.toMatchObject({ code: 'invalidSalesTargets', params: { targetId: 'b' } });
    await expect(
      result.current.save({ kind: 'salesTargets', targets: [target('a', '2026-3', 1)] }),
    ).rejects.toBeInstanceOf(RecordValidationError);
  });

  it('a rep reads the targets but may not save them', async () => {
    const { result } = renderHook(() => useSalesTargets(), { wrapper: wrapperFor(rep) });
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.canEdit).toBe(false);
    await expect(
      result.current.save({ kind: 'salesTargets', targets: [target('a', '2026-03', 1)] }),
    ).rejects.toMatchObject({ code: 'roleNotAllowed' });
  });
});

describe('opportunity stages', () => {
  it('starts from the defaults; a manager changes a label and a probability that new deals use', async () => {
    const { result } = renderHook(
      () => ({
        stages: useOpportunityStages(),
        accounts: useAccountCommands(),
        commands: useOpportunityCommands(),
      }),
      { wrapper: wrapperFor(manager) },
    );
    expect(result.current.stages.stored).toBeUndefined();
    expect(result.current.stages.stages).toEqual(defaultOpportunityStages);
    const edited = {
      kind: 'opportunityStages' as const,
      stages: defaultOpportunityStages.stages.map((item) =>
        item.stage === 'proposal'
          ? { ...item, label: { zh: '报价中', en: 'Quoted' }, probability: 40 }
          : item,
      ),
    };
    await act(async () => {
      await result.current.stages.save(edited);
    });
    await waitFor(() => expect(result.current.stages.stored).toEqual(edited));
    let probability = 0;
    await act(async () => {
      const account = await result.current.accounts.createAccount({ name: 'Acme GmbH' });
      const deal = await result.current.commands.createOpportunity({
        accountId: account.id,
        name: 'Acme line 3',
        amount: { amount: 1_000, currency: 'CNY' },
        expectedCloseDate: '2026-04-15',
        stage: 'proposal',
      });
      probability = deal.probability;
    });
    expect(probability).toBe(40);
  });

  it('refuses a won stage below 100 % and a rep saving at all', async () => {
    const manage = renderHook(() => useOpportunityStages(), { wrapper: wrapperFor(manager) });
    const badWon = {
      kind: 'opportunityStages' as const,
      stages: defaultOpportunityStages.stages.map((item) =>
        item.stage === 'closed_won' ? { ...item, probability: 90 } : item,
      ),
    };
    await expect(manage.result.current.save(badWon)).rejects.toMatchObject({
      code: 'invalidOpportunityStages',
      params: { stage: 'closed_won', problem: 'fixedProbability' },
    });
    const read = renderHook(() => useOpportunityStages(), { wrapper: wrapperFor(rep) });
    expect(read.result.current.canEdit).toBe(false);
    await expect(read.result.current.save(defaultOpportunityStages)).rejects.toMatchObject({
      code: 'roleNotAllowed',
    });
  });
});
