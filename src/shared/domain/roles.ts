/** What a user may do: reps sell, managers approve and oversee, finance bills and collects, admins do all. */
export const roles = ['rep', 'manager', 'finance', 'admin'] as const;
export type Role = (typeof roles)[number];

/** Who is doing something: their user id and role (commands check both). */
export type Actor = { id: string; role: Role };

/** Tells whether a string names a role. */
export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
