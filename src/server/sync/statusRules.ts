import type { CollectionName } from '../../shared/domain/collections.ts';
import { DomainError } from '../../shared/domain/DomainError.ts';
import type { Role } from '../../shared/domain/roles.ts';
import { invoiceWorkflow } from '../../shared/workflow/invoiceWorkflow.ts';
import { leadWorkflow } from '../../shared/workflow/leadWorkflow.ts';
import { opportunityWorkflow } from '../../shared/workflow/opportunityWorkflow.ts';
import { orderWorkflow } from '../../shared/workflow/orderWorkflow.ts';
import { quoteWorkflow } from '../../shared/workflow/quoteWorkflow.ts';
import { assertTransition, type Workflow } from '../../shared/workflow/stateMachine.ts';
import { ticketWorkflow } from '../../shared/workflow/ticketWorkflow.ts';

type StatusRule = {
  workflow: Workflow<string>;
  field: string;
  reasonField?: string;
  /** Statuses a record may be created in; anything else must be reached through the workflow. */
  initial: readonly string[];
};

const statusRules: Partial<Record<CollectionName, StatusRule>> = {
  leads: {
    workflow: leadWorkflow,
    field: 'status',
    reasonField: 'disqualifyReason',
    initial: ['new', 'contacted', 'qualified'],
  },
  opportunities: {
    workflow: opportunityWorkflow,
    field: 'stage',
    reasonField: 'lostReason',
    initial: ['prospecting', 'qualification', 'proposal', 'negotiation'],
  },
  quotes: {
    workflow: quoteWorkflow,
    field: 'status',
    reasonField: 'rejectionReason',
    initial: ['draft'],
  },
  orders: {
    workflow: orderWorkflow,
    field: 'status',
    reasonField: 'cancelReason',
    initial: ['draft'],
  },
  invoices: {
    workflow: invoiceWorkflow,
    field: 'status',
    reasonField: 'voidReason',
    initial: ['draft'],
  },
  tickets: { workflow: ticketWorkflow, field: 'status', initial: ['new'] },
};

/**
 * Checks a pushed status change against the shared workflow for the pusher's role; throws the
 * workflow's DomainError, or `invalidInitialStatus` when a record is created past its start.
 */
export function assertStatusChange(params: {
  collection: CollectionName;
  role: Role;
  current: Record<string, unknown> | undefined;
  next: Record<string, unknown>;
}): void {
  const rule = statusRules[params.collection];
  if (!rule) return;
  const to = String(params.next[rule.field]);
  if (params.current === undefined) {
    if (!rule.initial.includes(to)) {
      throw new DomainError('invalidInitialStatus', { workflow: rule.workflow.name, to });
    }
    return;
  }
  const from = String(params.current[rule.field]);
  if (from === to) return;
  const reason = rule.reasonField ? params.next[rule.reasonField] : undefined;
  assertTransition(rule.workflow, {
    from,
    to,
    role: params.role,
    reason: typeof reason === 'string' ? reason : undefined,
  });
}
