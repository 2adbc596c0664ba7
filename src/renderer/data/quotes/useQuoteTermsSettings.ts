import { useMemo } from 'react';
import { useDataContext } from '../react/DataProvider.tsx';
import { useLiveValue } from '../react/useLiveRecords.ts';
import { hasCollection } from '../records/recordStore.ts';
import { setting$ } from '../settings/settingsStore.ts';
import type { PaymentTermsSetting, QuoteTermsTemplatesSetting } from './quoteSettings.ts';

export type QuoteTermsSettings = {
  templates: QuoteTermsTemplatesSetting['templates'];
  paymentTerms: PaymentTermsSetting['terms'];
};

/** The terms templates and payment terms from settings, live (empty lists when none are stored). */
export function useQuoteTermsSettings(): QuoteTermsSettings {
  const { data } = useDataContext();
  const withSettings = hasCollection(data, 'settings');
  const { value: templates } = useLiveValue('setting:quoteTermsTemplates', () =>
    withSettings ? setting$(data, 'quoteTermsTemplates') : undefined,
  );
  const { value: terms } = useLiveValue('setting:paymentTerms', () =>
    withSettings ? setting$(data, 'paymentTerms') : undefined,
  );
  return useMemo(
    () => ({
      templates: templates?.value.templates ?? [],
      paymentTerms: terms?.value.terms ?? [],
    }),
    [templates, terms],
  );
}
