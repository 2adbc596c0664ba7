import { useCallback, useMemo } from 'react';
import type { Consent } from '../../../shared/domain/lead.ts';
import type { ConsentLanguage } from '../../../shared/intake/boothLeadDraft.ts';
import {
  consentRecord,
  currentConsentText,
  type ShownConsentText,
} from '../../../shared/intake/settingConsent.ts';
import { hasCollection } from '../records/recordStore.ts';
import { setting$ } from '../settings/settingsStore.ts';
import { useDataContext } from './DataProvider.tsx';
import { useLiveValue } from './useLiveRecords.ts';

/**
 * The consent text to show for `purpose` (newest version from the `consentTexts` setting, in
 * `language`), live, and `consentFor(given)`, which stamps the consent a lead stores with the
 * app's clock and the text and version shown.
 */
export function useConsentText(
  purpose: string,
  language: ConsentLanguage,
): { shown: ShownConsentText | undefined; consentFor(given: boolean): Consent } {
  const { data, clock } = useDataContext();
  const { value: setting } = useLiveValue('setting:consentTexts', () =>
    hasCollection(data, 'settings') ? setting$(data, 'consentTexts') : undefined,
  );
  const texts = setting?.value.texts;
  const shown = useMemo(
    () => (texts ? currentConsentText({ texts, purpose, language }) : undefined),
    [texts, purpose, language],
  );
  const consentFor = useCallback(
    (given: boolean) => consentRecord({ given, shown, now: clock().toISOString() }),
    [shown, clock],
  );
  return { shown, consentFor };
}
