import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../domain/exampleRecords.ts';
import { leadFeatures } from './leadFeatures.ts';

const features = (lead: Partial<typeof exampleRecords.leads>, activityCount = 0) =>
  leadFeatures({
    lead: { ...exampleRecords.leads, ...lead },
    activityCount,
    daysToFirstTouch: activityCount > 0 ? 2 : undefined,
  });

describe('leadFeatures', () => {
  it('gives one industry feature however the industry was written', () => {
    expect(features({ industry: '制造业' })).toHaveProperty(['industry:manufacturing'], 1);
    expect(features({ industry: 'Manufacturing' })).toHaveProperty(['industry:manufacturing'], 1);
    expect(features({ industry: 'FOOD_BEVERAGES' })).toHaveProperty(['industry:food_beverage'], 1);
    expect(features({ industry: 'Deep-Sea Mining' })).toHaveProperty(
      ['industry:deep-sea mining'],
      1,
    );
  });

  it('reads how the lead was worked: activities, first touch or never touched', () => {
    const untouched = features({}, 0);
    expect(untouched.neverTouched).toBe(1);
    expect(untouched.firstTouchDays).toBeUndefined();
    const worked = features({}, 3);
    expect(worked.neverTouched).toBeUndefined();
    expect(worked.firstTouchDays).toBeCloseTo(2 / 30);
    expect(worked.activities).toBeCloseTo(Math.log1p(3) / 2);
  });
});
