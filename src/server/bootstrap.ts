import { newId } from '../shared/ids/newId.ts';
import { hashPassword } from './auth/passwords.ts';
import type { Store } from './store/Store.ts';

/**
 * Creates the first admin on an empty store from FIELDBOOK_ADMIN_EMAIL/PASSWORD. On a store that
 * already has users it does nothing, so restarting with the variables still set is harmless.
 */
export async function ensureFirstAdmin(
  store: Store,
  admin: { email: string; password: string; name?: string },
  now: Date,
  hash: (password: string) => Promise<string> = hashPassword,
): Promise<'created' | 'skipped'> {
  if ((await store.countUsers()) > 0) return 'skipped';
  await store.createUser({
    id: newId(now.getTime()),
    email: admin.email.trim().toLowerCase(),
    name: admin.name ?? 'Administrator',
    role: 'admin',
    teamId: null,
    passwordHash: await hash(admin.password),
    active: true,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  });
  return 'created';
}
