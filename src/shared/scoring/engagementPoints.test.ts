import { describe, expect, it } from 'vitest';
import type { EngagementRule } from '../domain/setting.ts';
import { decayWeight, type EngagementActivity, engagementPoints } from './engagementPoints.ts';

const now = '2026-04-01T00:00:00.000Z';
const nowMs = Date.parse(now);
const daysAgo = (days: number) => new Date(nowMs - days * 86_400_000).toISOString();
const act = (
  type: EngagementActivity['type'],
  days: number,
  extra: Partial<EngagementActivity> = {},
): EngagementActivity => ({ type, occurredAt: daysAgo(days), done: true, ...extra });
const lead = { eventId: undefined, createdAt: daysAgo(10) };
const visits: EngagementRule = { id: 'v', signal: 'visit', points: 10, halfLifeDays: 30 };

describe('decayWeight', () => {
  it('halves every half-life and never decays without one', () => {
    expect(decayWeight(0, 30)).toBe(1);
    expect(decayWeight(30, 30)).toBe(0.5);
    expect(decayWeight(60, 30)).toBe(0.25);
    expect(decayWeight(-5, 30)).toBe(1);
    expect(decayWeight(365, undefined)).toBe(1);
  });
});

describe('engagementPoints', () => {
  it('adds decayed points per done interaction of the rule type', () => {
    const activities = [act('visit', 0), act('visit', 30), act('call', 0)];
    expect(engagementPoints({ rule: visits, lead, activities, nowMs })).toEqual({
      points: 15,
      count: 2,
    });
  });

  it('ignores planned (not done) and future interactions', () => {
    const activities = [act('visit', 0, { done: false }), act('visit', -2)];
    expect(engagementPoints({ rule: visits, lead, activities, nowMs })).toEqual({
      points: 0,
      count: 0,
    });
  });

  it('caps the total at maxPoints, both ways', () => {
    const activities = [act('visit', 0), act('visit', 0), act('visit', 0)];
    const capped = { ...visits, maxPoints: 25 };
    expect(engagementPoints({ rule: capped, lead, activities, nowMs }).points).toBe(25);
    const negative = { ...capped, points: -10 };
    expect(engagementPoints({ rule: negative, lead, activities, nowMs }).points).toBe(-25);
  });

  it('filters emails by direction', () => {
    const rule: EngagementRule = { id: 'in', signal: 'email', direction: 'inbound', points: 4 };
    const activities = [
      act('email', 1, { direction: 'inbound' }),
      act('email', 1, { direction: 'outbound' }),
      act('email', 1),
    ];
    expect(engagementPoints({ rule, lead, activities, nowMs })).toEqual({ points: 4, count: 1 });
  });

  it('counts event attendance from when the lead was captured', () => {
    const rule: EngagementRule = {
      id: 'ev',
      signal: 'event_attendance',
      points: 8,
      halfLifeDays: 10,
    };
    const atEvent = { eventId: '0195a3c2-7f00-7000-8000-000000000007', createdAt: daysAgo(10) };
    expect(engagementPoints({ rule, lead: atEvent, activities: [], nowMs })).toEqual({
      points: 4,
      count: 1,
    });
    expect(engagementPoints({ rule, lead, activities: [], nowMs }).count).toBe(0);
  });
});
