import { describe, expect, it } from 'vitest';
import type { OrderStatus } from '../domain/order.ts';
import { checkWorkflowAgainstTable, type ExpectedMove } from './checkWorkflowAgainstTable.ts';
import { assertOrderTransition, nextOrderStatuses, orderWorkflow } from './orderWorkflow.ts';

const sellers = ['rep', 'manager', 'admin'] as const;

const expectedMoves: ExpectedMove<OrderStatus>[] = [
  { from: 'draft', to: 'confirmed', roles: sellers },
  { from: 'confirmed', to: 'in_fulfillment', roles: sellers },
  { from: 'in_fulfillment', to: 'fulfilled', roles: sellers },
  { from: 'fulfilled', to: 'closed', roles: ['manager', 'finance', 'admin'] },
  { from: 'draft', to: 'cancelled', roles: sellers, reason: true },
  { from: 'confirmed', to: 'cancelled', roles: sellers, reason: true },
  { from: 'in_fulfillment', to: 'cancelled', roles: ['manager', 'admin'], reason: true },
];

describe('orderWorkflow', () => {
  it('allows exactly the expected moves for every status and role', () => {
    const checked = checkWorkflowAgainstTable(
      { statuses: orderWorkflow.statuses, next: nextOrderStatuses, assert: assertOrderTransition },
      expectedMoves,
    );
    expect(checked).toBe(6 * 6 * 4);
  });

  it('cannot cancel a fulfilled order, whoever asks', () => {
    expect(() =>
      assertOrderTransition({ from: 'fulfilled', to: 'cancelled', role: 'admin', reason: 'Oops' }),
    ).toThrow(expect.objectContaining({ code: 'forbiddenTransition' }));
  });

  it('needs a cancel reason', () => {
    expect(() =>
      assertOrderTransition({ from: 'confirmed', to: 'cancelled', role: 'rep' }),
    ).toThrow(expect.objectContaining({ code: 'reasonRequired' }));
  });
});
