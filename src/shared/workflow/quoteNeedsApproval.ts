import type { LineItem } from '../domain/lineItemSchema.ts';
import type { Role } from '../domain/roles.ts';
import type { SettingValue } from '../domain/setting.ts';

type ApprovalThresholds = Extract<SettingValue, { kind: 'approvalThresholds' }>;

export type ApprovalTrigger = 'lineDiscount' | 'orderDiscount' | 'total';

export type ApprovalCheck = {
  required: boolean;
  /** Who may approve: the roles of every threshold rule the quote breaks. */
  approverRoles: Role[];
  triggers: ApprovalTrigger[];
};

/**
 * Tells whether a quote breaks an approval threshold of its currency (a line or order discount
 * above `maxDiscountBps`, or a total above `maxTotal`); currencies without rules need no approval.
 */
export function quoteNeedsApproval({
  quote,
  thresholds,
}: {
  quote: {
    currency: string;
    lines: readonly Pick<LineItem, 'discountBps'>[];
    orderDiscountBps: number;
    totals: { total: number };
  };
  thresholds: ApprovalThresholds;
}): ApprovalCheck {
  const triggers = new Set<ApprovalTrigger>();
  const approverRoles = new Set<Role>();
  for (const rule of thresholds.rules) {
    if (rule.currency !== quote.currency) continue;
    const broken: ApprovalTrigger[] = [];
    if (quote.lines.some((line) => line.discountBps > rule.maxDiscountBps))
      broken.push('lineDiscount');
    if (quote.orderDiscountBps > rule.maxDiscountBps) broken.push('orderDiscount');
    if (rule.maxTotal !== undefined && quote.totals.total > rule.maxTotal) broken.push('total');
    for (const trigger of broken) triggers.add(trigger);
    if (broken.length > 0) approverRoles.add(rule.approverRole);
  }
  return {
    required: triggers.size > 0,
    approverRoles: [...approverRoles],
    triggers: [...triggers],
  };
}
