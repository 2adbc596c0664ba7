import type { OpportunityStage } from '../domain/opportunity.ts';
import type { OpportunityStagesValue } from '../domain/setting.ts';

/** The stage labels and default win probabilities used until an admin edits the `opportunityStages` setting. */
export const defaultOpportunityStages: OpportunityStagesValue = {
  kind: 'opportunityStages',
  stages: [
    { stage: 'prospecting', label: { zh: '初步接触', en: 'Prospecting' }, probability: 10 },
    { stage: 'qualification', label: { zh: '需求确认', en: 'Qualification' }, probability: 20 },
    { stage: 'proposal', label: { zh: '方案报价', en: 'Proposal' }, probability: 50 },
    { stage: 'negotiation', label: { zh: '商务谈判', en: 'Negotiation' }, probability: 75 },
    { stage: 'closed_won', label: { zh: '赢单', en: 'Closed won' }, probability: 100 },
    { stage: 'closed_lost', label: { zh: '输单', en: 'Closed lost' }, probability: 0 },
  ],
};

/** The default win probability (percent) of a stage: the setting's if it lists the stage, else the built-in default; won is always 100, lost 0. */
export function stageProbability(
  stage: OpportunityStage,
  setting: OpportunityStagesValue = defaultOpportunityStages,
): number {
  if (stage === 'closed_won') return 100;
  if (stage === 'closed_lost') return 0;
  const configured = setting.stages.find((item) => item.stage === stage);
  if (configured !== undefined) return configured.probability;
  return defaultOpportunityStages.stages.find((item) => item.stage === stage)?.probability ?? 0;
}
