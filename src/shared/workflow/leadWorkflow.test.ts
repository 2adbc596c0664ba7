import { describe, expect, it } from 'vitest';
import { DomainError } from '../domain/DomainError.ts';
import type { LeadStatus } from '../domain/lead.ts';
import { checkWorkflowAgainstTable, type ExpectedMove } from './checkWorkflowAgainstTable.ts';
import { assertLeadTransition, leadWorkflow, nextLeadStatuses } from './leadWorkflow.ts';

const sellers = ['rep', 'manager', 'admin'] as const;

const expectedMoves: ExpectedMove<LeadStatus>[] = [
  { from: 'new', to: 'contacted', roles: sellers },
  { from: 'new', to: 'qualified', roles: sellers },
  { from: 'contacted', to: 'qualified', roles: sellers },
  { from: 'qualified', to: 'converted', roles: sellers },
  { from: 'new', to: 'disqualified', roles: sellers, reason: true },
  { from: 'contacted', to: 'disqualified', roles: sellers, reason: true },
  { from: 'qualified', to: 'disqualified', roles: sellers, reason: true },
  { from: 'disqualified', to: 'new', roles: sellers },
];

describe('leadWorkflow', () => {
  it('allows exactly the expected moves for every status and role', () => {
    const checked = checkWorkflowAgainstTable(
      { statuses: leadWorkflow.statuses, next: nextLeadStatuses, assert: assertLeadTransition },
      expectedMoves,
    );
    expect(checked).toBe(5 * 5 * 4);
  });

  it('offers a rep the next steps of a new lead', () => {
    expect(nextLeadStatuses({ from: 'new', role: 'rep' })).toEqual([
      'contacted',
      'qualified',
      'disqualified',
    ]);
  });

  it('offers finance nothing: finance does not work leads', () => {
    expect(nextLeadStatuses({ from: 'qualified', role: 'finance' })).toEqual([]);
  });

  it('treats a converted lead as final', () => {
    expect(nextLeadStatuses({ from: 'converted', role: 'admin' })).toEqual([]);
  });

  it('names from, to and role in the error', () => {
    let caught: unknown;
    try {
      assertLeadTransition({ from: 'qualified', to: 'converted', role: 'finance' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect(caught).toMatchObject({
      code: 'roleNotAllowed',
      params: { workflow: 'lead', from: 'qualified', to: 'converted', role: 'finance' },
    });
  });

  it('requires a reason to disqualify', () => {
    expect(() =>
      assertLeadTransition({ from: 'contacted', to: 'disqualified', role: 'rep' }),
    ).toThrow(expect.objectContaining({ code: 'reasonRequired' }));
    expect(() =>
      assertLeadTransition({
        from: 'contacted',
        to: 'disqualified',
        role: 'rep',
        reason: 'No budget',
      }),
    ).not.toThrow();
  });

  it('refuses staying in the same status as a transition', () => {
    expect(() => assertLeadTransition({ from: 'new', to: 'new', role: 'admin' })).toThrow(
      expect.objectContaining({ code: 'forbiddenTransition' }),
    );
  });
});
