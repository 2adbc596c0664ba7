import { DomainError } from '../domain/DomainError.ts';
import type { OpportunityStagesValue } from '../domain/setting.ts';

/** What is wrong with one stage's settings, for the stages editor. */
export type OpportunityStageProblem = {
  stage: string;
  problem: 'duplicateStage' | 'labelRequired' | 'fixedProbability';
};

/** Lists what zod cannot see in the stages setting: each stage once, a label in some language, won 100 % and lost 0 %. */
export function checkOpportunityStages(value: OpportunityStagesValue): OpportunityStageProblem[] {
  const problems: OpportunityStageProblem[] = [];
  const seen = new Set<string>();
  for (const item of value.stages) {
    if (seen.has(item.stage)) problems.push({ stage: item.stage, problem: 'duplicateStage' });
    seen.add(item.stage);
    if (!item.label.zh.trim() && !item.label.en.trim()) {
      problems.push({ stage: item.stage, problem: 'labelRequired' });
    }
    const fixed =
      item.stage === 'closed_won' ? 100 : item.stage === 'closed_lost' ? 0 : item.probability;
    if (item.probability !== fixed) {
      problems.push({ stage: item.stage, problem: 'fixedProbability' });
    }
  }
  return problems;
}

/** Throws `invalidOpportunityStages` (params: stage, problem) for the first problem checkOpportunityStages finds. */
export function assertOpportunityStages(value: OpportunityStagesValue): void {
  const [first] = checkOpportunityStages(value);
  if (first) throw new DomainError('invalidOpportunityStages', first);
}
