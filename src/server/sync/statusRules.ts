import type { CollectionName } from '../../shared/domain/collections.ts';
import { DomainError } from '../../shared/domain/DomainError.ts';
import type { Role } from '../../shared/domain/roles.ts';
import { invoiceWorkflow } from '../../shared/workflow/invoiceWorkflow.ts';
import { leadWorkflow } from '../../shared/workflow/leadWorkflow.ts';
import { opportunityWorkflow } from '../../shared/workflow/opportunityWorkflow.ts';
import { orderWorkflow } from '../../shared/workflow/orderWorkflow.ts';
import { quoteWorkflow } from '../../shared/workflow/quoteWorkflow.ts';
import {
  assertTransition,
  nextStatuses,
  type Workflow,
} from '../../shared/workflow/stateMachine.ts';
import { ticketWorkflow } from '../../shared/workflow/ticketWorkflow.ts';

/**
 * Why a quote moved: a customer's rejection says so in `rejectionReason`, an approver's in the
 * approval comment. A rep's withdrawal or revision keeps its reason on the device (the quote
 * has no field for it), so back to draft without a rejected decision counts as a revision.
 */
function quoteReason(next: Record<string, unknown>, to: string): unknown {
  if (to !== 'draft') return next.rejectionReason;
  const approval = next.approval as { decision?: string; comment?: string } | undefined;
  return approval?.decision === 'rejected' ? approval.comment : 'revision';
}

/** A write-off's reason is in the write-off; a void's in `voidReason`. */
function invoiceReason(next: Record<string, unknown>, to: string): unknown {
  if (to !== 'written_off') return next.voidReason;
  const writeOff = next.writeOff as { reason?: unknown } | undefined;
  return writeOff?.reason;
}

type StatusRule = {
  workflow: Workflow<string>;
  field: string;
  reasonField?: string;
  /** Accept a status several allowed moves away (offline work is pushed as its last state). */
  multiStep?: boolean;
  /** Where the reason for a move is, when it is not always `reasonField`. */
  reasonOf?: (next: Record<string, unknown>, to: string) => unknown;
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
    reasonOf: quoteReason,
    multiStep: true,
    initial: ['draft'],
  },
  orders: {
    workflow: orderWorkflow,
    field: 'status',
    reasonField: 'cancelReason',
    // A rep confirms and ships offline; one full shipment moves confirmed → fulfilled at once.
    multiStep: true,
    initial: ['draft'],
  },
  invoices: {
    workflow: invoiceWorkflow,
    field: 'status',
    reasonField: 'voidReason',
    reasonOf: invoiceReason,
    // Finance issues and takes payments offline; the device pushes only the last state.
    multiStep: true,
    initial: ['draft'],
  },
  tickets: {
    workflow: ticketWorkflow,
    field: 'status',
    // A closed ticket's reopen reason is a note on its timeline (the ticket has no field for it).
    reasonOf: (_next, to) => (to === 'in_progress' ? 'reopened' : undefined),
    // Support opens, answers and resolves offline; the device pushes only the last state.
    multiStep: true,
    initial: ['new'],
  },
};

/** Statuses `role` can reach from `from` in one or more moves it may make itself. */
function reachable(workflow: Workflow<string>, from: string, role: Role): Set<string> {
  const seen = new Set<string>([from]);
  const queue = [from];
  for (let status = queue.shift(); status !== undefined; status = queue.shift()) {
    for (const next of nextStatuses(workflow, { from: status, role })) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  seen.delete(from);
  return seen;
}

/**
 * Checks a pushed status change against the shared workflow for the pusher's role; throws the
 * workflow's DomainError, or `invalidInitialStatus` when a record is created past its start.
 * Where `multiStep` is set, a device that made several moves offline pushes only the last
 * state, so any status the role could reach by its own moves is accepted (with its reason).
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
  const start = rule.initial[0] ?? '';
  if (params.current === undefined && rule.initial.includes(to)) return;
  if (params.current === undefined && !rule.multiStep) {
    throw new DomainError('invalidInitialStatus', { workflow: rule.workflow.name, to });
  }
  const from = params.current === undefined ? start : String(params.current[rule.field]);
  if (from === to) return;
  const raw = rule.reasonOf
    ? rule.reasonOf(params.next, to)
    : rule.reasonField
      ? params.next[rule.reasonField]
      : undefined;
  const reason = typeof raw === 'string' ? raw : undefined;
  try {
    assertTransition(rule.workflow, { from, to, role: params.role, reason });
  } catch (error) {
    if (!rule.multiStep || !reachable(rule.workflow, from, params.role).has(to)) {
      if (params.current === undefined) {
        throw new DomainError('invalidInitialStatus', { workflow: rule.workflow.name, to });
      }
      throw error;
    }
    const needsReason = rule.workflow.rules.some((r) => r.to === to && r.reasonRequired);
    if (needsReason && !reason?.trim()) {
      throw new DomainError('reasonRequired', { workflow: rule.workflow.name, from, to });
    }
  }
}
