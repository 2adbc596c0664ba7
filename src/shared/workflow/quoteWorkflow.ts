import { DomainError } from '../domain/DomainError.ts';
import { type QuoteStatus, quoteStatuses } from '../domain/quote.ts';
import type { Role } from '../domain/roles.ts';
import {
  assertTransition,
  defineWorkflow,
  nextStatuses,
  type TransitionRequest,
} from './stateMachine.ts';

const sellers = ['rep', 'manager', 'admin'] as const satisfies readonly Role[];
const approvers = ['manager', 'admin'] as const satisfies readonly Role[];
const everyone = ['rep', 'manager', 'finance', 'admin'] as const satisfies readonly Role[];

/**
 * draft → pending_approval → approved → sent → accepted / rejected / expired. A draft goes
 * straight to sent only when no approval is needed. Revising returns a quote to draft (the
 * command bumps the version and keeps the old one). An accepted quote is a contract: final.
 */
export const quoteWorkflow = defineWorkflow<QuoteStatus>({
  name: 'quote',
  statuses: quoteStatuses,
  rules: [
    { from: ['draft'], to: 'pending_approval', roles: sellers },
    { from: ['pending_approval'], to: 'approved', roles: approvers },
    // Back to draft: an approver declines, or the rep withdraws or revises; either way say why.
    {
      from: ['pending_approval', 'approved', 'sent', 'rejected', 'expired'],
      to: 'draft',
      roles: sellers,
      reasonRequired: true,
    },
    { from: ['draft', 'approved'], to: 'sent', roles: sellers },
    { from: ['sent'], to: 'accepted', roles: sellers },
    { from: ['sent'], to: 'rejected', roles: sellers, reasonRequired: true },
    // Expiry is noticed by whichever device sees the validity date pass.
    { from: ['sent'], to: 'expired', roles: everyone },
  ],
});

export type QuoteTransitionRequest = TransitionRequest<QuoteStatus> & {
  /** Whether the quote's discounts or total exceed the approval thresholds. */
  approvalRequired?: boolean;
};

/** The statuses `role` may move a quote to; sending a draft is offered only when no approval is needed. */
export function nextQuoteStatuses(args: {
  from: QuoteStatus;
  role: Role;
  approvalRequired?: boolean;
}): QuoteStatus[] {
  const next = nextStatuses(quoteWorkflow, args);
  return args.from === 'draft' && args.approvalRequired === true
    ? next.filter((status) => status !== 'sent')
    : next;
}

/** Throws a DomainError unless the quote may move; `approvalRequired` when a draft that needs approval is sent. */
export function assertQuoteTransition(request: QuoteTransitionRequest): void {
  assertTransition(quoteWorkflow, request);
  if (request.from === 'draft' && request.to === 'sent' && request.approvalRequired === true) {
    throw new DomainError(
      'approvalRequired',
      { workflow: 'quote', from: request.from, to: request.to, role: request.role },
      'quote: this draft needs approval before it can be sent',
    );
  }
}
