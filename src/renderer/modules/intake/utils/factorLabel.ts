import type { TFunction } from 'i18next';
import { industryLabel } from '../../../i18n/industryLabels.ts';

const known = new Set([
  'source',
  'industry',
  'country',
  'event',
  'timeline',
  'medium',
  'campaign',
  'product',
  'hasEmail',
  'hasPhone',
  'hasBudget',
  'companySize',
  'activities',
  'firstTouchDays',
  'neverTouched',
]);

/** A model feature (`industry:manufacturing`, `activities`) as people read it. */
export function factorLabel(feature: string, t: TFunction): string {
  const at = feature.indexOf(':');
  const prefix = at === -1 ? feature : feature.slice(0, at);
  const raw = at === -1 ? '' : feature.slice(at + 1);
  if (!known.has(prefix)) return feature;
  const value =
    prefix === 'source'
      ? t(`leads.sources.${raw}`, { defaultValue: raw })
      : prefix === 'timeline'
        ? raw.replace(/_/g, ' ')
        : prefix === 'industry'
          ? industryLabel(raw, t)
          : raw;
  return t(`intake.factors.${prefix}`, { value });
}
