import type { Store } from '../store/Store.ts';
import { readNewestSetting } from '../sync/readNewestSetting.ts';
import type { AssignmentContext } from './assignLeadsInTransaction.ts';

/** The assignment rules in settings and the server's users, read before a write transaction. */
export async function loadAssignmentContext(store: Store): Promise<AssignmentContext> {
  const [rules, users] = await Promise.all([
    readNewestSetting(store, 'assignmentRules'),
    store.listUsers(),
  ]);
  return {
    rules,
    users: users.map((user) => ({
      id: user.id,
      teamId: user.teamId,
      role: user.role,
      active: user.active,
    })),
  };
}
