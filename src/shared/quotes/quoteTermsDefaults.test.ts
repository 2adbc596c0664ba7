import { describe, expect, it } from 'vitest';
import {
  defaultPaymentTermsDaysFor,
  defaultTermsTemplate,
  type PaymentTerm,
  type QuoteTermsTemplate,
  templatesForLanguage,
} from './quoteTermsDefaults.ts';

const templates: QuoteTermsTemplate[] = [
  {
    id: 'en-std',
    name: 'Standard',
    language: 'en',
    text: 'Delivery in 4 weeks.',
    isDefault: false,
  },
  { id: 'zh-std', name: '标准', language: 'zh-CN', text: '四周内交货。', isDefault: false },
  { id: 'en-svc', name: 'Service', language: 'en', text: 'Service terms.', isDefault: true },
];
const terms: PaymentTerm[] = [
  { id: 'n15', label: { zh: '15 天', en: 'Net 15' }, days: 15, isDefault: false },
  { id: 'n45', label: { zh: '45 天', en: 'Net 45' }, days: 45, isDefault: true },
];

describe('quote terms defaults', () => {
  it.each([
    ['en', 'en-svc'],
    ['zh-CN', 'zh-std'],
  ] as const)('starts a %s quote from template %s', (language, id) => {
    expect(defaultTermsTemplate({ templates, language })?.id).toBe(id);
  });

  it('has no template for a language without one', () => {
    expect(defaultTermsTemplate({ templates: templates.slice(0, 1), language: 'zh-CN' })).toBe(
      undefined,
    );
  });

  it('lists the quote language first', () => {
    expect(templatesForLanguage({ templates, language: 'zh-CN' }).map((t) => t.id)).toEqual([
      'zh-std',
      'en-std',
      'en-svc',
    ]);
  });

  it.each([
    [{ paymentTermsDays: 10 }, terms, 10],
    [{}, terms, 45],
    [undefined, terms, 45],
    [{}, terms.slice(0, 1), undefined],
  ])('account %j with the company terms gives %s days', (account, list, days) => {
    expect(defaultPaymentTermsDaysFor({ account, terms: list })).toBe(days);
  });
});
