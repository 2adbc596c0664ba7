import { DomainError } from '../../shared/domain/DomainError.ts';
import type { Quote, QuoteApproval } from '../../shared/domain/quote.ts';
import type { SettingValue } from '../../shared/domain/setting.ts';
import { deepEqual } from '../../shared/sync/deepEqual.ts';
import { quoteNeedsApproval } from '../../shared/workflow/quoteNeedsApproval.ts';
import type { Actor } from './accessRules.ts';

export type ApprovalThresholds = Extract<SettingValue, { kind: 'approvalThresholds' }>;

const decisionFields = ['decidedBy', 'decision', 'comment', 'decidedAt'] as const;
const pricedFields = ['lines', 'orderDiscountBps', 'currency'] as const;
// Statuses a quote only reaches once sent (possibly several offline moves in one push).
const shownToCustomer = new Set<string>(['sent', 'accepted', 'rejected', 'expired']);

function decisionOf(approval: QuoteApproval | undefined) {
  return decisionFields.map((field) => approval?.[field]);
}

/**
 * The server's own check of a pushed quote, beyond its status workflow: an approval decision is
 * made only by a manager or admin (or the role the broken threshold names), in their own name,
 * never on a quote they own or asked approval for; a quote that breaks a threshold is sent only
 * once approved; an approved or sent quote keeps its lines until it is revised. Throws DomainError.
 */
export function assertQuoteChange(params: {
  actor: Actor;
  current: Quote | undefined;
  next: Quote;
  thresholds: ApprovalThresholds | undefined;
}): void {
  const { actor, current, next, thresholds } = params;
  const approval = next.approval;
  const decided =
    approval?.decision !== undefined &&
    !deepEqual(decisionOf(current?.approval), decisionOf(approval));
  if (decided && approval) {
    const pending =
      current?.status === 'pending_approval' && current.approval?.decision === undefined;
    if (!pending) {
      throw new DomainError('approvalNotPending', {
        number: next.number,
        status: current?.status ?? 'new',
      });
    }
    if (actor.id === next.ownerId || actor.id === approval.requestedBy) {
      throw new DomainError('cannotApproveOwnQuote', { number: next.number, userId: actor.id });
    }
    const check = thresholds ? quoteNeedsApproval({ quote: next, thresholds }) : undefined;
    const allowed = new Set<string>(
      check?.required ? [...check.approverRoles, 'admin'] : ['manager', 'admin'],
    );
    if (!allowed.has(actor.role)) {
      throw new DomainError('roleNotAllowed', {
        workflow: 'quote',
        from: current?.status ?? 'new',
        to: next.status,
        role: actor.role,
        allowedRoles: [...allowed].join(', '),
      });
    }
    if (approval.decidedBy !== actor.id) {
      throw new DomainError('decisionNotYours', { number: next.number, userId: actor.id });
    }
  }
  if (next.status === 'approved' && current?.status !== 'approved') {
    if (!decided || approval?.decision !== 'approved') {
      throw new DomainError('approvalRequired', { workflow: 'quote', to: 'approved' });
    }
  }
  if (current && current.status !== 'draft' && next.status !== 'draft') {
    for (const field of pricedFields) {
      if (!deepEqual(current[field], next[field])) {
        throw new DomainError('quoteNotEditable', { number: next.number, status: current.status });
      }
    }
  }
  const offered = shownToCustomer.has(next.status);
  if (offered && !(current && shownToCustomer.has(current.status)) && thresholds) {
    const required = quoteNeedsApproval({ quote: next, thresholds }).required;
    if (required && approval?.decision !== 'approved') {
      throw new DomainError('approvalRequired', {
        workflow: 'quote',
        from: current?.status ?? 'new',
        to: next.status,
        role: actor.role,
      });
    }
  }
}
