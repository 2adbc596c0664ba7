import type { Activity } from '../domain/activity.ts';
import type { Lead } from '../domain/lead.ts';
import type { Opportunity } from '../domain/opportunity.ts';
import { type LeadHistory, leadFeatures } from './leadFeatures.ts';
import type { TrainingExample } from './logisticRegression.ts';

const touchTypes: ReadonlySet<Activity['type']> = new Set(['call', 'visit', 'email', 'meeting']);

/** A lead's known outcome: won (its deal closed won), lost (disqualified or deal lost), or open. */
export function leadOutcome(
  lead: Lead,
  opportunities: ReadonlyMap<string, Opportunity>,
): 'won' | 'lost' | 'open' {
  if (lead.status === 'disqualified') return 'lost';
  const deal = lead.convertedOpportunityId
    ? opportunities.get(lead.convertedOpportunityId)
    : undefined;
  if (deal?.stage === 'closed_won') return 'won';
  if (deal?.stage === 'closed_lost') return 'lost';
  return 'open';
}

/**
 * Each lead with the work done on it: done calls, visits, emails and meetings logged on the lead
 * itself (work on the deal after conversion would give the outcome away) and days to the first.
 */
export function leadHistories(params: {
  leads: readonly Lead[];
  activities: readonly Activity[];
}): LeadHistory[] {
  const touches = new Map<string, string[]>();
  for (const activity of params.activities) {
    if (activity.related.collection !== 'leads' || !activity.done) continue;
    if (!touchTypes.has(activity.type)) continue;
    const list = touches.get(activity.related.id) ?? [];
    list.push(activity.occurredAt);
    touches.set(activity.related.id, list);
  }
  return params.leads.map((lead) => {
    const times = touches.get(lead.id) ?? [];
    const first = [...times].sort()[0];
    const daysToFirstTouch =
      first === undefined
        ? undefined
        : (Date.parse(first) - Date.parse(lead.createdAt)) / 86_400_000;
    return { lead, activityCount: times.length, daysToFirstTouch };
  });
}

/** The training set: every lead whose outcome is known, as features and won/lost. */
export function trainingExamples(params: {
  histories: readonly LeadHistory[];
  opportunities: readonly Opportunity[];
}): TrainingExample[] {
  const deals = new Map(params.opportunities.map((deal) => [deal.id, deal]));
  const examples: TrainingExample[] = [];
  for (const history of params.histories) {
    const outcome = leadOutcome(history.lead, deals);
    if (outcome === 'open') continue;
    examples.push({ features: leadFeatures(history), won: outcome === 'won' });
  }
  return examples;
}
