import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isDomainError } from '../../../shared/domain/DomainError.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { saveSetting } from '../settings/settingsStore.ts';
import { openTestData, steppingClock } from '../testing/openTestData.ts';
import { DataProvider } from './DataProvider.tsx';
import type { CurrentUser } from './localProfile.ts';
import { useAccountCommands } from './useAccountCommands.ts';
import { useAccountList } from './useAccounts.ts';
import { useContactCommands } from './useContactCommands.ts';
import { useContactList } from './useContacts.ts';
import { useForecast } from './useForecast.ts';
import { useOpportunities, useOpportunity } from './useOpportunities.ts';
import { useOpportunityCommands } from './useOpportunityCommands.ts';
import { useTeamMembers } from './useTeamMembers.ts';

let data: FieldbookData;
const clock = steppingClock('2026-03-02T02:00:00.000Z');
const rep: CurrentUser = { id: 'rep-1', name: 'Wang Li', role: 'rep', teamId: 'east' };

function wrapper({ children }: { children: ReactNode }) {
  return (
    <DataProvider data={data} clock={clock} currentUser={rep}>
      {children}
    </DataProvider>
  );
}

beforeEach(async () => {
  data = await openTestData({
    collections: ['leads', 'accounts', 'contacts', 'opportunities', 'settings'],
  });
});
afterEach(async () => {
  await data.close();
});

describe('accounts and contacts', () => {
  it('lists accounts by name with search and contacts of one account, live', async () => {
    const { result } = renderHook(
      () => ({
        all: useAccountList({}),
        found: useAccountList({ search: 'ACME' }),
        accounts: useAccountCommands(),
        contacts: useContactCommands(),
      }),
      { wrapper },
    );
    let acmeId = '';
    await act(async () => {
      await result.current.accounts.createAccount({ name: 'Zenith Ltd' });
      const acme = await result.current.accounts.createAccount({ name: 'Acme GmbH' });
      acmeId = acme.id;
      await result.current.contacts.createContact({
        accountId: acme.id,
        lastName: 'Schmidt',
        isPrimary: true,
      });
      await result.current.contacts.createContact({
        accountId: acme.id,
        lastName: 'Bauer',
        isPrimary: true,
      });
    });
    await waitFor(() =>
      expect(result.current.all.rows.map((a) => a.name)).toEqual(['Acme GmbH', 'Zenith Ltd']),
    );
    expect(result.current.found.rows.map((a) => a.name)).toEqual(['Acme GmbH']);
    const contacts = renderHook(() => useContactList({ accountId: acmeId }), { wrapper });
    await waitFor(() =>
      expect(contacts.result.current.rows.map((c) => [c.lastName, c.isPrimary])).toEqual([
        ['Bauer', true],
        ['Schmidt', false],
      ]),
    );
    await expect(
      result.current.contacts.createContact({ accountId: '0195a3c2-7f00-7000-8000-00000000dead' }),
    ).rejects.toMatchObject({ code: 'notFound' });
  });
});

describe('opportunities and forecast', () => {
  it('moves a deal through stages with history and updates the forecast', async () => {
    const { result } = renderHook(
      () => ({
        list: useOpportunities({ closeFrom: '2026-03-01', closeTo: '2026-04-30' }),
        forecast: useForecast({
          groupBy: 'month',
          range: { from: '2026-03-01', to: '2026-04-30' },
        }),
        accounts: useAccountCommands(),
        commands: useOpportunityCommands(),
      }),
      { wrapper },
    );
    let id = '';
    await act(async () => {
      const account = await result.current.accounts.createAccount({ name: 'Acme GmbH' });
      const deal = await result.current.commands.createOpportunity({
        accountId: account.id,
        name: 'Acme line 2',
        amount: { amount: 1_000_000, currency: 'CNY' },
        expectedCloseDate: '2026-04-15',
      });
      id = deal.id;
      await result.current.commands.createOpportunity({
        accountId: account.id,
        name: 'Too late',
        amount: { amount: 5_000, currency: 'CNY' },
        expectedCloseDate: '2026-09-01',
      });
    });
    await waitFor(() =>
      expect(result.current.list.rows.map((o) => o.name)).toEqual(['Acme line 2']),
    );
    expect(result.current.list.rows[0]).toMatchObject({ stage: 'prospecting', probability: 10 });
    const april = () =>
      result.current.forecast.groups.find((group) => group.key === '2026-04')?.currencies[0];
    await waitFor(() => expect(april()?.weighted).toEqual({ amount: 100_000, currency: 'CNY' }));

    await act(async () => {
      await result.current.commands.changeStage(id, 'proposal');
    });
    await waitFor(() => expect(april()?.weighted).toEqual({ amount: 500_000, currency: 'CNY' }));
    const one = renderHook(() => useOpportunity(id), { wrapper });
    await waitFor(() =>
      expect(one.result.current.opportunity?.stageHistory).toEqual([
        expect.objectContaining({ from: 'prospecting', to: 'proposal', by: 'rep-1' }),
      ]),
    );
    const lost = await result.current.commands
      .changeStage(id, 'closed_lost')
      .catch((e: unknown) => e);
    expect(isDomainError(lost, 'reasonRequired')).toBe(true);
    await act(async () => {
      await result.current.commands.changeStage(id, 'closed_lost', { reason: 'Budget cut' });
    });
    await waitFor(() => expect(april()).toBeUndefined());
    expect(result.current.forecast.groups.map((group) => group.key)).toEqual([
      '2026-03',
      '2026-04',
    ]);
  });
});

describe('team members', () => {
  it('is the current user alone without a directory, the team with one', async () => {
    const { result } = renderHook(() => useTeamMembers(), { wrapper });
    expect(result.current).toEqual([{ id: 'rep-1', name: 'Wang Li', role: 'rep', teamId: 'east' }]);
    await saveSetting(
      { data, clock, user: { id: 'admin-1', role: 'admin' } },
      {
        kind: 'teamDirectory',
        teams: [{ id: 'east', name: 'East' }],
        users: [
          {
            id: 'rep-1',
            name: 'Wang Li',
            email: 'w@x.cn',
            role: 'rep',
            teamId: 'east',
            active: true,
          },
          {
            id: 'rep-2',
            name: 'Chen Jie',
            email: 'c@x.cn',
            role: 'rep',
            teamId: 'east',
            active: true,
          },
          {
            id: 'rep-3',
            name: 'Gone',
            email: 'g@x.cn',
            role: 'rep',
            teamId: 'east',
            active: false,
          },
          { id: 'rep-4', name: 'West', email: 'v@x.cn', role: 'rep', teamId: 'west', active: true },
        ],
      },
    );
    await waitFor(() =>
      expect(result.current.map((member) => member.id)).toEqual(['rep-1', 'rep-2']),
    );
  });
});
