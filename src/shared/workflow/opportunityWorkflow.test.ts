import { describe, expect, it } from 'vitest';
import type { OpportunityStage } from '../domain/opportunity.ts';
import { checkWorkflowAgainstTable, type ExpectedMove } from './checkWorkflowAgainstTable.ts';
import {
  assertOpportunityTransition,
  isClosedStage,
  nextOpportunityStages,
  opportunityWorkflow,
} from './opportunityWorkflow.ts';

const sellers = ['rep', 'manager', 'admin'] as const;
const open = ['prospecting', 'qualification', 'proposal', 'negotiation'] as const;

const expectedMoves: ExpectedMove<OpportunityStage>[] = [
  ...open.flatMap((from) =>
    open.filter((to) => to !== from).map((to) => ({ from, to, roles: sellers })),
  ),
  ...open.map((from) => ({ from, to: 'closed_won' as const, roles: sellers })),
  ...open.map((from) => ({ from, to: 'closed_lost' as const, roles: sellers, reason: true })),
  ...(['closed_won', 'closed_lost'] as const).flatMap((from) =>
    open.map((to) => ({ from, to, roles: ['manager', 'admin'] as const, reason: true })),
  ),
];

describe('opportunityWorkflow', () => {
  it('allows exactly the expected moves for every stage and role', () => {
    const checked = checkWorkflowAgainstTable(
      {
        statuses: opportunityWorkflow.statuses,
        next: nextOpportunityStages,
        assert: assertOpportunityTransition,
      },
      expectedMoves,
    );
    expect(checked).toBe(6 * 6 * 4);
  });

  it('lets a manager but not a rep reopen a won deal', () => {
    expect(nextOpportunityStages({ from: 'closed_won', role: 'rep' })).toEqual([]);
    expect(nextOpportunityStages({ from: 'closed_won', role: 'manager' })).toEqual([...open]);
  });

  it('needs a lost reason', () => {
    expect(() =>
      assertOpportunityTransition({ from: 'negotiation', to: 'closed_lost', role: 'rep' }),
    ).toThrow(expect.objectContaining({ code: 'reasonRequired' }));
  });

  it('does not switch a won deal to lost directly', () => {
    expect(() =>
      assertOpportunityTransition({
        from: 'closed_won',
        to: 'closed_lost',
        role: 'admin',
        reason: 'x',
      }),
    ).toThrow(expect.objectContaining({ code: 'forbiddenTransition' }));
  });

  it('knows which stages are closed', () => {
    expect(opportunityWorkflow.statuses.filter(isClosedStage)).toEqual([
      'closed_won',
      'closed_lost',
    ]);
  });
});
