import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consent } from '../../../../shared/domain/lead.ts';
import type { LeadDraftInput } from '../../../../shared/domain/leadDraft.ts';
import {
  marketingConsentPurpose,
  type ShownConsentText,
} from '../../../../shared/intake/settingConsent.ts';
import { useConsentText } from '../../../data/index.ts';

/**
 * The marketing consent text from settings in the UI language, and `withConsent(draft)`, which
 * records a newly given (or withdrawn) consent with its time, text and version; an unchanged
 * consent keeps its original record.
 */
export function useMarketingConsent(previous?: Consent): {
  shown: ShownConsentText | undefined;
  withConsent: (draft: LeadDraftInput) => LeadDraftInput;
} {
  const { i18n } = useTranslation();
  const language = i18n.language.startsWith('zh') ? 'zh' : 'en';
  const { shown, consentFor } = useConsentText(marketingConsentPurpose, language);
  const withConsent = useCallback(
    (draft: LeadDraftInput): LeadDraftInput => {
      const given = draft.consent?.given ?? false;
      if (previous && previous.given === given) return { ...draft, consent: previous };
      return { ...draft, consent: consentFor(given) };
    },
    [previous, consentFor],
  );
  return { shown, withConsent };
}
