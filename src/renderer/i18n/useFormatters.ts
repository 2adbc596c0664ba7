import { useTranslation } from 'react-i18next';

export type Formatters = {
  date: (iso: string) => string;
  dateTime: (iso: string) => string;
  number: (value: number) => string;
};

// Building an Intl formatter costs far more than using one: every row of a long list asked for
// three of its own when it mounted (scrolling a virtual list mounts rows all the time).
const byLanguage = new Map<string, Formatters>();

function formattersFor(language: string): Formatters {
  const known = byLanguage.get(language);
  if (known) return known;
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const number = new Intl.NumberFormat(language);
  const formatters: Formatters = {
    date: (iso) => formatSafely(date, iso),
    dateTime: (iso) => formatSafely(dateTime, iso),
    number: (value) => number.format(value),
  };
  byLanguage.set(language, formatters);
  return formatters;
}

/** Intl formatters for the current UI language, built once per language and shared. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  return formattersFor(i18n.language);
}

function formatSafely(format: Intl.DateTimeFormat, iso: string): string {
  const value = new Date(iso);
  return Number.isNaN(value.getTime()) ? '' : format.format(value);
}
