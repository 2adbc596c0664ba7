import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { currencyExponent } from '../../../../shared/money/currencies.ts';
import { formatMoney } from '../../../../shared/money/formatMoney.ts';
import type { FigureValue } from '../utils/dashboardModel.ts';

const minutesPer = { minutes: 1, hours: 60, days: 1440 } as const;

/** A duration in the unit a person reads best: minutes up to 2 hours, hours up to 2 days. */
export function readableDuration(
  kind: keyof typeof minutesPer,
  value: number,
): { kind: keyof typeof minutesPer; amount: number } {
  const minutes = value * minutesPer[kind];
  if (kind === 'days' || minutes >= 2 * 1440) return { kind: 'days', amount: minutes / 1440 };
  if (minutes >= 120) return { kind: 'hours', amount: minutes / 60 };
  return { kind: 'minutes', amount: minutes };
}

/**
 * An amount in short form, no cents (CN¥1.5K, CN¥11M, ¥1100万): every tick on a chart axis, so
 * the ticks fit and read at a glance; the table beside every chart has the exact amounts.
 */
export function axisMoney(amount: number, currency: string, language: string): string {
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(amount / 10 ** currencyExponent(currency));
}

/**
 * Large amounts in short form for a tile (CN¥4.5亿, CN¥450M); the exact amount is in the
 * tile's accessible name and the record list. Small amounts stay exact.
 */
export function compactMoney(amount: number, currency: string, language: string): string {
  const major = amount / 10 ** currencyExponent(currency);
  if (Math.abs(major) < 100_000) return formatMoney({ amount, currency }, language);
  return axisMoney(amount, currency, language);
}

/** Formats a dashboard figure in the UI language; "no data" for an empty rate or average. */
export function useFigureFormat(): (value: FigureValue, options?: { compact?: boolean }) => string {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useCallback(
    (value: FigureValue, options: { compact?: boolean } = {}) => {
      const number = (n: number, digits = 0) =>
        new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(n);
      switch (value.kind) {
        case 'count':
          return number(value.value);
        case 'money':
          return options.compact
            ? compactMoney(value.amount, value.currency, language)
            : formatMoney({ amount: value.amount, currency: value.currency }, language);
        case 'percent':
          return value.value === undefined
            ? t('analytics.noData')
            : new Intl.NumberFormat(language, {
                style: 'percent',
                maximumFractionDigits: 1,
              }).format(value.value);
        case 'multiple':
          return value.value === undefined
            ? t('analytics.noData')
            : t('analytics.units.multiple', { value: number(value.value, 2) });
        case 'days':
        case 'hours':
        case 'minutes': {
          if (value.value === undefined) return t('analytics.noData');
          const { kind, amount } = readableDuration(value.kind, value.value);
          return t(`analytics.units.${kind}`, { value: number(amount, 1) });
        }
      }
    },
    [language, t],
  );
}
