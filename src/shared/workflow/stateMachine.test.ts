import { describe, expect, it } from 'vitest';
import { DomainError } from '../domain/DomainError.ts';
import { assertTransition, canTransition, defineWorkflow, nextStatuses } from './stateMachine.ts';

type Light = 'red' | 'green' | 'amber';
const lights = defineWorkflow<Light>({
  name: 'light',
  statuses: ['red', 'green', 'amber'],
  rules: [
    { from: ['red'], to: 'green', roles: ['rep'] },
    { from: ['green'], to: 'amber', roles: ['rep', 'admin'] },
    { from: ['amber'], to: 'red', roles: ['admin'], reasonRequired: true },
  ],
});

describe('stateMachine', () => {
  it('lists next statuses in declaration order, per role', () => {
    expect(nextStatuses(lights, { from: 'green', role: 'admin' })).toEqual(['amber']);
    expect(nextStatuses(lights, { from: 'red', role: 'admin' })).toEqual([]);
  });

  it('returns the rule that allowed a move', () => {
    expect(assertTransition(lights, { from: 'red', to: 'green', role: 'rep' }).to).toBe('green');
  });

  it('throws a DomainError with a readable message and params', () => {
    const error = (() => {
      try {
        assertTransition(lights, { from: 'red', to: 'amber', role: 'rep' });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      name: 'DomainError',
      code: 'forbiddenTransition',
      params: { workflow: 'light', from: 'red', to: 'amber', role: 'rep' },
      message: 'light: cannot go from "red" to "amber"',
    });
  });

  it('tells which roles may make a move when the role may not', () => {
    expect(() => assertTransition(lights, { from: 'amber', to: 'red', role: 'rep' })).toThrow(
      expect.objectContaining({
        code: 'roleNotAllowed',
        params: expect.objectContaining({ allowedRoles: 'admin' }),
      }),
    );
  });

  it('answers canTransition without throwing', () => {
    expect(canTransition(lights, { from: 'amber', to: 'red', role: 'admin', reason: 'Stop' })).toBe(
      true,
    );
    expect(canTransition(lights, { from: 'amber', to: 'red', role: 'admin' })).toBe(false);
  });
});
