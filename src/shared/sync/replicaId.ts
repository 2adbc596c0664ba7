import { z } from 'zod';

/**
 * The header naming one replication run of a device (a fresh id each time sync starts). It tells
 * apart versions this run pushed, which the live stream need not echo to it, from versions an
 * earlier run of the same sign-in pushed, which a run that lost or reset its local data lacks.
 * Pulls return both: a run may have put an older version back over its own push since.
 */
export const replicaHeader = 'x-fieldbook-replica';

/** A replica id: short, URL- and header-safe. */
export const replicaIdSchema = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[0-9A-Za-z_-]+$/);

/** The replica named by request headers; undefined when missing or malformed. */
export function replicaIdFromHeaders(
  headers: Readonly<Record<string, string | string[] | undefined>>,
): string | undefined {
  const parsed = replicaIdSchema.safeParse(headers[replicaHeader]);
  return parsed.success ? parsed.data : undefined;
}
