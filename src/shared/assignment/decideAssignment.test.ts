import { describe, expect, it } from 'vitest';
import type { AssignmentRulesValue } from './assignmentRulesSchema.ts';
import { type AssignableUser, decideAssignment } from './decideAssignment.ts';

const users: AssignableUser[] = [
  { id: 'mgr', teamId: 'east', role: 'manager', active: true },
  { id: 'rep-a', teamId: 'east', role: 'rep', active: true },
  { id: 'rep-b', teamId: 'east', role: 'rep', active: true },
  { id: 'rep-c', teamId: 'east', role: 'rep', active: false },
  { id: 'rep-de', teamId: 'west', role: 'rep', active: true },
  { id: 'rep-pump', teamId: 'west', role: 'rep', active: true },
];

const rules: AssignmentRulesValue = {
  kind: 'assignmentRules',
  fallbackOwnerId: 'mgr',
  rules: [
    {
      id: 'pumps',
      name: 'Pumps specialist',
      active: true,
      match: { products: ['Pump X'] },
      assignTo: { kind: 'user', userId: 'rep-pump' },
    },
    {
      id: 'dach',
      name: 'DACH territory',
      active: true,
      match: { countries: ['DE', 'AT', 'CH'] },
      assignTo: { kind: 'user', userId: 'rep-de' },
    },
    {
      id: 'shanghai',
      name: 'Shanghai postal area',
      active: true,
      match: { countries: ['CN'], postalPrefixes: ['20'] },
      assignTo: { kind: 'roundRobin', teamId: 'east' },
    },
  ],
};

const decide = (lead: Parameters<typeof decideAssignment>[0]['lead'], state = {}) =>
  decideAssignment({ lead, rules, users, state });

describe('decideAssignment', () => {
  it('routes by product interest before territory, case-insensitively', () => {
    expect(decide({ source: 'website', country: 'de', productInterest: 'pump x' })).toMatchObject({
      ownerId: 'rep-pump',
      ruleId: 'pumps',
      teamId: 'west',
    });
    expect(decide({ source: 'website', country: 'de' })).toMatchObject({ ownerId: 'rep-de' });
  });

  it('matches postal codes by prefix and deals round-robin to active reps only', () => {
    const first = decide({ source: 'website', country: 'CN', postalCode: '200 031' });
    expect(first).toMatchObject({ ownerId: 'rep-a', ruleName: 'Shanghai postal area' });
    const second = decide({ source: 'website', country: 'CN', postalCode: '200031' }, first?.state);
    expect(second?.ownerId).toBe('rep-b');
    const third = decide({ source: 'website', country: 'CN', postalCode: '20' }, second?.state);
    expect(third?.ownerId).toBe('rep-a');
  });

  it('falls back to the fallback owner, then to a manager', () => {
    expect(decide({ source: 'website', country: 'CN', postalCode: '100000' })).toMatchObject({
      ownerId: 'mgr',
      ruleId: 'fallback',
    });
    expect(
      decideAssignment({ lead: { source: 'ad' }, rules: undefined, users, state: {} }),
    ).toMatchObject({ ownerId: 'mgr', ruleName: 'Default owner' });
    expect(decideAssignment({ lead: { source: 'ad' }, rules, users: [], state: {} })).toBe(
      undefined,
    );
  });
});
