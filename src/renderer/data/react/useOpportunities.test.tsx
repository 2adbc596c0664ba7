import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Opportunity } from '../../../shared/domain/opportunity.ts';
import { createAccountCommands } from '../accounts/accountCommands.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { createOpportunityCommands } from '../opportunities/opportunityCommands.ts';
import {
  type OpportunityQuery,
  opportunityMangoQuery,
} from '../opportunities/opportunityQueries.ts';
import { collectionOf, plainRecord } from '../records/recordStore.ts';
import { opportunityMirror } from '../records/sharedMirrors.ts';
import { openTestData, steppingClock } from '../testing/openTestData.ts';
import { DataProvider } from './DataProvider.tsx';
import type { CurrentUser } from './localProfile.ts';
import { useOpportunities } from './useOpportunities.ts';

let data: FieldbookData;
const clock = steppingClock('2026-03-02T02:00:00.000Z');
const manager: CurrentUser = { id: 'manager-1', name: 'Li Na', role: 'manager' };
const reps = ['rep-1', 'rep-2', 'rep-3'];

function wrapper({ children }: { children: ReactNode }) {
  return (
    <DataProvider data={data} clock={clock} currentUser={manager}>
      {children}
    </DataProvider>
  );
}

/** What RxDB's own query returns for `query`: the reference the hook must match. */
async function queried(query: OpportunityQuery): Promise<Opportunity[]> {
  const docs = await collectionOf(data, 'opportunities').find(opportunityMangoQuery(query)).exec();
  return docs.map((doc) => plainRecord<Opportunity>(doc._data));
}

const byId = (rows: readonly Opportunity[]) => rows.map((row) => row.id);

let accountIds: string[] = [];
let opportunityIds: string[] = [];

beforeEach(async () => {
  data = await openTestData({ collections: ['leads', 'accounts', 'opportunities', 'settings'] });
  const accounts = createAccountCommands({ data, clock, user: manager });
  accountIds = [
    (await accounts.createAccount({ name: 'Acme GmbH' })).id,
    (await accounts.createAccount({ name: 'Zenith Ltd' })).id,
  ];
  opportunityIds = [];
  // Several deals share a close date, so the order between them (by id) is checked too.
  const closeDates = ['2026-05-20', '2026-03-01', '2026-04-15', '2026-03-01', '2026-06-30'];
  for (let i = 0; i < 15; i += 1) {
    const commands = createOpportunityCommands({
      data,
      clock,
      user: { id: reps[i % reps.length] ?? 'rep-1', role: 'rep' },
    });
    const deal = await commands.createOpportunity({
      accountId: accountIds[i % 2] ?? '',
      name: `Deal ${i}`,
      amount: { amount: (i + 1) * 10_000, currency: 'CNY' },
      expectedCloseDate: closeDates[i % closeDates.length] ?? '2026-03-01',
    });
    opportunityIds.push(deal.id);
  }
});
afterEach(async () => {
  await data.close();
});

describe('useOpportunities', () => {
  it('gives the same rows from the in-memory mirror as from the query, live', async () => {
    const queries: OpportunityQuery[] = [
      {},
      { ownerId: 'rep-2' },
      { accountId: accountIds[1] ?? '' },
      { closeFrom: '2026-03-01', closeTo: '2026-04-15' },
      { closeFrom: '2026-04-16' },
      { ownerId: 'rep-1', closeTo: '2026-05-20' },
      { accountId: accountIds[0] ?? '', closeFrom: '2026-04-15', closeTo: '2026-06-30' },
      { ownerId: 'nobody' },
    ];
    const { result } = renderHook(() => queries.map((query) => useOpportunities(query)), {
      wrapper,
    });
    const expectSameAsQuery = async () => {
      const expected = await Promise.all(queries.map(queried));
      await waitFor(() =>
        expect(result.current.map((view) => byId(view.rows))).toEqual(expected.map(byId)),
      );
      expect(result.current.map((view) => view.rows)).toEqual(expected);
    };

    // Before the mirror has loaded the rows come from the query; it starts loading once they do.
    await waitFor(() => expect(result.current.every((view) => !view.loading)).toBe(true));
    await expectSameAsQuery();
    const mirror = opportunityMirror(data);
    await waitFor(() => expect(mirror.ready).toBe(true));
    await expectSameAsQuery();
    expect(result.current[0]?.rows).toHaveLength(15);

    // Stage changes, edits that move a deal in or out of a range, new deals and removals.
    const moved = opportunityIds[4] ?? '';
    const versionBefore = mirror.version();
    await act(async () => {
      const commands = createOpportunityCommands({ data, clock, user: manager });
      await commands.changeStage(moved, 'proposal');
      await commands.updateOpportunity(opportunityIds[1] ?? '', {
        expectedCloseDate: '2026-07-01',
      });
      await commands.createOpportunity({
        accountId: accountIds[1] ?? '',
        name: 'New deal',
        amount: { amount: 99_000, currency: 'CNY' },
        expectedCloseDate: '2026-04-01',
      });
      await (await collectionOf(data, 'opportunities').findOne(opportunityIds[2]).exec())?.remove();
    });
    expect(mirror.version()).toBeGreaterThan(versionBefore);
    await expectSameAsQuery();
    expect(result.current[0]?.rows.find((row) => row.id === moved)?.stage).toBe('proposal');
    expect(result.current[0]?.rows).toHaveLength(15);
  });

  it('serves a view mounted after the mirror loaded straight from memory', async () => {
    await opportunityMirror(data).start();
    const { result } = renderHook(() => useOpportunities({ ownerId: 'rep-3' }), { wrapper });
    // No loading state: the rows are there on the first render.
    expect(result.current.loading).toBe(false);
    expect(result.current.rows).toEqual(await queried({ ownerId: 'rep-3' }));
    expect(result.current.rows).toHaveLength(5);
  });
});
