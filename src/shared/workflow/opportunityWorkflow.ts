import { type OpportunityStage, opportunityStages } from '../domain/opportunity.ts';
import type { Role } from '../domain/roles.ts';
import {
  assertTransition,
  defineWorkflow,
  nextStatuses,
  type TransitionRequest,
  type TransitionRule,
} from './stateMachine.ts';

const sellers = ['rep', 'manager', 'admin'] as const satisfies readonly Role[];
const overseers = ['manager', 'admin'] as const satisfies readonly Role[];

/** The stages of a deal still being worked. */
export const openOpportunityStages = [
  'prospecting',
  'qualification',
  'proposal',
  'negotiation',
] as const satisfies readonly OpportunityStage[];

/** Tells whether a stage is closed (won or lost). */
export function isClosedStage(stage: OpportunityStage): boolean {
  return stage === 'closed_won' || stage === 'closed_lost';
}

// Deals move back as well as forward while open: a stalled negotiation returns to proposal.
const moveBetweenOpenStages: TransitionRule<OpportunityStage>[] = openOpportunityStages.map(
  (to) => ({ from: openOpportunityStages.filter((from) => from !== to), to, roles: sellers }),
);

// Reopening a closed deal changes the forecast, so only a manager or an admin may do it.
const reopen: TransitionRule<OpportunityStage>[] = openOpportunityStages.map((to) => ({
  from: ['closed_won', 'closed_lost'],
  to,
  roles: overseers,
  reasonRequired: true,
}));

/** prospecting → qualification → proposal → negotiation → closed_won / closed_lost; reopen by a manager. */
export const opportunityWorkflow = defineWorkflow<OpportunityStage>({
  name: 'opportunity',
  statuses: opportunityStages,
  rules: [
    ...moveBetweenOpenStages,
    { from: openOpportunityStages, to: 'closed_won', roles: sellers },
    { from: openOpportunityStages, to: 'closed_lost', roles: sellers, reasonRequired: true },
    ...reopen,
  ],
});

/** The stages `role` may move an opportunity to from `from`. */
export function nextOpportunityStages(args: {
  from: OpportunityStage;
  role: Role;
}): OpportunityStage[] {
  return nextStatuses(opportunityWorkflow, args);
}

/** Throws a DomainError unless the opportunity may move; losing and reopening need a reason. */
export function assertOpportunityTransition(request: TransitionRequest<OpportunityStage>): void {
  assertTransition(opportunityWorkflow, request);
}
