import { describe, expect, it } from 'vitest';
import type { QuoteStatus } from '../domain/quote.ts';
import { checkWorkflowAgainstTable, type ExpectedMove } from './checkWorkflowAgainstTable.ts';
import { assertQuoteTransition, nextQuoteStatuses, quoteWorkflow } from './quoteWorkflow.ts';

const sellers = ['rep', 'manager', 'admin'] as const;

const expectedMoves: ExpectedMove<QuoteStatus>[] = [
  { from: 'draft', to: 'pending_approval', roles: sellers },
  { from: 'draft', to: 'sent', roles: sellers },
  { from: 'pending_approval', to: 'approved', roles: ['manager', 'admin'] },
  { from: 'pending_approval', to: 'draft', roles: sellers, reason: true },
  { from: 'approved', to: 'sent', roles: sellers },
  { from: 'approved', to: 'draft', roles: sellers, reason: true },
  { from: 'sent', to: 'accepted', roles: sellers },
  { from: 'sent', to: 'rejected', roles: sellers, reason: true },
  { from: 'sent', to: 'expired', roles: ['rep', 'manager', 'finance', 'admin'] },
  { from: 'sent', to: 'draft', roles: sellers, reason: true },
  { from: 'rejected', to: 'draft', roles: sellers, reason: true },
  { from: 'expired', to: 'draft', roles: sellers, reason: true },
];

describe('quoteWorkflow', () => {
  it('allows exactly the expected moves for every status and role (no approval needed)', () => {
    const checked = checkWorkflowAgainstTable(
      { statuses: quoteWorkflow.statuses, next: nextQuoteStatuses, assert: assertQuoteTransition },
      expectedMoves,
    );
    expect(checked).toBe(7 * 7 * 4);
  });

  it('refuses to send a draft that needs approval, and does not offer it', () => {
    expect(() =>
      assertQuoteTransition({ from: 'draft', to: 'sent', role: 'rep', approvalRequired: true }),
    ).toThrow(
      expect.objectContaining({
        code: 'approvalRequired',
        params: expect.objectContaining({ from: 'draft', to: 'sent', role: 'rep' }),
      }),
    );
    expect(nextQuoteStatuses({ from: 'draft', role: 'rep', approvalRequired: true })).toEqual([
      'pending_approval',
    ]);
    expect(nextQuoteStatuses({ from: 'draft', role: 'rep', approvalRequired: false })).toEqual([
      'pending_approval',
      'sent',
    ]);
  });

  it('sends an approved quote even when approval was required', () => {
    expect(() =>
      assertQuoteTransition({ from: 'approved', to: 'sent', role: 'rep', approvalRequired: true }),
    ).not.toThrow();
  });

  it('does not let a rep approve their own quote', () => {
    expect(() =>
      assertQuoteTransition({ from: 'pending_approval', to: 'approved', role: 'rep' }),
    ).toThrow(expect.objectContaining({ code: 'roleNotAllowed' }));
  });

  it('treats an accepted quote as a final contract', () => {
    expect(nextQuoteStatuses({ from: 'accepted', role: 'admin' })).toEqual([]);
  });
});
