import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../domain/exampleRecords.ts';
import type { FitRule } from '../domain/setting.ts';
import { compileFitRule, type FitFields, matchFitRule } from './matchFitRule.ts';

const lead: FitFields = {
  ...exampleRecords.leads,
  industry: 'Wholesale',
  region: '上海',
  companySize: 250,
  budget: { amount: 20_000_000, currency: 'CNY' },
  purchaseTimeline: 'within_3_months',
  answers: [
    { questionId: 'q-budget', optionIds: ['gte100k'] },
    { questionId: 'q-demo', yes: true },
    { questionId: 'q-fit', rating: 4 },
    { questionId: 'q-notes', text: 'Needs WMS integration' },
  ],
};

const rule = (partial: Partial<FitRule> & Pick<FitRule, 'field' | 'operator'>): FitRule => ({
  id: 'r',
  value: '',
  points: 1,
  ...partial,
});
const fires = (partial: Partial<FitRule> & Pick<FitRule, 'field' | 'operator'>, on = lead) =>
  matchFitRule(on, compileFitRule(rule(partial)));

describe('matchFitRule', () => {
  it('compares text with equals / notEquals ignoring case and width', () => {
    expect(fires({ field: 'industry', operator: 'equals', value: ' WHOLESALE ' })).toBe(true);
    expect(fires({ field: 'country', operator: 'equals', value: 'ｃｎ' })).toBe(true);
    expect(fires({ field: 'industry', operator: 'notEquals', value: 'Education' })).toBe(true);
    expect(fires({ field: 'industry', operator: 'notEquals', value: 'wholesale' })).toBe(false);
  });

  it('reads an industry in either language, however the lead or the rule writes it', () => {
    const chinese = { ...lead, industry: '批发贸易' };
    expect(fires({ field: 'industry', operator: 'equals', value: 'wholesale' }, chinese)).toBe(
      true,
    );
    expect(fires({ field: 'industry', operator: 'contains', value: '批发' })).toBe(true);
    expect(
      fires(
        { field: 'industry', operator: 'oneOf', values: ['物流', '零售'] },
        { ...lead, industry: 'LOGISTICS_AND_SUPPLY_CHAIN' },
      ),
    ).toBe(true);
    expect(fires({ field: 'industry', operator: 'notEquals', value: '批发' }, chinese)).toBe(false);
    expect(fires({ field: 'industry', operator: 'contains', value: '制造' }, chinese)).toBe(false);
    // Text naming no known industry is compared as it is.
    const unusual = { ...lead, industry: 'Deep-sea mining' };
    expect(fires({ field: 'industry', operator: 'contains', value: 'mining' }, unusual)).toBe(true);
  });

  it('matches title keywords, Chinese and English, with contains / containsAny', () => {
    expect(fires({ field: 'title', operator: 'contains', value: '经理' })).toBe(true);
    expect(fires({ field: 'title', operator: 'containsAny', values: ['总监', 'Director'] })).toBe(
      false,
    );
    const director = { ...lead, title: 'Sales Director' };
    expect(
      fires({ field: 'title', operator: 'containsAny', values: ['总监', 'director'] }, director),
    ).toBe(true);
    expect(fires({ field: 'title', operator: 'containsAny', values: ['cto'] }, director)).toBe(
      false,
    );
  });

  it('matches region and source against a list with oneOf', () => {
    expect(fires({ field: 'region', operator: 'oneOf', values: ['北京', '上海'] })).toBe(true);
    expect(fires({ field: 'source', operator: 'oneOf', values: ['website'] })).toBe(false);
  });

  it('tells set from blank with isSet', () => {
    expect(fires({ field: 'phone', operator: 'isSet' })).toBe(true);
    expect(fires({ field: 'phone', operator: 'isSet' }, { ...lead, phone: '  ' })).toBe(false);
    expect(fires({ field: 'companySize', operator: 'isSet' })).toBe(true);
    expect(
      fires({ field: 'companySize', operator: 'isSet' }, { ...lead, companySize: undefined }),
    ).toBe(false);
  });

  it('compares company size with inclusive between bounds', () => {
    expect(fires({ field: 'companySize', operator: 'between', min: 250, max: 999 })).toBe(true);
    expect(fires({ field: 'companySize', operator: 'between', min: 251 })).toBe(false);
    expect(fires({ field: 'companySize', operator: 'between', max: 250 })).toBe(true);
  });

  it('compares a budget only in the rule currency', () => {
    const cny = { field: 'budget', operator: 'between', currency: 'CNY', min: 10_000_000 } as const;
    expect(fires(cny)).toBe(true);
    expect(fires({ ...cny, currency: 'USD' })).toBe(false);
    expect(fires({ ...cny, min: 20_000_001 })).toBe(false);
    expect(fires({ field: 'budget', operator: 'between', min: 1 })).toBe(false);
    expect(fires({ field: 'budget', operator: 'isSet' })).toBe(true);
    expect(fires({ field: 'budget', operator: 'equals', value: 'cny' })).toBe(true);
  });

  it('reads the BANT timeline', () => {
    expect(
      fires({
        field: 'purchaseTimeline',
        operator: 'oneOf',
        values: ['immediate', 'within_3_months'],
      }),
    ).toBe(true);
    expect(fires({ field: 'purchaseTimeline', operator: 'equals', value: 'over_12_months' })).toBe(
      false,
    );
  });

  it('reads event qualification answers of every question type', () => {
    const answer = (partial: Partial<FitRule> & Pick<FitRule, 'operator' | 'questionId'>) =>
      fires({ field: 'answer', ...partial });
    expect(answer({ questionId: 'q-budget', operator: 'oneOf', values: ['gte100k'] })).toBe(true);
    expect(answer({ questionId: 'q-budget', operator: 'equals', value: 'lt100k' })).toBe(false);
    expect(answer({ questionId: 'q-demo', operator: 'equals', value: 'yes' })).toBe(true);
    expect(answer({ questionId: 'q-fit', operator: 'between', min: 4 })).toBe(true);
    expect(answer({ questionId: 'q-fit', operator: 'equals', value: '4' })).toBe(true);
    expect(answer({ questionId: 'q-notes', operator: 'contains', value: 'wms' })).toBe(true);
    expect(answer({ questionId: 'q-missing', operator: 'isSet' })).toBe(false);
    expect(answer({ questionId: 'q-demo', operator: 'isSet' })).toBe(true);
  });
});
