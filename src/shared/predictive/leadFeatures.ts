import { recognizeIndustry } from '../domain/industry.ts';
import type { Lead } from '../domain/lead.ts';
import type { FeatureVector } from './logisticRegression.ts';

/** What the model reads about one lead: its own fields and how it was worked. */
export type LeadHistory = {
  lead: Lead;
  /** Calls, visits, emails and meetings logged on the lead (and its deal, once converted). */
  activityCount: number;
  /** Days from the lead's creation to its first activity; undefined when it was never touched. */
  daysToFirstTouch: number | undefined;
};

const category = (value: string | undefined) => {
  const folded = (value ?? '').normalize('NFKC').trim().toLowerCase().slice(0, 80);
  return folded === '' ? undefined : folded;
};

/**
 * Turns a lead into model features: one-hot categories (`source:website`, `industry:…`,
 * `country:…`, `event:…`, `timeline:…`, `medium:…`, `campaign:…`) and scaled numbers
 * (`activities`, `firstTouchDays`, `companySize`) plus presence flags. The names are the
 * factors people see, so they stay stable.
 */
export function leadFeatures({
  lead,
  activityCount,
  daysToFirstTouch,
}: LeadHistory): FeatureVector {
  const features: Record<string, number> = {};
  const put = (prefix: string, value: string | undefined) => {
    const folded = category(value);
    if (folded !== undefined) features[`${prefix}:${folded}`] = 1;
  };
  put('source', lead.source);
  // One feature per known industry however it was written (制造业 and Manufacturing).
  put('industry', recognizeIndustry(lead.industry) ?? lead.industry);
  put('country', lead.country);
  put('event', lead.eventId);
  put('timeline', lead.purchaseTimeline);
  put('medium', lead.attribution?.medium);
  put('campaign', lead.attribution?.campaign);
  put('product', lead.productInterest);
  if (lead.email.trim() !== '') features.hasEmail = 1;
  if (lead.phone.trim() !== '') features.hasPhone = 1;
  if (lead.budget) features.hasBudget = 1;
  if (lead.companySize !== undefined) features.companySize = Math.log10(1 + lead.companySize) / 4;
  features.activities = Math.log1p(Math.max(0, activityCount)) / 2;
  if (daysToFirstTouch === undefined) features.neverTouched = 1;
  else features.firstTouchDays = Math.min(Math.max(daysToFirstTouch, 0), 60) / 30;
  return features;
}
