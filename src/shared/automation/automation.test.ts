import { describe, expect, it } from 'vitest';
import { automatedTaskId, automatedTasks } from './automatedTasks.ts';
import { defaultAutomationRules } from './automationRules.ts';
import { nextBestActions } from './nextBestActions.ts';

const now = '2026-11-20T10:00:00.000Z';
const rules = defaultAutomationRules.rules;
const base = { rules, now, leads: [], opportunities: [], quotes: [], invoices: [], activities: [] };

const hotLead = {
  id: '0193a000-0000-7000-8000-000000000001',
  ownerId: 'rep-1',
  rating: 'hot' as const,
  status: 'new' as const,
  updatedAt: '2026-11-20T09:30:00.000Z',
  firstName: '丽',
  lastName: '王',
  company: '上海华东机械有限公司',
};

describe('automation rules', () => {
  it('gives a hot lead one follow-up task due within the hour, naming the rule', () => {
    const tasks = automatedTasks({
      ...base,
      leads: [
        hotLead,
        { ...hotLead, id: '0193a000-0000-7000-8000-000000000002', rating: 'warm' as const },
      ],
    });
    expect(tasks).toEqual([
      {
        id: automatedTaskId('hot-lead-1h', `lead:${hotLead.id}`),
        ruleId: 'hot-lead-1h',
        ruleName: 'Hot lead: follow up within 1 hour',
        trigger: 'leadBecameHot',
        key: `lead:${hotLead.id}`,
        related: { collection: 'leads', id: hotLead.id },
        assigneeId: 'rep-1',
        dueAt: '2026-11-20T10:30:00.000Z',
        params: { name: '王丽' },
      },
    ]);
  });

  it('never makes the same task twice: its id is the same on every device and run', () => {
    const first = automatedTasks({ ...base, leads: [hotLead] });
    const onAnotherDevice = automatedTasks({
      ...base,
      leads: [hotLead],
      now: '2026-11-20T11:00:00.000Z',
    });
    expect(onAnotherDevice.map((task) => task.id)).toEqual(first.map((task) => task.id));
    const activities = first.map((task) => ({
      id: task.id,
      related: task.related,
      occurredAt: task.dueAt,
      done: false,
      type: 'task' as const,
    }));
    expect(automatedTasks({ ...base, leads: [hotLead], activities })).toEqual([]);
  });

  it('reminds about a deal idle for 14 days, counted from its last touch', () => {
    const deal = {
      id: '0193a000-0000-7000-8000-0000000000d1',
      ownerId: 'rep-1',
      stage: 'proposal' as const,
      name: 'Pumps for Line 3',
      createdAt: '2026-10-01T08:00:00.000Z',
    };
    const touch = {
      id: '0193a000-0000-7000-8000-0000000000a1',
      related: { collection: 'opportunities' as const, id: deal.id },
      occurredAt: '2026-11-10T08:00:00.000Z',
      done: true,
      type: 'call' as const,
    };
    // Touched 10 days ago: not idle yet.
    expect(automatedTasks({ ...base, opportunities: [deal], activities: [touch] })).toEqual([]);
    const idle = automatedTasks({
      ...base,
      opportunities: [deal],
      activities: [{ ...touch, occurredAt: '2026-11-01T08:00:00.000Z' }],
    });
    // Idle since Nov 15: the task made today is due today, not five days overdue from birth.
    expect(idle).toMatchObject([
      { ruleId: 'idle-deal-14d', dueAt: '2026-11-20T00:00:00.000Z', params: { days: 19 } },
    ]);
    // Touched ten months ago: still one task, due today.
    expect(
      automatedTasks({
        ...base,
        opportunities: [deal],
        activities: [{ ...touch, occurredAt: '2026-01-10T08:00:00.000Z' }],
      }),
    ).toMatchObject([{ dueAt: '2026-11-20T00:00:00.000Z', params: { days: 314 } }]);
    // Closed deals are never idle.
    expect(
      automatedTasks({ ...base, opportunities: [{ ...deal, stage: 'closed_won' as const }] }),
    ).toEqual([]);
  });

  it('warns three days before a sent quote expires, and not after it expired', () => {
    const quote = {
      id: '0193a000-0000-7000-8000-0000000000b1',
      ownerId: 'rep-1',
      status: 'sent' as const,
      number: 'Q-2026-A7-0042',
      validUntil: '2026-11-22',
      accountId: '0193a000-0000-7000-8000-0000000000c1',
    };
    expect(automatedTasks({ ...base, quotes: [quote] })).toMatchObject([
      {
        ruleId: 'quote-expiry-3d',
        // The reminder day (Nov 19) has passed: due today.
        dueAt: '2026-11-20T00:00:00.000Z',
        related: { collection: 'accounts' },
        params: { number: 'Q-2026-A7-0042' },
      },
    ]);
    expect(automatedTasks({ ...base, quotes: [{ ...quote, validUntil: '2026-11-30' }] })).toEqual(
      [],
    );
    expect(automatedTasks({ ...base, quotes: [{ ...quote, validUntil: '2026-11-19' }] })).toEqual(
      [],
    );
  });

  it('asks for dunning once an unpaid invoice is 7 days overdue', () => {
    const invoice = {
      id: '0193a000-0000-7000-8000-0000000000e1',
      ownerId: 'fin-1',
      accountId: '0193a000-0000-7000-8000-0000000000c1',
      status: 'issued' as const,
      number: 'INV-2026-000012',
      currency: 'CNY',
      dueOn: '2026-11-13',
      totals: { subtotal: 1000, discount: 0, tax: 0, total: 1000 },
      payments: [],
    };
    expect(automatedTasks({ ...base, invoices: [invoice] })).toMatchObject([
      { ruleId: 'invoice-overdue-7d', dueAt: '2026-11-20T00:00:00.000Z' },
    ]);
    expect(automatedTasks({ ...base, invoices: [{ ...invoice, dueOn: '2026-11-14' }] })).toEqual(
      [],
    );
    expect(
      automatedTasks({ ...base, invoices: [{ ...invoice, status: 'paid' as const }] }),
    ).toEqual([]);
  });

  it('leaves leads rated hot long ago alone: the rule acts on what happens now', () => {
    const old = { ...hotLead, updatedAt: '2026-11-01T09:30:00.000Z' };
    expect(automatedTasks({ ...base, leads: [old] })).toEqual([]);
    const lastWeek = { ...hotLead, updatedAt: '2026-11-14T09:30:00.000Z' };
    expect(automatedTasks({ ...base, leads: [lastWeek] })).toHaveLength(1);
  });

  it('does nothing for disabled rules', () => {
    const off = rules.map((rule) => ({ ...rule, enabled: false }));
    expect(automatedTasks({ ...base, rules: off, leads: [hotLead] })).toEqual([]);
  });
});

describe('next best actions', () => {
  it('ranks by the published formula and explains each suggestion', () => {
    const actions = nextBestActions({
      userId: 'rep-1',
      now,
      leads: [
        { id: 'lead-hot', ownerId: 'rep-1', status: 'new', score: 80, rating: 'hot' },
        { id: 'lead-cold', ownerId: 'rep-1', status: 'contacted', score: 10, rating: 'cold' },
        { id: 'lead-other-rep', ownerId: 'rep-2', status: 'new', score: 99, rating: 'hot' },
      ],
      opportunities: [
        // ¥1,000,000 × 50 % = ¥500,000 weighted: 10 × log10(500) ≈ 27; closes in 5 days: 30 + 9.
        {
          id: 'deal-big',
          ownerId: 'rep-1',
          stage: 'negotiation',
          amount: { amount: 100_000_000, currency: 'CNY' },
          probability: 50,
          expectedCloseDate: '2026-11-25',
        },
      ],
      activities: [
        {
          id: 'task-late',
          type: 'task',
          done: false,
          dueAt: '2026-11-17T09:00:00.000Z',
          ownerId: 'rep-1',
          related: { collection: 'leads', id: 'lead-cold' },
        },
        {
          id: 'call-done',
          type: 'call',
          done: true,
          ownerId: 'rep-1',
          related: { collection: 'leads', id: 'lead-cold' },
        },
      ],
    });
    expect(actions.map((action) => [action.id, action.points])).toEqual([
      ['lead-hot', 80],
      ['deal-big', 66],
      ['task-late', 66],
      ['lead-cold', 5],
    ]);
    expect(actions[0]?.factors.map((factor) => factor.code)).toEqual([
      'leadScore',
      'leadHot',
      'leadUntouched',
    ]);
    expect(actions.find((action) => action.id === 'task-late')?.factors).toEqual([
      { code: 'taskOverdue', points: 66, params: { days: 3 } },
    ]);
  });

  it('says a deal closes today, or how long ago its close date passed (never "in -15 days")', () => {
    const deal = {
      id: 'deal',
      ownerId: 'rep-1',
      stage: 'negotiation' as const,
      amount: { amount: 100_00, currency: 'CNY' },
      probability: 50,
    };
    const closing = (expectedCloseDate: string) =>
      nextBestActions({
        userId: 'rep-1',
        now,
        leads: [],
        activities: [],
        opportunities: [{ ...deal, expectedCloseDate }],
      })[0]?.factors;
    expect(closing('2026-11-05')).toEqual([
      { code: 'dealClosePassed', points: 44, params: { days: 15 } },
    ]);
    expect(closing('2026-11-20')).toEqual([{ code: 'dealClosesToday', points: 44, params: {} }]);
    expect(closing('2026-11-25')).toEqual([
      { code: 'dealClosingSoon', points: 39, params: { days: 5 } },
    ]);
  });
});
