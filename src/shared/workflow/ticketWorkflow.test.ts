import { describe, expect, it } from 'vitest';
import type { TicketStatus } from '../domain/ticket.ts';
import { checkWorkflowAgainstTable, type ExpectedMove } from './checkWorkflowAgainstTable.ts';
import { assertTicketTransition, nextTicketStatuses, ticketWorkflow } from './ticketWorkflow.ts';

const everyone = ['rep', 'manager', 'finance', 'admin'] as const;

const expectedMoves: ExpectedMove<TicketStatus>[] = [
  { from: 'new', to: 'open', roles: everyone },
  { from: 'new', to: 'pending', roles: everyone },
  { from: 'new', to: 'resolved', roles: everyone },
  { from: 'open', to: 'pending', roles: everyone },
  { from: 'open', to: 'resolved', roles: everyone },
  { from: 'pending', to: 'open', roles: everyone },
  { from: 'pending', to: 'resolved', roles: everyone },
  { from: 'resolved', to: 'open', roles: everyone },
  { from: 'resolved', to: 'closed', roles: everyone },
  { from: 'closed', to: 'open', roles: ['manager', 'admin'], reason: true },
];

describe('ticketWorkflow', () => {
  it('allows exactly the expected moves for every status and role', () => {
    const checked = checkWorkflowAgainstTable(
      {
        statuses: ticketWorkflow.statuses,
        next: nextTicketStatuses,
        assert: assertTicketTransition,
      },
      expectedMoves,
    );
    expect(checked).toBe(5 * 5 * 4);
  });

  it('reopens a resolved ticket for anyone, a closed one only for a manager with a reason', () => {
    expect(() =>
      assertTicketTransition({ from: 'resolved', to: 'open', role: 'rep' }),
    ).not.toThrow();
    expect(() =>
      assertTicketTransition({
        from: 'closed',
        to: 'open',
        role: 'rep',
        reason: 'Customer called',
      }),
    ).toThrow(expect.objectContaining({ code: 'roleNotAllowed' }));
    expect(() => assertTicketTransition({ from: 'closed', to: 'open', role: 'manager' })).toThrow(
      expect.objectContaining({ code: 'reasonRequired' }),
    );
  });
});
