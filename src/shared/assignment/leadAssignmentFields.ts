import type { Lead } from '../domain/lead.ts';
import type { AssignableLead, AssignmentDecision } from './decideAssignment.ts';

/** What the assignment rules read from a lead. */
export function assignableLead(lead: Lead): AssignableLead {
  return {
    source: lead.source,
    country: lead.country,
    region: lead.region,
    postalCode: lead.postalCode,
    productInterest: lead.productInterest,
    formKey: lead.attribution?.formKey,
  };
}

/** The lead given to the decided owner, with the rule that did it recorded on the lead. */
export function withAssignment(lead: Lead, decision: AssignmentDecision, at: string): Lead {
  const { needsAssignment: _waiting, ...rest } = lead;
  return {
    ...rest,
    ownerId: decision.ownerId,
    assignment: { ruleId: decision.ruleId, ruleName: decision.ruleName, at },
  };
}
