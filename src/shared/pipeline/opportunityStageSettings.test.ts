import { describe, expect, it } from 'vitest';
import { isDomainError } from '../domain/DomainError.ts';
import type { OpportunityStagesValue } from '../domain/setting.ts';
import { assertOpportunityStages, checkOpportunityStages } from './checkOpportunityStages.ts';
import { stageLabel } from './stageLabel.ts';
import { defaultOpportunityStages } from './stageProbabilities.ts';

describe('checkOpportunityStages', () => {
  it('accepts the defaults', () => {
    expect(checkOpportunityStages(defaultOpportunityStages)).toEqual([]);
  });

  it('flags a repeated stage, a stage with no label and a won/lost probability that is not 100/0', () => {
    const value: OpportunityStagesValue = {
      kind: 'opportunityStages',
      stages: [
        { stage: 'proposal', label: { zh: '方案', en: '' }, probability: 40 },
        { stage: 'proposal', label: { zh: ' ', en: ' ' }, probability: 40 },
        { stage: 'closed_won', label: { zh: '赢单', en: 'Won' }, probability: 90 },
        { stage: 'closed_lost', label: { zh: '输单', en: 'Lost' }, probability: 5 },
      ],
    };
    expect(checkOpportunityStages(value)).toEqual([
      { stage: 'proposal', problem: 'duplicateStage' },
      { stage: 'proposal', problem: 'labelRequired' },
      { stage: 'closed_won', problem: 'fixedProbability' },
      { stage: 'closed_lost', problem: 'fixedProbability' },
    ]);
    expect(() => assertOpportunityStages(value)).toThrow(
      expect.objectContaining({ code: 'invalidOpportunityStages' }),
    );
    try {
      assertOpportunityStages(value);
    } catch (error) {
      expect(isDomainError(error, 'invalidOpportunityStages')).toBe(true);
    }
  });
});

describe('stageLabel', () => {
  const setting: OpportunityStagesValue = {
    kind: 'opportunityStages',
    stages: [
      { stage: 'proposal', label: { zh: '报价中', en: 'Quoted' }, probability: 40 },
      { stage: 'negotiation', label: { zh: '谈判', en: ' ' }, probability: 70 },
    ],
  };

  it('reads the label in the UI language, falling back to the other one', () => {
    expect(stageLabel('proposal', setting, 'en')).toBe('Quoted');
    expect(stageLabel('proposal', setting, 'zh-CN')).toBe('报价中');
    expect(stageLabel('negotiation', setting, 'en-GB')).toBe('谈判');
  });

  it('is undefined for a stage the setting does not list, or with no setting', () => {
    expect(stageLabel('prospecting', setting, 'en')).toBeUndefined();
    expect(stageLabel('proposal', undefined, 'en')).toBeUndefined();
  });
});
