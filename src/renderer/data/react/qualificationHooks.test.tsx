import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultScoringRules } from '../../../shared/scoring/defaultScoringRules.ts';
import { createLeadCommands } from '../leads/leadCommands.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { openTestData } from '../testing/openTestData.ts';
import { DataProvider } from './DataProvider.tsx';
import type { CurrentUser } from './localProfile.ts';
import { useActivities } from './useActivities.ts';
import { useActivityCommands } from './useActivityCommands.ts';
import { useDueReminders } from './useDueReminders.ts';
import { useDuplicateCheck } from './useDuplicateCheck.ts';
import { useLeadScore } from './useLeadScore.ts';
import { useMyTasks } from './useMyTasks.ts';
import { useScoringRules } from './useScoringRules.ts';

let data: FieldbookData;
let nowMs = Date.parse('2026-03-02T02:00:00.000Z');
const clock = () => new Date(nowMs);
const rep: CurrentUser = { id: 'rep-1', name: 'Wang Li', role: 'rep' };
const manager: CurrentUser = { id: 'boss-1', name: 'Zhao Min', role: 'manager' };

function wrapperFor(user: CurrentUser) {
  return ({ children }: { children: ReactNode }) => (
    <DataProvider data={data} clock={clock} currentUser={user}>
      {children}
    </DataProvider>
  );
}

beforeEach(async () => {
  nowMs = Date.parse('2026-03-02T02:00:00.000Z');
  data = await openTestData({ collections: ['leads', 'activities', 'settings'] });
});
afterEach(async () => {
  await data.close();
});

async function aLead() {
  return createLeadCommands({ data, clock, user: rep }).createLead({
    firstName: '丽',
    lastName: '王',
    company: '星辰科技',
    title: '采购经理',
    phone: '+86 138 0013 8000',
  });
}

describe('activity hooks', () => {
  it('shows the timeline newest first and the score rising as activities are logged', async () => {
    const lead = await aLead();
    const related = { collection: 'leads', id: lead.id } as const;
    const { result } = renderHook(
      () => ({
        timeline: useActivities(related),
        score: useLeadScore(lead.id),
        commands: useActivityCommands(),
      }),
      { wrapper: wrapperFor(rep) },
    );
    await waitFor(() => expect(result.current.score).toBeDefined());
    const before = result.current.score?.score ?? 0;
    expect(result.current.timeline).toEqual({ activities: [], loading: false });

    await act(async () => {
      await result.current.commands.logActivity({ type: 'call', subject: 'First call', related });
      nowMs += 60_000;
      await result.current.commands.logActivity({ type: 'visit', subject: 'Visit', related });
    });
    await waitFor(() =>
      expect(result.current.timeline.activities.map((a) => a.subject)).toEqual([
        'Visit',
        'First call',
      ]),
    );
    await waitFor(() => expect(result.current.score?.score).toBeGreaterThan(before));
    expect(result.current.score?.reasons.map((reason) => reason.ruleId)).toEqual(
      expect.arrayContaining(['calls', 'visits', 'has-phone']),
    );
  });

  it('sorts my tasks by the clock and hands each due reminder out once', async () => {
    const lead = await aLead();
    const related = { collection: 'leads', id: lead.id } as const;
    const { result } = renderHook(
      () => ({
        tasks: useMyTasks(),
        reminders: useDueReminders(),
        commands: useActivityCommands(),
      }),
      { wrapper: wrapperFor(rep) },
    );
    await waitFor(() => expect(result.current.tasks.loading).toBe(false));
    await act(async () => {
      await result.current.commands.logActivity({
        type: 'task',
        subject: 'Overdue',
        related,
        dueAt: '2026-03-01T02:00:00.000Z',
        reminderAt: '2026-03-01T01:00:00.000Z',
      });
      await result.current.commands.logActivity({
        type: 'task',
        subject: 'Next week',
        related,
        dueAt: '2026-03-09T02:00:00.000Z',
        reminderAt: '2026-03-09T01:00:00.000Z',
      });
    });
    await waitFor(() =>
      expect(result.current.tasks.overdue.map((t) => t.subject)).toEqual(['Overdue']),
    );
    expect(result.current.tasks.upcoming.map((t) => t.subject)).toEqual(['Next week']);
    await waitFor(() =>
      expect(result.current.reminders.map((t) => t.subject)).toEqual(['Overdue']),
    );

    // A reminder is handed out once per session: the next one comes alone.
    await act(async () => {
      await result.current.commands.logActivity({
        type: 'task',
        subject: 'Call back',
        related,
        dueAt: '2026-03-02T03:00:00.000Z',
        reminderAt: '2026-03-02T01:59:00.000Z',
      });
    });
    await waitFor(() =>
      expect(result.current.reminders.map((t) => t.subject)).toEqual(['Call back']),
    );
    expect(result.current.tasks.today.map((t) => t.subject)).toEqual(['Call back']);

    const overdue = result.current.tasks.overdue[0];
    await act(async () => {
      if (overdue) await result.current.commands.completeTask(overdue.id);
    });
    await waitFor(() => expect(result.current.tasks.overdue).toEqual([]));
  });
});

describe('scoring rules and duplicates', () => {
  it('reads default rules, lets a manager save and refuses a rep', async () => {
    const lead = await aLead();
    const asRep = renderHook(() => useScoringRules(), { wrapper: wrapperFor(rep) });
    expect(asRep.result.current.canEdit).toBe(false);
    await expect(asRep.result.current.save(defaultScoringRules)).rejects.toMatchObject({
      code: 'roleNotAllowed',
    });
    const { result } = renderHook(
      () => ({ rules: useScoringRules(), score: useLeadScore(lead.id) }),
      { wrapper: wrapperFor(manager) },
    );
    expect(result.current.rules.canEdit).toBe(true);
    await waitFor(() => expect(result.current.score).toBeDefined());
    const changed = {
      ...defaultScoringRules,
      rules: [
        ...defaultScoringRules.rules,
        {
          id: 'company-xingchen',
          label: { zh: '星辰', en: 'Xingchen' },
          field: 'company' as const,
          operator: 'contains' as const,
          value: '星辰',
          points: 40,
        },
      ],
    };
    await act(async () => {
      await result.current.rules.save(changed);
    });
    await waitFor(() =>
      expect(result.current.rules.rules.rules).toHaveLength(changed.rules.length),
    );
    await waitFor(() =>
      expect(result.current.score?.reasons.map((r) => r.ruleId)).toContain('company-xingchen'),
    );
    asRep.unmount();
  });

  it('flags a likely duplicate of a draft synchronously', async () => {
    const lead = await aLead();
    const { result } = renderHook(() => useDuplicateCheck(), { wrapper: wrapperFor(rep) });
    await waitFor(() =>
      expect(result.current({ phone: '138 0013 8000' }).map((m) => m.lead.id)).toEqual([lead.id]),
    );
    const [match] = result.current({ phone: '138-0013-8000', lastName: 'Li' });
    expect(match?.reasons).toEqual(['samePhone']);
    expect(result.current({ phone: '138 0013 8000' }, { excludeId: lead.id })).toEqual([]);
  });
});
