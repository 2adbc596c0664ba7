import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export type Formatters = {
  date: (iso: string) => string;
  dateTime: (iso: string) => string;
  number: (value: number) => string;
};

/** Intl formatters for the current UI language, rebuilt only when the language changes. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    const number = new Intl.NumberFormat(language);
    return {
      date: (iso) => formatSafely(date, iso),
      dateTime: (iso) => formatSafely(dateTime, iso),
      number: (value) => number.format(value),
    };
  }, [language]);
}

function formatSafely(format: Intl.DateTimeFormat, iso: string): string {
  const value = new Date(iso);
  return Number.isNaN(value.getTime()) ? '' : format.format(value);
}
