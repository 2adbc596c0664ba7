import { hashPassword } from '../../src/server/auth/passwords.ts';
import type { Role, Store } from '../../src/server/store/Store.ts';

export type TeamMember = {
  id: string;
  email: string;
  password: string;
  role: Role;
  teamId: string | null;
};

const at = '2026-11-01T00:00:00.000Z';

/**
 * A small company: team East with a manager and two reps, team West with one rep, and a finance
 * user. Created straight in the store (one shared hash keeps it fast). `prefix` names a fresh
 * company beside the others in the same store (the model test seeds one per run).
 */
export async function seedTestTeam(store: Store, prefix = '') {
  await store.createTeam({ id: `${prefix}team-east`, name: 'East', createdAt: at });
  await store.createTeam({ id: `${prefix}team-west`, name: 'West', createdAt: at });
  const password = 'team-password';
  const passwordHash = await hashPassword(password, 1024);
  const member = (name: string, role: Role, team: string | null): TeamMember => ({
    id: `${prefix}${name}`,
    email: `${prefix}${name}@test.fieldbook`,
    password,
    role,
    teamId: team === null ? null : `${prefix}${team}`,
  });
  const people = {
    manager: member('manager-east', 'manager', 'team-east'),
    rep1: member('rep1-east', 'rep', 'team-east'),
    rep2: member('rep2-east', 'rep', 'team-east'),
    rep3: member('rep3-west', 'rep', 'team-west'),
    finance: member('finance', 'finance', null),
  };
  for (const person of Object.values(people)) {
    await store.createUser({
      id: person.id,
      email: person.email,
      name: person.id,
      role: person.role,
      teamId: person.teamId,
      passwordHash,
      active: true,
      createdAt: at,
      updatedAt: at,
    });
  }
  return people;
}
