import { describe, expect, it } from 'vitest';
import { forecastCategoryOf } from './forecastCategoryOf.ts';

describe('forecastCategoryOf', () => {
  it('derives the category from the stage', () => {
    expect(forecastCategoryOf({ stage: 'prospecting' })).toBe('pipeline');
    expect(forecastCategoryOf({ stage: 'qualification' })).toBe('pipeline');
    expect(forecastCategoryOf({ stage: 'proposal' })).toBe('best_case');
    expect(forecastCategoryOf({ stage: 'negotiation' })).toBe('commit');
    expect(forecastCategoryOf({ stage: 'closed_won' })).toBe('closed');
    expect(forecastCategoryOf({ stage: 'closed_lost' })).toBe('omitted');
  });

  it("keeps the rep's own call for open deals only", () => {
    expect(forecastCategoryOf({ stage: 'proposal', forecastCategory: 'commit' })).toBe('commit');
    expect(forecastCategoryOf({ stage: 'negotiation', forecastCategory: 'omitted' })).toBe(
      'omitted',
    );
    expect(forecastCategoryOf({ stage: 'proposal', forecastCategory: 'closed' })).toBe('best_case');
    expect(forecastCategoryOf({ stage: 'closed_lost', forecastCategory: 'commit' })).toBe(
      'omitted',
    );
  });
});
