import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LeadDraftInput } from '../../../shared/domain/leadDraft.ts';
import { createLeadCommands } from '../leads/leadCommands.ts';
import type { LeadListQuery } from '../leads/leadListQuery.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { openTestData, steppingClock } from '../testing/openTestData.ts';
import { DataProvider } from './DataProvider.tsx';
import { useLead } from './useLead.ts';
import { useLeadCommands } from './useLeadCommands.ts';
import { useLeadList } from './useLeadList.ts';

const eventId = '0195a3c2-7f00-7000-8000-000000000007';
const user = { id: 'rep-1', name: 'Wang Li', role: 'rep' } as const;
let data: FieldbookData;
let clock: () => Date;

function wrapper({ children }: { children: ReactNode }) {
  return (
    <DataProvider data={data} clock={clock} currentUser={user}>
      {children}
    </DataProvider>
  );
}

const newest: LeadListQuery = { sort: { field: 'createdAt', direction: 'desc' } };

const people: LeadDraftInput[] = [
  {
    firstName: '丽',
    lastName: '王',
    company: '上海星辰科技有限公司',
    phone: '+86 138 0013 8000',
    eventId,
    rating: 'hot',
  },
  {
    firstName: 'Anna',
    lastName: 'Schmidt',
    company: 'Acme GmbH',
    email: 'anna@acme.example',
    source: 'website',
  },
  {
    firstName: '伟',
    lastName: '张',
    company: '北京红叶贸易',
    email: 'zhang.wei@hongye.example',
    eventId,
  },
  {
    firstName: 'Bob',
    lastName: 'Young',
    company: 'Zenith Ltd',
    phone: '+44 20 7946 0958',
    rating: 'cold',
  },
];

async function seed(drafts: LeadDraftInput[]) {
  const commands = createLeadCommands({ data, clock, user });
  const created = [];
  for (const draft of drafts) created.push(await commands.createLead(draft));
  return created;
}

function renderList(query: LeadListQuery) {
  return renderHook((props: { query: LeadListQuery }) => useLeadList(props.query), {
    wrapper,
    initialProps: { query },
  });
}

beforeEach(async () => {
  data = await openTestData({ collections: ['leads'] });
  clock = steppingClock();
});

afterEach(async () => {
  await data.close();
});

describe('useLeadList', () => {
  it('lists newest first and shows new leads live', async () => {
    await seed(people.slice(0, 2));
    const { result } = renderList(newest);
    await waitFor(() =>
      expect(result.current.rows.map((l) => l.lastName)).toEqual(['Schmidt', '王']),
    );
    expect(result.current.hasMore).toBe(false);
    await waitFor(() => expect(result.current.total).toBe(2));

    await act(() => seed(people.slice(2, 3)));
    await waitFor(() =>
      expect(result.current.rows.map((l) => l.lastName)).toEqual(['张', 'Schmidt', '王']),
    );
    await waitFor(() => expect(result.current.total).toBe(3));
  });

  it('keeps the total in step with the rows right after two quick saves', async () => {
    await seed(people.slice(0, 2));
    const { result } = renderList(newest);
    await waitFor(() => expect(data.leadSearch.ready).toBe(true));
    await waitFor(() => expect(result.current.total).toBe(2));
    const commands = createLeadCommands({ data, clock, user });
    await act(async () => {
      await Promise.all([
        commands.createLead(people[2] ?? {}),
        commands.createLead(people[3] ?? {}),
      ]);
    });
    // The render that shows the new rows shows the new total too (no 500 ms recount timer).
    await waitFor(() => expect(result.current.rows).toHaveLength(4), { interval: 5 });
    expect(result.current.total).toBe(4);
    await act(() => commands.deleteLead(result.current.rows[0]?.id ?? ''));
    await waitFor(() => expect(result.current.rows).toHaveLength(3), { interval: 5 });
    expect(result.current.total).toBe(3);
  });

  it('sorts by every field both ways', async () => {
    await seed(people);
    const { result, rerender } = renderList(newest);
    const expectOrder = async (query: LeadListQuery, companies: string[]) => {
      rerender({ query });
      await waitFor(() => expect(result.current.rows.map((l) => l.company)).toEqual(companies));
    };
    await expectOrder({ sort: { field: 'company', direction: 'asc' } }, [
      'Acme GmbH',
      'Zenith Ltd',
      '上海星辰科技有限公司',
      '北京红叶贸易',
    ]);
    await expectOrder({ sort: { field: 'company', direction: 'desc' } }, [
      '北京红叶贸易',
      '上海星辰科技有限公司',
      'Zenith Ltd',
      'Acme GmbH',
    ]);
    await expectOrder({ sort: { field: 'lastName', direction: 'asc' } }, [
      'Acme GmbH',
      'Zenith Ltd',
      '北京红叶贸易',
      '上海星辰科技有限公司',
    ]);
    await expectOrder(
      { sort: { field: 'createdAt', direction: 'asc' } },
      people.map((p) => String(p.company)),
    );
    await expectOrder(
      { sort: { field: 'updatedAt', direction: 'desc' } },
      people.map((p) => String(p.company)).reverse(),
    );
  });

  it('filters by event, status, source and rating, with totals', async () => {
    const created = await seed(people);
    const { result: commands } = renderHook(() => useLeadCommands(), { wrapper });
    await commands.current.changeLeadStatus(created[1]?.id ?? '', 'contacted');
    const { result, rerender } = renderList({ ...newest, eventId });
    await waitFor(() => expect(result.current.rows.map((l) => l.lastName)).toEqual(['张', '王']));
    await waitFor(() => expect(result.current.total).toBe(2));
    rerender({ query: { ...newest, status: 'contacted' } });
    await waitFor(() => expect(result.current.rows.map((l) => l.lastName)).toEqual(['Schmidt']));
    rerender({ query: { ...newest, source: 'website' } });
    await waitFor(() => expect(result.current.rows.map((l) => l.lastName)).toEqual(['Schmidt']));
    rerender({ query: { sort: { field: 'lastName', direction: 'asc' }, rating: 'hot', eventId } });
    await waitFor(() => expect(result.current.rows.map((l) => l.lastName)).toEqual(['王']));
    await waitFor(() => expect(result.current.total).toBe(1));
  });

  it('loads page by page', async () => {
    const drafts = Array.from({ length: 230 }, (_, i) => ({
      company: `Firma ${String(i).padStart(3, '0')}`,
      email: `a${i}@x.example`,
    }));
    await seed(drafts);
    const { result } = renderList({ sort: { field: 'company', direction: 'asc' } });
    await waitFor(() => expect(result.current.rows).toHaveLength(100));
    expect(result.current.hasMore).toBe(true);
    act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.rows).toHaveLength(200));
    act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.rows).toHaveLength(230));
    expect(result.current.hasMore).toBe(false);
    expect(result.current.rows.at(-1)?.company).toBe('Firma 229');
    await waitFor(() => expect(result.current.total).toBe(230));
  });

  it('searches names, companies, emails and phones, Chinese included, as you type', async () => {
    await seed(people);
    const { result, rerender } = renderList({ ...newest, search: '科技' });
    const expectFound = async (search: string, lastNames: string[]) => {
      rerender({ query: { ...newest, search } });
      await waitFor(() => {
        expect(result.current.loading).toBe(false);
        expect(result.current.rows.map((l) => l.lastName)).toEqual(lastNames);
      });
    };
    await expectFound('科技', ['王']);
    await expectFound('王丽', ['王']);
    await expectFound('星辰科技', ['王']);
    await expectFound('上海科技', []);
    await expectFound('schm', ['Schmidt']);
    await expectFound('ACME', ['Schmidt']);
    await expectFound('zhang.wei@', ['张']);
    await expectFound('13800138000', ['王']);
    await expectFound('0013 8000', ['王']);
    await expectFound('7946', ['Young']);
    await expectFound('贸易', ['张']);
    expect(result.current.total).toBe(1);
  });

  it('keeps search results live and respects filters', async () => {
    const created = await seed(people);
    const { result } = renderList({ ...newest, search: 'gmbh', eventId });
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.rows).toEqual([]);
    const { result: commands } = renderHook(() => useLeadCommands(), { wrapper });
    await act(() => commands.current.updateLead(created[1]?.id ?? '', { eventId }));
    await waitFor(() => expect(result.current.rows.map((l) => l.lastName)).toEqual(['Schmidt']));
    await act(() => commands.current.deleteLead(created[1]?.id ?? ''));
    await waitFor(() => expect(result.current.rows).toEqual([]));
  });
});

describe('useLead', () => {
  it('follows one lead through edits and deletion', async () => {
    const [lead] = await seed(people.slice(0, 1));
    const id = lead?.id ?? '';
    const { result } = renderHook(() => useLead(id), { wrapper });
    await waitFor(() => expect(result.current.lead?.company).toBe('上海星辰科技有限公司'));
    expect(result.current.lead).not.toHaveProperty('createdAtDesc');
    const { result: commands } = renderHook(() => useLeadCommands(), { wrapper });
    await act(() => commands.current.updateLead(id, { company: '星辰科技' }));
    await waitFor(() => expect(result.current.lead?.company).toBe('星辰科技'));
    await act(() => commands.current.deleteLead(id));
    await waitFor(() => expect(result.current.lead).toBeUndefined());
    expect(result.current.loading).toBe(false);
  });
});
