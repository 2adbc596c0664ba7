import type { Role } from '../../shared/domain/roles.ts';

type Person = { id: string; role: Role; teamId: string | null };

/**
 * Tells whether `actor` may administer `target` (edit, reset the password, list and revoke
 * devices): admins anyone; managers only the reps of their own team.
 */
export function canManageUser(actor: Person, target: { role: Role; teamId: string | null }) {
  if (actor.role === 'admin') return true;
  return (
    actor.role === 'manager' &&
    actor.teamId !== null &&
    target.teamId === actor.teamId &&
    target.role === 'rep'
  );
}

/**
 * Tells whether `actor` may give someone this role and team: admins anything; managers only the
 * rep role within their own team (so no manager can make an admin or staff another team).
 */
export function canGrant(actor: Person, grant: { role?: Role; teamId?: string | null }) {
  if (actor.role === 'admin') return true;
  if (actor.role !== 'manager' || actor.teamId === null) return false;
  return (
    (grant.role === undefined || grant.role === 'rep') &&
    (grant.teamId === undefined || grant.teamId === actor.teamId)
  );
}
