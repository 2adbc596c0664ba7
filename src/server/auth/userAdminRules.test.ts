import { describe, expect, it } from 'vitest';
import { canGrant, canManageUser } from './userAdminRules.ts';

const admin = { id: 'a', role: 'admin', teamId: null } as const;
const manager = { id: 'm', role: 'manager', teamId: 'east' } as const;
const rep = { id: 'r', role: 'rep', teamId: 'east' } as const;

describe('who may administer whom', () => {
  it.each([
    [admin, { role: 'manager', teamId: 'west' }, true],
    [manager, { role: 'rep', teamId: 'east' }, true],
    [manager, { role: 'rep', teamId: 'west' }, false],
    [manager, { role: 'manager', teamId: 'east' }, false],
    [manager, { role: 'admin', teamId: null }, false],
    [rep, { role: 'rep', teamId: 'east' }, false],
  ] as const)('%o manages %o: %s', (actor, target, expected) => {
    expect(canManageUser(actor, target)).toBe(expected);
  });

  it.each([
    [admin, { role: 'admin' }, true],
    [manager, { role: 'rep', teamId: 'east' }, true],
    [manager, {}, true],
    [manager, { role: 'admin' }, false],
    [manager, { role: 'manager' }, false],
    [manager, { teamId: 'west' }, false],
    [manager, { teamId: null }, false],
    [rep, { role: 'rep' }, false],
  ] as const)('%o grants %o: %s', (actor, grant, expected) => {
    expect(canGrant(actor, grant)).toBe(expected);
  });
});
