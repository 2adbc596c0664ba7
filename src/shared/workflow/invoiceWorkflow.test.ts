import { describe, expect, it } from 'vitest';
import type { InvoiceStatus } from '../domain/invoice.ts';
import { checkWorkflowAgainstTable, type ExpectedMove } from './checkWorkflowAgainstTable.ts';
import {
  assertInvoiceTransition,
  invoiceWorkflow,
  nextInvoiceStatuses,
} from './invoiceWorkflow.ts';

const finance = ['finance', 'admin'] as const;
const everyone = ['rep', 'manager', 'finance', 'admin'] as const;

const expectedMoves: ExpectedMove<InvoiceStatus>[] = [
  { from: 'draft', to: 'issued', roles: finance },
  { from: 'draft', to: 'void', roles: finance, reason: true },
  { from: 'issued', to: 'partially_paid', roles: finance },
  { from: 'issued', to: 'paid', roles: finance },
  { from: 'issued', to: 'overdue', roles: everyone },
  { from: 'issued', to: 'void', roles: finance, reason: true },
  { from: 'issued', to: 'written_off', roles: finance, reason: true },
  { from: 'partially_paid', to: 'paid', roles: finance },
  { from: 'partially_paid', to: 'overdue', roles: everyone },
  { from: 'partially_paid', to: 'written_off', roles: finance, reason: true },
  { from: 'overdue', to: 'partially_paid', roles: finance },
  { from: 'overdue', to: 'paid', roles: finance },
  { from: 'overdue', to: 'void', roles: finance, reason: true },
  { from: 'overdue', to: 'written_off', roles: finance, reason: true },
];

describe('invoiceWorkflow', () => {
  it('allows exactly the expected moves for every status and role', () => {
    const checked = checkWorkflowAgainstTable(
      {
        statuses: invoiceWorkflow.statuses,
        next: nextInvoiceStatuses,
        assert: assertInvoiceTransition,
      },
      expectedMoves,
    );
    expect(checked).toBe(7 * 7 * 4);
  });

  it('never lets a rep or a manager mark an invoice paid', () => {
    for (const role of ['rep', 'manager'] as const) {
      for (const from of ['issued', 'partially_paid', 'overdue'] as const) {
        expect(() => assertInvoiceTransition({ from, to: 'paid', role })).toThrow(
          expect.objectContaining({
            code: 'roleNotAllowed',
            params: expect.objectContaining({ from, to: 'paid', role }),
          }),
        );
      }
    }
  });

  it('cannot void an invoice that has received money', () => {
    expect(() =>
      assertInvoiceTransition({ from: 'partially_paid', to: 'void', role: 'admin', reason: 'x' }),
    ).toThrow(expect.objectContaining({ code: 'forbiddenTransition' }));
  });

  it('treats paid, void and written-off invoices as final', () => {
    for (const from of ['paid', 'void', 'written_off'] as const) {
      expect(nextInvoiceStatuses({ from, role: 'admin' })).toEqual([]);
    }
  });
});
