import { describe, expect, it } from 'vitest';
import { isDomainError } from '../domain/DomainError.ts';
import type { ScoringRules } from '../domain/setting.ts';
import { assertScoringRules, checkScoringRules } from './checkScoringRules.ts';

const base: ScoringRules = { kind: 'scoringRules', hotFrom: 70, warmFrom: 40, rules: [] };

describe('checkScoringRules', () => {
  it('finds rules that cannot work as written', () => {
    const rules: ScoringRules = {
      ...base,
      rules: [
        { id: 'a', field: 'title', operator: 'contains', value: ' ', points: 1 },
        { id: 'b', field: 'title', operator: 'containsAny', value: '', points: 1 },
        { id: 'c', field: 'title', operator: 'between', value: '', min: 1, points: 1 },
        {
          id: 'd',
          field: 'companySize',
          operator: 'between',
          value: '',
          min: 9,
          max: 1,
          points: 1,
        },
        { id: 'e', field: 'budget', operator: 'between', value: '', min: 1, points: 1 },
        { id: 'f', field: 'answer', operator: 'isSet', value: '', points: 1 },
        { id: 'f', field: 'phone', operator: 'isSet', value: '', points: 1 },
      ],
    };
    expect(checkScoringRules({ ...rules, warmFrom: 80 })).toEqual([
      { ruleId: 'f', problem: 'duplicateId' },
      { ruleId: 'a', problem: 'valueRequired' },
      { ruleId: 'b', problem: 'valuesRequired' },
      { ruleId: 'c', problem: 'rangeRequired' },
      { ruleId: 'd', problem: 'rangeInverted' },
      { ruleId: 'e', problem: 'currencyRequired' },
      { ruleId: 'f', problem: 'questionRequired' },
      { ruleId: '*', problem: 'thresholdsInverted' },
    ]);
  });

  it('throws invalidScoringRule for the first problem, and nothing for a sound set', () => {
    expect(() => assertScoringRules(base)).not.toThrow();
    const broken = { ...base, warmFrom: 90 };
    expect(() => assertScoringRules(broken)).toThrow(
      expect.objectContaining({
        code: 'invalidScoringRule',
        params: { ruleId: '*', problem: 'thresholdsInverted' },
      }),
    );
    try {
      assertScoringRules(broken);
    } catch (error) {
      expect(isDomainError(error, 'invalidScoringRule')).toBe(true);
    }
  });
});
