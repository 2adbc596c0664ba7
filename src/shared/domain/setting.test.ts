import { describe, expect, it } from 'vitest';
import { defaultAutomationRules } from '../automation/automationRules.ts';
import { DomainError } from './DomainError.ts';
import { exampleRecords } from './exampleRecords.ts';
import { parseSetting, type SettingValue, settingKinds, settingSchema } from './setting.ts';

const values: SettingValue[] = [
  defaultAutomationRules,
  {
    kind: 'companyProfile',
    name: '上海田野科技有限公司',
    address: '上海市浦东新区张江路 88 号',
    phone: '+86 21 5555 0100',
    email: 'sales@fieldbook.example',
    taxId: '91310115MA1K4XXXXX',
    logoDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
  },
  {
    kind: 'paymentTerms',
    terms: [{ id: 'net30', label: { zh: '月结 30 天', en: 'Net 30' }, days: 30, isDefault: true }],
  },
  {
    kind: 'quoteTermsTemplates',
    templates: [
      {
        id: 'std-zh',
        name: '标准条款',
        language: 'zh-CN',
        text: '报价有效期 30 天。',
        isDefault: true,
      },
    ],
  },
  {
    kind: 'consentTexts',
    texts: [
      {
        id: 'marketing',
        purpose: 'marketing',
        version: 2,
        text: { zh: '同意接收产品信息', en: 'I agree to receive product news' },
      },
    ],
  },
  {
    kind: 'scoringRules',
    rules: [
      { id: 'src-ts', field: 'source', operator: 'equals', value: 'trade_show', points: 20 },
      { id: 'has-mail', field: 'email', operator: 'isSet', value: '', points: 5 },
    ],
    hotFrom: 60,
    warmFrom: 30,
  },
  {
    kind: 'taxRates',
    rates: [
      {
        id: 'cn-vat-13',
        label: { zh: '增值税 13%', en: 'VAT 13%' },
        rateBps: 1300,
        country: 'CN',
        isDefault: true,
      },
      {
        id: 'cn-vat-6',
        label: { zh: '增值税 6%', en: 'VAT 6%' },
        rateBps: 600,
        country: 'CN',
        isDefault: false,
      },
    ],
  },
  {
    kind: 'currencies',
    baseCurrency: 'CNY',
    enabled: ['CNY', 'USD', 'EUR', 'JPY'],
    rates: [{ currency: 'USD', rate: { amount: 72_400, scale: 4 }, asOf: '2026-03-01' }],
  },
  {
    kind: 'approvalThresholds',
    rules: [{ id: 'usd', currency: 'USD', maxDiscountBps: 1500, approverRole: 'manager' }],
  },
  {
    kind: 'numberSeries',
    series: [
      { document: 'quote', prefix: 'Q-', includeYear: true, padding: 5, nextNumber: 43 },
      { document: 'invoice', prefix: 'INV-', includeYear: true, padding: 5, nextNumber: 10 },
    ],
  },
  {
    kind: 'teamDirectory',
    teams: [{ id: 'team-east', name: '华东销售', managerId: 'user-zhang-wei' }],
    users: [
      {
        id: 'user-wang-li',
        name: '王丽',
        email: 'wang.li@example.cn',
        role: 'rep',
        teamId: 'team-east',
        active: true,
      },
      {
        id: 'user-finance-chen',
        name: '陈静',
        email: 'chen.jing@example.cn',
        role: 'finance',
        active: true,
      },
    ],
  },
  {
    kind: 'opportunityStages',
    stages: [
      { stage: 'prospecting', label: { zh: '潜在', en: 'Prospecting' }, probability: 10 },
      { stage: 'negotiation', label: { zh: '谈判', en: 'Negotiation' }, probability: 80 },
    ],
  },
  {
    kind: 'serviceLevels',
    targets: [{ priority: 'urgent', firstResponseMinutes: 60, resolutionMinutes: 480 }],
  },
  {
    kind: 'salesTargets',
    targets: [
      {
        id: 't-1',
        month: '2026-04',
        scope: 'owner',
        subjectId: 'user-wang-li',
        amount: { amount: 50_000_000, currency: 'CNY' },
      },
      {
        id: 't-2',
        month: '2026-04',
        scope: 'team',
        subjectId: 'team-east',
        amount: { amount: 200_000_000, currency: 'CNY' },
      },
    ],
  },
  {
    kind: 'leadForms',
    forms: [
      {
        key: 'contact-us',
        name: 'Contact us',
        active: true,
        fields: [{ name: 'email', required: true }],
        consentText: 'You may contact me.',
        consentRequired: true,
        thankYouMessage: 'Thank you!',
        allowedOrigins: ['https://www.example.com'],
        source: 'website',
      },
    ],
  },
  {
    kind: 'assignmentRules',
    rules: [
      {
        id: 'r-1',
        name: 'Shanghai',
        active: true,
        match: { countries: ['CN'], postalPrefixes: ['20'] },
        assignTo: { kind: 'roundRobin', teamId: 'team-east' },
      },
    ],
    fallbackOwnerId: 'user-wang-li',
  },
  {
    kind: 'predictiveModel',
    trainedAt: '2026-04-01T08:00:00.000Z',
    trainedBy: 'user-wang-li',
    status: 'insufficientHistory',
    examples: 12,
    minimumExamples: 60,
  },
  {
    kind: 'stockLevels',
    asOf: '2026-11-02T08:00:00.000Z',
    throughSeq: 4210,
    products: [
      { productId: '01900000-0000-7000-8000-000000000a01', onHand: 50_000, reserved: 45_000 },
      { productId: '01900000-0000-7000-8000-000000000a02', onHand: -2_500, reserved: 0 },
    ],
  },
  {
    kind: 'eventQuestionTemplates',
    templates: [
      {
        id: 'tpl-b2b',
        name: '标准 B2B 资质',
        questions: [
          {
            id: 'q-budget',
            type: 'single',
            prompt: '今年是否有采购预算？',
            required: true,
            options: [
              { id: 'o-yes', label: '已批准' },
              { id: 'o-plan', label: '规划中' },
            ],
          },
          {
            id: 'q-interest',
            type: 'rating',
            prompt: '兴趣程度',
            required: false,
            options: [],
            ratingMax: 5,
          },
        ],
      },
    ],
  },
];

describe('settings', () => {
  it('has an example value for every kind', () => {
    // Sorted: examples may be listed in any order, but none may be missing.
    expect(values.map((value) => value.kind).sort()).toEqual([...settingKinds].sort());
  });

  it.each(values)('accepts a $kind record keyed by its kind', (value) => {
    const record = { ...exampleRecords.settings, key: value.kind, value };
    expect(parseSetting(record)).toEqual(record);
  });

  it('refuses a key that does not match the value kind', () => {
    const record = { ...exampleRecords.settings, key: 'taxRates' };
    expect(settingSchema.safeParse(record).success).toBe(true);
    expect(() => parseSetting(record)).toThrow(DomainError);
    expect(() => parseSetting(record)).toThrow(
      expect.objectContaining({
        code: 'settingKeyMismatch',
        params: { key: 'taxRates', kind: 'approvalThresholds' },
      }),
    );
  });

  it('refuses a team member with an unknown role', () => {
    const value = {
      kind: 'teamDirectory',
      teams: [],
      users: [{ id: 'u', name: 'A', email: '', role: 'owner', active: true }],
    };
    expect(
      settingSchema.safeParse({ ...exampleRecords.settings, key: 'teamDirectory', value }).success,
    ).toBe(false);
  });

  it.each([
    ['a month without its leading zero', { month: '2026-4' }],
    ['month 13', { month: '2026-13' }],
    ['a negative amount', { amount: { amount: -1, currency: 'CNY' } }],
    ['a fractional amount', { amount: { amount: 1.5, currency: 'CNY' } }],
    ['an unknown scope', { scope: 'region' }],
    ['no subject', { subjectId: '' }],
  ])('refuses a sales target with %s', (_, patch) => {
    const target = {
      id: 't',
      month: '2026-04',
      scope: 'owner',
      subjectId: 'u',
      amount: { amount: 100, currency: 'CNY' },
      ...patch,
    };
    const value = { kind: 'salesTargets', targets: [target] };
    expect(
      settingSchema.safeParse({ ...exampleRecords.settings, key: 'salesTargets', value }).success,
    ).toBe(false);
  });

  it('refuses an event question template without a name or without questions', () => {
    const question = { id: 'q-1', type: 'yesno', prompt: 'Budget approved?' };
    const parse = (template: object) =>
      settingSchema.safeParse({
        ...exampleRecords.settings,
        key: 'eventQuestionTemplates',
        value: { kind: 'eventQuestionTemplates', templates: [template] },
      }).success;
    expect(parse({ id: 't-1', name: 'Booth', questions: [question] })).toBe(true);
    expect(parse({ id: 't-1', name: '  ', questions: [question] })).toBe(false);
    expect(parse({ id: 't-1', name: 'Booth', questions: [] })).toBe(false);
    expect(parse({ id: 't-1', name: 'Booth', questions: [{ ...question, prompt: '' }] })).toBe(
      false,
    );
  });

  it('refuses an unknown kind', () => {
    const record = { ...exampleRecords.settings, key: 'theme', value: { kind: 'theme' } };
    expect(settingSchema.safeParse(record).success).toBe(false);
  });
});
