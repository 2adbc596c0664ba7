import { describe, expect, it } from 'vitest';
import type { TicketStatus } from '../domain/ticket.ts';
import { checkWorkflowAgainstTable, type ExpectedMove } from './checkWorkflowAgainstTable.ts';
import { assertTicketTransition, nextTicketStatuses, ticketWorkflow } from './ticketWorkflow.ts';

const everyone = ['rep', 'manager', 'finance', 'admin'] as const;

const expectedMoves: ExpectedMove<TicketStatus>[] = [
  { from: 'new', to: 'in_progress', roles: everyone },
  { from: 'new', to: 'waiting_on_customer', roles: everyone },
  { from: 'new', to: 'resolved', roles: everyone },
  { from: 'in_progress', to: 'waiting_on_customer', roles: everyone },
  { from: 'in_progress', to: 'resolved', roles: everyone },
  { from: 'waiting_on_customer', to: 'in_progress', roles: everyone },
  { from: 'waiting_on_customer', to: 'resolved', roles: everyone },
  { from: 'resolved', to: 'in_progress', roles: everyone },
  { from: 'resolved', to: 'closed', roles: everyone },
  { from: 'closed', to: 'in_progress', roles: ['manager', 'admin'], reason: true },
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
      assertTicketTransition({ from: 'resolved', to: 'in_progress', role: 'rep' }),
    ).not.toThrow();
    expect(() =>
      assertTicketTransition({
        from: 'closed',
        to: 'in_progress',
        role: 'rep',
        reason: 'Customer called',
      }),
    ).toThrow(expect.objectContaining({ code: 'roleNotAllowed' }));
    expect(() =>
      assertTicketTransition({ from: 'closed', to: 'in_progress', role: 'manager' }),
    ).toThrow(expect.objectContaining({ code: 'reasonRequired' }));
  });
});
