import { z } from 'zod';

/**
 * An ISO-8601 UTC timestamp such as `2026-11-27T09:30:00.000Z`. Bounded so RxDB can index it
 * (indexed strings need a maxLength).
 */
export const isoDateTimeSchema = z.iso.datetime().max(30);

/** A calendar date without time or zone, `YYYY-MM-DD` (due dates, close dates, validity). */
export const isoDateSchema = z.iso.date().max(10);

/** A record id: a UUID made on the device (v7 for new records). */
export const idSchema = z.uuid().max(36);

/** A user id. Users come from the team directory (later: the sync server), so not always UUIDs. */
export const userIdSchema = z.string().min(1).max(64);

/** Fields every replicated record carries. `_deleted` is handled by RxDB and never part of the domain. */
export const baseRecordSchema = z.object({
  id: idSchema,
  ownerId: userIdSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});

export type BaseRecord = z.infer<typeof baseRecordSchema>;
