import { DomainError } from '../domain/DomainError.ts';
import type { Quote } from '../domain/quote.ts';
import type { Actor } from '../domain/roles.ts';
import type { SettingValue } from '../domain/setting.ts';
import { quoteNeedsApproval } from '../workflow/quoteNeedsApproval.ts';
import { assertQuoteTransition } from '../workflow/quoteWorkflow.ts';
import { isQuoteExpired } from './quoteExpiry.ts';

type ApprovalThresholds = Extract<SettingValue, { kind: 'approvalThresholds' }>;

/** Sends a draft to the approvers (works offline; the request syncs). */
export function requestApproval({
  quote,
  actor,
  reason,
  now,
}: {
  quote: Quote;
  actor: Actor;
  reason?: string;
  now: string;
}): Quote {
  assertQuoteTransition({ from: quote.status, to: 'pending_approval', role: actor.role });
  const trimmed = reason?.trim();
  return {
    ...quote,
    status: 'pending_approval',
    approval: {
      requestedBy: actor.id,
      requestedAt: now,
      ...(trimmed ? { reason: trimmed } : {}),
    },
    updatedAt: now,
  };
}

/**
 * Records a manager's decision on a pending quote: approved moves it on, rejected returns it to
 * draft with the comment (required) for the rep. Nobody approves a quote they own or asked
 * approval for (`cannotApproveOwnQuote`); with `thresholds`, only the roles the broken rules
 * name (or an admin) may decide.
 */
export function decideApproval({
  quote,
  actor,
  decision,
  comment,
  now,
  thresholds,
}: {
  quote: Quote;
  actor: Actor;
  decision: 'approved' | 'rejected';
  comment?: string;
  now: string;
  thresholds?: ApprovalThresholds;
}): Quote {
  const approval = quote.approval;
  if (quote.status !== 'pending_approval' || approval === undefined) {
    throw new DomainError('approvalNotPending', { number: quote.number, status: quote.status });
  }
  if (actor.id === approval.requestedBy || actor.id === quote.ownerId) {
    throw new DomainError('cannotApproveOwnQuote', { number: quote.number, userId: actor.id });
  }
  const allowed: string[] = ['manager', 'admin'];
  if (thresholds !== undefined) {
    const check = quoteNeedsApproval({ quote, thresholds });
    if (check.required) allowed.splice(0, allowed.length, ...check.approverRoles, 'admin');
  }
  if (!allowed.includes(actor.role)) {
    throw new DomainError('roleNotAllowed', {
      workflow: 'quote',
      from: quote.status,
      to: decision === 'approved' ? 'approved' : 'draft',
      role: actor.role,
      allowedRoles: [...new Set(allowed)].join(', '),
    });
  }
  const to = decision === 'approved' ? 'approved' : 'draft';
  assertQuoteTransition({ from: quote.status, to, role: actor.role, reason: comment });
  const trimmed = comment?.trim();
  return {
    ...quote,
    status: to,
    approval: {
      ...approval,
      decidedBy: actor.id,
      decision,
      decidedAt: now,
      ...(trimmed ? { comment: trimmed } : {}),
    },
    updatedAt: now,
  };
}

/**
 * Marks a quote sent to the customer: a draft only when it needs no approval, else it must be
 * approved first (`approvalRequired`); an expired quote must be revised (`quoteExpired`).
 */
export function sendQuote({
  quote,
  actor,
  thresholds,
  now,
}: {
  quote: Quote;
  actor: Actor;
  thresholds: ApprovalThresholds;
  now: string;
}): Quote {
  const approvalRequired = quoteNeedsApproval({ quote, thresholds }).required;
  assertQuoteTransition({ from: quote.status, to: 'sent', role: actor.role, approvalRequired });
  if (isQuoteExpired({ quote, now })) {
    throw new DomainError('quoteExpired', { number: quote.number, validUntil: quote.validUntil });
  }
  return { ...quote, status: 'sent', sentAt: now, updatedAt: now };
}
