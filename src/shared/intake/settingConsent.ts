import type { ConsentTextsValue } from '../domain/companySettings.ts';
import type { Consent } from '../domain/lead.ts';
import type { ConsentLanguage } from './boothLeadDraft.ts';

/** The purpose of the consent asked for when a lead is captured outside an event. */
export const marketingConsentPurpose = 'marketing';

/** One consent wording as a person reads it: its text in their language and its version. */
export type ShownConsentText = { text: string; version: number };

/**
 * The newest version of the consent text for `purpose` (from the `consentTexts` setting), in
 * `language` (the other language when that one is empty); undefined when none is configured.
 */
export function currentConsentText({
  texts,
  purpose,
  language,
}: {
  texts: ConsentTextsValue['texts'];
  purpose: string;
  language: ConsentLanguage;
}): ShownConsentText | undefined {
  let newest: ConsentTextsValue['texts'][number] | undefined;
  for (const entry of texts) {
    if (entry.purpose !== purpose) continue;
    if (!newest || entry.version > newest.version) newest = entry;
  }
  if (!newest) return undefined;
  const [first, second] =
    language === 'zh' ? [newest.text.zh, newest.text.en] : [newest.text.en, newest.text.zh];
  const text = first.trim() !== '' ? first : second;
  return text.trim() === '' ? undefined : { text, version: newest.version };
}

/**
 * The consent a lead stores (PIPL/GDPR evidence): when it was given, and the text and version
 * shown at that moment; a plain "no" when not given.
 */
export function consentRecord({
  given,
  shown,
  now,
}: {
  given: boolean;
  shown: ShownConsentText | undefined;
  now: string;
}): Consent {
  if (!given) return { given: false };
  if (!shown) return { given: true, at: now };
  return { given: true, at: now, text: shown.text.slice(0, 2000), version: String(shown.version) };
}
