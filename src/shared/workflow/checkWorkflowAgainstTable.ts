import { expect } from 'vitest';
import { DomainError } from '../domain/DomainError.ts';
import { type Role, roles } from '../domain/roles.ts';

/** An expected move, written out independently of the workflow definition under test. */
export type ExpectedMove<S extends string> = {
  from: S;
  to: S;
  roles: readonly Role[];
  reason?: boolean;
};

type Api<S extends string> = {
  statuses: readonly S[];
  next: (args: { from: S; role: Role }) => S[];
  assert: (request: { from: S; to: S; role: Role; reason?: string }) => void;
};

function thrown(run: () => void): DomainError | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

/**
 * Checks every (from, to, role) triple of a workflow against a table of expected moves, so a
 * missing or extra transition anywhere fails; returns the number of triples checked.
 */
export function checkWorkflowAgainstTable<S extends string>(
  api: Api<S>,
  table: readonly ExpectedMove<S>[],
): number {
  let checked = 0;
  for (const from of api.statuses) {
    for (const role of roles) {
      const expectedNext = api.statuses.filter((to) =>
        table.some((m) => m.from === from && m.to === to && m.roles.includes(role)),
      );
      expect(api.next({ from, role }), `next from ${from} as ${role}`).toEqual(expectedNext);
      for (const to of api.statuses) {
        checked += 1;
        const move = table.find((m) => m.from === from && m.to === to);
        const label = `${from} → ${to} as ${role}`;
        const withReason = thrown(() => api.assert({ from, to, role, reason: 'Budget frozen' }));
        if (move === undefined) {
          expect(withReason?.code, label).toBe('forbiddenTransition');
          expect(withReason?.params, label).toMatchObject({ from, to, role });
        } else if (!move.roles.includes(role)) {
          expect(withReason?.code, label).toBe('roleNotAllowed');
          expect(withReason?.params, label).toMatchObject({ from, to, role });
        } else {
          expect(withReason, label).toBeUndefined();
          const withoutReason = thrown(() => api.assert({ from, to, role, reason: '  ' }));
          expect(withoutReason?.code, `${label} without reason`).toBe(
            move.reason ? 'reasonRequired' : undefined,
          );
        }
      }
    }
  }
  return checked;
}
