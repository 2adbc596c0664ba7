import type { Opportunity, OpportunityStage, StageChange } from '../domain/opportunity.ts';
import type { Role } from '../domain/roles.ts';
import type { OpportunityStagesValue } from '../domain/setting.ts';
import { assertOpportunityTransition, isClosedStage } from '../workflow/opportunityWorkflow.ts';
import { stageProbability } from './stageProbabilities.ts';

const maxHistory = 500;

/**
 * Moves an opportunity to another stage through the opportunity workflow (losing and reopening
 * need a reason), resets its probability to the stage default, stamps or clears the close, and
 * records the change (who, when, from, to) in its stage history.
 */
export function changeOpportunityStage({
  opportunity,
  to,
  actor,
  now,
  reason,
  stages,
}: {
  opportunity: Opportunity;
  to: OpportunityStage;
  actor: { id: string; role: Role };
  now: string;
  reason?: string;
  /** The `opportunityStages` setting, for the default probability. */
  stages?: OpportunityStagesValue;
}): Opportunity {
  const from = opportunity.stage;
  assertOpportunityTransition({
    from,
    to,
    role: actor.role,
    ...(reason !== undefined ? { reason } : {}),
  });
  const trimmed = reason?.trim();
  const change: StageChange = {
    from,
    to,
    at: now,
    by: actor.id,
    ...(trimmed ? { reason: trimmed.slice(0, 500) } : {}),
  };
  const { closedAt: _closedAt, lostReason: _lostReason, ...open } = opportunity;
  const base: Opportunity = isClosedStage(to) ? { ...open, closedAt: now } : open;
  return {
    ...base,
    ...(to === 'closed_lost' && trimmed ? { lostReason: trimmed.slice(0, 500) } : {}),
    stage: to,
    probability: stageProbability(to, stages),
    stageHistory: [...(opportunity.stageHistory ?? []), change].slice(-maxHistory),
    updatedAt: now,
  };
}
