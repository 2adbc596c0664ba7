import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../domain/exampleRecords.ts';
import { scoreLead } from './scoreLead.ts';

const rules = {
  kind: 'scoringRules' as const,
  hotFrom: 50,
  warmFrom: 20,
  rules: [
    {
      id: 'trade-show',
      field: 'source' as const,
      operator: 'equals' as const,
      value: 'trade_show',
      points: 20,
    },
    {
      id: 'buyer',
      field: 'title' as const,
      operator: 'contains' as const,
      value: '采购',
      points: 25,
    },
    {
      id: 'manager',
      field: 'title' as const,
      operator: 'contains' as const,
      value: 'Manager',
      points: 15,
    },
    { id: 'has-email', field: 'email' as const, operator: 'isSet' as const, value: '', points: 5 },
    {
      id: 'not-student',
      field: 'industry' as const,
      operator: 'notEquals' as const,
      value: 'Education',
      points: 5,
    },
    {
      id: 'freemail',
      field: 'email' as const,
      operator: 'contains' as const,
      value: '@qq.com',
      points: -10,
    },
  ],
};

describe('scoreLead', () => {
  it('adds the points of every matching rule and suggests a rating', () => {
    expect(scoreLead({ lead: exampleRecords.leads, rules })).toEqual({
      score: 55,
      suggestedRating: 'hot',
      matchedRuleIds: ['trade-show', 'buyer', 'has-email', 'not-student'],
    });
  });

  it('compares without case and surrounding spaces', () => {
    const lead = {
      ...exampleRecords.leads,
      source: 'website' as const,
      title: ' Sales MANAGER ',
      email: '',
    };
    expect(scoreLead({ lead, rules })).toMatchObject({ score: 20, suggestedRating: 'warm' });
  });

  it('subtracts negative points and rates low scores cold', () => {
    const lead = {
      ...exampleRecords.leads,
      source: 'ad' as const,
      title: '',
      email: 'x@qq.com',
      industry: 'Education',
    };
    expect(scoreLead({ lead, rules })).toEqual({
      score: -5,
      suggestedRating: 'cold',
      matchedRuleIds: ['has-email', 'freemail'],
    });
  });

  it('scores zero with no rules', () => {
    expect(scoreLead({ lead: exampleRecords.leads, rules: { ...rules, rules: [] } }).score).toBe(0);
  });
});
