import { describe, expect, it } from 'vitest';
import { quoteNeedsApproval } from './quoteNeedsApproval.ts';

const thresholds = {
  kind: 'approvalThresholds' as const,
  rules: [
    { id: 'cny-manager', currency: 'CNY', maxDiscountBps: 1_000, approverRole: 'manager' as const },
    {
      id: 'cny-admin',
      currency: 'CNY',
      maxDiscountBps: 2_500,
      maxTotal: 100_000_000,
      approverRole: 'admin' as const,
    },
  ],
};

const quote = (discounts: number[], orderDiscountBps: number, total: number, currency = 'CNY') => ({
  currency,
  lines: discounts.map((discountBps) => ({ discountBps })),
  orderDiscountBps,
  totals: { total },
});

describe('quoteNeedsApproval', () => {
  it.each([
    ['within every limit', quote([0, 1_000], 1_000, 5_000_000), false, [], []],
    [
      'a line discount above 10 %',
      quote([0, 1_001], 0, 5_000_000),
      true,
      ['manager'],
      ['lineDiscount'],
    ],
    [
      'an order discount above 25 %',
      quote([0], 2_600, 5_000_000),
      true,
      ['manager', 'admin'],
      ['orderDiscount'],
    ],
    ['a total above ¥1,000,000', quote([0], 0, 100_000_001), true, ['admin'], ['total']],
    ['a currency without rules', quote([5_000], 5_000, 1e12, 'USD'), false, [], []],
  ] as const)('%s', (_what, q, required, approverRoles, triggers) => {
    expect(quoteNeedsApproval({ quote: q, thresholds })).toEqual({
      required,
      approverRoles: [...approverRoles],
      triggers: [...triggers],
    });
  });
});
