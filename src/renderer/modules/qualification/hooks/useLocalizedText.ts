import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../../shared/domain/localizedTextSchema.ts';

/** Picks the text for the UI language from a `{ zh, en }` pair, falling back to the other. */
export function useLocalizedText(): (text: LocalizedText) => string {
  const { i18n } = useTranslation();
  const chinese = i18n.language.startsWith('zh');
  return useCallback(
    (text: LocalizedText) => (chinese ? text.zh || text.en : text.en || text.zh),
    [chinese],
  );
}
