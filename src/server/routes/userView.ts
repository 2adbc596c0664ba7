import { z } from 'zod';
import { roles } from '../../shared/domain/roles.ts';
import type { UserRecord } from '../store/Store.ts';

/** The user as the API shows it: never the password hash. */
export const userViewSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(roles),
  teamId: z.string().nullable(),
});
export type UserView = z.infer<typeof userViewSchema>;

/** Strips a stored user down to what clients may see. */
export function toUserView(user: UserRecord): UserView {
  return { id: user.id, email: user.email, name: user.name, role: user.role, teamId: user.teamId };
}
