import { describe, expect, it } from 'vitest';
import type { ConsentTextsValue } from '../domain/companySettings.ts';
import { consentRecord, currentConsentText, marketingConsentPurpose } from './settingConsent.ts';

const texts: ConsentTextsValue['texts'] = [
  { id: 'm1', purpose: 'marketing', version: 1, text: { zh: '旧文本', en: 'Old text' } },
  { id: 'm3', purpose: 'marketing', version: 3, text: { zh: '', en: 'You may email me offers.' } },
  { id: 'm2', purpose: 'marketing', version: 2, text: { zh: '可以联系我', en: 'Contact me' } },
  { id: 's9', purpose: 'service', version: 9, text: { zh: '服务', en: 'Service' } },
];

describe('consent texts from settings', () => {
  it.each([
    ['en', { text: 'You may email me offers.', version: 3 }],
    // No Chinese wording in the newest version: the English one is what was shown.
    ['zh', { text: 'You may email me offers.', version: 3 }],
  ] as const)('shows the newest marketing version in %s', (language, shown) => {
    expect(currentConsentText({ texts, purpose: marketingConsentPurpose, language })).toEqual(
      shown,
    );
  });

  it('has none for a purpose without texts', () => {
    expect(currentConsentText({ texts, purpose: 'events', language: 'en' })).toBe(undefined);
  });

  it('records when, what and which version was agreed to, or a plain no', () => {
    const shown = { text: 'You may email me offers.', version: 3 };
    const now = '2026-03-02T08:00:00.000Z';
    expect(consentRecord({ given: true, shown, now })).toEqual({
      given: true,
      at: now,
      text: 'You may email me offers.',
      version: '3',
    });
    expect(consentRecord({ given: true, shown: undefined, now })).toEqual({ given: true, at: now });
    expect(consentRecord({ given: false, shown, now })).toEqual({ given: false });
  });
});
