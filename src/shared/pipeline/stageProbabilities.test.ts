import { describe, expect, it } from 'vitest';
import { opportunityStages } from '../domain/opportunity.ts';
import { opportunityStagesValueSchema } from '../domain/setting.ts';
import { defaultOpportunityStages, stageProbability } from './stageProbabilities.ts';

describe('stageProbability', () => {
  it('has a valid default setting covering every stage', () => {
    expect(opportunityStagesValueSchema.parse(defaultOpportunityStages)).toEqual(
      defaultOpportunityStages,
    );
    expect(defaultOpportunityStages.stages.map((item) => item.stage)).toEqual([
      ...opportunityStages,
    ]);
    expect(opportunityStages.map((stage) => stageProbability(stage))).toEqual([
      10, 20, 50, 75, 100, 0,
    ]);
  });

  it('takes configured stages and falls back to defaults for the rest; closed stages are fixed', () => {
    const setting = {
      kind: 'opportunityStages' as const,
      stages: [
        { stage: 'proposal' as const, label: { zh: '报价', en: 'Quote' }, probability: 40 },
        { stage: 'closed_won' as const, label: { zh: '赢', en: 'Won' }, probability: 90 },
      ],
    };
    expect(stageProbability('proposal', setting)).toBe(40);
    expect(stageProbability('negotiation', setting)).toBe(75);
    expect(stageProbability('closed_won', setting)).toBe(100);
  });
});
