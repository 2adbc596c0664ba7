import { collectionNames } from '../../shared/domain/collections.ts';
import { newId } from '../../shared/ids/newId.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { Role, Store } from '../store/Store.ts';
import { buildDemoDocuments } from './demoData.ts';

/** The demo password, documented as demo-only. */
export const demoPassword = 'fieldbook-demo';

/**
 * Seeds the demo company (team East, admin, manager, two reps, finance, realistic data in every
 * collection) on an empty store only; a store with users is left alone.
 */
export async function seedDemoCompany(store: Store, now: Date): Promise<'seeded' | 'skipped'> {
  if ((await store.countUsers()) > 0) return 'skipped';
  const at = now.toISOString();
  const teamId = newId(now.getTime());
  await store.createTeam({ id: teamId, name: 'East', createdAt: at });
  const passwordHash = await hashPassword(demoPassword);
  const people = { admin: '', manager: '', rep1: '', rep2: '', finance: '', teamId };
  const users: Array<[keyof Omit<typeof people, 'teamId'>, string, string, Role, string | null]> = [
    ['admin', 'admin@demo.fieldbook', 'Admin', 'admin', null],
    ['manager', 'manager@demo.fieldbook', '张伟', 'manager', teamId],
    ['rep1', 'rep1@demo.fieldbook', '王丽', 'rep', teamId],
    ['rep2', 'rep2@demo.fieldbook', 'Jonas Becker', 'rep', teamId],
    // Finance issues the invoices and records the payments (reps and managers may not).
    ['finance', 'finance@demo.fieldbook', '刘芳', 'finance', null],
  ];
  for (const [key, email, name, role, userTeam] of users) {
    const id = newId(now.getTime());
    people[key] = id;
    await store.createUser({
      id,
      email,
      name,
      role,
      teamId: userTeam,
      passwordHash,
      active: true,
      createdAt: at,
      updatedAt: at,
    });
  }
  const documents = buildDemoDocuments(people, now);
  await store.write(async (tx) => {
    for (const collection of collectionNames) {
      for (const doc of documents[collection]) {
        const record = doc as { id: string; ownerId: string; teamId?: string };
        await tx.putDocument({
          collection,
          id: record.id,
          ownerId: record.ownerId,
          teamId: record.teamId ?? (record.ownerId === people.admin ? null : teamId),
          deleted: false,
          data: JSON.parse(JSON.stringify(doc)) as Record<string, unknown>,
        });
      }
    }
  });
  return 'seeded';
}
