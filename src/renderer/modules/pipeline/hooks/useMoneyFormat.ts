import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../shared/money/formatMoney.ts';
import type { Money } from '../../../../shared/money/money.ts';

/** Formats money in the UI language (¥12,000.00 / CN¥12,000.00). */
export function useMoneyFormat(): (value: Money) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useCallback((value: Money) => formatMoney(value, language), [language]);
}
