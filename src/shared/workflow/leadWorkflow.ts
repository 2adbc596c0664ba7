import type { LeadStatus } from '../domain/lead.ts';
import { leadStatuses } from '../domain/lead.ts';
import type { Role } from '../domain/roles.ts';
import {
  assertTransition,
  defineWorkflow,
  nextStatuses,
  type TransitionRequest,
} from './stateMachine.ts';

const sellers = ['rep', 'manager', 'admin'] as const satisfies readonly Role[];

/** new → contacted → qualified → converted; disqualify (with a reason) and requalify. Finance does not work leads. */
export const leadWorkflow = defineWorkflow<LeadStatus>({
  name: 'lead',
  statuses: leadStatuses,
  rules: [
    { from: ['new'], to: 'contacted', roles: sellers },
    { from: ['new', 'contacted'], to: 'qualified', roles: sellers },
    { from: ['qualified'], to: 'converted', roles: sellers },
    {
      from: ['new', 'contacted', 'qualified'],
      to: 'disqualified',
      roles: sellers,
      reasonRequired: true,
    },
    { from: ['disqualified'], to: 'new', roles: sellers },
  ],
});

/** The statuses `role` may move a lead to from `from`. */
export function nextLeadStatuses(args: { from: LeadStatus; role: Role }): LeadStatus[] {
  return nextStatuses(leadWorkflow, args);
}

/** Throws a DomainError (`forbiddenTransition`, `roleNotAllowed`, `reasonRequired`) unless the lead may move. */
export function assertLeadTransition(request: TransitionRequest<LeadStatus>): void {
  assertTransition(leadWorkflow, request);
}
