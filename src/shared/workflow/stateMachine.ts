import { DomainError } from '../domain/DomainError.ts';
import type { Role } from '../domain/roles.ts';

/** One allowed move: from any of `from` to `to`, by any of `roles`. */
export type TransitionRule<S extends string> = {
  from: readonly S[];
  to: S;
  roles: readonly Role[];
  /** The person must say why (disqualify, cancel, void, ...). */
  reasonRequired?: boolean;
};

/** A status workflow: its name (used in error params), its statuses and the allowed moves. */
export type Workflow<S extends string> = {
  name: string;
  statuses: readonly S[];
  rules: readonly TransitionRule<S>[];
};

export type TransitionRequest<S extends string> = {
  from: S;
  to: S;
  role: Role;
  reason?: string;
};

/** Error codes a workflow throws; the UI translates `errors.<code>`. */
export const workflowErrorCodes = [
  'forbiddenTransition',
  'roleNotAllowed',
  'reasonRequired',
  'approvalRequired',
] as const;
export type WorkflowErrorCode = (typeof workflowErrorCodes)[number];

/** Declares a workflow; exists so rules are type-checked against the status union. */
export function defineWorkflow<S extends string>(workflow: Workflow<S>): Workflow<S> {
  return workflow;
}

/** Finds the rule for a move between two statuses, whoever makes it. */
export function findTransitionRule<S extends string>(
  workflow: Workflow<S>,
  from: S,
  to: S,
): TransitionRule<S> | undefined {
  return workflow.rules.find((rule) => rule.to === to && rule.from.includes(from));
}

/** The statuses `role` may move a record to from `from`, in the workflow's status order. */
export function nextStatuses<S extends string>(
  workflow: Workflow<S>,
  { from, role }: { from: S; role: Role },
): S[] {
  return workflow.statuses.filter((to) => {
    const rule = findTransitionRule(workflow, from, to);
    return rule?.roles.includes(role) === true;
  });
}

/**
 * Throws a DomainError unless `role` may move a record from `from` to `to`:
 * `forbiddenTransition` when no one may, `roleNotAllowed` when others may, `reasonRequired`
 * when a reason is needed and blank. Returns the rule that allowed it.
 */
export function assertTransition<S extends string>(
  workflow: Workflow<S>,
  { from, to, role, reason }: TransitionRequest<S>,
): TransitionRule<S> {
  const params = { workflow: workflow.name, from, to, role };
  const rule = findTransitionRule(workflow, from, to);
  if (rule === undefined) {
    throw new DomainError(
      'forbiddenTransition',
      params,
      `${workflow.name}: cannot go from "${from}" to "${to}"`,
    );
  }
  if (!rule.roles.includes(role)) {
    throw new DomainError(
      'roleNotAllowed',
      { ...params, allowedRoles: rule.roles.join(', ') },
      `${workflow.name}: a ${role} may not go from "${from}" to "${to}" (allowed: ${rule.roles.join(', ')})`,
    );
  }
  if (rule.reasonRequired && (reason === undefined || reason.trim() === '')) {
    throw new DomainError(
      'reasonRequired',
      params,
      `${workflow.name}: going from "${from}" to "${to}" needs a reason`,
    );
  }
  return rule;
}

/** Tells whether a transition would pass `assertTransition`. */
export function canTransition<S extends string>(
  workflow: Workflow<S>,
  request: TransitionRequest<S>,
): boolean {
  try {
    assertTransition(workflow, request);
    return true;
  } catch (error) {
    if (error instanceof DomainError) return false;
    throw error;
  }
}
