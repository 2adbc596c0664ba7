import { describe, expect, it } from 'vitest';
import type { Lead } from '../domain/lead.ts';
import { defaultScoringRules } from '../scoring/defaultScoringRules.ts';
import { createLeadScorer } from '../scoring/scoreLead.ts';
import { demoCatalogBefore } from './demoCatalog.ts';
import { generateSalesYear } from './salesYear.ts';

describe('the leads of a generated year', () => {
  const end = '2026-11-27T00:00:00.000Z';
  const year = generateSalesYear({
    end,
    owners: ['rep-1', 'rep-2'],
    products: demoCatalogBefore(end, 'rep-1'),
    leads: 2_000,
    opportunities: 200,
    orders: 80,
    tickets: 30,
  });

  it('scores and rates leads as the app would, better the further they went', () => {
    const scorer = createLeadScorer(defaultScoringRules);
    const activitiesOf = (leadId: string) =>
      year.activities.filter(
        (activity) => activity.related.collection === 'leads' && activity.related.id === leadId,
      );
    let ratedAsCaptured = 0;
    for (const lead of year.leads) {
      // The stored score (lists sort by it) is the one the lead's page computes at the year's end.
      expect(lead.score).toBe(scorer({ lead, activities: activitiesOf(lead.id), now: end }).score);
      const captureDay = new Date(Date.parse(lead.createdAt) + 86_400_000).toISOString();
      const band = scorer({ lead, activities: activitiesOf(lead.id), now: captureDay }).rating;
      if (lead.rating === band) ratedAsCaptured += 1;
    }
    // A rep's rating is the capture day's band, one band off now and then.
    expect(ratedAsCaptured / year.leads.length).toBeGreaterThan(0.8);
    expect(ratedAsCaptured / year.leads.length).toBeLessThan(0.97);
    const meanScore = (status: Lead['status']) => {
      const scores = year.leads.filter((lead) => lead.status === status).map((l) => l.score ?? 0);
      return scores.reduce((sum, value) => sum + value, 0) / scores.length;
    };
    expect(meanScore('converted')).toBeGreaterThan(meanScore('contacted'));
    expect(meanScore('qualified')).toBeGreaterThan(meanScore('contacted'));
    expect(meanScore('contacted')).toBeGreaterThan(meanScore('disqualified'));
    const ratingOf = (status: Lead['status'], rating: string) =>
      year.leads.filter((lead) => lead.status === status && lead.rating === rating).length;
    expect(ratingOf('disqualified', 'hot')).toBeLessThan(ratingOf('disqualified', 'cold') / 5);
    for (const lead of year.leads) {
      if (lead.budget) expect(lead.disqualifyReason).not.toBe('暂无预算');
    }
    // Reachable people: unique mailboxes in pinyin or the person's own name, phones for many.
    const emails = year.leads.map((lead) => lead.email);
    expect(new Set(emails).size).toBe(emails.length);
    expect(emails.every((email) => /^[a-z]+\.[a-z]+\d+@example\.(cn|com)$/.test(email))).toBe(true);
    expect(year.leads.filter((lead) => lead.phone !== '').length).toBeGreaterThan(1_000);
  });
});
