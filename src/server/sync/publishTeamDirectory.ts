import type { Setting } from '../../shared/domain/setting.ts';
import type { Store } from '../store/Store.ts';

/** The team directory's record id: one server-owned setting, the same on every store. */
export const teamDirectoryId = '01900000-0000-7000-8000-00000000d1e0';

/**
 * Writes the `teamDirectory` setting from the server's users and teams, so every device can show
 * who owns a record and managers can filter by their team, offline. Devices never write it; the
 * server republishes it whenever people or teams change. Unchanged directories are not rewritten.
 */
export async function publishTeamDirectory(
  store: Store,
  now: Date,
): Promise<'written' | 'unchanged'> {
  const [teams, users] = await Promise.all([store.listTeams(), store.listUsers()]);
  const value = {
    kind: 'teamDirectory' as const,
    teams: teams.map((team) => {
      const manager = users.find(
        (user) => user.teamId === team.id && user.role === 'manager' && user.active,
      );
      return { id: team.id, name: team.name, ...(manager ? { managerId: manager.id } : {}) };
    }),
    users: users.map((user) => ({
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      ...(user.teamId ? { teamId: user.teamId } : {}),
      active: user.active,
    })),
  };
  return store.write(async (tx) => {
    const [current] = await tx.getDocuments('settings', [teamDirectoryId]);
    if (
      current &&
      !current.deleted &&
      JSON.stringify(current.data.value) === JSON.stringify(value)
    ) {
      return 'unchanged';
    }
    const at = now.toISOString();
    const record: Setting = {
      id: teamDirectoryId,
      ownerId: 'system',
      createdAt: typeof current?.data.createdAt === 'string' ? current.data.createdAt : at,
      updatedAt: at,
      key: 'teamDirectory',
      value,
    };
    await tx.putDocument({
      collection: 'settings',
      id: teamDirectoryId,
      ownerId: 'system',
      teamId: null,
      deleted: false,
      data: record as unknown as Record<string, unknown>,
      changedAt: at,
    });
    return 'written';
  });
}
